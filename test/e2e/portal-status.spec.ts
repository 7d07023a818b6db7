import { useApp } from '../helpers/setup.js';

/**
 * SPEC §2 "Portal status gates every grant": a membership in an organisation whose portal is not
 * ACTIVE yields no grant — objects 404, lists omit the organisation, creates and
 * organisation-level routes 403 naming the portal's state; identity routes keep working; staff
 * are never gated; activating the portal restores access on the next request.
 */
describe('portal status gates every grant', () => {
  const { ctx, f, as } = useApp({ RATE_LIMIT_ENABLED: 'false' });

  /** An organisation on a portal in `status`, a CHANGE_MANAGER + CONTROLLER member and one of each object. */
  async function world(status: 'DISABLED' | 'ENABLED' | 'ACTIVE') {
    const portal = await f.portal({ status });
    const org = await f.org({ portalId: portal.id, ticketAccess: 'ORG_READ' });
    const site = await f.site(org.id);
    const user = await f.member(org.id, { roles: ['CHANGE_MANAGER', 'CONTROLLER'], homeSiteId: site.id });
    const ticket = await f.ticket(org.id, user.id, { siteId: site.id });
    const change = await f.ticket(org.id, user.id, { siteId: site.id, type: 'CHANGE' });
    const ci = await f.ci(org.id, { siteId: site.id });
    const contract = await f.contract(org.id, { siteId: site.id });
    const invoice = await f.invoice(org.id);
    const download = await f.download({ organizationId: org.id });
    const agent = await f.staff('AGENT');
    const validation = await f.validation(ticket, agent.id, { kind: 'CHANGE' });
    return { portal, org, site, user, ticket, change, ci, contract, invoice, download, validation, agent };
  }

  const ids = (body: { data: { id: string }[] }) => body.data.map((x) => x.id);

  for (const status of ['ENABLED', 'DISABLED'] as const) {
    it(`a member of an organisation whose portal is ${status}: its objects are 404, its lists empty`, async () => {
      const w = await world(status);
      const h = as(w.user);
      for (const path of [
        `/api/v1/tickets/${w.ticket.id}`,
        `/api/v1/cis/${w.ci.id}`,
        `/api/v1/contracts/${w.contract.id}`,
        `/api/v1/downloads/${w.download.id}`,
        `/api/v1/validations/${w.validation.id}`,
        `/api/v1/sites/${w.site.id}`,
      ]) {
        const r = await ctx.http.get(path).set(h);
        expect([path, r.status]).toEqual([path, 404]);
      }
      for (const path of [
        '/api/v1/tickets',
        '/api/v1/cis',
        '/api/v1/validations',
        '/api/v1/downloads',
        '/api/v1/contacts',
      ]) {
        const r = await ctx.http.get(path).set(h).expect(200);
        expect([path, ids(r.body)]).toEqual([path, []]);
      }
      // Role-gated routes: the roles exist, but in no granting membership — 403 like a caller
      // without them, the reason naming the portal's state.
      for (const path of [
        '/api/v1/contracts',
        '/api/v1/invoices',
        '/api/v1/changes',
        `/api/v1/invoices/${w.invoice.id}`,
      ]) {
        const r = await ctx.http.get(path).set(h);
        expect([path, r.status]).toEqual([path, 403]);
        expect(r.body.detail).toContain(`is ${status}`);
      }
    });

    it(`a member of an organisation whose portal is ${status}: creates and organisation-level routes are 403 naming the state`, async () => {
      const w = await world(status);
      const h = as(w.user);
      const create = await ctx.http
        .post('/api/v1/tickets')
        .set(h)
        .send({ subject: 'Printer', description: 'Out of toner', type: 'QUESTION' })
        .expect(403);
      expect(create.body.detail).toContain(status);
      expect(await ctx.prisma.ticket.count()).toBe(2);
      for (const path of [
        `/api/v1/invoices?organizationId=${w.org.id}`,
        `/api/v1/tickets?organizationId=${w.org.id}`,
        `/api/v1/organizations/${w.org.id}`,
        `/api/v1/organizations/${w.org.id}/sites`,
        `/api/v1/organizations/${w.org.id}/members`,
      ]) {
        const r = await ctx.http.get(path).set(h);
        expect([path, r.status]).toEqual([path, 403]);
        expect(r.body.detail).toContain(`is ${status}`);
      }
      // Identity routes keep working.
      await ctx.http.get('/api/v1/me').set(h).expect(200);
      await ctx.http.get('/api/v1/me/portal').set(h).expect(200);
      await ctx.http.patch('/api/v1/me').set(h).send({ name: 'Still here' }).expect(200);
    });
  }

  it('staff are never gated', async () => {
    const w = await world('ENABLED');
    const h = as(w.agent);
    await ctx.http.get(`/api/v1/tickets/${w.ticket.id}`).set(h).expect(200);
    expect(
      ids((await ctx.http.get(`/api/v1/tickets?organizationId=${w.org.id}`).set(h).expect(200)).body),
    ).toHaveLength(2);
    await ctx.http
      .post('/api/v1/tickets')
      .set(h)
      .send({
        organizationId: w.org.id,
        requesterId: w.user.id,
        subject: 'Raised by staff',
        description: 'x',
        type: 'QUESTION',
      })
      .expect(201);
  });

  it('a partner in two organisations keeps full access to the one whose portal is active', async () => {
    const off = await world('ENABLED');
    const on = await world('ACTIVE');
    await f.addMembership(off.user.id, on.org.id, { roles: ['CHANGE_MANAGER', 'CONTROLLER'], homeSiteId: on.site.id });
    const h = as(off.user);
    await ctx.http.get(`/api/v1/tickets/${off.ticket.id}`).set(h).expect(404);
    await ctx.http.get(`/api/v1/tickets/${on.ticket.id}`).set(h).expect(200);
    const tickets = ids((await ctx.http.get('/api/v1/tickets').set(h).expect(200)).body);
    expect(tickets.sort()).toEqual([on.ticket.id, on.change.id].sort());
    expect(ids((await ctx.http.get('/api/v1/invoices').set(h).expect(200)).body)).toEqual([on.invoice.id]);
    expect(ids((await ctx.http.get('/api/v1/contracts').set(h).expect(200)).body)).toEqual([on.contract.id]);
    expect(ids((await ctx.http.get('/api/v1/changes').set(h).expect(200)).body)).toEqual([on.change.id]);
    expect(ids((await ctx.http.get('/api/v1/cis').set(h).expect(200)).body)).toEqual([on.ci.id]);
    await ctx.http.get(`/api/v1/invoices?organizationId=${off.org.id}`).set(h).expect(403);
    await ctx.http
      .post('/api/v1/tickets')
      .set(h)
      .send({ organizationId: on.org.id, subject: 'Works', description: 'x', type: 'QUESTION' })
      .expect(201);
  });

  it('activating the portal restores access on the very next request', async () => {
    const w = await world('ENABLED');
    const h = as(w.user);
    await ctx.http.get(`/api/v1/tickets/${w.ticket.id}`).set(h).expect(404);
    await ctx.prisma.portal.update({ where: { id: w.portal.id }, data: { status: 'ACTIVE' } });
    await ctx.http.get(`/api/v1/tickets/${w.ticket.id}`).set(h).expect(200);
    await ctx.prisma.portal.update({ where: { id: w.portal.id }, data: { status: 'DISABLED' } });
    await ctx.http.get(`/api/v1/tickets/${w.ticket.id}`).set(h).expect(404);
  });
});
