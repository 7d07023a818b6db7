import { useApp } from '../helpers/setup.js';

/**
 * Security review — races: double submits and parallel requests must not get past a limit or a
 * one-time rule (decisions, the 20-CC cap, the seat limit, If-Match, registration).
 */
describe('security: races', () => {
  const { ctx, f, as } = useApp({ RATE_LIMIT_ENABLED: 'false' });

  const statuses = (rs: { status: number }[]) => rs.map((r) => r.status).sort();

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

  it('never exceeds the seat limit when an admin adds members in parallel', async () => {
    const portal = await f.portal({ seatLimit: 3 });
    const o = await f.org({ portalId: portal.id });
    await f.member(o.id);
    const admin = await f.staff('ADMIN');
    const users = await Promise.all(Array.from({ length: 5 }, () => f.user()));
    const rs = await Promise.all(
      users.map((u) => ctx.http.post(`/api/v1/organizations/${o.id}/members`).set(as(admin)).send({ userId: u.id })),
    );
    expect(statuses(rs)).toEqual([201, 201, 409, 409, 409]);
    expect(await ctx.prisma.membership.count({ where: { organizationId: o.id, active: true } })).toBe(3);
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

  it('creates one pending account when the same address registers in parallel', async () => {
    const portal = await f.portal({ selfRegistration: 'EMAIL_DOMAIN' });
    await f.org({ portalId: portal.id, domains: ['parallel.example'] });
    const rs = await Promise.all(
      Array.from({ length: 4 }, (_, i) =>
        ctx.http
          .post('/api/v1/auth/register')
          .send({ email: 'same@parallel.example', name: `Racer ${i}`, password: 'a long unusual passphrase' }),
      ),
    );
    expect(statuses(rs)).toEqual([202, 202, 202, 202]);
    expect(await ctx.prisma.user.count({ where: { email: 'same@parallel.example' } })).toBe(1);
    const user = await ctx.prisma.user.findUniqueOrThrow({ where: { email: 'same@parallel.example' } });
    expect(
      await ctx.prisma.oneTimeToken.count({ where: { userId: user.id, purpose: 'VERIFY_EMAIL', usedAt: null } }),
    ).toBe(1);
    expect(await ctx.prisma.membership.count({ where: { userId: user.id } })).toBe(0);
  });
});
