import { useApp } from '../helpers/setup.js';

describe('professional partners and multi-organisation users', () => {
  const { ctx, f } = useApp();
  let adminToken: string;
  const bearer = (t: string) => ({ authorization: `Bearer ${t}` });

  beforeEach(async () => {
    adminToken = ctx.tokenFor(await f.staff('ADMIN'));
  });

  async function setup(opts: { seatLimit?: number } = {}) {
    const portal = await f.portal({ seatLimit: opts.seatLimit ?? null });
    const customer = await f.org({ kind: 'CUSTOMER', portalId: portal.id, domains: ['customer.example'] });
    const partner = await f.org({ kind: 'PARTNER', portalId: portal.id, domains: ['partner.example'] });
    return { portal, customer, partner };
  }

  const link = (customerId: string, partnerId: string, extra: Record<string, unknown> = {}) =>
    ctx.http
      .post(`/api/v1/organizations/${customerId}/partners`)
      .set(bearer(adminToken))
      .send({
        partnerOrganizationId: partnerId,
        consentedByName: 'Jane Doe',
        consentedByEmail: 'Jane@customer.example',
        consentedAt: '2025-01-15T10:00:00Z',
        requestedBy: { name: 'Jane Doe', email: 'jane@customer.example' },
        ...extra,
      });

  it('links with recorded consent; the partner domain becomes an associated domain; later partner users belong to both', async () => {
    const { customer, partner } = await setup();
    const res = await link(customer.id, partner.id).expect(201);
    expect(res.body).toMatchObject({
      organizationId: customer.id,
      partnerOrganizationId: partner.id,
      consentedByName: 'Jane Doe',
      consentedByEmail: 'jane@customer.example',
      consentedAt: '2025-01-15T10:00:00.000Z',
      associatedDomains: ['partner.example'],
      memberships: 0,
    });
    const org = await ctx.http.get(`/api/v1/organizations/${customer.id}`).set(bearer(adminToken)).expect(200);
    expect(org.body.domains).toEqual(
      expect.arrayContaining([
        { domain: 'partner.example', kind: 'ASSOCIATED' },
        { domain: 'customer.example', kind: 'PRIMARY' },
      ]),
    );
    const u = await ctx.http
      .post('/api/v1/users')
      .set(bearer(adminToken))
      .send({ email: 'pat@partner.example', name: 'Pat', password: 'A-long-passphrase-42!' })
      .expect(201);
    expect(u.body.defaultOrganizationId).toBe(partner.id);
    const ms = await ctx.prisma.membership.findMany({ where: { userId: u.body.id } });
    expect(new Set(ms.map((m) => m.organizationId))).toEqual(new Set([customer.id, partner.id]));
    expect(ms.find((m) => m.organizationId === customer.id)!.partnerLinkId).toBe(res.body.id);
    const ev = await ctx.prisma.auditEvent.findFirstOrThrow({ where: { action: 'partner_link.created' } });
    expect(ev).toMatchObject({ organizationId: customer.id, targetId: res.body.id });
    expect(ev.after).toMatchObject({ consentedByName: 'Jane Doe', associatedDomains: ['partner.example'] });
  });

  it('validates the link: kinds, duplicates, unknown partner, consent in the future', async () => {
    const { customer, partner } = await setup();
    const other = await f.org({ kind: 'CUSTOMER' });
    expect((await link(customer.id, other.id).expect(422)).body.errors).toEqual([
      { field: 'partnerOrganizationId', message: 'the organization is not a PARTNER' },
    ]);
    await link(partner.id, customer.id).expect(409);
    await link(customer.id, '0190f8a2-7c1e-7b3a-9d2f-1a2b3c4d5e6f').expect(422);
    await link('0190f8a2-7c1e-7b3a-9d2f-1a2b3c4d5e6f', partner.id).expect(404);
    await link(customer.id, partner.id, { consentedAt: new Date(Date.now() + 86_400_000).toISOString() }).expect(422);
    await link(customer.id, partner.id, { consentedByName: undefined }).expect(400);
    await link(customer.id, partner.id).expect(201);
    await link(customer.id, partner.id).expect(409);
    const agent = ctx.tokenFor(await f.staff('AGENT'));
    await ctx.http
      .post(`/api/v1/organizations/${customer.id}/partners`)
      .set(bearer(agent))
      .send({ partnerOrganizationId: partner.id, consentedByName: 'X', consentedAt: '2025-01-01T00:00:00Z' })
      .expect(403);
    expect(await ctx.prisma.partnerLink.count()).toBe(1);
  });

  it('applyToExisting adds memberships for existing partner users, within the seat limit (409, nothing written)', async () => {
    const { customer, partner } = await setup({ seatLimit: 3 });
    const p1 = await f.member(partner.id);
    const p2 = await f.member(partner.id);
    await f.member(customer.id); // 3 seats used: the partner users are already seated in this portal
    const same = await link(customer.id, partner.id, { applyToExisting: true }).expect(201);
    expect(same.body.memberships).toBe(2);
    // a customer on another portal with one seat: two newcomers do not fit
    const otherPortal = await f.portal({ seatLimit: 1 });
    const c2 = await f.org({ kind: 'CUSTOMER', portalId: otherPortal.id });
    const refused = await link(c2.id, partner.id, { applyToExisting: true }).expect(409);
    expect(refused.body.detail).toMatch(/seat limit/);
    expect(await ctx.prisma.partnerLink.count({ where: { organizationId: c2.id } })).toBe(0);
    expect(await ctx.prisma.organizationDomain.count({ where: { organizationId: c2.id } })).toBe(1);
    expect(await ctx.prisma.membership.count({ where: { organizationId: c2.id } })).toBe(0);
    expect(
      await ctx.prisma.auditEvent.count({
        where: { organizationId: c2.id, action: { in: ['partner_link.created', 'membership.created'] } },
      }),
    ).toBe(0);
    await ctx.prisma.portal.update({ where: { id: otherPortal.id }, data: { seatLimit: 2 } });
    const ok = await link(c2.id, partner.id, { applyToExisting: true }).expect(201);
    expect(ok.body.memberships).toBe(2);
    const joined = await ctx.prisma.membership.findMany({ where: { organizationId: c2.id } });
    expect(new Set(joined.map((m) => m.userId))).toEqual(new Set([p1.id, p2.id]));
    expect(joined.every((m) => m.partnerLinkId === ok.body.id && m.roles.join() === 'PORTAL_USER')).toBe(true);
  });

  it('a partner user sees customer tickets only as the customer allows, and loses them at once on unlink (old JWT too)', async () => {
    const { customer, partner } = await setup();
    const pat = await f.member(partner.id, { email: 'pat@partner.example' });
    const linkRes = await link(customer.id, partner.id, { applyToExisting: true }).expect(201);
    const token = ctx.tokenFor(pat); // issued before anything below
    const carol = await f.member(customer.id);
    const carolTicket = await f.ticket(customer.id, carol.id);
    const ccTicket = await f.ticket(customer.id, carol.id);
    await f.cc(ccTicket, pat.id);
    const get = (id: string) => ctx.http.get(`/api/v1/tickets/${id}`).set(bearer(token));
    const listIds = async () =>
      (await ctx.http.get(`/api/v1/tickets?organizationId=${customer.id}`).set(bearer(token)).expect(200)).body.data
        .map((t: { id: string }) => t.id)
        .sort();

    // customer OWN: only the CC'd ticket
    await get(carolTicket.id).expect(404);
    await get(ccTicket.id).expect(200);
    expect(await listIds()).toEqual([ccTicket.id]);
    // customer becomes ORG_READ: reads all
    await ctx.prisma.organization.update({ where: { id: customer.id }, data: { ticketAccess: 'ORG_READ' } });
    await get(carolTicket.id).expect(200);
    expect(await listIds()).toEqual([carolTicket.id, ccTicket.id].sort());
    // pat raises a ticket for the customer
    const own = await ctx.http
      .post('/api/v1/tickets')
      .set(bearer(token))
      .send({ organizationId: customer.id, type: 'INCIDENT', subject: 'Partner ticket' })
      .expect(201);
    expect(own.body.organizationId).toBe(customer.id);

    await ctx.http
      .delete(`/api/v1/organizations/${customer.id}/partners/${linkRes.body.id}`)
      .query({ requestedByName: 'Jane Doe', requestedByEmail: 'jane@customer.example' })
      .set(bearer(adminToken))
      .expect(204);
    // the next request with the same (old) token no longer reaches any customer ticket
    const unknown = await get('0190f8a2-7c1e-7b3a-9d2f-1a2b3c4d5e6f').expect(404);
    for (const id of [carolTicket.id, own.body.id]) {
      const r = await get(id).expect(404);
      expect({ ...r.body, requestId: undefined, instance: undefined, detail: undefined }).toEqual({
        ...unknown.body,
        requestId: undefined,
        instance: undefined,
        detail: undefined,
      });
    }
    expect(await listIds()).toEqual([]);
    // the tickets stay with the customer; the link's memberships and domains are gone; pat keeps the partner
    expect((await ctx.prisma.ticket.findUniqueOrThrow({ where: { id: own.body.id } })).organizationId).toBe(
      customer.id,
    );
    expect(
      await ctx.prisma.membership.findMany({ where: { userId: pat.id }, select: { organizationId: true } }),
    ).toEqual([{ organizationId: partner.id }]);
    expect(
      await ctx.prisma.organizationDomain.count({ where: { organizationId: customer.id, kind: 'ASSOCIATED' } }),
    ).toBe(0);
    await ctx.http.get('/api/v1/me').set(bearer(token)).expect(200);
    const ev = await ctx.prisma.auditEvent.findFirstOrThrow({ where: { action: 'partner_link.deleted' } });
    expect(ev.before).toMatchObject({ id: linkRes.body.id, removedUserIds: [pat.id] });
  });

  it('unlink answers 404 for an unknown link or a link of another organisation', async () => {
    const { customer, partner } = await setup();
    const res = await link(customer.id, partner.id).expect(201);
    const other = await f.org();
    await ctx.http
      .delete(`/api/v1/organizations/${other.id}/partners/${res.body.id}`)
      .set(bearer(adminToken))
      .expect(404);
    await ctx.http
      .delete(`/api/v1/organizations/${customer.id}/partners/0190f8a2-7c1e-7b3a-9d2f-1a2b3c4d5e6f`)
      .set(bearer(adminToken))
      .expect(404);
    expect(await ctx.prisma.partnerLink.count()).toBe(1);
  });

  it('linking and unlinking say who asked: a permission contact of the customer or a named person; without it 422, nothing written', async () => {
    const { customer, partner } = await setup();
    const ada = await f.member(customer.id, { roles: ['CUSTOMER_APPROVER'], name: 'Ada Approver' });
    const uma = await f.member(customer.id);
    await ctx.http
      .put(`/api/v1/organizations/${customer.id}/permission-contacts/${ada.id}`)
      .set(bearer(adminToken))
      .expect(200);
    const missing = await link(customer.id, partner.id, { requestedBy: undefined }).expect(422);
    expect(missing.body.errors).toEqual([{ field: 'requestedBy', message: expect.any(String) }]);
    await link(customer.id, partner.id, { requestedBy: { userId: uma.id } }).expect(422);
    expect(await ctx.prisma.partnerLink.count()).toBe(0);
    expect(await ctx.prisma.auditEvent.count({ where: { action: 'partner_link.created' } })).toBe(0);

    const res = await link(customer.id, partner.id, { requestedBy: { userId: ada.id } }).expect(201);
    expect(res.body.requestedBy).toEqual({ userId: ada.id, name: 'Ada Approver', email: ada.email });
    const created = await ctx.prisma.auditEvent.findFirstOrThrow({ where: { action: 'partner_link.created' } });
    expect(created.requestedBy).toEqual({ userId: ada.id, name: 'Ada Approver', email: ada.email });

    const unlink = (query: Record<string, string>) =>
      ctx.http
        .delete(`/api/v1/organizations/${customer.id}/partners/${res.body.id}`)
        .query(query)
        .set(bearer(adminToken));
    expect((await unlink({}).expect(422)).body.errors[0].field).toBe('requestedBy');
    expect((await unlink({ requestedByUserId: uma.id }).expect(422)).body.errors[0].field).toBe('requestedBy.userId');
    expect((await unlink({ requestedByName: 'Jo' }).expect(422)).body.errors[0].field).toBe('requestedBy.email');
    expect(await ctx.prisma.partnerLink.count()).toBe(1);
    await unlink({ requestedByName: 'Jo Buyer', requestedByEmail: 'jo@customer.example' }).expect(204);
    const deleted = await ctx.prisma.auditEvent.findFirstOrThrow({ where: { action: 'partner_link.deleted' } });
    expect(deleted.requestedBy).toEqual({ userId: null, name: 'Jo Buyer', email: 'jo@customer.example' });
    expect(deleted.before).toMatchObject({ requestedBy: { userId: ada.id } });
  });

  it("lists links for staff and the customer's approvers only", async () => {
    const { customer, partner } = await setup();
    const res = await link(customer.id, partner.id).expect(201);
    const list = await ctx.http
      .get(`/api/v1/organizations/${customer.id}/partners`)
      .set(bearer(adminToken))
      .expect(200);
    expect(list.body.map((l: { id: string }) => l.id)).toEqual([res.body.id]);
    const approver = ctx.tokenFor(await f.member(customer.id, { roles: ['CUSTOMER_APPROVER'] }));
    await ctx.http.get(`/api/v1/organizations/${customer.id}/partners`).set(bearer(approver)).expect(200);
    const user = ctx.tokenFor(await f.member(customer.id));
    await ctx.http.get(`/api/v1/organizations/${customer.id}/partners`).set(bearer(user)).expect(403);
    const stranger = ctx.tokenFor(await f.member(partner.id, { roles: ['CUSTOMER_APPROVER'] }));
    await ctx.http.get(`/api/v1/organizations/${customer.id}/partners`).set(bearer(stranger)).expect(404);
  });

  describe('multi-organisation users', () => {
    it('create tickets for a chosen organisation (default: the default organisation), never for a foreign one', async () => {
      const a = await f.org();
      const b = await f.org();
      const c = await f.org();
      const u = await f.member(a.id);
      await f.addMembership(u.id, b.id);
      const token = ctx.tokenFor(u);
      const dflt = await ctx.http
        .post('/api/v1/tickets')
        .set(bearer(token))
        .send({ type: 'QUESTION', subject: 'Default org' })
        .expect(201);
      expect(dflt.body.organizationId).toBe(a.id);
      const chosen = await ctx.http
        .post('/api/v1/tickets')
        .set(bearer(token))
        .send({ organizationId: b.id, type: 'QUESTION', subject: 'For B' })
        .expect(201);
      expect(chosen.body.organizationId).toBe(b.id);
      const foreign = await ctx.http
        .post('/api/v1/tickets')
        .set(bearer(token))
        .send({ organizationId: c.id, type: 'QUESTION', subject: 'For C' })
        .expect(422);
      expect(foreign.body.errors).toEqual([expect.objectContaining({ field: 'organizationId' })]);
    });

    it('an agent moves a ticket to another organisation of the requester, not to one the requester is not in', async () => {
      const a = await f.org();
      const b = await f.org();
      const c = await f.org();
      const u = await f.member(a.id);
      await f.addMembership(u.id, b.id);
      const t = await f.ticket(a.id, u.id);
      const agent = ctx.tokenFor(await f.staff('AGENT'));
      const bad = await ctx.http
        .patch(`/api/v1/tickets/${t.id}`)
        .set(bearer(agent))
        .set('if-match', `"${t.version}"`)
        .send({ organizationId: c.id })
        .expect(422);
      expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'organizationId' })]);
      const moved = await ctx.http
        .patch(`/api/v1/tickets/${t.id}`)
        .set(bearer(agent))
        .set('if-match', `"${t.version}"`)
        .send({ organizationId: b.id })
        .expect(200);
      expect(moved.body.organizationId).toBe(b.id);
      // the requester still reads it; an external may not move tickets
      const token = ctx.tokenFor(u);
      await ctx.http.get(`/api/v1/tickets/${t.id}`).set(bearer(token)).expect(200);
      await ctx.http
        .patch(`/api/v1/tickets/${t.id}`)
        .set(bearer(token))
        .set('if-match', `"${moved.body.version}"`)
        .send({ organizationId: a.id })
        .expect(403);
    });
  });
});
