import { useApp } from '../helpers/setup.js';
import { stable } from '../helpers/identity.js';

/**
 * Security review — tenant isolation (IDOR). The most privileged external user of organisation A
 * (every portal role) probes every path and sub-resource of organisation B, every list with B as a
 * filter, and every foreign key a body can carry. Each invisible object answers exactly like one
 * that does not exist; lists never contain B's rows; foreign keys are 422 and nothing is written.
 */
const NONEXISTENT = '0190a0a0-0000-7000-8000-00000000dead';

describe('security: tenant isolation', () => {
  const { ctx, f, as } = useApp({ RATE_LIMIT_ENABLED: 'false' }, { truncate: false });
  let w: Awaited<ReturnType<typeof world>>;

  async function world() {
    const portalA = await f.portal();
    const portalB = await f.portal();
    const A = await f.org({ portalId: portalA.id });
    const B = await f.org({ portalId: portalB.id, ticketAccess: 'ORG_EDIT' });
    const siteA = await f.site(A.id);
    const siteB = await f.site(B.id);
    const boss = await f.member(A.id, {
      roles: ['PORTAL_USER_PLUS', 'CUSTOMER_APPROVER', 'CHANGE_MANAGER', 'CONTROLLER'],
      homeSiteId: siteA.id,
      ticketAccess: 'ORG_EDIT',
    });
    const colleague = await f.member(A.id, { homeSiteId: siteA.id });
    const b = await f.member(B.id, { roles: ['CHANGE_MANAGER'], homeSiteId: siteB.id });
    const agent = await f.staff('AGENT');
    const admin = await f.staff('ADMIN');
    const ticketA = await f.ticket(A.id, colleague.id, { siteId: siteA.id });
    const ticketB = await f.ticket(B.id, b.id, { siteId: siteB.id, type: 'CHANGE' });
    await f.cc(ticketB, b.id);
    await ctx.prisma.ticketComment.create({
      data: { ticketId: ticketB.id, organizationId: B.id, authorId: b.id, body: 'B secret' },
    });
    const ciB = await f.ci(B.id, { siteId: siteB.id });
    const contractB = await f.contract(B.id, { siteId: siteB.id, ciIds: [ciB.id] });
    const invoiceB = await f.invoice(B.id, { contractId: contractB.id });
    const validationB = await f.validation(ticketB, agent.id, {
      kind: 'CHANGE',
      dueAt: new Date(Date.now() + 86_400_000),
    });
    const downloadB = await f.download({ organizationId: B.id });
    const downloadPortalB = await f.download({ portalId: portalB.id });
    const bMembership = b.membership;
    await ctx.prisma.auditEvent.create({
      data: {
        organizationId: B.id,
        actorId: admin.id,
        action: 'membership.updated',
        targetType: 'membership',
        targetId: bMembership.id,
      },
    });
    return {
      A,
      B,
      siteA,
      siteB,
      boss,
      colleague,
      b,
      agent,
      admin,
      ticketA,
      ticketB,
      ciB,
      contractB,
      invoiceB,
      validationB,
      downloadB,
      downloadPortalB,
      bMembership,
    };
  }

  beforeAll(async () => {
    w = await world();
  });

  it('answers every path and sub-resource of another organisation exactly like a nonexistent id (404, same body)', async () => {
    const paths: [string, string][] = [
      ['/api/v1/tickets/:id', w.ticketB.id],
      ['/api/v1/tickets/:id/comments', w.ticketB.id],
      ['/api/v1/tickets/:id/ccs', w.ticketB.id],
      ['/api/v1/tickets/:id/history', w.ticketB.id],
      ['/api/v1/cis/:id', w.ciB.id],
      ['/api/v1/cis/:id/sheet.pdf', w.ciB.id],
      ['/api/v1/contracts/:id', w.contractB.id],
      ['/api/v1/invoices/:id', w.invoiceB.id],
      ['/api/v1/validations/:id', w.validationB.id],
      ['/api/v1/downloads/:id', w.downloadB.id],
      ['/api/v1/downloads/:id/content', w.downloadB.id],
      ['/api/v1/downloads/:id', w.downloadPortalB.id],
      ['/api/v1/memberships/:id', w.bMembership.id],
      ['/api/v1/organizations/:id', w.B.id],
      ['/api/v1/organizations/:id/sites', w.B.id],
      ['/api/v1/organizations/:id/members', w.B.id],
      ['/api/v1/organizations/:id/partners', w.B.id],
      ['/api/v1/sites/:id', w.siteB.id],
    ];
    for (const [path, id] of paths) {
      const hidden = await ctx.http.get(path.replace(':id', id)).set(as(w.boss));
      const absent = await ctx.http.get(path.replace(':id', NONEXISTENT)).set(as(w.boss));
      expect({ path, status: hidden.status }).toEqual({ path, status: 404 });
      expect({ path, body: stable(hidden.body) }).toEqual({ path, body: stable(absent.body) });
    }
    // The same object is there for its own organisation (the probe is not vacuous).
    await ctx.http.get(`/api/v1/tickets/${w.ticketB.id}`).set(as(w.b)).expect(200);
    await ctx.http.get(`/api/v1/validations/${w.validationB.id}`).set(as(w.b)).expect(200);
    await ctx.http.get(`/api/v1/tickets/${w.ticketA.id}`).set(as(w.boss)).expect(200);
  });

  it("answers every write on another organisation's objects like a nonexistent id, and writes nothing", async () => {
    const before = await ctx.prisma.ticket.findUniqueOrThrow({ where: { id: w.ticketB.id } });
    const writes: [string, (id: string) => Promise<{ status: number; body: Record<string, unknown> }>][] = [
      [
        'PATCH ticket',
        (id) =>
          ctx.http
            .patch(`/api/v1/tickets/${id}`)
            .set(as(w.boss))
            .set('if-match', `"${before.version}"`)
            .send({ subject: 'pwned' }),
      ],
      [
        'transition',
        (id) => ctx.http.post(`/api/v1/tickets/${id}/transitions`).set(as(w.boss)).send({ status: 'CANCELLED' }),
      ],
      ['comment', (id) => ctx.http.post(`/api/v1/tickets/${id}/comments`).set(as(w.boss)).send({ body: 'hello' })],
      ['add CC', (id) => ctx.http.post(`/api/v1/tickets/${id}/ccs`).set(as(w.boss)).send({ userId: w.boss.id })],
      ['remove CC', (id) => ctx.http.delete(`/api/v1/tickets/${id}/ccs/${w.b.id}`).set(as(w.boss))],
    ];
    for (const [name, write] of writes) {
      const hidden = await write(w.ticketB.id);
      const absent = await write(NONEXISTENT);
      expect({ name, status: hidden.status }).toEqual({ name, status: 404 });
      expect({ name, body: stable(hidden.body) }).toEqual({ name, body: stable(absent.body) });
    }
    const decide = await ctx.http
      .post(`/api/v1/validations/${w.validationB.id}/decisions`)
      .set(as(w.boss))
      .send({ outcome: 'ACCEPT' });
    const decideAbsent = await ctx.http
      .post(`/api/v1/validations/${NONEXISTENT}/decisions`)
      .set(as(w.boss))
      .send({ outcome: 'ACCEPT' });
    expect(decide.status).toBe(404);
    expect(stable(decide.body)).toEqual(stable(decideAbsent.body));
    const roles = await ctx.http
      .patch(`/api/v1/memberships/${w.bMembership.id}`)
      .set(as(w.boss))
      .set('if-match', '"1"')
      .send({ roles: ['PORTAL_USER'] });
    const rolesAbsent = await ctx.http
      .patch(`/api/v1/memberships/${NONEXISTENT}`)
      .set(as(w.boss))
      .set('if-match', '"1"')
      .send({ roles: ['PORTAL_USER'] });
    expect(roles.status).toBe(404);
    expect(stable(roles.body)).toEqual(stable(rolesAbsent.body));

    const after = await ctx.prisma.ticket.findUniqueOrThrow({ where: { id: w.ticketB.id } });
    expect(after).toEqual(before);
    expect(await ctx.prisma.ticketComment.count({ where: { ticketId: w.ticketB.id } })).toBe(1);
    expect((await ctx.prisma.ticketCc.findMany({ where: { ticketId: w.ticketB.id } })).map((c) => c.userId)).toEqual([
      w.b.id,
    ]);
    expect(await ctx.prisma.validationDecision.count({ where: { validationId: w.validationB.id } })).toBe(0);
    expect((await ctx.prisma.membership.findUniqueOrThrow({ where: { id: w.bMembership.id } })).roles).toEqual([
      'CHANGE_MANAGER',
    ]);
  });

  it("never lists another organisation's rows, whatever the filter says", async () => {
    const h = as(w.boss);
    const ids = async (url: string) =>
      ((await ctx.http.get(url).set(h).expect(200)).body.data as { id: string }[]).map((x) => x.id);
    const q = `organizationId=${w.B.id}`;
    expect(await ids(`/api/v1/tickets?${q}`)).toEqual([]);
    expect(await ids(`/api/v1/tickets?siteId=${w.siteB.id}`)).toEqual([]);
    expect(await ids(`/api/v1/tickets?requesterId=${w.b.id}`)).toEqual([]);
    expect(await ids(`/api/v1/tickets`)).toEqual([w.ticketA.id]);
    expect(await ids(`/api/v1/cis?${q}`)).toEqual([]);
    expect(await ids(`/api/v1/contracts?${q}`)).toEqual([]);
    expect(await ids(`/api/v1/invoices?${q}`)).toEqual([]);
    expect(await ids(`/api/v1/changes?${q}`)).toEqual([]);
    expect(await ids(`/api/v1/changes`)).toEqual([]);
    expect(await ids(`/api/v1/validations?${q}`)).toEqual([]);
    expect(await ids(`/api/v1/validations?ticketId=${w.ticketB.id}`)).toEqual([]);
    expect(await ids(`/api/v1/downloads?${q}`)).toEqual([]);
    expect((await ctx.http.get(`/api/v1/contacts?${q}`).set(h).expect(200)).body).toEqual({
      data: [],
      nextCursor: null,
    });
    expect((await ctx.http.get(`/api/v1/reports/contracts-by-site?${q}`).set(h).expect(200)).body).toEqual({
      sites: [],
    });
    const orgs = (await ctx.http.get('/api/v1/organizations').set(h).expect(200)).body.data as { id: string }[];
    expect(orgs.map((o) => o.id)).toEqual([w.A.id]);
    // Audit: B's events cannot be reached by naming B or by naming B's objects.
    await ctx.http.get(`/api/v1/audit?${q}`).set(h).expect(404);
    expect(await ids(`/api/v1/audit?targetId=${w.bMembership.id}`)).toEqual([]);
    expect(await ids(`/api/v1/audit?actorId=${w.admin.id}`)).toEqual([]);
    // The ticket-types and my-portal answers name nothing of B.
    expect((await ctx.http.get(`/api/v1/ticket-types?${q}`).set(h).expect(200)).body.types).toEqual([]);
    const portal = await ctx.http.get(`/api/v1/me/portal?${q}`).set(h);
    const portalAbsent = await ctx.http.get(`/api/v1/me/portal?organizationId=${NONEXISTENT}`).set(h);
    expect(portal.status).toBe(404);
    expect(stable(portal.body)).toEqual(stable(portalAbsent.body));
  });

  it('refuses every foreign key of another organisation in an external body with 422 naming the field, writing nothing', async () => {
    const h = as(w.boss);
    const count = () => ctx.prisma.ticket.count();
    const n = await count();
    const cases: [Record<string, unknown>, string][] = [
      [{ organizationId: w.B.id }, 'organizationId'],
      [{ siteId: w.siteB.id }, 'siteId'],
      [{ organizationId: w.A.id, siteId: w.siteB.id }, 'siteId'],
      [{ ciIds: [w.ciB.id] }, 'ciIds'],
      [{ groupId: NONEXISTENT }, 'groupId'],
      [{ assigneeId: w.b.id }, 'assigneeId'],
    ];
    for (const [extra, field] of cases) {
      const res = await ctx.http
        .post('/api/v1/tickets')
        .set(h)
        .send({ type: 'INCIDENT', subject: 'probe', ...extra });
      expect({
        extra,
        status: res.status,
        fields: (res.body.errors ?? []).map((e: { field: string }) => e.field),
      }).toEqual({ extra, status: 422, fields: [field] });
    }
    const asRequester = await ctx.http
      .post('/api/v1/tickets')
      .set(h)
      .send({ type: 'INCIDENT', subject: 'probe', requesterId: w.b.id });
    expect(asRequester.status).toBe(403);
    expect(await count()).toBe(n);

    // CIs of B cannot be linked by an update either; nothing changes.
    const mine = await f.ticket(w.A.id, w.boss.id, { siteId: w.siteA.id });
    const upd = await ctx.http
      .patch(`/api/v1/tickets/${mine.id}`)
      .set(h)
      .set('if-match', `"${mine.version}"`)
      .send({ ciIds: [w.ciB.id] });
    expect(upd.status).toBe(422);
    expect(await ctx.prisma.ticketCi.count({ where: { ticketId: mine.id } })).toBe(0);

    // A CC from another organisation: the same 422 as a user that does not exist (no user enumeration).
    const ccForeign = await ctx.http.post(`/api/v1/tickets/${mine.id}/ccs`).set(h).send({ userId: w.b.id });
    const ccAbsent = await ctx.http.post(`/api/v1/tickets/${mine.id}/ccs`).set(h).send({ userId: NONEXISTENT });
    expect(ccForeign.status).toBe(422);
    expect(stable(ccForeign.body)).toEqual(stable(ccAbsent.body));
    expect(await ctx.prisma.ticketCc.count({ where: { ticketId: mine.id } })).toBe(0);
  });

  it('refuses foreign keys across organisations in staff bodies too (422 naming the field)', async () => {
    const admin = as(w.admin);
    const field = (res: { status: number; body: { errors?: { field: string }[] } }) => ({
      status: res.status,
      fields: (res.body.errors ?? []).map((e) => e.field),
    });
    expect(
      field(
        await ctx.http
          .post('/api/v1/tickets')
          .set(admin)
          .send({ organizationId: w.A.id, siteId: w.siteB.id, type: 'INCIDENT', subject: 'x' }),
      ),
    ).toEqual({ status: 422, fields: ['siteId'] });
    expect(
      field(
        await ctx.http
          .post('/api/v1/tickets')
          .set(admin)
          .send({ organizationId: w.A.id, ciIds: [w.ciB.id], type: 'INCIDENT', subject: 'x' }),
      ),
    ).toEqual({ status: 422, fields: ['ciIds'] });
    expect(
      field(
        await ctx.http
          .post('/api/v1/tickets')
          .set(admin)
          .send({ organizationId: w.A.id, requesterId: w.b.id, type: 'INCIDENT', subject: 'x' }),
      ),
    ).toEqual({ status: 422, fields: ['requesterId'] });
    const m = await ctx.prisma.membership.findUniqueOrThrow({ where: { id: w.colleague.membership.id } });
    for (const body of [
      { homeSiteId: w.siteB.id },
      { readSiteIds: [w.siteB.id] },
      { writeSiteIds: [w.siteA.id, w.siteB.id] },
    ]) {
      const res = await ctx.http
        .patch(`/api/v1/memberships/${m.id}`)
        .set(admin)
        .set('if-match', `"${m.version}"`)
        .send(body);
      expect(field(res)).toEqual({ status: 422, fields: [Object.keys(body)[0]] });
    }
    expect(await ctx.prisma.membership.findUniqueOrThrow({ where: { id: m.id } })).toEqual(m);
    expect(
      field(
        await ctx.http.post('/api/v1/contracts').set(admin).send({
          organizationId: w.A.id,
          siteId: w.siteB.id,
          number: 'X-1',
          name: 'x',
          kind: 'SERVICE',
          direction: 'SOLD',
          startsOn: '2025-01-01',
        }),
      ),
    ).toEqual({ status: 422, fields: ['siteId'] });
    expect(
      field(
        await ctx.http
          .post('/api/v1/contracts')
          .set(admin)
          .send({
            organizationId: w.A.id,
            ciIds: [w.ciB.id],
            number: 'X-2',
            name: 'x',
            kind: 'SERVICE',
            direction: 'SOLD',
            startsOn: '2025-01-01',
          }),
      ),
    ).toEqual({ status: 422, fields: ['ciIds'] });
    expect(
      field(
        await ctx.http.post('/api/v1/invoices').set(admin).send({
          organizationId: w.A.id,
          contractId: w.contractB.id,
          number: 'I-1',
          issuedOn: '2025-01-01',
          amountCents: 100,
        }),
      ),
    ).toEqual({ status: 422, fields: ['contractId'] });
    expect(
      field(
        await ctx.http
          .post('/api/v1/cis')
          .set(admin)
          .send({ organizationId: w.A.id, siteId: w.siteB.id, name: 'x', type: 'Server' }),
      ),
    ).toEqual({ status: 422, fields: ['siteId'] });
    expect(await ctx.prisma.contract.count({ where: { organizationId: w.A.id } })).toBe(0);
    expect(await ctx.prisma.invoice.count({ where: { organizationId: w.A.id } })).toBe(0);
  });

  it("explains only the caller's own access, and a foreign ticket like a nonexistent one", async () => {
    const h = as(w.boss);
    await ctx.http
      .get(`/api/v1/access/explain?userId=${w.b.id}&resource=ticket:${w.ticketB.id}&action=read`)
      .set(h)
      .expect(403);
    await ctx.http
      .get(`/api/v1/access/explain?userId=${NONEXISTENT}&resource=ticket:${w.ticketB.id}&action=read`)
      .set(h)
      .expect(403);
    await ctx.http
      .get(`/api/v1/access/explain?userId=${w.b.id}&resource=ticket:${w.ticketB.id}&action=read`)
      .set(as(w.agent))
      .expect(403);
    const hidden = await ctx.http
      .get(`/api/v1/access/explain?resource=ticket:${w.ticketB.id}&action=read`)
      .set(h)
      .expect(200);
    const absent = await ctx.http
      .get(`/api/v1/access/explain?resource=ticket:${NONEXISTENT}&action=read`)
      .set(h)
      .expect(200);
    expect(hidden.body).toEqual(absent.body);
    expect(hidden.body.allowed).toBe(false);
    const visible = await ctx.http
      .get(`/api/v1/access/explain?userId=${w.b.id}&resource=ticket:${w.ticketB.id}&action=read`)
      .set(as(w.admin))
      .expect(200);
    expect(visible.body.allowed).toBe(true);
  });
});
