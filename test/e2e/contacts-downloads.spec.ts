import { useApp } from '../helpers/setup.js';

const strip = (b: Record<string, unknown>) => ({ ...b, requestId: undefined, instance: undefined });
const MISSING = '0190b8a5-0000-7000-8000-000000000000';

describe('contacts and downloads', () => {
  const { ctx, f } = useApp();

  const auth = (u: { id: string }) => `Bearer ${ctx.tokenFor(u)}`;

  describe.each([false, true])('contacts (external support mode %s)', (esm) => {
    async function world() {
      const portal = await f.portal({ externalSupportMode: esm });
      const a = await f.org({ portalId: portal.id });
      const b = await f.org({ portalId: portal.id });
      const s1 = await f.site(a.id);
      const plain = await f.member(a.id, { homeSiteId: s1.id });
      const plus = await f.member(a.id, { roles: ['PORTAL_USER_PLUS'] });
      const approver = await f.member(a.id, { homeSiteId: s1.id, roles: ['CUSTOMER_APPROVER'] });
      const foreign = await f.member(b.id, { roles: ['CONTROLLER'] });
      return { a, b, plain, plus, approver, foreign };
    }
    const contactUsers = async (u: { id: string }, query = '') => {
      const res = await ctx.http.get(`/api/v1/contacts${query}`).set('authorization', auth(u)).expect(200);
      return (res.body.data as { userId: string }[]).map((c) => c.userId).sort();
    };

    it('a PORTAL_USER sees only their own entry', async () => {
      const w = await world();
      expect(await contactUsers(w.plain)).toEqual([w.plain.id]);
    });

    it('roles with all contacts see every member of their organisation, never another organisation', async () => {
      const w = await world();
      const members = [w.plain.id, w.plus.id, w.approver.id].sort();
      expect(await contactUsers(w.plus)).toEqual(members);
      expect(await contactUsers(w.approver)).toEqual(members);
      expect(await contactUsers(w.approver, `?organizationId=${w.b.id}`)).toEqual([]);
      expect(await contactUsers(w.foreign)).toEqual([w.foreign.id]);
    });
  });

  describe('downloads', () => {
    async function world() {
      const p1 = await f.portal();
      const p2 = await f.portal();
      const a = await f.org({ portalId: p1.id });
      const b = await f.org({ portalId: p1.id });
      const c = await f.org({ portalId: p2.id });
      const toPortal1 = await f.download({ portalId: p1.id, fileName: 'vpn-windows.ps1' });
      const toA = await f.download({
        organizationId: a.id,
        fileName: 'a-only.txt',
        content: Buffer.from('<html><script>alert(1)</script>'),
      });
      const toB = await f.download({ organizationId: b.id });
      const toPortal2 = await f.download({ portalId: p2.id });
      const staff = await f.staff('ADMIN');
      return { p1, p2, a, b, c, toPortal1, toA, toB, toPortal2, staff };
    }
    const ids = (...cs: { id: string }[]) => cs.map((c) => c.id).sort();
    const listIds = async (u: { id: string }, query = '') => {
      const res = await ctx.http.get(`/api/v1/downloads${query}`).set('authorization', auth(u)).expect(200);
      return (res.body.data as { id: string }[]).map((d) => d.id).sort();
    };

    it.each([false, true])(
      'members see what was published to their organisation or its portal (external support mode %s)',
      async (esm) => {
        const w = await world();
        await ctx.prisma.portal.update({ where: { id: w.p1.id }, data: { externalSupportMode: esm } });
        const ua = await f.member(w.a.id);
        expect(await listIds(ua)).toEqual(ids(w.toPortal1, w.toA));
        const uc = await f.member(w.c.id);
        expect(await listIds(uc)).toEqual(ids(w.toPortal2));
        expect(await listIds(ua, `?organizationId=${w.b.id}`)).toEqual(ids(w.toPortal1));
        await ctx.http.get(`/api/v1/downloads/${w.toA.id}`).set('authorization', auth(ua)).expect(200);
        const hidden = await ctx.http
          .get(`/api/v1/downloads/${w.toB.id}/content`)
          .set('authorization', auth(ua))
          .expect(404);
        const missing = await ctx.http
          .get(`/api/v1/downloads/${MISSING}/content`)
          .set('authorization', auth(ua))
          .expect(404);
        expect(strip(hidden.body)).toEqual(strip(missing.body));
        await ctx.http.get(`/api/v1/downloads/${w.toPortal1.id}`).set('authorization', auth(uc)).expect(404);
        expect(await listIds(w.staff)).toEqual(ids(w.toPortal1, w.toA, w.toB, w.toPortal2));
      },
    );

    it('content is served as an attachment with nosniff', async () => {
      const w = await world();
      const ua = await f.member(w.a.id);
      const res = await ctx.http
        .get(`/api/v1/downloads/${w.toA.id}/content`)
        .set('authorization', auth(ua))
        .expect(200);
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="a-only.txt"/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-type']).toMatch(/^text\/plain/);
      expect(res.text).toBe('<html><script>alert(1)</script>');
    });

    it('staff upload with a size limit, a content-type allowlist and safe file names; members cannot upload', async () => {
      const w = await world();
      const token = auth(w.staff);
      const content = Buffer.from('#!/bin/sh\necho vpn\n');
      const base = {
        organizationId: w.a.id,
        title: 'VPN (Linux)',
        fileName: 'vpn-linux.sh',
        contentType: 'application/x-sh',
        contentBase64: content.toString('base64'),
      };
      const created = await ctx.http.post('/api/v1/downloads').set('authorization', token).send(base).expect(201);
      expect(created.body).toMatchObject({
        organizationId: w.a.id,
        portalId: null,
        size: content.length,
        fileName: 'vpn-linux.sh',
      });
      expect(created.body).not.toHaveProperty('content');
      const got = await ctx.http
        .get(`/api/v1/downloads/${created.body.id}/content`)
        .set('authorization', auth(await f.member(w.a.id)))
        .expect(200);
      expect(got.headers['content-disposition']).toMatch(/^attachment/);

      for (const fileName of ['../etc/passwd', 'a/b.sh', '.htaccess', 'x"y.sh', 'evil\r\nname.sh']) {
        const res = await ctx.http
          .post('/api/v1/downloads')
          .set('authorization', token)
          .send({ ...base, fileName })
          .expect(400);
        expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('fileName');
      }
      await ctx.http
        .post('/api/v1/downloads')
        .set('authorization', token)
        .send({ ...base, contentType: 'text/html' })
        .expect(400);
      await ctx.http
        .post('/api/v1/downloads')
        .set('authorization', token)
        .send({ ...base, contentBase64: Buffer.alloc(600 * 1024).toString('base64') })
        .expect((r) => expect([400, 413]).toContain(r.status));
      await ctx.http
        .post('/api/v1/downloads')
        .set('authorization', token)
        .send({ ...base, portalId: w.p1.id })
        .expect(422);
      await ctx.http
        .post('/api/v1/downloads')
        .set('authorization', token)
        .send({ ...base, organizationId: MISSING })
        .expect(422);
      const member = await f.member(w.a.id, { roles: ['CUSTOMER_APPROVER'] });
      await ctx.http.post('/api/v1/downloads').set('authorization', auth(member)).send(base).expect(403);
      expect(await ctx.prisma.download.count()).toBe(5);
      await ctx.http.delete(`/api/v1/downloads/${created.body.id}`).set('authorization', token).expect(204);
      expect(await ctx.prisma.download.count()).toBe(4);
    });

    it('a file just over the limit is refused with 413', async () => {
      const w = await world();
      const res = await ctx.http
        .post('/api/v1/downloads')
        .set('authorization', auth(w.staff))
        .send({
          organizationId: w.a.id,
          title: 't',
          fileName: 'big.bin',
          contentType: 'application/octet-stream',
          contentBase64: Buffer.alloc(512 * 1024 + 1).toString('base64'),
        });
      expect(res.status).toBe(413);
    });
  });
});
