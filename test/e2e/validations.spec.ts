import { useApp } from '../helpers/setup.js';

type U = { id: string };

describe('validations and change approvals', () => {
  const { ctx, f } = useApp();

  const auth = (u: U) => ({ authorization: `Bearer ${ctx.tokenFor(u)}` });
  const future = () => new Date(Date.now() + 3 * 24 * 3600 * 1000).toISOString();

  /** Two organisations on a normal portal, one on a portal in external support mode. */
  async function world() {
    const portal = await f.portal();
    const espPortal = await f.portal({ externalSupportMode: true });
    const a = await f.org({ name: 'Acme', portalId: portal.id });
    const b = await f.org({ name: 'Beta', portalId: portal.id });
    const e = await f.org({ name: 'Esp', portalId: espPortal.id });
    const a1 = await f.site(a.id);
    const e1 = await f.site(e.id);
    const e2 = await f.site(e.id);
    const agent = await f.staff('AGENT');
    const admin = await f.staff('ADMIN');
    const approver = await f.member(a.id, { roles: ['CUSTOMER_APPROVER'], homeSiteId: a1.id });
    const approver2 = await f.member(a.id, { roles: ['CUSTOMER_APPROVER'] });
    const changeManager = await f.member(a.id, { roles: ['CHANGE_MANAGER'] });
    const controller = await f.member(a.id, { roles: ['CONTROLLER'] });
    const portalUser = await f.member(a.id, { roles: ['PORTAL_USER'] });
    const plusUser = await f.member(a.id, { roles: ['PORTAL_USER_PLUS'] });
    const approverB = await f.member(b.id, { roles: ['CUSTOMER_APPROVER', 'CHANGE_MANAGER'] });
    const approverE1 = await f.member(e.id, { roles: ['CUSTOMER_APPROVER'], homeSiteId: e1.id });
    const approverE2 = await f.member(e.id, { roles: ['CUSTOMER_APPROVER'], homeSiteId: e2.id });
    const ticket = await f.ticket(a.id, portalUser.id, { status: 'OPEN', siteId: a1.id });
    const ticketE = await f.ticket(e.id, approverE1.id, { status: 'OPEN', siteId: e1.id });
    return {
      portal,
      a,
      b,
      e,
      a1,
      e1,
      e2,
      agent,
      admin,
      approver,
      approver2,
      changeManager,
      controller,
      portalUser,
      plusUser,
      approverB,
      approverE1,
      approverE2,
      ticket,
      ticketE,
    };
  }

  async function ask(agent: U, ticketId: string, body: Record<string, unknown> = {}) {
    const res = await ctx.http
      .post(`/api/v1/tickets/${ticketId}/validations`)
      .set(auth(agent))
      .send({
        kind: 'VALIDATION',
        question: 'May we restart the file server on Saturday at 22:00?',
        dueAt: future(),
        ...body,
      });
    expect(res.status).toBe(201);
    return res.body as { id: string; status: string; version: number };
  }

  const decide = (u: U, id: string, outcome: 'ACCEPT' | 'REJECT' = 'ACCEPT', comment?: string) =>
    ctx.http
      .post(`/api/v1/validations/${id}/decisions`)
      .set(auth(u))
      .send({ outcome, ...(comment ? { comment } : {}) });

  const outbox = (kind: string) =>
    ctx.prisma.outboxMessage.findMany({ where: { kind }, orderBy: { createdAt: 'asc' } });
  const inboxIds = async (u: U, query = '') => {
    const res = await ctx.http.get(`/api/v1/validations${query}`).set(auth(u)).expect(200);
    return (res.body.data as { id: string }[]).map((v) => v.id).sort();
  };

  describe('POST tickets/{id}/validations', () => {
    it('creates an open validation, puts the ticket on PENDING_CUSTOMER and records it in the history', async () => {
      const w = await world();
      const v = await ask(w.agent, w.ticket.id, { requiredApprovals: 2 });
      expect(v).toMatchObject({
        status: 'OPEN',
        kind: 'VALIDATION',
        requiredApprovals: 2,
        acceptCount: 0,
        ticketId: w.ticket.id,
        organizationId: w.a.id,
        requestedById: w.agent.id,
        canDecide: false,
        decisions: [],
      });
      const t = await ctx.http.get(`/api/v1/tickets/${w.ticket.id}`).set(auth(w.agent)).expect(200);
      expect(t.body.status).toBe('PENDING_CUSTOMER');
      const h = await ctx.http.get(`/api/v1/tickets/${w.ticket.id}/history`).set(auth(w.agent)).expect(200);
      expect(h.body.data.map((e: { action: string }) => e.action).sort()).toEqual([
        'status_changed',
        'validation_requested',
      ]);
      expect(h.body.data.find((e: { action: string }) => e.action === 'status_changed')).toMatchObject({
        before: { status: 'OPEN' },
        after: { status: 'PENDING_CUSTOMER', validationId: v.id },
      });
    });

    it('moves a NEW ticket through OPEN to PENDING_CUSTOMER', async () => {
      const w = await world();
      const t = await f.ticket(w.a.id, w.portalUser.id, { status: 'NEW' });
      await ask(w.agent, t.id);
      const after = await ctx.prisma.ticket.findUniqueOrThrow({ where: { id: t.id } });
      expect(after.status).toBe('PENDING_CUSTOMER');
      const statuses = await ctx.prisma.ticketHistory.findMany({
        where: { ticketId: t.id, action: 'status_changed' },
        orderBy: { createdAt: 'asc' },
      });
      expect(
        statuses
          .map((s) => `${(s.before as { status: string }).status}->${(s.after as { status: string }).status}`)
          .sort(),
      ).toEqual(['NEW->OPEN', 'OPEN->PENDING_CUSTOMER']);
    });

    it('notifies each eligible decider once, and nobody else', async () => {
      const w = await world();
      const v = await ask(w.agent, w.ticket.id);
      const msgs = await outbox('validation.requested');
      expect(msgs.map((m) => m.recipientUserId).sort()).toEqual(
        [w.approver.id, w.approver2.id, w.changeManager.id].sort(),
      );
      expect(msgs.map((m) => m.toEmail).sort()).toEqual(
        [w.approver.email, w.approver2.email, w.changeManager.email].sort(),
      );
      for (const m of msgs) expect(m.body).toContain(v.id);

      const change = await ask(w.agent, w.ticket.id, { kind: 'CHANGE' });
      const changeMsgs = (await outbox('validation.requested')).filter((m) => m.body.includes(change.id));
      expect(changeMsgs.map((m) => m.recipientUserId)).toEqual([w.changeManager.id]);
    });

    it('in external support mode notifies only the approvers whose sites reach the ticket', async () => {
      const w = await world();
      await ask(w.agent, w.ticketE.id);
      const msgs = await outbox('validation.requested');
      expect(msgs.map((m) => m.recipientUserId)).toEqual([w.approverE1.id]);
    });

    it('skips inactive members and inactive memberships', async () => {
      const w = await world();
      await ctx.prisma.user.update({ where: { id: w.approver2.id }, data: { active: false } });
      await ctx.prisma.membership.update({ where: { id: w.changeManager.membership.id }, data: { active: false } });
      await ask(w.agent, w.ticket.id);
      expect((await outbox('validation.requested')).map((m) => m.recipientUserId)).toEqual([w.approver.id]);
    });

    it('is staff-only and validates its input', async () => {
      const w = await world();
      const body = { kind: 'VALIDATION', question: 'Q?', dueAt: future() };
      await ctx.http.post(`/api/v1/tickets/${w.ticket.id}/validations`).set(auth(w.approver)).send(body).expect(403);
      const past = await ctx.http
        .post(`/api/v1/tickets/${w.ticket.id}/validations`)
        .set(auth(w.agent))
        .send({ ...body, dueAt: '2001-01-01T00:00:00Z' })
        .expect(422);
      expect(past.body.errors).toEqual([{ field: 'dueAt', message: 'must be in the future' }]);
      const quorum = await ctx.http
        .post(`/api/v1/tickets/${w.ticket.id}/validations`)
        .set(auth(w.agent))
        .send({ ...body, requiredApprovals: 4 })
        .expect(422);
      expect(quorum.body.errors[0].field).toBe('requiredApprovals');
      const noDecider = await ctx.http
        .post(`/api/v1/tickets/${w.ticketE.id}/validations`)
        .set(auth(w.agent))
        .send({ ...body, kind: 'CHANGE' })
        .expect(422);
      expect(noDecider.body.errors[0].field).toBe('kind');
      const unknown = await ctx.http
        .post(`/api/v1/tickets/${w.ticket.id}/validations`)
        .set(auth(w.agent))
        .send({ ...body, delegateTo: w.approver.id })
        .expect(400);
      expect(unknown.body.errors[0].field).toBe('delegateTo');
      await ctx.http
        .post(`/api/v1/tickets/${w.ticket.id}/validations`)
        .set(auth(w.agent))
        .send({ ...body, kind: 'APPROVAL' })
        .expect(400);
      await ctx.http
        .post(`/api/v1/tickets/00000000-0000-7000-8000-000000000000/validations`)
        .set(auth(w.agent))
        .send(body)
        .expect(404);
      const closed = await f.ticket(w.a.id, w.portalUser.id, { status: 'CLOSED' });
      await ctx.http.post(`/api/v1/tickets/${closed.id}/validations`).set(auth(w.agent)).send(body).expect(409);
      expect(await ctx.prisma.validation.count()).toBe(0);
      expect(await ctx.prisma.outboxMessage.count()).toBe(0);
    });
  });

  describe('POST validations/{id}/decisions', () => {
    it('an approver accepts: recorded with who and when, in the ticket history, the ticket reopens and the agent is told', async () => {
      const w = await world();
      const v = await ask(w.agent, w.ticket.id);
      const res = await decide(w.approver, v.id, 'ACCEPT', 'Fine, Saturday is quiet.').expect(201);
      expect(res.body).toMatchObject({
        status: 'ACCEPTED',
        acceptCount: 1,
        myDecision: 'ACCEPT',
        canDecide: false,
        version: 2,
      });
      expect(res.body.decidedAt).toEqual(expect.any(String));
      expect(res.headers.etag).toBe('"2"');
      expect(res.body.decisions).toEqual([
        {
          id: expect.any(String),
          userId: w.approver.id,
          userName: w.approver.name,
          outcome: 'ACCEPT',
          comment: 'Fine, Saturday is quiet.',
          createdAt: expect.any(String),
        },
      ]);
      const rows = await ctx.prisma.validationDecision.findMany({ where: { validationId: v.id } });
      expect(rows).toEqual([
        expect.objectContaining({ userId: w.approver.id, outcome: 'ACCEPT', organizationId: w.a.id }),
      ]);

      const h = await ctx.http.get(`/api/v1/tickets/${w.ticket.id}/history`).set(auth(w.portalUser)).expect(200);
      const actions = h.body.data.map((e: { action: string }) => e.action).sort();
      expect(actions).toEqual([
        'status_changed',
        'status_changed',
        'validation_accepted',
        'validation_decision',
        'validation_requested',
      ]);
      expect(h.body.data.find((e: { action: string }) => e.action === 'validation_decision')).toMatchObject({
        actorId: w.approver.id,
        after: { validationId: v.id, outcome: 'ACCEPT', userId: w.approver.id, comment: 'Fine, Saturday is quiet.' },
      });
      expect((await ctx.prisma.ticket.findUniqueOrThrow({ where: { id: w.ticket.id } })).status).toBe('OPEN');

      const told = await outbox('validation.accepted');
      expect(told.map((m) => m.recipientUserId)).toEqual([w.agent.id]);
    });

    it('refuses PORTAL_USER, an approver of another organisation and an approver without read access with 404 like a nonexistent one', async () => {
      const w = await world();
      const v = await ask(w.agent, w.ticket.id);
      const vE = await ask(w.agent, w.ticketE.id);
      const strip = (b: Record<string, unknown>) => ({ ...b, requestId: undefined, instance: undefined });
      const missing = await decide(w.approver, '00000000-0000-7000-8000-000000000000').expect(404);
      for (const [u, id] of [
        [w.portalUser, v.id],
        [w.approverB, v.id],
        [w.approverE2, vE.id],
        [w.approver, vE.id],
      ] as const) {
        const res = await decide(u, id).expect(404);
        expect(strip(res.body)).toEqual(strip(missing.body));
        await ctx.http.get(`/api/v1/validations/${id}`).set(auth(u)).expect(404);
      }
      // The approver of the external-support-mode ticket's own site may decide.
      await decide(w.approverE1, vE.id).expect(201);
      expect(await ctx.prisma.validationDecision.count({ where: { validationId: v.id } })).toBe(0);
    });

    it('lets CONTROLLER, staff and a CUSTOMER_APPROVER on a CHANGE see but not decide (403 with the reason)', async () => {
      const w = await world();
      const v = await ask(w.agent, w.ticket.id);
      const change = await ask(w.agent, w.ticket.id, { kind: 'CHANGE' });
      const c = await ctx.http.get(`/api/v1/validations/${v.id}`).set(auth(w.controller)).expect(200);
      expect(c.body.canDecide).toBe(false);
      const res = await decide(w.controller, v.id).expect(403);
      expect(res.body.detail).toMatch(/requires one of the roles CUSTOMER_APPROVER, CHANGE_MANAGER/);
      const staff = await decide(w.agent, v.id).expect(403);
      expect(staff.body.detail).toMatch(/staff never decide/);
      const appr = await decide(w.approver, change.id).expect(403);
      expect(appr.body.detail).toMatch(/requires one of the roles CHANGE_MANAGER/);
      await decide(w.changeManager, change.id).expect(201);
      expect(await ctx.prisma.validationDecision.count()).toBe(1);
    });

    it('needs the quorum of accepts, one decision per person, and is final once decided', async () => {
      const w = await world();
      const v = await ask(w.agent, w.ticket.id, { requiredApprovals: 2 });
      const first = await decide(w.approver, v.id).expect(201);
      expect(first.body).toMatchObject({ status: 'OPEN', acceptCount: 1, myDecision: 'ACCEPT', canDecide: false });
      expect((await ctx.prisma.ticket.findUniqueOrThrow({ where: { id: w.ticket.id } })).status).toBe(
        'PENDING_CUSTOMER',
      );
      const again = await decide(w.approver, v.id, 'REJECT').expect(409);
      expect(again.body.detail).toBe('you have already decided this validation');
      expect(await outbox('validation.accepted')).toHaveLength(0);
      const other = await ctx.http.get(`/api/v1/validations/${v.id}`).set(auth(w.approver2)).expect(200);
      expect(other.body.canDecide).toBe(true);
      const second = await decide(w.approver2, v.id).expect(201);
      expect(second.body).toMatchObject({ status: 'ACCEPTED', acceptCount: 2 });
      expect(second.body.decisions.map((d: { userId: string }) => d.userId)).toEqual([w.approver.id, w.approver2.id]);
      const late = await decide(w.changeManager, v.id, 'REJECT').expect(409);
      expect(late.body.detail).toMatch(/already ACCEPTED/);
      expect(await ctx.prisma.validationDecision.count({ where: { validationId: v.id } })).toBe(2);
      expect(await outbox('validation.accepted')).toHaveLength(1);
    });

    it('one REJECT rejects, whatever the quorum', async () => {
      const w = await world();
      const v = await ask(w.agent, w.ticket.id, { requiredApprovals: 3 });
      await decide(w.approver, v.id, 'ACCEPT').expect(201);
      const res = await decide(w.changeManager, v.id, 'REJECT', 'Not during month-end closing.').expect(201);
      expect(res.body).toMatchObject({ status: 'REJECTED', acceptCount: 1 });
      await decide(w.approver2, v.id, 'ACCEPT').expect(409);
      const told = await outbox('validation.rejected');
      expect(told).toHaveLength(1);
      expect(told[0]).toMatchObject({ recipientUserId: w.agent.id });
      expect(told[0].body).toContain('Not during month-end closing.');
      expect((await ctx.prisma.ticket.findUniqueOrThrow({ where: { id: w.ticket.id } })).status).toBe('OPEN');
    });

    it('past the due time refuses with 409 "expired" and marks the validation EXPIRED', async () => {
      const w = await world();
      const v = await f.validation(w.ticket, w.agent.id, { dueAt: new Date(Date.now() - 60_000) });
      const before = await ctx.http.get(`/api/v1/validations/${v.id}`).set(auth(w.approver)).expect(200);
      expect(before.body).toMatchObject({ status: 'EXPIRED', canDecide: false });
      const res = await decide(w.approver, v.id).expect(409);
      expect(res.body.detail).toBe('expired');
      const row = await ctx.prisma.validation.findUniqueOrThrow({ where: { id: v.id } });
      expect(row.status).toBe('EXPIRED');
      expect(await ctx.prisma.validationDecision.count()).toBe(0);
      expect((await outbox('validation.expired')).map((m) => m.recipientUserId)).toEqual([w.agent.id]);
      const again = await decide(w.approver2, v.id).expect(409);
      expect(again.body.detail).toMatch(/already EXPIRED/);
    });

    it('20 parallel decisions on a quorum-1 validation give exactly one outcome', async () => {
      const w = await world();
      const approvers = [];
      for (let i = 0; i < 17; i++) approvers.push(await f.member(w.a.id, { roles: ['CUSTOMER_APPROVER'] }));
      const deciders = [w.approver, w.approver2, w.changeManager, ...approvers];
      expect(deciders).toHaveLength(20);
      const v = await ask(w.agent, w.ticket.id);
      const results = await Promise.all(deciders.map((u, i) => decide(u, v.id, i % 2 ? 'REJECT' : 'ACCEPT')));
      const statuses = results.map((r) => r.status).sort();
      expect(statuses.filter((s) => s === 201)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(19);
      const winner = results.find((r) => r.status === 201)!;
      const row = await ctx.prisma.validation.findUniqueOrThrow({ where: { id: v.id } });
      expect(row.status).toBe(winner.body.status);
      expect(['ACCEPTED', 'REJECTED']).toContain(row.status);
      expect(await ctx.prisma.validationDecision.count({ where: { validationId: v.id } })).toBe(1);
      const outcomes = await ctx.prisma.outboxMessage.count({
        where: { kind: { in: ['validation.accepted', 'validation.rejected'] } },
      });
      expect(outcomes).toBe(1);
      const h = await ctx.prisma.ticketHistory.count({
        where: { ticketId: w.ticket.id, action: { in: ['validation_accepted', 'validation_rejected'] } },
      });
      expect(h).toBe(1);
    });

    it('one person double-submitting in parallel is recorded once', async () => {
      const w = await world();
      const v = await ask(w.agent, w.ticket.id, { requiredApprovals: 2 });
      const results = await Promise.all(Array.from({ length: 8 }, () => decide(w.approver, v.id)));
      expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
      const row = await ctx.prisma.validation.findUniqueOrThrow({ where: { id: v.id } });
      expect(row).toMatchObject({ status: 'OPEN', acceptCount: 1 });
    });

    it('rejects a malformed body', async () => {
      const w = await world();
      const v = await ask(w.agent, w.ticket.id);
      await ctx.http
        .post(`/api/v1/validations/${v.id}/decisions`)
        .set(auth(w.approver))
        .send({ outcome: 'MAYBE' })
        .expect(400);
      await ctx.http
        .post(`/api/v1/validations/${v.id}/decisions`)
        .set(auth(w.approver))
        .send({ outcome: 'ACCEPT', onBehalfOf: w.approver2.id })
        .expect(400);
      await ctx.http
        .post(`/api/v1/validations/not-a-uuid/decisions`)
        .set(auth(w.approver))
        .send({ outcome: 'ACCEPT' })
        .expect(400);
      expect(await ctx.prisma.validationDecision.count()).toBe(0);
    });
  });

  describe('GET validations (inbox)', () => {
    it('shows each persona exactly what a single GET shows', async () => {
      const w = await world();
      const v = await ask(w.agent, w.ticket.id);
      const change = await ask(w.agent, w.ticket.id, { kind: 'CHANGE' });
      const vE = await ask(w.agent, w.ticketE.id);
      const ticketB = await f.ticket(w.b.id, w.approverB.id, { status: 'OPEN' });
      const vB = await ask(w.agent, ticketB.id);
      const expected: [U, string[]][] = [
        [w.agent, [v.id, change.id, vE.id, vB.id]],
        [w.admin, [v.id, change.id, vE.id, vB.id]],
        [w.approver, [v.id, change.id]],
        [w.changeManager, [v.id, change.id]],
        [w.controller, [v.id, change.id]],
        [w.portalUser, []],
        [w.plusUser, []],
        [w.approverB, [vB.id]],
        [w.approverE1, [vE.id]],
        [w.approverE2, []],
      ];
      const all = [v.id, change.id, vE.id, vB.id];
      for (const [u, ids] of expected) {
        expect(await inboxIds(u)).toEqual([...ids].sort());
        for (const id of all) {
          const res = await ctx.http.get(`/api/v1/validations/${id}`).set(auth(u));
          expect([u.id, id, res.status]).toEqual([u.id, id, ids.includes(id) ? 200 : 404]);
        }
      }
    });

    it('says per item whether the caller may decide, and filters what awaits the caller', async () => {
      const w = await world();
      const v = await ask(w.agent, w.ticket.id, { requiredApprovals: 2 });
      const change = await ask(w.agent, w.ticket.id, { kind: 'CHANGE' });
      const res = await ctx.http.get('/api/v1/validations').set(auth(w.approver)).expect(200);
      const byId = Object.fromEntries(
        res.body.data.map((x: { id: string; canDecide: boolean }) => [x.id, x.canDecide]),
      );
      expect(byId).toEqual({ [v.id]: true, [change.id]: false });
      expect(await inboxIds(w.approver, '?awaitingMyDecision=true')).toEqual([v.id]);
      expect(await inboxIds(w.changeManager, '?awaitingMyDecision=true')).toEqual([v.id, change.id].sort());
      expect(await inboxIds(w.controller, '?awaitingMyDecision=true')).toEqual([]);
      await decide(w.approver, v.id).expect(201);
      expect(await inboxIds(w.approver, '?awaitingMyDecision=true')).toEqual([]);
      const mine = await ctx.http.get('/api/v1/validations?kind=VALIDATION').set(auth(w.approver)).expect(200);
      expect(mine.body.data).toEqual([
        expect.objectContaining({
          id: v.id,
          myDecision: 'ACCEPT',
          acceptCount: 1,
          status: 'OPEN',
          ticketNumber: w.ticket.number,
        }),
      ]);
    });

    it('filters by status (EXPIRED includes open ones past due) and pages with a keyset cursor', async () => {
      const w = await world();
      const t0 = Date.now();
      const expired = await f.validation(w.ticket, w.agent.id, {
        dueAt: new Date(t0 - 1000),
        createdAt: new Date(t0 - 4000),
      });
      const open = await f.validation(w.ticket, w.agent.id, {
        dueAt: new Date(t0 + 3600_000),
        createdAt: new Date(t0 - 3000),
      });
      const accepted = await f.validation(w.ticket, w.agent.id, { status: 'ACCEPTED', createdAt: new Date(t0 - 2000) });
      expect(await inboxIds(w.approver, '?status=EXPIRED')).toEqual([expired.id]);
      expect(await inboxIds(w.approver, '?status=OPEN')).toEqual([open.id]);
      expect(await inboxIds(w.approver, `?status=ACCEPTED&ticketId=${w.ticket.id}`)).toEqual([accepted.id]);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const res: { body: { data: { id: string }[]; nextCursor: string | null } } = await ctx.http
          .get(`/api/v1/validations?limit=1${cursor ? `&cursor=${cursor}` : ''}`)
          .set(auth(w.controller))
          .expect(200);
        seen.push(...res.body.data.map((x: { id: string }) => x.id));
        cursor = res.body.nextCursor;
      } while (cursor);
      expect(seen).toEqual([accepted.id, open.id, expired.id]);
      await ctx.http.get('/api/v1/validations?cursor=garbage').set(auth(w.controller)).expect(400);
      expect(await inboxIds(w.approver, `?organizationId=${w.b.id}`)).toEqual([]);
    });
  });

  describe('GET access/explain for validations', () => {
    it('answers action=decide with the grants, and the reason when refused', async () => {
      const w = await world();
      const v = await ask(w.agent, w.ticket.id);
      const ok = await ctx.http
        .get(`/api/v1/access/explain?resource=validation:${v.id}&action=decide`)
        .set(auth(w.approver))
        .expect(200);
      expect(ok.body.allowed).toBe(true);
      expect(ok.body.grants.map((g: { source: string }) => g.source)).toEqual(['DECIDING_ROLE', 'ROLE']);
      expect(ok.body.grants[0]).toMatchObject({
        capabilities: ['read', 'decide'],
        via: 'role CUSTOMER_APPROVER (decides VALIDATION)',
      });

      const no = await ctx.http
        .get(`/api/v1/access/explain?resource=validation:${v.id}&action=decide`)
        .set(auth(w.controller))
        .expect(200);
      expect(no.body).toMatchObject({ allowed: false, grants: [] });
      expect(no.body.reason).toMatch(/CONTROLLER \(sees validations\)/);
      const read = await ctx.http
        .get(`/api/v1/access/explain?resource=validation:${v.id}&action=read`)
        .set(auth(w.controller))
        .expect(200);
      expect(read.body.allowed).toBe(true);
      expect(read.body.grants[0].source).toBe('SEEING_ROLE');

      const hidden = await ctx.http
        .get(`/api/v1/access/explain?resource=validation:${v.id}&action=decide`)
        .set(auth(w.approverB))
        .expect(200);
      expect(hidden.body).toEqual({
        allowed: false,
        grants: [],
        reason: 'no grant makes this resource visible to the user',
      });

      const forAdmin = await ctx.http
        .get(`/api/v1/access/explain?userId=${w.portalUser.id}&resource=validation:${v.id}&action=decide`)
        .set(auth(w.admin))
        .expect(200);
      expect(forAdmin.body).toMatchObject({
        allowed: false,
        reason: 'no grant makes this validation visible to the user',
      });
      await ctx.http
        .get(`/api/v1/access/explain?userId=${w.portalUser.id}&resource=validation:${v.id}&action=decide`)
        .set(auth(w.approver))
        .expect(403);
      await ctx.http
        .get(`/api/v1/access/explain?resource=validation:${v.id}&action=comment`)
        .set(auth(w.approver))
        .expect(422);
      await ctx.http
        .get(`/api/v1/access/explain?resource=ticket:${w.ticket.id}&action=decide`)
        .set(auth(w.approver))
        .expect(422);
    });
  });
});

describe('validations: who may decide, and deciding twice or in parallel', () => {
  const { ctx, f, as } = useApp({ RATE_LIMIT_ENABLED: 'false' });
  const statuses = (rs: { status: number }[]) => rs.map((r) => r.status).sort();

  describe('self-modification', () => {
    it('staff never decide a validation, and a PORTAL_USER requester cannot see or decide one on their own ticket', async () => {
      const o = await f.org();
      const approver = await f.member(o.id, { roles: ['CUSTOMER_APPROVER'] });
      const requester = await f.member(o.id);
      const admin = await f.staff('ADMIN');
      const t = await f.ticket(o.id, requester.id);
      const v = await f.validation(t, admin.id, { dueAt: new Date(Date.now() + 3600_000) });
      await ctx.http
        .post(`/api/v1/validations/${v.id}/decisions`)
        .set(as(admin))
        .send({ outcome: 'ACCEPT' })
        .expect(403);
      await ctx.http
        .post(`/api/v1/validations/${v.id}/decisions`)
        .set(as(requester))
        .send({ outcome: 'ACCEPT' })
        .expect(404);
      await ctx.http.get(`/api/v1/validations/${v.id}`).set(as(requester)).expect(404);
      expect(await ctx.prisma.validationDecision.count()).toBe(0);
      await ctx.http
        .post(`/api/v1/validations/${v.id}/decisions`)
        .set(as(approver))
        .send({ outcome: 'ACCEPT' })
        .expect(201);
    });
  });

  describe('races', () => {
    it('records one decision when the same approver double-submits', async () => {
      const o = await f.org();
      const a1 = await f.member(o.id, { roles: ['CUSTOMER_APPROVER'] });
      await f.member(o.id, { roles: ['CUSTOMER_APPROVER'] });
      const agent = await f.staff('AGENT');
      const t = await f.ticket(o.id, a1.id);
      const v = await f.validation(t, agent.id, { dueAt: new Date(Date.now() + 3600_000), requiredApprovals: 2 });
      const rs = await Promise.all(
        Array.from({ length: 5 }, () =>
          ctx.http.post(`/api/v1/validations/${v.id}/decisions`).set(as(a1)).send({ outcome: 'ACCEPT' }),
        ),
      );
      expect(statuses(rs)).toEqual([201, 409, 409, 409, 409]);
      expect(await ctx.prisma.validationDecision.count({ where: { validationId: v.id } })).toBe(1);
      expect((await ctx.prisma.validation.findUniqueOrThrow({ where: { id: v.id } })).acceptCount).toBe(1);
    });

    it('lets only the first of two parallel deciders decide a one-approval validation', async () => {
      const o = await f.org();
      const a1 = await f.member(o.id, { roles: ['CUSTOMER_APPROVER'] });
      const a2 = await f.member(o.id, { roles: ['CHANGE_MANAGER'] });
      const agent = await f.staff('AGENT');
      const t = await f.ticket(o.id, a1.id);
      const v = await f.validation(t, agent.id, { dueAt: new Date(Date.now() + 3600_000) });
      const rs = await Promise.all([
        ctx.http.post(`/api/v1/validations/${v.id}/decisions`).set(as(a1)).send({ outcome: 'ACCEPT' }),
        ctx.http.post(`/api/v1/validations/${v.id}/decisions`).set(as(a2)).send({ outcome: 'REJECT' }),
      ]);
      expect(statuses(rs)).toEqual([201, 409]);
      const decisions = await ctx.prisma.validationDecision.findMany({ where: { validationId: v.id } });
      expect(decisions).toHaveLength(1);
      const final = await ctx.prisma.validation.findUniqueOrThrow({ where: { id: v.id } });
      expect(final.status).toBe(decisions[0].outcome === 'ACCEPT' ? 'ACCEPTED' : 'REJECTED');
    });
  });
});
