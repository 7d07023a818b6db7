import { useApp } from '../helpers/setup.js';

/** Names next to ids (tickets, comments, history, validations, lists), CCs at creation, the CC picker, paginated CCs and groups. */
describe('names next to ids and CCs a customer can use', () => {
  const { ctx, f, as } = useApp();

  async function world(opts: { esm?: boolean } = {}) {
    const portal = await f.portal({ externalSupportMode: !!opts.esm });
    const org = await f.org({ portalId: portal.id, name: 'Acme Corp' });
    const hq = await f.site(org.id, {
      name: 'Headquarters',
      abbreviation: `HQ-${Math.random().toString(36).slice(2, 7)}`,
    });
    const lab = await f.site(org.id, { name: 'Lab' });
    const user = await f.member(org.id, { homeSiteId: hq.id, name: 'Ursula User' });
    const colleague = await f.member(org.id, { homeSiteId: hq.id, name: 'Carl Colleague' });
    const other = await f.org({ portalId: portal.id, name: 'Other Inc' });
    const stranger = await f.member(other.id, { name: 'Stan Stranger' });
    const agent = await f.user({ staffRole: 'AGENT', name: 'Alice Agent' });
    const group = await f.group('Service Desk');
    return { portal, org, hq, lab, user, colleague, other, stranger, agent, group };
  }
  type World = Awaited<ReturnType<typeof world>>;

  const assign = (ticketId: string, w: World) =>
    ctx.prisma.ticket.update({ where: { id: ticketId }, data: { assigneeId: w.agent.id, groupId: w.group.id } });

  describe('names next to ids', () => {
    it('a requester sees the names of requester, assignee, group, site and organisation of their ticket, and no email', async () => {
      const w = await world();
      const t = await f.ticket(w.org.id, w.user.id, { siteId: w.hq.id });
      await assign(t.id, w);
      const r = await ctx.http.get(`/api/v1/tickets/${t.id}`).set(as(w.user)).expect(200);
      expect(r.body).toMatchObject({
        requesterId: w.user.id,
        requester: { id: w.user.id, name: 'Ursula User' },
        assignee: { id: w.agent.id, name: 'Alice Agent' },
        group: { id: w.group.id, name: 'Service Desk' },
        site: { id: w.hq.id, name: 'Headquarters', abbreviation: w.hq.abbreviation },
        organization: { id: w.org.id, name: 'Acme Corp' },
      });
      for (const k of ['requester', 'assignee', 'group', 'organization'])
        expect(Object.keys(r.body[k]).sort()).toEqual(['id', 'name']);
      expect(Object.keys(r.body.site).sort()).toEqual(['abbreviation', 'id', 'name']);
      expect(JSON.stringify(r.body)).not.toContain('@');
    });

    it('a ticket without assignee, group or site has null references; a created ticket carries its names', async () => {
      const portal = await f.portal();
      const org = await f.org({ portalId: portal.id, name: 'No Sites Ltd' });
      const siteless = await f.member(org.id, { name: 'Sid Siteless' });
      const r = await ctx.http
        .post('/api/v1/tickets')
        .set(as(siteless))
        .send({ type: 'QUESTION', subject: 'Hello' })
        .expect(201);
      expect(r.body).toMatchObject({
        requester: { id: siteless.id, name: 'Sid Siteless' },
        assignee: null,
        group: null,
        site: null,
        organization: { id: org.id, name: 'No Sites Ltd' },
      });
      const hist = await ctx.prisma.ticketHistory.findFirstOrThrow({
        where: { ticketId: r.body.id, action: 'created' },
      });
      expect(Object.keys(hist.after as object)).not.toContain('requester');
    });

    it('external support mode: a CC on a ticket of another site sees the site id without name or client number', async () => {
      const w = await world({ esm: true });
      const t = await f.ticket(w.org.id, w.colleague.id, { siteId: w.lab.id });
      await f.cc(t, w.user.id);
      const seen = await ctx.http.get(`/api/v1/tickets/${t.id}`).set(as(w.user)).expect(200);
      expect(seen.body.site).toEqual({ id: w.lab.id, name: null, abbreviation: null });
      expect(seen.body.requester).toEqual({ id: w.colleague.id, name: 'Carl Colleague' });
      expect(seen.body.organization).toEqual({ id: w.org.id, name: 'Acme Corp' });
      // The same rule as the site itself: the site is a 404 for this member, shown to staff.
      await ctx.http.get(`/api/v1/sites/${w.lab.id}`).set(as(w.user)).expect(404);
      const list = await ctx.http.get('/api/v1/tickets').set(as(w.user)).expect(200);
      expect(list.body.data.map((x: { site: unknown }) => x.site)).toEqual([
        { id: w.lab.id, name: null, abbreviation: null },
      ]);
      const staff = await ctx.http.get(`/api/v1/tickets/${t.id}`).set(as(w.agent)).expect(200);
      expect(staff.body.site).toEqual({ id: w.lab.id, name: 'Lab', abbreviation: w.lab.abbreviation });
      // Their own site keeps its name.
      const own = await f.ticket(w.org.id, w.user.id, { siteId: w.hq.id });
      const mine = await ctx.http.get(`/api/v1/tickets/${own.id}`).set(as(w.user)).expect(200);
      expect(mine.body.site.name).toBe('Headquarters');
    });

    it('comments carry their author and history entries their actor (null without one); internal entries stay hidden', async () => {
      const w = await world();
      const t = await f.ticket(w.org.id, w.user.id, { siteId: w.hq.id });
      await ctx.http
        .post(`/api/v1/tickets/${t.id}/comments`)
        .set(as(w.agent))
        .send({ body: 'Looking into it' })
        .expect(201);
      await ctx.http
        .post(`/api/v1/tickets/${t.id}/comments`)
        .set(as(w.agent))
        .send({ body: 'Internal note', internal: true })
        .expect(201);
      const own = await ctx.http
        .post(`/api/v1/tickets/${t.id}/comments`)
        .set(as(w.user))
        .send({ body: 'Thanks' })
        .expect(201);
      expect(own.body.author).toEqual({ id: w.user.id, name: 'Ursula User' });
      await ctx.prisma.ticketHistory.create({
        data: {
          ticketId: t.id,
          organizationId: w.org.id,
          actorId: null,
          action: 'status_changed',
          after: { status: 'OPEN' },
        },
      });
      const comments = await ctx.http.get(`/api/v1/tickets/${t.id}/comments`).set(as(w.user)).expect(200);
      expect(comments.body.data.map((c: { author: unknown }) => c.author)).toEqual([
        { id: w.agent.id, name: 'Alice Agent' },
        { id: w.user.id, name: 'Ursula User' },
      ]);
      const history = await ctx.http.get(`/api/v1/tickets/${t.id}/history`).set(as(w.user)).expect(200);
      expect(history.body.data.map((h: { action: string; actor: unknown }) => [h.action, h.actor])).toEqual([
        ['comment_added', { id: w.agent.id, name: 'Alice Agent' }],
        ['comment_added', { id: w.user.id, name: 'Ursula User' }],
        ['status_changed', null],
      ]);
      const staffHistory = await ctx.http.get(`/api/v1/tickets/${t.id}/history`).set(as(w.agent)).expect(200);
      expect(staffHistory.body.data.map((h: { action: string }) => h.action)).toContain('internal_comment_added');
    });

    it('validations name their organisation and the agent who asked, in the inbox and alone', async () => {
      const w = await world();
      const approver = await f.member(w.org.id, {
        roles: ['CUSTOMER_APPROVER'],
        homeSiteId: w.hq.id,
        name: 'Ada Approver',
      });
      const t = await f.ticket(w.org.id, w.user.id, { siteId: w.hq.id });
      const v = await f.validation(t, w.agent.id, { dueAt: new Date(Date.now() + 86_400_000) });
      const one = await ctx.http.get(`/api/v1/validations/${v.id}`).set(as(approver)).expect(200);
      expect(one.body).toMatchObject({
        organization: { id: w.org.id, name: 'Acme Corp' },
        requestedBy: { id: w.agent.id, name: 'Alice Agent' },
      });
      const inbox = await ctx.http.get('/api/v1/validations').set(as(approver)).expect(200);
      expect(inbox.body.data).toEqual([
        expect.objectContaining({
          id: v.id,
          organization: { id: w.org.id, name: 'Acme Corp' },
          requestedBy: { id: w.agent.id, name: 'Alice Agent' },
        }),
      ]);
      const decided = await ctx.http
        .post(`/api/v1/validations/${v.id}/decisions`)
        .set(as(approver))
        .send({ outcome: 'ACCEPT' })
        .expect(201);
      expect(decided.body.requestedBy).toEqual({ id: w.agent.id, name: 'Alice Agent' });
    });
  });

  describe('names in lists without a query per row', () => {
    /** Every query outside a transaction checks a client out of the pool: count the check-outs of one request. */
    async function checkouts(run: () => Promise<unknown>): Promise<number> {
      let n = 0;
      const count = () => n++;
      ctx.pool.on('acquire', count);
      try {
        await run();
      } finally {
        ctx.pool.off('acquire', count);
      }
      return n;
    }

    it('a page of 2 and a page of 30 tickets, each with its own requester, site, group and assignee, cost the same queries', async () => {
      const w = await world();
      const make = async (i: number) => {
        const site = await f.site(w.org.id, { name: `Site ${i}` });
        const requester = await f.member(w.org.id, { homeSiteId: site.id, name: `Requester ${i}` });
        const group = await f.group(`Group ${i}`);
        const agent = await f.user({ staffRole: 'AGENT', name: `Agent ${i}` });
        const t = await f.ticket(w.org.id, requester.id, { siteId: site.id, groupId: group.id });
        await ctx.prisma.ticket.update({ where: { id: t.id }, data: { assigneeId: agent.id } });
        return { i, site, requester, group, agent, t };
      };
      const made = [];
      for (let i = 0; i < 30; i++) made.push(await make(i));
      const list = (limit: number) =>
        ctx.http.get(`/api/v1/tickets?organizationId=${w.org.id}&limit=${limit}`).set(as(w.agent)).expect(200);
      await list(2); // the principal is loaded and cached
      const small = await checkouts(() => list(2));
      let page: Awaited<ReturnType<typeof list>> | undefined;
      const large = await checkouts(async () => (page = await list(30)));
      expect(large).toBe(small);
      expect(small).toBeGreaterThanOrEqual(2); // the page and its names
      expect(large).toBeLessThanOrEqual(4);
      expect(page!.body.data).toHaveLength(30);
      for (const row of page!.body.data as {
        id: string;
        requester: unknown;
        assignee: unknown;
        group: unknown;
        site: unknown;
        organization: unknown;
      }[]) {
        const m = made.find((x) => x.t.id === row.id)!;
        expect(row).toMatchObject({
          requester: { id: m.requester.id, name: `Requester ${m.i}` },
          assignee: { id: m.agent.id, name: `Agent ${m.i}` },
          group: { id: m.group.id, name: `Group ${m.i}` },
          site: { id: m.site.id, name: `Site ${m.i}`, abbreviation: m.site.abbreviation },
          organization: { id: w.org.id, name: 'Acme Corp' },
        });
      }
    });
  });

  describe('ccUserIds on POST tickets', () => {
    const raise = (w: World, who: { id: string }, body: Record<string, unknown>) =>
      ctx.http
        .post('/api/v1/tickets')
        .set(as(who))
        .send({ type: 'INCIDENT', subject: 'With CCs', ...body });

    it('a requester CCs verified colleagues at creation: they read the ticket and are told', async () => {
      const w = await world();
      const r = await raise(w, w.user, { ccUserIds: [w.colleague.id] }).expect(201);
      expect(r.body.cc).toBe(false);
      const ccs = await ctx.http.get(`/api/v1/tickets/${r.body.id}/ccs`).set(as(w.user)).expect(200);
      expect(ccs.body).toEqual({
        data: [{ userId: w.colleague.id, name: 'Carl Colleague', addedAt: expect.any(String) }],
        nextCursor: null,
      });
      const seen = await ctx.http.get(`/api/v1/tickets/${r.body.id}`).set(as(w.colleague)).expect(200);
      expect(seen.body.cc).toBe(true);
      const created = await ctx.prisma.ticketHistory.findFirstOrThrow({
        where: { ticketId: r.body.id, action: 'created' },
      });
      expect((created.after as { ccUserIds: string[] }).ccUserIds).toEqual([w.colleague.id]);
      const mail = await ctx.prisma.outboxMessage.findMany({
        where: { kind: 'ticket.created', recipientUserId: w.colleague.id },
      });
      expect(mail).toHaveLength(1);
    });

    it('another tenant’s user, an unverified member or a nonexistent user ⇒ 422 on ccUserIds and nothing is created', async () => {
      const w = await world();
      const unverified = await f.user({ verified: false, defaultOrganizationId: w.org.id });
      await f.addMembership(unverified.id, w.org.id);
      for (const bad of [w.stranger.id, unverified.id, '00000000-0000-7000-8000-000000000001']) {
        const r = await raise(w, w.user, { ccUserIds: [w.colleague.id, bad] }).expect(422);
        expect(r.body.errors).toEqual([expect.objectContaining({ field: 'ccUserIds' })]);
        expect(r.body.errors[0].message).toContain(bad);
      }
      expect(await ctx.prisma.ticket.count()).toBe(0);
      expect(await ctx.prisma.ticketCc.count()).toBe(0);
      expect(await ctx.prisma.outboxMessage.count()).toBe(0);
    });

    it('staff may CC any existing user at creation, as on the CC route; more than 20 or duplicates ⇒ 400', async () => {
      const w = await world();
      const r = await raise(w, w.agent, {
        organizationId: w.org.id,
        requesterId: w.user.id,
        ccUserIds: [w.stranger.id],
      }).expect(201);
      expect(await ctx.prisma.ticketCc.findMany({ where: { ticketId: r.body.id }, select: { userId: true } })).toEqual([
        { userId: w.stranger.id },
      ]);
      const many = Array.from({ length: 21 }, (_, i) => `00000000-0000-7000-8000-${String(i).padStart(12, '0')}`);
      const tooMany = await raise(w, w.user, { ccUserIds: many }).expect(400);
      expect(tooMany.body.errors[0].field).toBe('ccUserIds');
      await raise(w, w.user, { ccUserIds: [w.colleague.id, w.colleague.id] }).expect(400);
      expect(await ctx.prisma.ticket.count()).toBe(1);
    });
  });

  describe('GET tickets/cc-candidates', () => {
    async function directory() {
      const w = await world();
      const pat = await f.member(w.org.id, { name: 'Pat Plus', email: 'pat.plus@acme.test' });
      const zed = await f.member(w.org.id, { name: 'Zed Lovelace', email: 'zed@acme.test' });
      const unverified = await f.user({ verified: false, name: 'Una Unverified' });
      await f.addMembership(unverified.id, w.org.id);
      const suspended = await f.member(w.org.id, { name: 'Sue Suspended' });
      await ctx.prisma.membership.update({ where: { id: suspended.membership.id }, data: { active: false } });
      const gone = await f.member(w.org.id, { name: 'Gus Gone' });
      await ctx.prisma.user.update({ where: { id: gone.id }, data: { active: false } });
      return { ...w, pat, zed };
    }
    const candidates = (who: { id: string }, query: string) =>
      ctx.http.get(`/api/v1/tickets/cc-candidates?${query}`).set(as(who));

    it('lists only verified, active members of that organisation, by name, with id, name and email only', async () => {
      const w = await directory();
      const r = await candidates(w.user, `organizationId=${w.org.id}`).expect(200);
      expect(r.body.nextCursor).toBeNull();
      expect(r.body.data.map((c: { name: string }) => c.name)).toEqual([
        'Carl Colleague',
        'Pat Plus',
        'Ursula User',
        'Zed Lovelace',
      ]);
      for (const c of r.body.data) expect(Object.keys(c).sort()).toEqual(['email', 'id', 'name']);
      expect(r.body.data[1]).toEqual({ id: w.pat.id, name: 'Pat Plus', email: 'pat.plus@acme.test' });
      // Every candidate is accepted by the CC rule itself.
      const t = await f.ticket(w.org.id, w.user.id, { siteId: w.hq.id });
      for (const c of r.body.data)
        await ctx.http.post(`/api/v1/tickets/${t.id}/ccs`).set(as(w.user)).send({ userId: c.id }).expect(201);
    });

    it('searches by prefix of the name, of any word of it, or of the email; LIKE wildcards are plain text', async () => {
      const w = await directory();
      const names = async (q: string) =>
        (await candidates(w.user, `organizationId=${w.org.id}&q=${encodeURIComponent(q)}`).expect(200)).body.data.map(
          (c: { name: string }) => c.name,
        );
      expect(await names('pat')).toEqual(['Pat Plus']);
      expect(await names('LOVE')).toEqual(['Zed Lovelace']);
      expect(await names('zed@')).toEqual(['Zed Lovelace']);
      expect(await names('at')).toEqual([]);
      expect(await names('%')).toEqual([]);
      expect(await names('_at')).toEqual([]);
    });

    it('is paginated with a cursor', async () => {
      const w = await directory();
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const after: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
        const page: { body: { data: { name: string }[]; nextCursor: string | null } } = await candidates(
          w.user,
          `organizationId=${w.org.id}&limit=3${after}`,
        ).expect(200);
        expect(page.body.data.length).toBeLessThanOrEqual(3);
        seen.push(...page.body.data.map((c) => c.name));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen).toEqual(['Carl Colleague', 'Pat Plus', 'Ursula User', 'Zed Lovelace']);
      await candidates(w.user, `organizationId=${w.org.id}&cursor=bogus`).expect(400);
    });

    it('another tenant’s organisation ⇒ 404; staff may list any; organizationId is required', async () => {
      const w = await directory();
      const foreign = await candidates(w.user, `organizationId=${w.other.id}`).expect(404);
      const absent = await candidates(w.user, `organizationId=00000000-0000-7000-8000-000000000009`).expect(404);
      expect(foreign.body.detail).toBe(absent.body.detail);
      const staff = await candidates(w.agent, `organizationId=${w.other.id}`).expect(200);
      expect(staff.body.data.map((c: { id: string }) => c.id)).toEqual([w.stranger.id]);
      const missing = await candidates(w.user, '').expect(400);
      expect(missing.body.errors[0].field).toBe('organizationId');
    });

    it('a member whose portal is not active is refused with the portal’s state', async () => {
      const w = await directory();
      await ctx.prisma.portal.update({ where: { id: w.portal.id }, data: { status: 'ENABLED' } });
      const r = await candidates(w.user, `organizationId=${w.org.id}`).expect(403);
      expect(r.body.detail).toMatch(/ENABLED/);
    });
  });

  describe('paginated CCs and groups', () => {
    it('GET tickets/{id}/ccs pages through the CCs in the order they were added', async () => {
      const w = await world();
      const t = await f.ticket(w.org.id, w.user.id, { siteId: w.hq.id });
      const added: string[] = [];
      for (let i = 0; i < 3; i++) {
        const m = await f.member(w.org.id, { name: `CC ${i}` });
        await ctx.http.post(`/api/v1/tickets/${t.id}/ccs`).set(as(w.user)).send({ userId: m.id }).expect(201);
        added.push(m.id);
      }
      const first = await ctx.http.get(`/api/v1/tickets/${t.id}/ccs?limit=2`).set(as(w.user)).expect(200);
      expect(first.body.data.map((c: { userId: string }) => c.userId)).toEqual(added.slice(0, 2));
      expect(first.body.nextCursor).toEqual(expect.any(String));
      const rest = await ctx.http
        .get(`/api/v1/tickets/${t.id}/ccs?limit=2&cursor=${first.body.nextCursor}`)
        .set(as(w.user))
        .expect(200);
      expect(rest.body).toEqual({
        data: [expect.objectContaining({ userId: added[2], name: 'CC 2' })],
        nextCursor: null,
      });
    });

    it('GET groups pages through the groups by name', async () => {
      const w = await world();
      for (const name of ['Network', 'Apps', 'Field']) await f.group(name);
      const first = await ctx.http.get('/api/v1/groups?limit=2').set(as(w.agent)).expect(200);
      expect(first.body.data.map((g: { name: string }) => g.name)).toEqual(['Apps', 'Field']);
      const rest = await ctx.http
        .get(`/api/v1/groups?limit=2&cursor=${first.body.nextCursor}`)
        .set(as(w.agent))
        .expect(200);
      expect(rest.body.data.map((g: { name: string }) => g.name)).toEqual(['Network', 'Service Desk']);
      expect(rest.body.nextCursor).toBeNull();
      expect(Object.keys(rest.body.data[0]).sort()).toEqual(['agentIds', 'id', 'name']);
    });
  });
});
