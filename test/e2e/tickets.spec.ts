import { useApp } from '../helpers/setup.js';

describe('tickets over HTTP', () => {
  const { ctx, f, as: auth } = useApp();

  async function acme(opts: { esm?: boolean; orgAccess?: 'OWN' | 'ORG_READ' | 'ORG_COMMENT' | 'ORG_EDIT' } = {}) {
    const portal = await f.portal({ externalSupportMode: !!opts.esm });
    const org = await f.org({ portalId: portal.id, ticketAccess: opts.orgAccess ?? 'OWN' });
    const hq = await f.site(org.id);
    const lab = await f.site(org.id);
    const user = await f.member(org.id, { homeSiteId: hq.id });
    const colleague = await f.member(org.id, { homeSiteId: hq.id });
    const other = await f.org({ portalId: portal.id });
    const otherSite = await f.site(other.id);
    const stranger = await f.member(other.id, { homeSiteId: otherSite.id });
    const agent = await f.staff('AGENT');
    const admin = await f.staff('ADMIN');
    return { portal, org, hq, lab, user, colleague, other, otherSite, stranger, agent, admin };
  }

  describe('external support mode binds staff too (SPEC §2)', () => {
    async function esmWorld() {
      const portal = await f.portal({ externalSupportMode: true });
      const org = await f.org({ portalId: portal.id });
      const s1 = await f.site(org.id);
      const s2 = await f.site(org.id);
      const requester = await f.member(org.id, { homeSiteId: s1.id });
      const siteless = await f.member(org.id);
      const agent = await f.staff('AGENT');
      const ciS1 = await f.ci(org.id, { siteId: s1.id });
      const ciS2 = await f.ci(org.id, { siteId: s2.id });
      const ciNone = await f.ci(org.id, { siteId: null });
      return { org, s1, s2, requester, siteless, agent, ciS1, ciS2, ciNone };
    }
    const raise = (w: Awaited<ReturnType<typeof esmWorld>>, body: Record<string, unknown>) =>
      ctx.http
        .post('/api/v1/tickets')
        .set(auth(w.agent))
        .send({ organizationId: w.org.id, subject: 'Raised by the desk', type: 'QUESTION', ...body });

    it('a ticket staff raise for a requester gets the requester’s home site when none is given', async () => {
      const w = await esmWorld();
      const r = await raise(w, { requesterId: w.requester.id }).expect(201);
      expect(r.body.siteId).toBe(w.s1.id);
    });

    it('its site must be one of the requester’s sites', async () => {
      const w = await esmWorld();
      const bad = await raise(w, { requesterId: w.requester.id, siteId: w.s2.id }).expect(422);
      expect(bad.body.errors[0].field).toBe('siteId');
      expect(await ctx.prisma.ticket.count()).toBe(0);
    });

    it('a requester without a site may only have types other than INCIDENT and SERVICE_REQUEST', async () => {
      const w = await esmWorld();
      for (const type of ['INCIDENT', 'SERVICE_REQUEST']) {
        const bad = await raise(w, { requesterId: w.siteless.id, type }).expect(422);
        expect(bad.body.errors[0].field).toBe('type');
      }
      const ok = await raise(w, { requesterId: w.siteless.id, type: 'QUESTION' }).expect(201);
      expect(ok.body.siteId).toBeNull();
      const types = await ctx.http
        .get(`/api/v1/ticket-types?organizationId=${w.org.id}&requesterId=${w.siteless.id}`)
        .set(auth(w.agent))
        .expect(200);
      expect(types.body.types).toEqual(['CHANGE', 'QUESTION']);
      const withSite = await ctx.http
        .get(`/api/v1/ticket-types?organizationId=${w.org.id}&requesterId=${w.requester.id}`)
        .set(auth(w.agent))
        .expect(200);
      expect(withSite.body.types).toEqual(['INCIDENT', 'SERVICE_REQUEST', 'CHANGE', 'QUESTION']);
    });

    it('linked CIs must be of the ticket’s site (a ticket without site: CIs without site)', async () => {
      const w = await esmWorld();
      const bad = await raise(w, { requesterId: w.requester.id, ciIds: [w.ciS2.id] }).expect(422);
      expect(bad.body.errors[0].field).toBe('ciIds');
      await raise(w, { requesterId: w.requester.id, ciIds: [w.ciS1.id] }).expect(201);
      const badNone = await raise(w, { requesterId: w.siteless.id, ciIds: [w.ciS1.id] }).expect(422);
      expect(badNone.body.errors[0].field).toBe('ciIds');
      await raise(w, { requesterId: w.siteless.id, ciIds: [w.ciNone.id] }).expect(201);
    });

    it('the same rules hold when staff change the ticket', async () => {
      const w = await esmWorld();
      const t = (await raise(w, { requesterId: w.requester.id }).expect(201)).body;
      const moved = await ctx.http
        .patch(`/api/v1/tickets/${t.id}`)
        .set(auth(w.agent))
        .set('if-match', '"1"')
        .send({ siteId: w.s2.id })
        .expect(422);
      expect(moved.body.errors[0].field).toBe('siteId');
      const ci = await ctx.http
        .patch(`/api/v1/tickets/${t.id}`)
        .set(auth(w.agent))
        .set('if-match', '"1"')
        .send({ ciIds: [w.ciS2.id] })
        .expect(422);
      expect(ci.body.errors[0].field).toBe('ciIds');
      expect((await ctx.prisma.ticket.findUniqueOrThrow({ where: { id: t.id } })).siteId).toBe(w.s1.id);
    });

    it('a member may not ask ticket types for someone else', async () => {
      const w = await esmWorld();
      await ctx.http.get(`/api/v1/ticket-types?requesterId=${w.siteless.id}`).set(auth(w.requester)).expect(403);
    });
  });

  describe('creation', () => {
    it('makes the caller the requester, defaults the site to the home site, writes history and one outbox row per recipient', async () => {
      const w = await acme();
      const res = await ctx.http
        .post('/api/v1/tickets')
        .set(auth(w.user))
        .send({ type: 'INCIDENT', subject: 'Printer jams' })
        .expect(201);
      expect(res.body).toMatchObject({
        requesterId: w.user.id,
        organizationId: w.org.id,
        siteId: w.hq.id,
        status: 'NEW',
        priority: 'MEDIUM',
        version: 1,
      });
      expect(res.headers.etag).toBe('"1"');
      const history = await ctx.http.get(`/api/v1/tickets/${res.body.id}/history`).set(auth(w.user)).expect(200);
      expect(history.body.data.map((h: { action: string }) => h.action)).toEqual(['created']);
    });

    it('refuses a site that is neither the home site nor a write site (422, nothing written)', async () => {
      const w = await acme();
      const res = await ctx.http
        .post('/api/v1/tickets')
        .set(auth(w.user))
        .send({ type: 'INCIDENT', subject: 'x', siteId: w.lab.id })
        .expect(422);
      expect(res.body.errors).toEqual([{ field: 'siteId', message: expect.any(String) }]);
      await ctx.http
        .post('/api/v1/tickets')
        .set(auth(w.user))
        .send({ type: 'INCIDENT', subject: 'x', siteId: w.otherSite.id })
        .expect(422);
      expect(await ctx.prisma.ticket.count()).toBe(0);
    });

    it('accepts a write site', async () => {
      const w = await acme();
      const writer = await f.member(w.org.id, { homeSiteId: w.hq.id, writeSiteIds: [w.lab.id] });
      const res = await ctx.http
        .post('/api/v1/tickets')
        .set(auth(writer))
        .send({ type: 'INCIDENT', subject: 'x', siteId: w.lab.id })
        .expect(201);
      expect(res.body.siteId).toBe(w.lab.id);
    });

    it('external support mode: a member without site gets no types and a clear 403', async () => {
      const w = await acme({ esm: true });
      const siteless = await f.member(w.org.id, { homeSiteId: null });
      const types = await ctx.http.get('/api/v1/ticket-types').set(auth(siteless)).expect(200);
      expect(types.body).toEqual({ organizationId: w.org.id, types: [] });
      const res = await ctx.http
        .post('/api/v1/tickets')
        .set(auth(siteless))
        .send({ type: 'INCIDENT', subject: 'x' })
        .expect(403);
      expect(res.body.detail).toMatch(/external support mode/);
      const withSite = await ctx.http.get('/api/v1/ticket-types').set(auth(w.user)).expect(200);
      expect(withSite.body.types).toEqual(['INCIDENT', 'SERVICE_REQUEST', 'CHANGE', 'QUESTION']);
    });

    it('a user with several organisations and no default: ticket types and ticket creation both ask to name one', async () => {
      const w = await acme();
      await f.addMembership(w.user.id, w.other.id, { homeSiteId: w.otherSite.id });
      await ctx.prisma.user.update({ where: { id: w.user.id }, data: { defaultOrganizationId: null } });
      const types = await ctx.http.get('/api/v1/ticket-types').set(auth(w.user)).expect(422);
      const create = await ctx.http
        .post('/api/v1/tickets')
        .set(auth(w.user))
        .send({ type: 'INCIDENT', subject: 'x' })
        .expect(422);
      for (const res of [types, create]) {
        expect(res.body.errors[0].field).toBe('organizationId');
        expect(res.body.errors[0].message).toContain(w.org.id);
        expect(res.body.errors[0].message).toContain(w.other.id);
      }
      expect(types.body.errors).toEqual(create.body.errors);
      // Naming the organisation answers both alike.
      const named = await ctx.http
        .get(`/api/v1/ticket-types?organizationId=${w.other.id}`)
        .set(auth(w.user))
        .expect(200);
      expect(named.body).toEqual({
        organizationId: w.other.id,
        types: ['INCIDENT', 'SERVICE_REQUEST', 'CHANGE', 'QUESTION'],
      });
      const raised = await ctx.http
        .post('/api/v1/tickets')
        .set(auth(w.user))
        .send({ type: 'INCIDENT', subject: 'x', organizationId: w.other.id })
        .expect(201);
      expect(raised.body.organizationId).toBe(w.other.id);
    });

    it('enforces allowedTicketTypes and allowedResponsibles with 422 naming the field', async () => {
      const w = await acme();
      const g1 = await f.group();
      const g2 = await f.group();
      const restricted = await f.member(w.org.id, {
        homeSiteId: w.hq.id,
        allowedTicketTypes: ['QUESTION'],
        allowedResponsibles: { groupIds: [g1.id], agentIds: [] },
      });
      const types = await ctx.http.get('/api/v1/ticket-types').set(auth(restricted)).expect(200);
      expect(types.body.types).toEqual(['QUESTION']);
      const bad = await ctx.http
        .post('/api/v1/tickets')
        .set(auth(restricted))
        .send({ type: 'INCIDENT', subject: 'x' })
        .expect(422);
      expect(bad.body.errors[0].field).toBe('type');
      const badGroup = await ctx.http
        .post('/api/v1/tickets')
        .set(auth(restricted))
        .send({ type: 'QUESTION', subject: 'x', groupId: g2.id })
        .expect(422);
      expect(badGroup.body.errors[0].field).toBe('groupId');
      const badAgent = await ctx.http
        .post('/api/v1/tickets')
        .set(auth(restricted))
        .send({ type: 'QUESTION', subject: 'x', assigneeId: w.agent.id })
        .expect(422);
      expect(badAgent.body.errors[0].field).toBe('assigneeId');
      await ctx.http
        .post('/api/v1/tickets')
        .set(auth(restricted))
        .send({ type: 'QUESTION', subject: 'x', groupId: g1.id })
        .expect(201);
      // With allowed responsibles, a ticket must name one of them (SPEC: restrictions a form is built from).
      const unnamed = await ctx.http
        .post('/api/v1/tickets')
        .set(auth(restricted))
        .send({ type: 'QUESTION', subject: 'x' })
        .expect(422);
      expect(unnamed.body.errors[0].field).toBe('groupId');
      expect(unnamed.body.errors[0].message).toContain(g1.id);
      expect(await ctx.prisma.ticket.count()).toBe(1);
    });

    it('links only CIs the caller can see (another site or organisation ⇒ 422)', async () => {
      const w = await acme();
      const mine = await f.ci(w.org.id, { siteId: w.hq.id });
      const labCi = await f.ci(w.org.id, { siteId: w.lab.id });
      const foreign = await f.ci(w.other.id, { siteId: w.otherSite.id });
      for (const ci of [labCi, foreign]) {
        const r = await ctx.http
          .post('/api/v1/tickets')
          .set(auth(w.user))
          .send({ type: 'INCIDENT', subject: 'x', ciIds: [ci.id] })
          .expect(422);
        expect(r.body.errors[0].field).toBe('ciIds');
      }
      const ok = await ctx.http
        .post('/api/v1/tickets')
        .set(auth(w.user))
        .send({ type: 'INCIDENT', subject: 'x', ciIds: [mine.id] })
        .expect(201);
      expect(ok.body.ciIds).toEqual([mine.id]);
      expect(await ctx.prisma.ticket.count()).toBe(1);
    });

    it('mass assignment: requesterId of someone else ⇒ 403, status or unknown fields ⇒ 400, foreign organisation ⇒ 422; nothing written', async () => {
      const w = await acme();
      await ctx.http
        .post('/api/v1/tickets')
        .set(auth(w.user))
        .send({ type: 'INCIDENT', subject: 'x', requesterId: w.colleague.id })
        .expect(403);
      const st = await ctx.http
        .post('/api/v1/tickets')
        .set(auth(w.user))
        .send({ type: 'INCIDENT', subject: 'x', status: 'CLOSED' })
        .expect(400);
      expect(st.body.errors).toEqual([{ field: 'status', message: 'property status should not exist' }]);
      await ctx.http
        .post('/api/v1/tickets')
        .set(auth(w.user))
        .send({ type: 'INCIDENT', subject: 'x', number: 1 })
        .expect(400);
      const org = await ctx.http
        .post('/api/v1/tickets')
        .set(auth(w.user))
        .send({ type: 'INCIDENT', subject: 'x', organizationId: w.other.id })
        .expect(422);
      expect(org.body.errors[0].field).toBe('organizationId');
      expect(await ctx.prisma.ticket.count()).toBe(0);
    });

    it('a multi-organisation user chooses the organisation; the default is the default organisation', async () => {
      const w = await acme();
      const secondSite = await f.site(w.other.id);
      await f.addMembership(w.user.id, w.other.id, { homeSiteId: secondSite.id });
      const dflt = await ctx.http
        .post('/api/v1/tickets')
        .set(auth(w.user))
        .send({ type: 'INCIDENT', subject: 'default' })
        .expect(201);
      expect(dflt.body.organizationId).toBe(w.org.id);
      const chosen = await ctx.http
        .post('/api/v1/tickets')
        .set(auth(w.user))
        .send({ type: 'INCIDENT', subject: 'chosen', organizationId: w.other.id })
        .expect(201);
      expect(chosen.body).toMatchObject({ organizationId: w.other.id, siteId: secondSite.id });
    });

    it('staff raise tickets for a member of the organisation, not for outsiders', async () => {
      const w = await acme();
      const res = await ctx.http
        .post('/api/v1/tickets')
        .set(auth(w.agent))
        .send({ type: 'INCIDENT', subject: 'x', organizationId: w.org.id, requesterId: w.user.id })
        .expect(201);
      expect(res.body.requesterId).toBe(w.user.id);
      const bad = await ctx.http
        .post('/api/v1/tickets')
        .set(auth(w.agent))
        .send({ type: 'INCIDENT', subject: 'x', organizationId: w.org.id, requesterId: w.stranger.id })
        .expect(422);
      expect(bad.body.errors[0].field).toBe('requesterId');
    });
  });

  describe('tenant isolation', () => {
    it('another organisation’s ticket and its sub-resources are 404 and absent from lists', async () => {
      const w = await acme({ orgAccess: 'ORG_EDIT' });
      const t = await f.ticket(w.org.id, w.user.id, { siteId: w.hq.id });
      await ctx.prisma.ticketComment.create({
        data: { ticketId: t.id, organizationId: w.org.id, authorId: w.user.id, body: 'secret' },
      });
      const s = auth(w.stranger);
      for (const path of ['', '/comments', '/history', '/ccs']) {
        const r = await ctx.http.get(`/api/v1/tickets/${t.id}${path}`).set(s).expect(404);
        expect(r.body.detail).toBe('ticket not found');
      }
      await ctx.http.post(`/api/v1/tickets/${t.id}/comments`).set(s).send({ body: 'x' }).expect(404);
      await ctx.http.post(`/api/v1/tickets/${t.id}/ccs`).set(s).send({ userId: w.stranger.id }).expect(404);
      await ctx.http.post(`/api/v1/tickets/${t.id}/transitions`).set(s).send({ status: 'OPEN' }).expect(404);
      await ctx.http
        .patch(`/api/v1/tickets/${t.id}`)
        .set(s)
        .set('if-match', '"1"')
        .send({ subject: 'hijack' })
        .expect(404);
      const list = await ctx.http.get('/api/v1/tickets').set(s).expect(200);
      expect(list.body.data).toEqual([]);
      const filtered = await ctx.http.get(`/api/v1/tickets?organizationId=${w.org.id}`).set(s).expect(200);
      expect(filtered.body).toEqual({ data: [], nextCursor: null });
      expect((await ctx.prisma.ticket.findUniqueOrThrow({ where: { id: t.id } })).subject).toBe(t.subject);
    });

    it('foreign ids in updates ⇒ 422 and nothing changes', async () => {
      const w = await acme();
      const t = await f.ticket(w.org.id, w.user.id, { siteId: w.hq.id });
      const foreignCi = await f.ci(w.other.id);
      const r = await ctx.http
        .patch(`/api/v1/tickets/${t.id}`)
        .set(auth(w.user))
        .set('if-match', '"1"')
        .send({ ciIds: [foreignCi.id] })
        .expect(422);
      expect(r.body.errors[0].field).toBe('ciIds');
      const move = await ctx.http
        .patch(`/api/v1/tickets/${t.id}`)
        .set(auth(w.user))
        .set('if-match', '"1"')
        .send({ organizationId: w.other.id })
        .expect(403);
      expect(move.body.detail).toMatch(/only staff/);
      const siteMove = await ctx.http
        .patch(`/api/v1/tickets/${t.id}`)
        .set(auth(w.agent))
        .set('if-match', '"1"')
        .send({ siteId: w.otherSite.id })
        .expect(422);
      expect(siteMove.body.errors[0].field).toBe('siteId');
      expect((await ctx.prisma.ticket.findUniqueOrThrow({ where: { id: t.id } })).version).toBe(1);
    });

    it('internal comments and their history never reach external users', async () => {
      const w = await acme();
      const t = await f.ticket(w.org.id, w.user.id, { siteId: w.hq.id });
      await ctx.http
        .post(`/api/v1/tickets/${t.id}/comments`)
        .set(auth(w.agent))
        .send({ body: 'internal note', internal: true })
        .expect(201);
      await ctx.http
        .post(`/api/v1/tickets/${t.id}/comments`)
        .set(auth(w.agent))
        .send({ body: 'public answer' })
        .expect(201);
      const ext = await ctx.http.get(`/api/v1/tickets/${t.id}/comments`).set(auth(w.user)).expect(200);
      expect(ext.body.data.map((c: { body: string }) => c.body)).toEqual(['public answer']);
      const staff = await ctx.http.get(`/api/v1/tickets/${t.id}/comments`).set(auth(w.agent)).expect(200);
      expect(staff.body.data.map((c: { body: string }) => c.body)).toEqual(['internal note', 'public answer']);
      const hist = await ctx.http.get(`/api/v1/tickets/${t.id}/history`).set(auth(w.user)).expect(200);
      expect(hist.body.data.map((h: { action: string }) => h.action)).toEqual(['comment_added']);
      await ctx.http
        .post(`/api/v1/tickets/${t.id}/comments`)
        .set(auth(w.user))
        .send({ body: 'x', internal: true })
        .expect(403);
      const outbox = await ctx.prisma.outboxMessage.findMany({ where: { recipientUserId: w.user.id } });
      expect(outbox.map((m) => m.body).some((b) => b.includes('internal note'))).toBe(false);
      expect(outbox).toHaveLength(1);
    });
  });

  describe('updates and transitions', () => {
    it('updates with If-Match, records history, recomputes nothing it should not', async () => {
      const w = await acme();
      const t = await f.ticket(w.org.id, w.user.id, { siteId: w.hq.id });
      await ctx.http.patch(`/api/v1/tickets/${t.id}`).set(auth(w.user)).send({ subject: 'new' }).expect(428);
      await ctx.http
        .patch(`/api/v1/tickets/${t.id}`)
        .set(auth(w.user))
        .set('if-match', '"7"')
        .send({ subject: 'new' })
        .expect(412);
      const ok = await ctx.http
        .patch(`/api/v1/tickets/${t.id}`)
        .set(auth(w.user))
        .set('if-match', '"1"')
        .send({ subject: 'new', priority: 'HIGH' })
        .expect(200);
      expect(ok.body).toMatchObject({ subject: 'new', priority: 'HIGH', version: 2 });
      expect(ok.headers.etag).toBe('"2"');
      const hist = await ctx.prisma.ticketHistory.findMany({ where: { ticketId: t.id } });
      expect(hist).toHaveLength(1);
      expect(hist[0]).toMatchObject({
        action: 'updated',
        before: { subject: t.subject, priority: 'MEDIUM' },
        after: { subject: 'new', priority: 'HIGH' },
      });
    });

    it('PATCH with status is rejected (status moves only through transitions)', async () => {
      const w = await acme();
      const t = await f.ticket(w.org.id, w.user.id, { siteId: w.hq.id });
      await ctx.http
        .patch(`/api/v1/tickets/${t.id}`)
        .set(auth(w.agent))
        .set('if-match', '"1"')
        .send({ status: 'CLOSED' })
        .expect(400);
      expect((await ctx.prisma.ticket.findUniqueOrThrow({ where: { id: t.id } })).status).toBe('NEW');
    });

    it('enforces the workflow (409) and allowedStatuses for external users (403)', async () => {
      const w = await acme();
      const limited = await f.member(w.org.id, { homeSiteId: w.hq.id, allowedStatuses: ['CANCELLED'] });
      const t = await f.ticket(w.org.id, limited.id, { siteId: w.hq.id });
      const bad = await ctx.http
        .post(`/api/v1/tickets/${t.id}/transitions`)
        .set(auth(w.agent))
        .send({ status: 'CLOSED' })
        .expect(409);
      expect(bad.body.detail).toMatch(/cannot go from NEW to CLOSED/);
      await ctx.http
        .post(`/api/v1/tickets/${t.id}/transitions`)
        .set(auth(limited))
        .send({ status: 'OPEN' })
        .expect(403);
      await ctx.http
        .post(`/api/v1/tickets/${t.id}/transitions`)
        .set(auth(w.agent))
        .send({ status: 'OPEN' })
        .expect(200);
      await ctx.http
        .post(`/api/v1/tickets/${t.id}/transitions`)
        .set(auth(w.agent))
        .send({ status: 'RESOLVED', comment: 'fixed' })
        .expect(200);
      await ctx.http
        .post(`/api/v1/tickets/${t.id}/transitions`)
        .set(auth(w.agent))
        .send({ status: 'OPEN' })
        .expect(200);
      await ctx.http
        .post(`/api/v1/tickets/${t.id}/transitions`)
        .set(auth(limited))
        .send({ status: 'CANCELLED' })
        .expect(200);
      await ctx.http
        .post(`/api/v1/tickets/${t.id}/transitions`)
        .set(auth(w.agent))
        .send({ status: 'OPEN' })
        .expect(409);
      const hist = await ctx.prisma.ticketHistory.findMany({
        where: { ticketId: t.id, action: 'status_changed' },
        orderBy: { createdAt: 'asc' },
      });
      expect(hist.map((h) => (h.after as { status: string }).status)).toEqual([
        'OPEN',
        'RESOLVED',
        'OPEN',
        'CANCELLED',
      ]);
    });

    it('a reader without update right gets 403 with a reason', async () => {
      const w = await acme({ orgAccess: 'ORG_READ' });
      const t = await f.ticket(w.org.id, w.colleague.id, { siteId: w.hq.id });
      const r = await ctx.http
        .patch(`/api/v1/tickets/${t.id}`)
        .set(auth(w.user))
        .set('if-match', '"1"')
        .send({ subject: 'x' })
        .expect(403);
      expect(r.body.detail).toMatch(/no grant gives "update"/);
    });
  });

  describe('CCs', () => {
    it('requester may CC verified members of the organisation only; the CC grant goes when removed', async () => {
      const w = await acme();
      const t = await f.ticket(w.org.id, w.user.id, { siteId: w.hq.id });
      const unverified = await f.user({ verified: false, defaultOrganizationId: w.org.id });
      await f.addMembership(unverified.id, w.org.id);
      for (const userId of [w.stranger.id, unverified.id]) {
        const r = await ctx.http.post(`/api/v1/tickets/${t.id}/ccs`).set(auth(w.user)).send({ userId }).expect(422);
        expect(r.body.errors[0].field).toBe('userId');
      }
      await ctx.http.get(`/api/v1/tickets/${t.id}`).set(auth(w.colleague)).expect(404);
      await ctx.http.post(`/api/v1/tickets/${t.id}/ccs`).set(auth(w.user)).send({ userId: w.colleague.id }).expect(201);
      const seen = await ctx.http.get(`/api/v1/tickets/${t.id}`).set(auth(w.colleague)).expect(200);
      expect(seen.body.cc).toBe(true);
      await ctx.http
        .post(`/api/v1/tickets/${t.id}/comments`)
        .set(auth(w.colleague))
        .send({ body: 'cc comment' })
        .expect(201);
      // a CC may not manage CCs
      await ctx.http.delete(`/api/v1/tickets/${t.id}/ccs/${w.colleague.id}`).set(auth(w.colleague)).expect(403);
      await ctx.http.delete(`/api/v1/tickets/${t.id}/ccs/${w.colleague.id}`).set(auth(w.user)).expect(204);
      await ctx.http.get(`/api/v1/tickets/${t.id}`).set(auth(w.colleague)).expect(404);
      const list = await ctx.http.get('/api/v1/tickets').set(auth(w.colleague)).expect(200);
      expect(list.body.data).toEqual([]);
    });

    it('staff may CC any existing user; at most 20 CCs', async () => {
      const w = await acme();
      const t = await f.ticket(w.org.id, w.user.id, { siteId: w.hq.id });
      await ctx.http.post(`/api/v1/tickets/${t.id}/ccs`).set(auth(w.agent)).send({ userId: w.stranger.id }).expect(201);
      await ctx.http
        .post(`/api/v1/tickets/${t.id}/ccs`)
        .set(auth(w.agent))
        .send({ userId: '00000000-0000-7000-8000-000000000001' })
        .expect(422);
      for (let i = 0; i < 19; i++) {
        const u = await f.member(w.org.id);
        await ctx.http.post(`/api/v1/tickets/${t.id}/ccs`).set(auth(w.agent)).send({ userId: u.id }).expect(201);
      }
      const extra = await f.member(w.org.id);
      const r = await ctx.http
        .post(`/api/v1/tickets/${t.id}/ccs`)
        .set(auth(w.agent))
        .send({ userId: extra.id })
        .expect(409);
      expect(r.body.detail).toMatch(/at most 20/);
      expect(await ctx.prisma.ticketCc.count({ where: { ticketId: t.id } })).toBe(20);
    });

    /** A ticket of `w.org` with `w.colleague` in CC; its requester is a member of `w.other` too. */
    async function ccWorld() {
      const w = await acme();
      await f.addMembership(w.user.id, w.other.id);
      const t = await f.ticket(w.org.id, w.user.id);
      await f.cc(t, w.colleague.id);
      return { ...w, t };
    }

    it('CC rows move with their ticket to another organisation (the database keeps them in step)', async () => {
      const w = await ccWorld();
      await ctx.http
        .patch(`/api/v1/tickets/${w.t.id}`)
        .set(auth(w.agent))
        .set('if-match', '"1"')
        .send({ organizationId: w.other.id })
        .expect(200);
      const ccs = await ctx.prisma.ticketCc.findMany({ where: { ticketId: w.t.id } });
      expect(ccs.map((c) => [c.userId, c.organizationId, c.ticketCreatedAt.toISOString()])).toEqual([
        [w.colleague.id, w.other.id, w.t.createdAt.toISOString()],
      ]);
      // A move outside the API follows too.
      await ctx.prisma.$executeRaw`UPDATE tickets SET organization_id = ${w.org.id}::uuid WHERE id = ${w.t.id}::uuid`;
      expect((await ctx.prisma.ticketCc.findFirstOrThrow({ where: { ticketId: w.t.id } })).organizationId).toBe(
        w.org.id,
      );
    });

    it('the database refuses a CC row whose organisation or created_at is not its ticket’s', async () => {
      const w = await ccWorld();
      const cc = (organizationId: string, ticketCreatedAt: Date) =>
        ctx.prisma.ticketCc.create({ data: { ticketId: w.t.id, userId: w.user.id, organizationId, ticketCreatedAt } });
      await expect(cc(w.other.id, w.t.createdAt)).rejects.toMatchObject({ code: 'P2003' });
      await expect(cc(w.org.id, new Date(w.t.createdAt.getTime() - 1000))).rejects.toMatchObject({ code: 'P2003' });
      await expect(
        ctx.prisma
          .$executeRaw`UPDATE ticket_ccs SET organization_id = ${w.other.id}::uuid WHERE ticket_id = ${w.t.id}::uuid`,
      ).rejects.toThrow(/foreign key/);
      expect(await ctx.prisma.ticketCc.findMany({ where: { ticketId: w.t.id } })).toEqual([
        expect.objectContaining({ userId: w.colleague.id, organizationId: w.org.id }),
      ]);
      await ctx.prisma.ticket.delete({ where: { id: w.t.id } });
      expect(await ctx.prisma.ticketCc.count()).toBe(0);
    });
  });

  describe('notifications', () => {
    it('one message per recipient, only to people who may read the ticket', async () => {
      const w = await acme();
      const t = await f.ticket(w.org.id, w.user.id, { siteId: w.hq.id });
      await f.cc(t, w.colleague.id);
      await f.cc(t, w.stranger.id); // CC'd from another organisation: may not read ⇒ no mail
      await ctx.http
        .post(`/api/v1/tickets/${t.id}/comments`)
        .set(auth(w.agent))
        .send({ body: 'hello all' })
        .expect(201);
      const msgs = await ctx.prisma.outboxMessage.findMany({ where: { kind: 'ticket.commented' } });
      expect(msgs.map((m) => m.recipientUserId).sort()).toEqual([w.user.id, w.colleague.id].sort());
      for (const m of msgs) {
        expect(m.toEmail.split(',')).toHaveLength(1);
        expect(m.body).not.toContain(m.recipientUserId === w.user.id ? w.colleague.email : w.user.email);
      }
    });
  });

  describe('lists', () => {
    it('paginates with a stable keyset cursor and validates its parameters', async () => {
      const w = await acme({ orgAccess: 'ORG_READ' });
      const base = Date.now();
      const ids: string[] = [];
      for (let i = 0; i < 5; i++)
        ids.push(
          (await f.ticket(w.org.id, w.colleague.id, { siteId: w.hq.id, createdAt: new Date(base - i * 1000) })).id,
        );
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const url: string = `/api/v1/tickets?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
        const r = await ctx.http.get(url).set(auth(w.user)).expect(200);
        seen.push(...r.body.data.map((t: { id: string }) => t.id));
        cursor = r.body.nextCursor;
      } while (cursor);
      expect(seen).toEqual(ids);
      // the list's timestamps are the same JSON as a single GET's
      const listed = (await ctx.http.get('/api/v1/tickets?limit=1').set(auth(w.user)).expect(200)).body.data[0];
      const single = (await ctx.http.get(`/api/v1/tickets/${listed.id}`).set(auth(w.user)).expect(200)).body;
      expect({ createdAt: listed.createdAt, updatedAt: listed.updatedAt }).toEqual({
        createdAt: single.createdAt,
        updatedAt: single.updatedAt,
      });
      expect(listed.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      await ctx.http.get('/api/v1/tickets?limit=101').set(auth(w.user)).expect(400);
      await ctx.http.get('/api/v1/tickets?cursor=garbage').set(auth(w.user)).expect(400);
      await ctx.http.get('/api/v1/tickets?status=NOPE').set(auth(w.user)).expect(400);
      await ctx.http.get('/api/v1/tickets/not-a-uuid').set(auth(w.user)).expect(400);
    });

    it('filters by status, type, site, requester and subject text', async () => {
      const w = await acme({ orgAccess: 'ORG_READ' });
      const a = await f.ticket(w.org.id, w.colleague.id, {
        siteId: w.hq.id,
        subject: 'Printer on fire',
        status: 'OPEN',
      });
      const b = await f.ticket(w.org.id, w.user.id, { siteId: w.lab.id, subject: 'VPN down', type: 'QUESTION' });
      const q = async (qs: string) =>
        (await ctx.http.get(`/api/v1/tickets?${qs}`).set(auth(w.user)).expect(200)).body.data.map(
          (t: { id: string }) => t.id,
        );
      expect(await q('status=OPEN')).toEqual([a.id]);
      expect(await q('status=NEW,OPEN')).toEqual([b.id, a.id]);
      expect(await q('type=QUESTION')).toEqual([b.id]);
      expect(await q(`siteId=${w.hq.id}`)).toEqual([a.id]);
      expect(await q(`requesterId=${w.user.id}`)).toEqual([b.id]);
      expect(await q('q=printer')).toEqual([a.id]);
      expect(await q('q=%25')).toEqual([]);
    });
  });
});

describe('tickets: what a caller must not see, change or get past', () => {
  const { ctx, f, as } = useApp({ RATE_LIMIT_ENABLED: 'false' });
  const statuses = (rs: { status: number }[]) => rs.map((r) => r.status).sort();

  describe('CIs named by a ticket', () => {
    it('lists only the CIs the caller may see, and an update by the caller keeps the links it cannot see', async () => {
      const portal = await f.portal({ ciDepartmentFilter: true });
      const o = await f.org({ portalId: portal.id });
      const site = await f.site(o.id);
      const u = await f.member(o.id, { homeSiteId: site.id, department: 'Sales' });
      const agent = await f.staff('AGENT');
      const mine = await f.ci(o.id, { siteId: site.id, department: 'Sales' });
      const other = await f.ci(o.id, { siteId: site.id, department: 'Finance' });
      const t = await f.ticket(o.id, u.id, { siteId: site.id });
      await ctx.http
        .patch(`/api/v1/tickets/${t.id}`)
        .set(as(agent))
        .set('if-match', '"1"')
        .send({ ciIds: [mine.id, other.id] })
        .expect(200);
      await ctx.http.get(`/api/v1/cis/${other.id}`).set(as(u)).expect(404);
      const seen = await ctx.http.get(`/api/v1/tickets/${t.id}`).set(as(u)).expect(200);
      expect(seen.body.ciIds).toEqual([mine.id]);
      const upd = await ctx.http
        .patch(`/api/v1/tickets/${t.id}`)
        .set(as(u))
        .set('if-match', `"${seen.body.version}"`)
        .send({ ciIds: [] })
        .expect(200);
      expect(upd.body.ciIds).toEqual([]);
      const links = await ctx.prisma.ticketCi.findMany({ where: { ticketId: t.id } });
      expect(links.map((l) => l.ciId)).toEqual([other.id]);
      const staffView = await ctx.http.get(`/api/v1/tickets/${t.id}`).set(as(agent)).expect(200);
      expect(staffView.body.ciIds).toEqual([other.id]);
    });
  });

  describe('staff-only data', () => {
    it('never shows internal comments or their history to externals, nor mails them about one', async () => {
      const o = await f.org({ ticketAccess: 'ORG_READ' });
      const requester = await f.member(o.id);
      const cc = await f.member(o.id);
      const agent = await f.staff('AGENT');
      const other = await f.staff('AGENT');
      const t = await f.ticket(o.id, requester.id);
      await ctx.prisma.ticket.update({ where: { id: t.id }, data: { assigneeId: other.id } });
      await f.cc(t, cc.id);
      await ctx.http
        .post(`/api/v1/tickets/${t.id}/comments`)
        .set(as(agent))
        .send({ body: 'internal: customer is difficult', internal: true })
        .expect(201);
      await ctx.http
        .post(`/api/v1/tickets/${t.id}/comments`)
        .set(as(agent))
        .send({ body: 'public answer' })
        .expect(201);
      for (const who of [requester, cc]) {
        const comments = (await ctx.http.get(`/api/v1/tickets/${t.id}/comments`).set(as(who)).expect(200)).body
          .data as { body: string }[];
        expect(comments.map((c) => c.body)).toEqual(['public answer']);
        const history = (await ctx.http.get(`/api/v1/tickets/${t.id}/history`).set(as(who)).expect(200)).body.data as {
          action: string;
        }[];
        expect(history.map((h) => h.action)).toEqual(['comment_added']);
      }
      const staffHistory = (await ctx.http.get(`/api/v1/tickets/${t.id}/history`).set(as(other)).expect(200)).body
        .data as { action: string }[];
      expect(staffHistory.map((h) => h.action)).toEqual(['internal_comment_added', 'comment_added']);
      const mails = await ctx.prisma.outboxMessage.findMany({
        where: { kind: 'ticket.commented' },
        orderBy: { createdAt: 'asc' },
      });
      const internalMails = mails.filter((m) => m.body.includes('customer is difficult'));
      expect(internalMails.map((m) => m.recipientUserId)).toEqual([other.id]);
    });
  });

  describe('notifications', () => {
    it('sends one message per recipient, none naming another recipient', async () => {
      const o = await f.org();
      const requester = await f.member(o.id, { email: 'req@leak.test' });
      const cc1 = await f.member(o.id, { email: 'cc1@leak.test' });
      const cc2 = await f.member(o.id, { email: 'cc2@leak.test' });
      const outsider = await f.member((await f.org()).id, { email: 'out@leak.test' });
      const agent = await f.staff('AGENT');
      const t = await f.ticket(o.id, requester.id);
      await f.cc(t, cc1.id);
      await f.cc(t, cc2.id);
      await ctx.http.post(`/api/v1/tickets/${t.id}/ccs`).set(as(agent)).send({ userId: outsider.id }).expect(201);
      await ctx.prisma.outboxMessage.deleteMany();
      await ctx.http
        .post(`/api/v1/tickets/${t.id}/comments`)
        .set(as(agent))
        .send({ body: 'We are on it.' })
        .expect(201);
      const msgs = await ctx.prisma.outboxMessage.findMany({ where: { kind: 'ticket.commented' } });
      expect(msgs.map((m) => m.toEmail).sort()).toEqual(['cc1@leak.test', 'cc2@leak.test', 'req@leak.test']);
      const addresses = ['req@leak.test', 'cc1@leak.test', 'cc2@leak.test', 'out@leak.test'];
      for (const m of msgs) {
        const others = addresses.filter((a) => a !== m.toEmail);
        expect(others.filter((a) => m.body.includes(a) || m.subject.includes(a))).toEqual([]);
      }
    });
  });

  describe('self-modification', () => {
    it('an external user cannot move their ticket to another organisation or site, nor set its status by PATCH', async () => {
      const o = await f.org({ ticketAccess: 'ORG_EDIT' });
      const s1 = await f.site(o.id);
      const s2 = await f.site(o.id);
      const o2 = await f.org();
      const u = await f.member(o.id, { homeSiteId: s1.id, writeSiteIds: [s2.id] });
      await f.addMembership(u.id, o2.id);
      const t = await f.ticket(o.id, u.id, { siteId: s1.id });
      const h = as(u);
      await ctx.http
        .patch(`/api/v1/tickets/${t.id}`)
        .set(h)
        .set('if-match', '"1"')
        .send({ organizationId: o2.id })
        .expect(403);
      await ctx.http.patch(`/api/v1/tickets/${t.id}`).set(h).set('if-match', '"1"').send({ siteId: s2.id }).expect(403);
      await ctx.http
        .patch(`/api/v1/tickets/${t.id}`)
        .set(h)
        .set('if-match', '"1"')
        .send({ status: 'CLOSED' })
        .expect(400);
      await ctx.http
        .patch(`/api/v1/tickets/${t.id}`)
        .set(h)
        .set('if-match', '"1"')
        .send({ requesterId: u.id })
        .expect(400);
      expect(await ctx.prisma.ticket.findUniqueOrThrow({ where: { id: t.id } })).toEqual(t);
    });
  });

  describe('races', () => {
    it('never exceeds 20 CCs when the requester adds several in parallel', async () => {
      const o = await f.org();
      const requester = await f.member(o.id);
      const t = await f.ticket(o.id, requester.id);
      for (let i = 0; i < 18; i++) await f.cc(t, (await f.member(o.id)).id);
      const newcomers = await Promise.all(Array.from({ length: 5 }, () => f.member(o.id)));
      const rs = await Promise.all(
        newcomers.map((n) => ctx.http.post(`/api/v1/tickets/${t.id}/ccs`).set(as(requester)).send({ userId: n.id })),
      );
      expect(statuses(rs)).toEqual([201, 201, 409, 409, 409]);
      expect(await ctx.prisma.ticketCc.count({ where: { ticketId: t.id } })).toBe(20);
    });

    it('lets one of several parallel updates with the same If-Match win; the others get 412', async () => {
      const o = await f.org();
      const u = await f.member(o.id);
      const t = await f.ticket(o.id, u.id);
      const rs = await Promise.all(
        ['a', 'b', 'c', 'd'].map((s) =>
          ctx.http.patch(`/api/v1/tickets/${t.id}`).set(as(u)).set('if-match', '"1"').send({ subject: s }),
        ),
      );
      expect(statuses(rs)).toEqual([200, 412, 412, 412]);
      const after = await ctx.prisma.ticket.findUniqueOrThrow({ where: { id: t.id } });
      expect(after.version).toBe(2);
      expect(await ctx.prisma.ticketHistory.count({ where: { ticketId: t.id, action: 'updated' } })).toBe(1);
    });
  });
});
