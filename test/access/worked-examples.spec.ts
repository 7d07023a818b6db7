import { useApp } from '../helpers/setup.js';

/** SPEC §2 worked examples that need more than one step, each its own test over HTTP. */
describe('SPEC §2 worked examples', () => {
  const { ctx, f, as: auth } = useApp();
  const ids = (body: { data: { id: string }[] }) => body.data.map((t) => t.id).sort();

  it('partner user P in customer C (OWN): own tickets only; CC’d ⇒ reads and comments; C becomes ORG_READ ⇒ reads all', async () => {
    const portal = await f.portal();
    const partnerOrg = await f.org({ kind: 'PARTNER', portalId: portal.id });
    const customer = await f.org({ portalId: portal.id, ticketAccess: 'OWN' });
    const p = await f.member(partnerOrg.id);
    await f.addMembership(p.id, customer.id);
    const c = await f.member(customer.id);
    const own = await f.ticket(customer.id, p.id);
    const ccd = await f.ticket(customer.id, c.id);
    const other = await f.ticket(customer.id, c.id);
    const partnerOwn = await f.ticket(partnerOrg.id, p.id);

    let list = await ctx.http.get('/api/v1/tickets').set(auth(p)).expect(200);
    expect(ids(list.body)).toEqual([own.id, partnerOwn.id].sort());
    await ctx.http.get(`/api/v1/tickets/${ccd.id}`).set(auth(p)).expect(404);

    await f.cc(ccd, p.id);
    await ctx.http.get(`/api/v1/tickets/${ccd.id}`).set(auth(p)).expect(200);
    await ctx.http
      .post(`/api/v1/tickets/${ccd.id}/comments`)
      .set(auth(p))
      .send({ body: 'from the partner' })
      .expect(201);
    await ctx.http
      .patch(`/api/v1/tickets/${ccd.id}`)
      .set(auth(p))
      .set('if-match', '"1"')
      .send({ subject: 'x' })
      .expect(403);

    await ctx.prisma.organization.update({ where: { id: customer.id }, data: { ticketAccess: 'ORG_READ' } });
    list = await ctx.http.get(`/api/v1/tickets?organizationId=${customer.id}`).set(auth(p)).expect(200);
    expect(ids(list.body)).toEqual([own.id, ccd.id, other.id].sort());
    await ctx.http.post(`/api/v1/tickets/${other.id}/comments`).set(auth(p)).send({ body: 'read only' }).expect(403);
  });

  it('a removed membership takes effect on the next request, with the same token', async () => {
    const org = await f.org({ ticketAccess: 'ORG_READ' });
    const u = await f.member(org.id);
    const t = await f.ticket(org.id, (await f.member(org.id)).id);
    const token = auth(u);
    await ctx.http.get(`/api/v1/tickets/${t.id}`).set(token).expect(200);
    await ctx.prisma.membership.deleteMany({ where: { userId: u.id } });
    await ctx.http.get(`/api/v1/tickets/${t.id}`).set(token).expect(404);
  });
});

describe('GET /access/explain', () => {
  const { ctx, f, as: auth } = useApp();

  it('explains a decision with every grant that allows it, for admins about anyone and for users about themselves', async () => {
    const org = await f.org({ ticketAccess: 'ORG_COMMENT' });
    const u = await f.member(org.id, { ticketAccess: 'ORG_READ' });
    const other = await f.member(org.id);
    const t = await f.ticket(org.id, other.id);
    const admin = await f.staff('ADMIN');
    const agent = await f.staff('AGENT');

    const self = await ctx.http
      .get(`/api/v1/access/explain?resource=ticket:${t.id}&action=comment`)
      .set(auth(u))
      .expect(200);
    expect(self.body.allowed).toBe(true);
    expect(self.body.grants.map((g: { source: string }) => g.source)).toEqual(['ORGANIZATION_SETTING']);

    const read = await ctx.http
      .get(`/api/v1/access/explain?userId=${u.id}&resource=ticket:${t.id}&action=read`)
      .set(auth(admin))
      .expect(200);
    expect(read.body.grants.map((g: { source: string }) => g.source).sort()).toEqual([
      'ORGANIZATION_SETTING',
      'USER_SETTING',
    ]);

    const upd = await ctx.http
      .get(`/api/v1/access/explain?userId=${u.id}&resource=ticket:${t.id}&action=update`)
      .set(auth(admin))
      .expect(200);
    expect(upd.body).toMatchObject({ allowed: false, grants: [] });
    expect(upd.body.reason).toMatch(/no grant gives "update"/);

    await ctx.http
      .get(`/api/v1/access/explain?userId=${u.id}&resource=ticket:${t.id}&action=read`)
      .set(auth(other))
      .expect(403);
    await ctx.http
      .get(`/api/v1/access/explain?userId=${u.id}&resource=ticket:${t.id}&action=read`)
      .set(auth(agent))
      .expect(403);
    await ctx.http.get(`/api/v1/access/explain?resource=ticket:${t.id}&action=fly`).set(auth(u)).expect(400);
  });

  it('does not reveal whether an invisible ticket exists', async () => {
    const a = await f.org();
    const b = await f.org();
    const u = await f.member(a.id);
    const t = await f.ticket(b.id, (await f.member(b.id)).id);
    const hidden = await ctx.http
      .get(`/api/v1/access/explain?resource=ticket:${t.id}&action=read`)
      .set(auth(u))
      .expect(200);
    const missing = await ctx.http
      .get('/api/v1/access/explain?resource=ticket:00000000-0000-7000-8000-000000000000&action=read')
      .set(auth(u))
      .expect(200);
    expect(hidden.body).toEqual(missing.body);
    expect(hidden.body.allowed).toBe(false);
  });
});
