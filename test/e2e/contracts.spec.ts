import { useApp } from '../helpers/setup.js';
import { stable } from '../helpers/identity.js';

const strip = (b: Record<string, unknown>) => ({ ...b, requestId: undefined, instance: undefined });
const MISSING = '0190b8a5-0000-7000-8000-000000000000';
const NONEXISTENT = '0190a0a0-0000-7000-8000-00000000beef';

describe('contracts, the contracts-by-site report and SLA due times', () => {
  const { ctx, f, as } = useApp();

  async function world() {
    const portal = await f.portal();
    const a = await f.org({ portalId: portal.id });
    const b = await f.org({ portalId: portal.id });
    const s1 = await f.site(a.id);
    const s2 = await f.site(a.id);
    const t1 = await f.site(b.id);
    const soldS1 = await f.contract(a.id, { siteId: s1.id, direction: 'SOLD', kind: 'SERVICE' });
    const soldS2 = await f.contract(a.id, { siteId: s2.id, direction: 'SOLD', kind: 'SUPPORT' });
    const soldNoSite = await f.contract(a.id, { siteId: null, direction: 'SOLD', kind: 'LEASE' });
    const purchased = await f.contract(a.id, {
      siteId: s1.id,
      direction: 'PURCHASED',
      kind: 'SERVICE',
      supplier: 'Vendor GmbH',
    });
    const purchasedLease = await f.contract(a.id, {
      siteId: s1.id,
      direction: 'PURCHASED',
      kind: 'LEASE',
      supplier: 'Vendor GmbH',
    });
    const otherOrg = await f.contract(b.id, { siteId: t1.id, direction: 'SOLD' });
    const staff = await f.staff('AGENT');
    const setEsm = (on: boolean) =>
      ctx.prisma.portal.update({ where: { id: portal.id }, data: { externalSupportMode: on } });
    return {
      portal,
      a,
      b,
      s1,
      s2,
      t1,
      soldS1,
      soldS2,
      soldNoSite,
      purchased,
      purchasedLease,
      otherOrg,
      staff,
      setEsm,
    };
  }

  const ids = (...cs: { id: string }[]) => cs.map((c) => c.id).sort();
  const listIds = async (user: { id: string }, query = '') => {
    const res = await ctx.http
      .get(`/api/v1/contracts${query}`)
      .set('authorization', `Bearer ${ctx.tokenFor(user)}`)
      .expect(200);
    return (res.body.data as { id: string }[]).map((c) => c.id).sort();
  };
  const get = (user: { id: string }, id: string) =>
    ctx.http.get(`/api/v1/contracts/${id}`).set('authorization', `Bearer ${ctx.tokenFor(user)}`);

  describe.each([false, true])('external support mode %s', (esm) => {
    it('a role with SLA sees the SOLD contracts of the organisation (own sites only in external support mode), never PURCHASED', async () => {
      const w = await world();
      await w.setEsm(esm);
      const u = await f.member(w.a.id, { homeSiteId: w.s1.id, roles: ['CUSTOMER_APPROVER'] });
      expect(await listIds(u)).toEqual(esm ? ids(w.soldS1) : ids(w.soldS1, w.soldS2, w.soldNoSite));
      await get(u, w.soldS1.id).expect(200);
      await get(u, w.soldS2.id).expect(esm ? 404 : 200);
      const hidden = await get(u, w.purchased.id).expect(404);
      const missing = await get(u, MISSING).expect(404);
      expect(strip(hidden.body)).toEqual(strip(missing.body));
      await get(u, w.otherOrg.id).expect(404);
    });

    it('a role with SLA and no site sees the SOLD contracts without site in external support mode', async () => {
      const w = await world();
      await w.setEsm(esm);
      const u = await f.member(w.a.id, { homeSiteId: null, roles: ['CONTROLLER'] });
      expect(await listIds(u)).toEqual(esm ? ids(w.soldNoSite) : ids(w.soldS1, w.soldS2, w.soldNoSite));
      await get(u, w.soldNoSite.id).expect(200);
      await get(u, w.soldS1.id).expect(esm ? 404 : 200);
    });

    it('roles without SLA may not use contracts at all: 403 on the list naming the roles, 404 on a contract', async () => {
      const w = await world();
      await w.setEsm(esm);
      for (const roles of [['PORTAL_USER'], ['PORTAL_USER_PLUS']] as const) {
        const u = await f.member(w.a.id, { homeSiteId: w.s1.id, roles: [...roles] });
        const res = await ctx.http
          .get('/api/v1/contracts')
          .set('authorization', `Bearer ${ctx.tokenFor(u)}`)
          .expect(403);
        expect(res.body.detail).toBe('requires CUSTOMER_APPROVER or CHANGE_MANAGER or CONTROLLER');
        await get(u, w.soldS1.id).expect(404);
      }
    });
  });

  it('staff see every contract, with the supplier; externals never get the supplier field', async () => {
    const w = await world();
    expect(await listIds(w.staff)).toEqual(
      ids(w.soldS1, w.soldS2, w.soldNoSite, w.purchased, w.purchasedLease, w.otherOrg),
    );
    expect(await listIds(w.staff, '?direction=PURCHASED')).toEqual(ids(w.purchased, w.purchasedLease));
    expect(await listIds(w.staff, `?organizationId=${w.b.id}`)).toEqual(ids(w.otherOrg));
    const staffView = await get(w.staff, w.purchased.id).expect(200);
    expect(staffView.body).toMatchObject({ direction: 'PURCHASED', supplier: 'Vendor GmbH' });
    const u = await f.member(w.a.id, { homeSiteId: w.s1.id, roles: ['CUSTOMER_APPROVER'] });
    expect((await get(u, w.soldS1.id).expect(200)).body).not.toHaveProperty('supplier');
    expect(await listIds(u, '?direction=PURCHASED')).toEqual([]);
  });

  it('the contracts-by-site report counts support contracts as sold and groups them by site', async () => {
    const w = await world();
    const res = await ctx.http
      .get('/api/v1/reports/contracts-by-site')
      .set('authorization', `Bearer ${ctx.tokenFor(w.staff)}`)
      .expect(200);
    const groups = res.body.sites as {
      siteId: string | null;
      count: number;
      contracts: { id: string; reportedAs: string }[];
    }[];
    const bySite = Object.fromEntries(groups.map((g) => [g.siteId ?? 'none', g.contracts.map((k) => k.id).sort()]));
    expect(bySite).toEqual({
      [w.s1.id]: ids(w.soldS1),
      [w.s2.id]: ids(w.soldS2),
      none: ids(w.soldNoSite),
      [w.t1.id]: ids(w.otherOrg),
    });
    expect(
      groups.every((g) => g.count === g.contracts.length && g.contracts.every((k) => k.reportedAs === 'SOLD')),
    ).toBe(true);

    await w.setEsm(true);
    const u = await f.member(w.a.id, { homeSiteId: w.s1.id, roles: ['CUSTOMER_APPROVER'] });
    const mine = await ctx.http
      .get('/api/v1/reports/contracts-by-site')
      .set('authorization', `Bearer ${ctx.tokenFor(u)}`)
      .expect(200);
    expect(
      mine.body.sites.map((g: { siteId: string; contracts: { id: string }[] }) => [
        g.siteId,
        g.contracts.map((k) => k.id),
      ]),
    ).toEqual([[w.s1.id, [w.soldS1.id]]]);
    const plain = await f.member(w.a.id, { homeSiteId: w.s1.id });
    await ctx.http
      .get('/api/v1/reports/contracts-by-site')
      .set('authorization', `Bearer ${ctx.tokenFor(plain)}`)
      .expect(403);
  });

  describe('staff CRUD', () => {
    it('creates with SLA targets and covered CIs, validates references, updates with If-Match', async () => {
      const w = await world();
      const token = `Bearer ${ctx.tokenFor(w.staff)}`;
      const ci = await f.ci(w.a.id, { siteId: w.s1.id });
      const foreignCi = await f.ci(w.b.id, { siteId: w.t1.id });
      const body = {
        organizationId: w.a.id,
        siteId: w.s1.id,
        number: 'C-100',
        name: 'Gold support',
        kind: 'SUPPORT',
        direction: 'SOLD',
        startsOn: '2025-01-01',
        endsOn: '2026-12-31',
        slaTargets: [
          { priority: 'HIGH', responseMinutes: 30, resolutionMinutes: 240 },
          { priority: 'LOW', responseMinutes: 480, resolutionMinutes: 4800 },
        ],
        ciIds: [ci.id],
      };
      const bad = await ctx.http
        .post('/api/v1/contracts')
        .set('authorization', token)
        .send({ ...body, ciIds: [ci.id, foreignCi.id] })
        .expect(422);
      expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'ciIds' })]);
      await ctx.http
        .post('/api/v1/contracts')
        .set('authorization', token)
        .send({ ...body, siteId: w.t1.id })
        .expect(422);
      await ctx.http
        .post('/api/v1/contracts')
        .set('authorization', token)
        .send({ ...body, endsOn: '2024-01-01' })
        .expect(422);
      await ctx.http
        .post('/api/v1/contracts')
        .set('authorization', token)
        .send({ ...body, slaTargets: [body.slaTargets[0], body.slaTargets[0]] })
        .expect(422);
      const created = await ctx.http.post('/api/v1/contracts').set('authorization', token).send(body).expect(201);
      expect(created.body).toMatchObject({
        number: 'C-100',
        kind: 'SUPPORT',
        direction: 'SOLD',
        startsOn: '2025-01-01',
        endsOn: '2026-12-31',
        ciIds: [ci.id],
        version: 1,
        slaTargets: [
          { priority: 'LOW', responseMinutes: 480, resolutionMinutes: 4800 },
          { priority: 'HIGH', responseMinutes: 30, resolutionMinutes: 240 },
        ],
      });
      await ctx.http.post('/api/v1/contracts').set('authorization', token).send(body).expect(409);
      const id = created.body.id as string;
      await ctx.http.patch(`/api/v1/contracts/${id}`).set('authorization', token).send({ name: 'x' }).expect(428);
      await ctx.http
        .patch(`/api/v1/contracts/${id}`)
        .set('authorization', token)
        .set('if-match', '"9"')
        .send({ name: 'x' })
        .expect(412);
      const upd = await ctx.http
        .patch(`/api/v1/contracts/${id}`)
        .set('authorization', token)
        .set('if-match', '"1"')
        .send({
          name: 'Platinum',
          slaTargets: [{ priority: 'CRITICAL', responseMinutes: 15, resolutionMinutes: 120 }],
          ciIds: [],
        })
        .expect(200);
      expect(upd.body).toMatchObject({
        name: 'Platinum',
        version: 2,
        ciIds: [],
        slaTargets: [{ priority: 'CRITICAL', responseMinutes: 15, resolutionMinutes: 120 }],
      });
      expect(upd.headers.etag).toBe('"2"');
      await ctx.http
        .patch(`/api/v1/contracts/${id}`)
        .set('authorization', token)
        .set('if-match', '"2"')
        .send({ ciIds: [foreignCi.id] })
        .expect(422);
      const u = await f.member(w.a.id, { homeSiteId: w.s1.id, roles: ['CHANGE_MANAGER'] });
      await ctx.http
        .post('/api/v1/contracts')
        .set('authorization', `Bearer ${ctx.tokenFor(u)}`)
        .send(body)
        .expect(403);
      await ctx.http.delete(`/api/v1/contracts/${id}`).set('authorization', token).expect(204);
      await get(w.staff, id).expect(404);
    });
  });

  describe('support contracts: always SOLD, on a site, with no supplier', () => {
    const fieldsOf = (res: { body: { errors: { field: string }[] } }) => res.body.errors.map((e) => e.field).sort();
    async function supportWorld() {
      const w = await world();
      const token = `Bearer ${ctx.tokenFor(w.staff)}`;
      const body = {
        organizationId: w.a.id,
        siteId: w.s1.id,
        number: `S-${Math.random().toString(36).slice(2, 8)}`,
        name: 'Support',
        kind: 'SUPPORT',
        direction: 'SOLD',
        startsOn: '2025-01-01',
      };
      const post = (b: Record<string, unknown>) =>
        ctx.http.post('/api/v1/contracts').set('authorization', token).send(b);
      const patch = (k: { id: string; version: number }, b: Record<string, unknown>) =>
        ctx.http
          .patch(`/api/v1/contracts/${k.id}`)
          .set('authorization', token)
          .set('if-match', `"${k.version}"`)
          .send(b);
      return { ...w, body, post, patch };
    }

    it.each([
      ['PURCHASED', { direction: 'PURCHASED' }, ['direction']],
      ['without site', { siteId: undefined }, ['siteId']],
      ['with a supplier', { supplier: 'Vendor GmbH' }, ['supplier']],
      [
        'purchased from a supplier, without site',
        { direction: 'PURCHASED', siteId: undefined, supplier: 'V' },
        ['direction', 'siteId', 'supplier'],
      ],
    ])('creating a SUPPORT contract %s is a 422 naming the field, nothing written', async (_, change, fields) => {
      const w = await supportWorld();
      const before = await ctx.prisma.contract.count();
      const res = await w.post({ ...w.body, ...change }).expect(422);
      expect(fieldsOf(res)).toEqual(fields);
      expect(await ctx.prisma.contract.count()).toBe(before);
      const ok = await w.post({ ...w.body, kind: 'SERVICE', ...change }).expect(201);
      expect(ok.body).toMatchObject({ kind: 'SERVICE' });
    });

    it('a PATCH whose result breaks the rule, changing only one of kind, direction, site or supplier, is a 422 naming the field, nothing written', async () => {
      const w = await supportWorld();
      const support = (await w.post(w.body).expect(201)).body;
      const purchased = (
        await w
          .post({ ...w.body, number: `${w.body.number}-P`, kind: 'SERVICE', direction: 'PURCHASED', supplier: 'V' })
          .expect(201)
      ).body;
      const noSite = (
        await w.post({ ...w.body, number: `${w.body.number}-N`, kind: 'LEASE', siteId: undefined }).expect(201)
      ).body;
      const cases: [{ id: string; version: number }, Record<string, unknown>, string[]][] = [
        [support, { direction: 'PURCHASED' }, ['direction']],
        [support, { siteId: null }, ['siteId']],
        [support, { supplier: 'Vendor GmbH' }, ['supplier']],
        [purchased, { kind: 'SUPPORT' }, ['direction', 'supplier']],
        [noSite, { kind: 'SUPPORT' }, ['siteId']],
      ];
      for (const [k, change, fields] of cases) {
        const stored = await ctx.prisma.contract.findUniqueOrThrow({ where: { id: k.id } });
        const res = await w.patch(k, change).expect(422);
        expect([JSON.stringify(change), fieldsOf(res)]).toEqual([JSON.stringify(change), fields]);
        expect(await ctx.prisma.contract.findUniqueOrThrow({ where: { id: k.id } })).toEqual(stored);
      }
      const fixed = await w.patch(purchased, { kind: 'SUPPORT', direction: 'SOLD', supplier: null }).expect(200);
      expect(fixed.body).toMatchObject({ kind: 'SUPPORT', direction: 'SOLD', siteId: w.s1.id, supplier: null });
      await w.patch(support, { kind: 'SERVICE', direction: 'PURCHASED', supplier: 'V' }).expect(200);
    });

    it('the database refuses a SUPPORT contract that breaks the rule on any write path', async () => {
      const w = await world();
      await expect(f.contract(w.a.id, { kind: 'SUPPORT', siteId: w.s1.id, direction: 'PURCHASED' })).rejects.toThrow(
        /contracts_support_sold_on_site/,
      );
      await expect(f.contract(w.a.id, { kind: 'SUPPORT', siteId: null })).rejects.toThrow(
        /contracts_support_sold_on_site/,
      );
      await expect(
        ctx.prisma.contract.update({ where: { id: w.soldS2.id }, data: { supplier: 'Vendor GmbH' } }),
      ).rejects.toThrow(/contracts_support_sold_on_site/);
      expect(await ctx.prisma.contract.findUniqueOrThrow({ where: { id: w.soldS2.id } })).toMatchObject({
        supplier: null,
      });
    });
  });

  describe('SLA due times', () => {
    async function slaWorld() {
      const w = await world();
      await f.contract(w.a.id, {
        siteId: w.s2.id,
        direction: 'SOLD',
        startsOn: new Date('2020-01-01'),
        sla: [
          { priority: 'MEDIUM', responseMinutes: 60, resolutionMinutes: 480 },
          { priority: 'CRITICAL', responseMinutes: 15, resolutionMinutes: 120 },
        ],
      });
      await f.contract(w.a.id, {
        siteId: w.s2.id,
        direction: 'PURCHASED',
        sla: [{ priority: 'MEDIUM', responseMinutes: 1, resolutionMinutes: 2 }],
      });
      await f.contract(w.a.id, {
        siteId: w.s2.id,
        direction: 'SOLD',
        startsOn: new Date('2020-01-01'),
        endsOn: new Date('2021-01-01'),
        sla: [{ priority: 'MEDIUM', responseMinutes: 5, resolutionMinutes: 10 }],
      });
      return w;
    }

    it('a ticket on a site covered by a SOLD contract gets the targets of its priority; priority changes recompute them', async () => {
      const w = await slaWorld();
      const u = await f.member(w.a.id, { homeSiteId: w.s2.id, roles: ['PORTAL_USER_PLUS'] });
      const token = `Bearer ${ctx.tokenFor(u)}`;
      const res = await ctx.http
        .post('/api/v1/tickets')
        .set('authorization', token)
        .send({ type: 'INCIDENT', subject: 'Down', priority: 'MEDIUM' })
        .expect(201);
      const created = new Date(res.body.createdAt).getTime();
      expect(new Date(res.body.responseDueAt).getTime() - created).toBe(60 * 60000);
      expect(new Date(res.body.resolutionDueAt).getTime() - created).toBe(480 * 60000);
      const upd = await ctx.http
        .patch(`/api/v1/tickets/${res.body.id}`)
        .set('authorization', `Bearer ${ctx.tokenFor(w.staff)}`)
        .set('if-match', `"${res.body.version}"`)
        .send({ priority: 'CRITICAL' })
        .expect(200);
      expect(new Date(upd.body.responseDueAt).getTime() - created).toBe(15 * 60000);
      expect(new Date(upd.body.resolutionDueAt).getTime() - created).toBe(120 * 60000);
      const low = await ctx.http
        .patch(`/api/v1/tickets/${res.body.id}`)
        .set('authorization', `Bearer ${ctx.tokenFor(w.staff)}`)
        .set('if-match', `"${upd.body.version}"`)
        .send({ priority: 'LOW' })
        .expect(200);
      expect(low.body.responseDueAt).toBeNull();
      expect(low.body.resolutionDueAt).toBeNull();
    });

    it('a ticket on a site without a sold contract has no due times', async () => {
      const w = await slaWorld();
      const u = await f.member(w.a.id, { homeSiteId: w.s1.id });
      const res = await ctx.http
        .post('/api/v1/tickets')
        .set('authorization', `Bearer ${ctx.tokenFor(u)}`)
        .send({ type: 'INCIDENT', subject: 'Down' })
        .expect(201);
      expect(res.body).toMatchObject({ responseDueAt: null, resolutionDueAt: null });
    });

    it('GET tickets?overdue=true lists the open tickets past their resolution due time', async () => {
      const w = await slaWorld();
      const u = await f.member(w.a.id, { homeSiteId: w.s2.id, roles: ['PORTAL_USER_PLUS'] });
      const past = new Date(Date.now() - 3600_000);
      const overdue = await f.ticket(w.a.id, u.id, { siteId: w.s2.id, status: 'OPEN' });
      await ctx.prisma.ticket.update({ where: { id: overdue.id }, data: { resolutionDueAt: past } });
      const resolved = await f.ticket(w.a.id, u.id, { siteId: w.s2.id, status: 'RESOLVED' });
      await ctx.prisma.ticket.update({ where: { id: resolved.id }, data: { resolutionDueAt: past } });
      const future = await f.ticket(w.a.id, u.id, { siteId: w.s2.id, status: 'OPEN' });
      await ctx.prisma.ticket.update({
        where: { id: future.id },
        data: { resolutionDueAt: new Date(Date.now() + 3600_000) },
      });
      await f.ticket(w.a.id, u.id, { siteId: w.s1.id, status: 'OPEN' });
      const res = await ctx.http
        .get('/api/v1/tickets?overdue=true')
        .set('authorization', `Bearer ${ctx.tokenFor(u)}`)
        .expect(200);
      expect(res.body.data.map((t: { id: string }) => t.id)).toEqual([overdue.id]);
      const all = await ctx.http
        .get('/api/v1/tickets')
        .set('authorization', `Bearer ${ctx.tokenFor(u)}`)
        .expect(200);
      expect(all.body.data).toHaveLength(4);
    });
  });

  describe('staff-only data', () => {
    it('hides purchased contracts and suppliers from externals everywhere (detail, list, CI, report) and shows them to staff', async () => {
      const o = await f.org();
      const site = await f.site(o.id);
      const approver = await f.member(o.id, { roles: ['CUSTOMER_APPROVER'], homeSiteId: site.id });
      const agent = await f.staff('AGENT');
      const ci = await f.ci(o.id, { siteId: site.id });
      const sold = await f.contract(o.id, { siteId: site.id, ciIds: [ci.id], supplier: 'Hidden Supplier Ltd' });
      const purchased = await f.contract(o.id, {
        siteId: site.id,
        ciIds: [ci.id],
        direction: 'PURCHASED',
        kind: 'SERVICE',
        supplier: 'Vendor GmbH',
      });
      const h = as(approver);
      const hidden = await ctx.http.get(`/api/v1/contracts/${purchased.id}`).set(h);
      const absent = await ctx.http.get(`/api/v1/contracts/${NONEXISTENT}`).set(h);
      expect(hidden.status).toBe(404);
      expect(stable(hidden.body)).toEqual(stable(absent.body));
      const list = (await ctx.http.get('/api/v1/contracts?direction=PURCHASED').set(h).expect(200)).body.data;
      expect(list).toEqual([]);
      const all = (await ctx.http.get('/api/v1/contracts').set(h).expect(200)).body.data as Record<string, unknown>[];
      expect(all.map((k) => k.id)).toEqual([sold.id]);
      expect(all[0]).not.toHaveProperty('supplier');
      const detail = (await ctx.http.get(`/api/v1/contracts/${sold.id}`).set(h).expect(200)).body;
      expect(detail).not.toHaveProperty('supplier');
      const ciDetail = (await ctx.http.get(`/api/v1/cis/${ci.id}`).set(h).expect(200)).body;
      expect(ciDetail.contracts.map((k: { id: string }) => k.id)).toEqual([sold.id]);
      const report = (await ctx.http.get('/api/v1/reports/contracts-by-site').set(h).expect(200)).body;
      expect(report.sites.flatMap((s: { contracts: { id: string }[] }) => s.contracts.map((k) => k.id))).toEqual([
        sold.id,
      ]);
      const sheet = await ctx.http
        .get(`/api/v1/cis/${ci.id}/sheet.pdf`)
        .set(h)
        .buffer(true)
        .parse((res, cb) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => cb(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect((sheet.body as Buffer).toString('latin1')).not.toContain(purchased.number);
      // Staff see both, with the supplier.
      const staffCi = (await ctx.http.get(`/api/v1/cis/${ci.id}`).set(as(agent)).expect(200)).body;
      expect(staffCi.contracts.map((k: { id: string }) => k.id).sort()).toEqual([sold.id, purchased.id].sort());
      expect((await ctx.http.get(`/api/v1/contracts/${purchased.id}`).set(as(agent)).expect(200)).body.supplier).toBe(
        'Vendor GmbH',
      );
    });
  });
});
