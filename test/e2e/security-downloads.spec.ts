import { useApp } from '../helpers/setup.js';

/**
 * Security review — downloads: a file is only ever served as an attachment with its stored,
 * allow-listed type and `nosniff` (no HTML or SVG rendered in the API's origin); file names cannot
 * carry paths, quotes or header breaks into `Content-Disposition`; nothing is written on refusal.
 */
describe('security: downloads', () => {
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
    expect(res.headers['content-disposition']).toBe(`attachment; filename="readme.txt"; filename*=UTF-8''readme.txt`);
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
