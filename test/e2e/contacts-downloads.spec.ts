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
      expect(res.headers['content-disposition']).toBe('attachment; filename=a-only.txt');
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

    describe('per operating system', () => {
      const publish = (staff: { id: string }, target: Record<string, string>, platform?: string) =>
        ctx.http
          .post('/api/v1/downloads')
          .set('authorization', auth(staff))
          .send({
            ...target,
            title: `VPN (${platform ?? 'any'})`,
            fileName: 'vpn.conf',
            contentType: 'text/plain',
            contentBase64: Buffer.from('remote vpn.example').toString('base64'),
            ...(platform === undefined ? {} : { platform }),
          });

      it('staff publish a download for an operating system; it says its platform, ANY when none is given', async () => {
        const w = await world();
        const windows = await publish(w.staff, { portalId: w.p1.id }, 'WINDOWS').expect(201);
        expect(windows.body).toMatchObject({ platform: 'WINDOWS', portalId: w.p1.id });
        const any = await publish(w.staff, { organizationId: w.a.id }).expect(201);
        expect(any.body.platform).toBe('ANY');
        const ua = await f.member(w.a.id);
        const detail = await ctx.http
          .get(`/api/v1/downloads/${windows.body.id}`)
          .set('authorization', auth(ua))
          .expect(200);
        expect(detail.body.platform).toBe('WINDOWS');
        const listed = (await ctx.http.get('/api/v1/downloads').set('authorization', auth(ua)).expect(200)).body
          .data as { id: string; platform: string }[];
        expect(listed.find((d) => d.id === windows.body.id)?.platform).toBe('WINDOWS');
        const before = await ctx.prisma.download.count();
        for (const platform of ['BEOS', 'windows', null]) {
          const res = await publish(w.staff, { portalId: w.p1.id }, platform as string).expect(400);
          expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['platform']);
        }
        expect(await ctx.prisma.download.count()).toBe(before);
      });

      it('?platform= lists only the downloads for that operating system, never widening what the caller may see', async () => {
        const w = await world();
        const winP1 = (await publish(w.staff, { portalId: w.p1.id }, 'WINDOWS').expect(201)).body;
        const linuxP1 = (await publish(w.staff, { portalId: w.p1.id }, 'LINUX').expect(201)).body;
        const winB = (await publish(w.staff, { organizationId: w.b.id }, 'WINDOWS').expect(201)).body;
        const iosA = (await publish(w.staff, { organizationId: w.a.id }, 'IOS').expect(201)).body;
        const ua = await f.member(w.a.id);
        expect(await listIds(ua, '?platform=WINDOWS')).toEqual(ids(winP1));
        expect(await listIds(ua, '?platform=LINUX')).toEqual(ids(linuxP1));
        expect(await listIds(ua, '?platform=IOS')).toEqual(ids(iosA));
        expect(await listIds(ua, '?platform=ANDROID')).toEqual([]);
        expect(await listIds(ua, '?platform=ANY')).toEqual(ids(w.toPortal1, w.toA));
        expect(await listIds(ua, `?platform=IOS&organizationId=${w.b.id}`)).toEqual([]);
        expect(await listIds(w.staff, '?platform=WINDOWS')).toEqual(ids(winP1, winB));
        const bad = await ctx.http.get('/api/v1/downloads?platform=BEOS').set('authorization', auth(ua)).expect(400);
        expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['platform']);
      });
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

/**
 * A file is only ever served as an attachment with its stored, allow-listed type and `nosniff` (no
 * HTML or SVG rendered in the API's origin); file names cannot carry paths, quotes or header breaks
 * into `Content-Disposition`; nothing is written on refusal.
 */
describe('downloads: hostile files and file names', () => {
  const { ctx, f, as } = useApp({ RATE_LIMIT_ENABLED: 'false' });

  const upload = (who: { id: string }, body: Record<string, unknown>) =>
    ctx.http
      .post('/api/v1/downloads')
      .set(as(who))
      .send({
        title: 'VPN',
        fileName: 'vpn-linux.sh',
        contentType: 'text/plain',
        contentBase64: Buffer.from('echo hi\n').toString('base64'),
        ...body,
      });

  it('serves HTML uploaded as text as an inert attachment: stored type, nosniff, no caching, exact bytes', async () => {
    const o = await f.org();
    const member = await f.member(o.id);
    const agent = await f.staff('AGENT');
    const html = '<html><script>alert(document.cookie)</script></html>';
    const created = await upload(agent, {
      organizationId: o.id,
      fileName: 'readme.txt',
      contentBase64: Buffer.from(html).toString('base64'),
    }).expect(201);
    const res = await ctx.http
      .get(`/api/v1/downloads/${created.body.id}/content`)
      .set(as(member))
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain\b/);
    expect(res.headers['content-disposition']).toBe('attachment; filename=readme.txt');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
    expect((res.body as Buffer).toString('utf8')).toBe(html);
    // The metadata never carries the bytes.
    const meta = await ctx.http.get(`/api/v1/downloads/${created.body.id}`).set(as(member)).expect(200);
    expect(JSON.stringify(meta.body)).not.toContain('script');
  });

  it('refuses file names that are paths, hidden files or header injections, with 400 and nothing written', async () => {
    const o = await f.org();
    const agent = await f.staff('AGENT');
    const names = [
      '../../etc/passwd',
      '..\\..\\boot.ini',
      'dir/vpn.sh',
      'C:\\vpn.sh',
      '.htaccess',
      'a..sh',
      'vpn.sh ',
      ' vpn.sh',
      'a"b.sh',
      "a';b.sh",
      'a;b.sh',
      'vpn.sh\r\nSet-Cookie: session=x',
      'vpn.sh\nX-Injected: 1',
      'évil.sh',
      'a'.repeat(101),
      '',
    ];
    for (const fileName of names) {
      const res = await upload(agent, { organizationId: o.id, fileName });
      expect({
        fileName,
        status: res.status,
        fields: (res.body.errors ?? []).map((e: { field: string }) => e.field),
      }).toEqual({ fileName, status: 400, fields: ['fileName'] });
    }
    expect(await ctx.prisma.download.count()).toBe(0);
  });

  it('refuses content types a browser would render or run, and malformed base64, with 400 and nothing written', async () => {
    const o = await f.org();
    const agent = await f.staff('AGENT');
    for (const contentType of [
      'text/html',
      'image/svg+xml',
      'application/javascript',
      'text/xml',
      'application/xhtml+xml',
      'text/plain; charset=utf-8',
      'text/plain\r\nX-Injected: 1',
      'TEXT/HTML',
    ]) {
      const res = await upload(agent, { organizationId: o.id, contentType });
      expect({ contentType, status: res.status }).toEqual({ contentType, status: 400 });
    }
    await upload(agent, { organizationId: o.id, contentBase64: 'not base64 at all!' }).expect(400);
    await upload(agent, { organizationId: o.id, contentBase64: '' }).expect((r) =>
      expect([400, 422]).toContain(r.status),
    );
    expect(await ctx.prisma.download.count()).toBe(0);
    await upload(agent, { organizationId: o.id }).expect(201);
  });

  it('lets only staff publish or withdraw, and targets exactly one of portal and organization', async () => {
    const portal = await f.portal();
    const o = await f.org({ portalId: portal.id });
    const member = await f.member(o.id, { roles: ['CUSTOMER_APPROVER', 'CONTROLLER'] });
    const agent = await f.staff('AGENT');
    await upload(member, { organizationId: o.id }).expect(403);
    await upload(agent, { organizationId: o.id, portalId: portal.id }).expect(422);
    await upload(agent, {}).expect(422);
    const d = await upload(agent, { portalId: portal.id }).expect(201);
    await ctx.http.delete(`/api/v1/downloads/${d.body.id}`).set(as(member)).expect(403);
    expect(await ctx.prisma.download.count()).toBe(1);
    await ctx.http.get(`/api/v1/downloads/${d.body.id}/content`).set(as(member)).expect(200);
  });
});
