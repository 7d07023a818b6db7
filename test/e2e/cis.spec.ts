import { useApp } from '../helpers/setup.js';
import { pdfText } from '../helpers/pdf-text.js';

const strip = (b: Record<string, unknown>) => ({ ...b, requestId: undefined, instance: undefined });
const binary = (
  res: NodeJS.ReadableStream & { setEncoding(e: string): void },
  cb: (err: Error | null, body: Buffer) => void,
) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

describe('CIs: visibility through the engine, CRUD, detail with contracts, PDF sheet', () => {
  const { ctx, f } = useApp();

  /** Org A (sites S1, S2) on a portal, org B elsewhere; CIs on every kind of place. */
  async function world() {
    const portal = await f.portal();
    const a = await f.org({ portalId: portal.id });
    const b = await f.org({ portalId: portal.id });
    const s1 = await f.site(a.id);
    const s2 = await f.site(a.id);
    const t1 = await f.site(b.id);
    const a1 = await f.ci(a.id, { siteId: s1.id, name: 'Alpha server', department: 'Finance', serial: 'SN-ALPHA' });
    const a1b = await f.ci(a.id, { siteId: s1.id, name: 'Alpha printer', department: 'IT' });
    const a2 = await f.ci(a.id, { siteId: s2.id, name: 'Beta switch', department: 'Finance' });
    const a0 = await f.ci(a.id, { siteId: null, name: 'Cloud tenant', department: 'Finance' });
    const b1 = await f.ci(b.id, { siteId: t1.id, name: 'Other org server' });
    const staff = await f.staff('AGENT');
    const setPortal = (data: { externalSupportMode?: boolean; ciDepartmentFilter?: boolean }) =>
      ctx.prisma.portal.update({ where: { id: portal.id }, data });
    return { portal, a, b, s1, s2, t1, a1, a1b, a2, a0, b1, staff, setPortal };
  }

  const listIds = async (user: { id: string }, query = '') => {
    const res = await ctx.http
      .get(`/api/v1/cis${query}`)
      .set('authorization', `Bearer ${ctx.tokenFor(user)}`)
      .expect(200);
    return (res.body.data as { id: string }[]).map((c) => c.id).sort();
  };
  const ids = (...cs: { id: string }[]) => cs.map((c) => c.id).sort();
  const getCi = (user: { id: string }, id: string) =>
    ctx.http.get(`/api/v1/cis/${id}`).set('authorization', `Bearer ${ctx.tokenFor(user)}`);

  describe.each([false, true])('external support mode %s', (esm) => {
    it('a PORTAL_USER sees the CIs of their home site only; the rest 404 like a missing CI', async () => {
      const w = await world();
      await w.setPortal({ externalSupportMode: esm });
      const u = await f.member(w.a.id, { homeSiteId: w.s1.id });
      expect(await listIds(u)).toEqual(ids(w.a1, w.a1b));
      await getCi(u, w.a1.id).expect(200);
      const hidden = await getCi(u, w.a2.id).expect(404);
      const missing = await getCi(u, '0190b8a5-0000-7000-8000-000000000000').expect(404);
      expect(strip(hidden.body)).toEqual(strip(missing.body));
      await getCi(u, w.a0.id).expect(404);
      await getCi(u, w.b1.id).expect(404);
    });

    it('read and write sites add their CIs', async () => {
      const w = await world();
      await w.setPortal({ externalSupportMode: esm });
      const u = await f.member(w.a.id, { homeSiteId: w.s1.id, readSiteIds: [w.s2.id] });
      expect(await listIds(u)).toEqual(ids(w.a1, w.a1b, w.a2));
      const v = await f.member(w.a.id, { homeSiteId: null, writeSiteIds: [w.s2.id] });
      expect(await listIds(v)).toEqual(ids(w.a2));
      await getCi(v, w.a0.id).expect(404);
    });

    it('a member without site sees only the CIs without site', async () => {
      const w = await world();
      await w.setPortal({ externalSupportMode: esm });
      const u = await f.member(w.a.id, { homeSiteId: null });
      expect(await listIds(u)).toEqual(ids(w.a0));
      await getCi(u, w.a0.id).expect(200);
      await getCi(u, w.a1.id).expect(404);
    });

    it('a role with system info sees all CIs of the organisation, or only its sites in external support mode', async () => {
      const w = await world();
      await w.setPortal({ externalSupportMode: esm });
      const u = await f.member(w.a.id, { homeSiteId: w.s1.id, roles: ['CUSTOMER_APPROVER'] });
      expect(await listIds(u)).toEqual(esm ? ids(w.a1, w.a1b) : ids(w.a1, w.a1b, w.a2, w.a0));
      await getCi(u, w.a2.id).expect(esm ? 404 : 200);
      await getCi(u, w.b1.id).expect(404);
      const noSite = await f.member(w.a.id, { homeSiteId: null, roles: ['CONTROLLER'] });
      expect(await listIds(noSite)).toEqual(esm ? ids(w.a0) : ids(w.a1, w.a1b, w.a2, w.a0));
    });

    it('ciDepartmentFilter limits roles without system info to their department, not roles with it', async () => {
      const w = await world();
      await w.setPortal({ externalSupportMode: esm, ciDepartmentFilter: true });
      const fin = await f.member(w.a.id, { homeSiteId: w.s1.id, department: 'Finance' });
      expect(await listIds(fin)).toEqual(ids(w.a1));
      await getCi(fin, w.a1b.id).expect(404);
      const noDept = await f.member(w.a.id, { homeSiteId: w.s1.id, department: null });
      expect(await listIds(noDept)).toEqual([]);
      const approver = await f.member(w.a.id, {
        homeSiteId: w.s1.id,
        department: 'Finance',
        roles: ['CHANGE_MANAGER'],
      });
      expect(await listIds(approver)).toEqual(esm ? ids(w.a1, w.a1b) : ids(w.a1, w.a1b, w.a2, w.a0));
    });
  });

  it('staff see every CI; filters narrow (organization, site, type, search in name/serial/type)', async () => {
    const w = await world();
    expect(await listIds(w.staff)).toEqual(ids(w.a1, w.a1b, w.a2, w.a0, w.b1));
    expect(await listIds(w.staff, `?organizationId=${w.b.id}`)).toEqual(ids(w.b1));
    expect(await listIds(w.staff, `?siteId=${w.s1.id}`)).toEqual(ids(w.a1, w.a1b));
    expect(await listIds(w.staff, '?q=sn-alp')).toEqual(ids(w.a1));
    expect(await listIds(w.staff, '?q=alpha')).toEqual(ids(w.a1, w.a1b));
    const u = await f.member(w.a.id, { homeSiteId: w.s1.id });
    expect(await listIds(u, `?organizationId=${w.b.id}`)).toEqual([]);
    expect(await listIds(u, `?siteId=${w.s2.id}`)).toEqual([]);
  });

  it('pages by name then id with an opaque cursor, no row twice', async () => {
    const w = await world();
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: { data: { id: string; name: string }[]; nextCursor: string | null } } = await ctx.http
        .get(`/api/v1/cis?limit=2${cursor ? `&cursor=${cursor}` : ''}`)
        .set('authorization', `Bearer ${ctx.tokenFor(w.staff)}`)
        .expect(200);
      expect(res.body.data.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.data.map((c) => c.name));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['Alpha printer', 'Alpha server', 'Beta switch', 'Cloud tenant', 'Other org server']);
    await ctx.http
      .get('/api/v1/cis?cursor=garbage')
      .set('authorization', `Bearer ${ctx.tokenFor(w.staff)}`)
      .expect(400);
  });

  it('the detail lists covering contracts marked SOLD or PURCHASED; purchased ones for staff only', async () => {
    const w = await world();
    const sold = await f.contract(w.a.id, { siteId: w.s1.id, direction: 'SOLD', number: 'SOLD-1', ciIds: [w.a1.id] });
    const bought = await f.contract(w.a.id, {
      siteId: null,
      direction: 'PURCHASED',
      number: 'BUY-1',
      supplier: 'Vendor',
      ciIds: [w.a1.id],
    });
    const staffView = await getCi(w.staff, w.a1.id).expect(200);
    expect(staffView.body.contracts.map((k: { id: string; direction: string }) => [k.id, k.direction]).sort()).toEqual(
      [
        [sold.id, 'SOLD'],
        [bought.id, 'PURCHASED'],
      ].sort(),
    );
    expect(staffView.headers.etag).toBe('"1"');
    const approver = await f.member(w.a.id, { homeSiteId: w.s1.id, roles: ['CUSTOMER_APPROVER'] });
    const approverView = await getCi(approver, w.a1.id).expect(200);
    expect(approverView.body.contracts).toEqual([
      expect.objectContaining({ id: sold.id, direction: 'SOLD', number: 'SOLD-1' }),
    ]);
    const user = await f.member(w.a.id, { homeSiteId: w.s1.id });
    const userView = await getCi(user, w.a1.id).expect(200);
    expect(userView.body.contracts).toEqual([]);
  });

  it('the PDF sheet shows the CI and its contracts marked sold or purchased, with the same visibility', async () => {
    const w = await world();
    await f.contract(w.a.id, {
      siteId: w.s1.id,
      direction: 'SOLD',
      number: 'SOLD-77',
      name: 'Support gold',
      ciIds: [w.a1.id],
    });
    await f.contract(w.a.id, { direction: 'PURCHASED', number: 'BUY-88', name: 'Vendor warranty', ciIds: [w.a1.id] });
    const sheet = (user: { id: string }, id: string) =>
      ctx.http
        .get(`/api/v1/cis/${id}/sheet.pdf`)
        .set('authorization', `Bearer ${ctx.tokenFor(user)}`)
        .buffer(true)
        .parse(binary as never);
    const staffPdf = await sheet(w.staff, w.a1.id).expect(200);
    expect(staffPdf.headers['content-type']).toBe('application/pdf');
    const body = staffPdf.body as Buffer;
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(body);
    expect(text).toContain('CI sheet: Alpha server');
    expect(text).toContain('SN-ALPHA');
    expect(text).toMatch(/SOLD-77 Support gold - SERVICE - SOLD/);
    expect(text).toMatch(/BUY-88 Vendor warranty - SERVICE - PURCHASED/);

    const approver = await f.member(w.a.id, { homeSiteId: w.s1.id, roles: ['CUSTOMER_APPROVER'] });
    const approverText = pdfText((await sheet(approver, w.a1.id).expect(200)).body as Buffer);
    expect(approverText).toMatch(/SOLD-77 .* SOLD/);
    expect(approverText).not.toContain('BUY-88');
    expect(approverText).not.toContain('PURCHASED');

    const other = await f.member(w.a.id, { homeSiteId: w.s2.id });
    await ctx.http
      .get(`/api/v1/cis/${w.a1.id}/sheet.pdf`)
      .set('authorization', `Bearer ${ctx.tokenFor(other)}`)
      .expect(404);
  });

  describe('staff CRUD', () => {
    it('creates, updates with If-Match and deletes; externals get 403', async () => {
      const w = await world();
      const token = `Bearer ${ctx.tokenFor(w.staff)}`;
      const created = await ctx.http
        .post('/api/v1/cis')
        .set('authorization', token)
        .send({ organizationId: w.a.id, siteId: w.s1.id, name: 'New router', type: 'Router', serial: 'R-1' })
        .expect(201);
      expect(created.body).toMatchObject({
        organizationId: w.a.id,
        siteId: w.s1.id,
        name: 'New router',
        status: 'ACTIVE',
        version: 1,
        contracts: [],
      });
      const id = created.body.id as string;
      await ctx.http.patch(`/api/v1/cis/${id}`).set('authorization', token).send({ name: 'x' }).expect(428);
      await ctx.http
        .patch(`/api/v1/cis/${id}`)
        .set('authorization', token)
        .set('if-match', '"7"')
        .send({ name: 'x' })
        .expect(412);
      const updated = await ctx.http
        .patch(`/api/v1/cis/${id}`)
        .set('authorization', token)
        .set('if-match', '"1"')
        .send({ name: 'Core router', siteId: null })
        .expect(200);
      expect(updated.body).toMatchObject({ name: 'Core router', siteId: null, version: 2 });
      expect(updated.headers.etag).toBe('"2"');
      await ctx.http
        .patch(`/api/v1/cis/${id}`)
        .set('authorization', token)
        .set('if-match', '"2"')
        .send({ siteId: w.t1.id })
        .expect(422);
      const u = await f.member(w.a.id, { homeSiteId: w.s1.id, roles: ['CUSTOMER_APPROVER'] });
      await ctx.http
        .post('/api/v1/cis')
        .set('authorization', `Bearer ${ctx.tokenFor(u)}`)
        .send({ organizationId: w.a.id, name: 'x', type: 'y' })
        .expect(403);
      await ctx.http
        .delete(`/api/v1/cis/${id}`)
        .set('authorization', `Bearer ${ctx.tokenFor(u)}`)
        .expect(403);
      await ctx.http.delete(`/api/v1/cis/${id}`).set('authorization', token).expect(204);
      await ctx.http.get(`/api/v1/cis/${id}`).set('authorization', token).expect(404);
    });

    it('refuses a site of another organisation (422 naming siteId) and unknown properties (400)', async () => {
      const w = await world();
      const token = `Bearer ${ctx.tokenFor(w.staff)}`;
      const res = await ctx.http
        .post('/api/v1/cis')
        .set('authorization', token)
        .send({ organizationId: w.a.id, siteId: w.t1.id, name: 'x', type: 'y' })
        .expect(422);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'siteId' })]);
      await ctx.http
        .post('/api/v1/cis')
        .set('authorization', token)
        .send({ organizationId: w.a.id, name: 'x', type: 'y', version: 3 })
        .expect(400);
      expect(await ctx.prisma.ci.count()).toBe(5);
    });
  });

  it('ticket creation with a CI the caller cannot see is a 422 naming ciIds, nothing written', async () => {
    const w = await world();
    const u = await f.member(w.a.id, { homeSiteId: w.s1.id });
    const token = `Bearer ${ctx.tokenFor(u)}`;
    const res = await ctx.http
      .post('/api/v1/tickets')
      .set('authorization', token)
      .send({ type: 'INCIDENT', subject: 'Broken', ciIds: [w.a2.id] })
      .expect(422);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'ciIds' })]);
    expect(await ctx.prisma.ticket.count()).toBe(0);
    const ok = await ctx.http
      .post('/api/v1/tickets')
      .set('authorization', token)
      .send({ type: 'INCIDENT', subject: 'Broken', ciIds: [w.a1.id] })
      .expect(201);
    expect(ok.body.ciIds).toEqual([w.a1.id]);
  });
});
