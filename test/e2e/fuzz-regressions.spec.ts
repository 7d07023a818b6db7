import { connect, type AddressInfo } from 'node:net';
import pg from 'pg';
import { useApp } from '../helpers/setup.js';
import { Prisma } from '../../src/generated/prisma/client.js';
import { mapError } from '../../src/common/problem.filter.js';

/**
 * One regression test per class of 5xx (or non-problem answer) the contract fuzzer
 * (fuzz.spec.ts) found. Each names the operation that showed it.
 */
describe('fuzz regressions', () => {
  const { ctx, f } = useApp({ RATE_LIMIT_ENABLED: 'false' }, { truncate: false });
  let admin: { id: string };
  let adminAuth: string;
  let org: { id: string };
  let base: string;

  const problemJson = (res: { headers: Record<string, string> }) =>
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);

  beforeAll(async () => {
    await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(ctx.app.getHttpServer().address() as AddressInfo).port}`;
    admin = await f.staff('ADMIN');
    adminAuth = `Bearer ${ctx.tokenFor(admin)}`;
    org = await f.org();
  });

  describe('deeply nested JSON (class-transformer overflowed its stack: 500 on every body)', () => {
    it('POST /auth/login with 5,000 nested arrays or objects is a 400 naming the depth, not a 500', async () => {
      for (const payload of ['['.repeat(5000) + ']'.repeat(5000), '{"a":'.repeat(3000) + '1' + '}'.repeat(3000)]) {
        const res = await ctx.http
          .post('/api/v1/auth/login')
          .set('content-type', 'application/json')
          .send(payload)
          .expect(400);
        problemJson(res);
        expect(res.body.errors[0].message).toMatch(/nested too deeply/);
      }
    });

    it('POST /tickets with a deep object in a field names that field; 32 levels are the limit', async () => {
      let deep: unknown = 'x';
      for (let i = 0; i < 40; i++) deep = { a: deep };
      const res = await ctx.http
        .post('/api/v1/tickets')
        .set('authorization', adminAuth)
        .send({ organizationId: org.id, type: 'INCIDENT', subject: deep })
        .expect(400);
      expect(res.body.errors[0]).toEqual({
        field: expect.stringMatching(/^subject(\.a)+$/),
        message: 'is nested too deeply (at most 32 levels)',
      });
      expect(await ctx.prisma.ticket.count()).toBe(0);
    });
  });

  describe('strings that are not Unicode text (validator.js threw URIError on a lone surrogate: 500)', () => {
    it('POST /auth/login, /auth/register, /users with a lone surrogate in an email are 400 naming the field', async () => {
      const email = 'a\ud800@example.test';
      const login = await ctx.http.post('/api/v1/auth/login').send({ email, password: 'x' }).expect(400);
      expect(login.body.errors).toEqual([
        { field: 'email', message: 'must be valid Unicode text (no lone surrogates)' },
      ]);
      const users = await ctx.http
        .post('/api/v1/users')
        .set('authorization', adminAuth)
        .send({ email, name: 'Lone' })
        .expect(400);
      expect(users.body.errors.map((e: { field: string }) => e.field)).toEqual(['email']);
    });

    it('refuses NUL and lone surrogates in object keys too (free-form JSON such as widget config goes to jsonb)', async () => {
      const portal = await f.portal();
      for (const [key, message] of [
        ['a\u0000', 'must not contain NUL characters'],
        ['\udc00', 'must be valid Unicode text (no lone surrogates)'],
      ]) {
        const res = await ctx.http
          .post(`/api/v1/portals/${portal.id}/pages`)
          .set('authorization', adminAuth)
          .send({ title: 'Page', slug: 'page', widgets: [{ type: 'TEXT', config: { [key]: 1, markdown: 'x' } }] })
          .expect(400);
        expect(res.body.errors).toEqual([{ field: `widgets.0.config.${key}`, message }]);
      }
      expect(await ctx.prisma.portalPage.count({ where: { portalId: portal.id } })).toBe(0);
    });
  });

  describe('forged cursors (timestamps PostgreSQL cannot hold reached the query: 500)', () => {
    const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    const id = '0190b7c2-dead-7000-8000-00000000beef';

    it.each([
      ['GET /audit (raw SQL), a date before year 1', '/api/v1/audit', b64(['-271821-04-20T00:00:00.000Z', id])],
      ['GET /tickets (raw SQL), year 275760', '/api/v1/tickets', b64(['+275760-09-13T00:00:00.000Z', id])],
      ['GET /portals (Prisma), year 0', '/api/v1/portals', b64(['0000-01-01T00:00:00.000Z', id])],
      ['GET /users (Prisma), a number instead of a date', '/api/v1/users', b64([1e300, id])],
      ['GET /cis (sort cursor), a NUL in the key', '/api/v1/cis', b64(['a\u0000b', id])],
      ['GET /invoices (sort cursor), February 30th', '/api/v1/invoices', b64(['2025-02-30', id])],
    ])('%s is a 400 "Malformed cursor"', async (_label, path, cursor) => {
      const res = await ctx.http.get(path).query({ cursor }).set('authorization', adminAuth).expect(400);
      problemJson(res);
      expect(res.body).toMatchObject({
        detail: 'Malformed cursor',
        errors: [{ field: 'cursor', message: 'is not a valid cursor' }],
      });
    });

    it('still accepts the cursors it hands out', async () => {
      for (let i = 0; i < 3; i++) await f.portal();
      const first = await ctx.http.get('/api/v1/portals?limit=2').set('authorization', adminAuth).expect(200);
      expect(first.body.nextCursor).toEqual(expect.any(String));
      const second = await ctx.http
        .get('/api/v1/portals')
        .query({ limit: 2, cursor: first.body.nextCursor })
        .set('authorization', adminAuth)
        .expect(200);
      expect(second.body.data.length).toBeGreaterThan(0);
    });
  });

  describe('null for optional, non-nullable properties (@IsOptional() let null through to Prisma: 500)', () => {
    it('PATCH /tickets/{id} with subject: null is a 400 naming subject, and nothing changes', async () => {
      const m = await f.member(org.id);
      const t = await f.ticket(org.id, m.id, { subject: 'Keep me' });
      const res = await ctx.http
        .patch(`/api/v1/tickets/${t.id}`)
        .set('authorization', adminAuth)
        .set('if-match', '"1"')
        .send({ subject: null })
        .expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('subject');
      expect((await ctx.prisma.ticket.findUniqueOrThrow({ where: { id: t.id } })).subject).toBe('Keep me');
    });

    it('POST /portals with options.require2fa: null is a 400 naming the nested field', async () => {
      const res = await ctx.http
        .post('/api/v1/portals')
        .set('authorization', adminAuth)
        .send({ name: 'Null options', options: { require2fa: null } })
        .expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('options.require2fa');
      expect(await ctx.prisma.portal.count({ where: { name: 'Null options' } })).toBe(0);
    });

    it('PATCH /me with name: null is a 400; phone: null (documented nullable) still clears the phone', async () => {
      const u = await f.user({ name: 'Named' });
      await ctx.prisma.user.update({ where: { id: u.id }, data: { phone: '+1 555 0100' } });
      const auth = `Bearer ${ctx.tokenFor(u)}`;
      const bad = await ctx.http.patch('/api/v1/me').set('authorization', auth).send({ name: null }).expect(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field)).toContain('name');
      const ok = await ctx.http.patch('/api/v1/me').set('authorization', auth).send({ phone: null }).expect(200);
      expect(ok.body).toMatchObject({ name: 'Named', phone: null });
    });
  });

  it('GET /access/explain with a resource id of 36 dashes (matched the old pattern, reached Prisma as a uuid: 500) is a 400', async () => {
    for (const resource of [`ticket:${'-'.repeat(36)}`, `ci:${'f'.repeat(36)}`]) {
      const res = await ctx.http
        .get('/api/v1/access/explain')
        .query({ resource, action: 'read' })
        .set('authorization', adminAuth)
        .expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['resource']);
    }
  });

  it('PATCH /me with an If-Match version beyond Int (reached Prisma as 1e20: 500) is a 412 like any stale ETag', async () => {
    const u = await f.user();
    const auth = `Bearer ${ctx.tokenFor(u)}`;
    for (const ifMatch of ['"99999999999999999999"', '"' + '9'.repeat(5000) + '"', 'garbage']) {
      const res = await ctx.http
        .patch('/api/v1/me')
        .set('authorization', auth)
        .set('if-match', ifMatch)
        .send({ name: 'New' })
        .expect(412);
      problemJson(res);
    }
    const me = await ctx.http.get('/api/v1/me').set('authorization', auth).expect(200);
    await ctx.http
      .patch('/api/v1/me')
      .set('authorization', auth)
      .set('if-match', me.headers.etag)
      .send({ name: 'New' })
      .expect(200);
  });

  describe('errors raised before Nest runs are problem+json too (were Fastify/Node JSON or bare text)', () => {
    it('malformed percent-encoding in the path (router) is a 400 problem', async () => {
      const res = await ctx.http.get('/api/v1/tickets/%E0%A4%A').set('authorization', adminAuth).expect(400);
      problemJson(res);
      expect(res.body).toMatchObject({ status: 400, detail: 'The URL is malformed (invalid percent-encoding)' });
    });

    it('a path parameter over the router limit is a 400 problem, not a 414 in Fastify JSON', async () => {
      const res = await ctx.http
        .get(`/api/v1/tickets/${'a'.repeat(5000)}`)
        .set('authorization', adminAuth)
        .expect(400);
      problemJson(res);
      expect(res.body.detail).toBe('A path parameter is too long');
    });

    it('an unknown HTTP method on a known path is a 405 problem with Allow; on an unknown path the 404 "No such route"', async () => {
      const res = await ctx.http.propfind('/api/v1/tickets').expect(405);
      problemJson(res);
      expect(res.headers.allow).toBe('GET, HEAD, POST');
      const unknown = await ctx.http.propfind('/api/v1/no-such-thing').expect(404);
      expect(unknown.body.detail).toBe('No such route');
    });

    const rawHttp = (data: string) =>
      new Promise<string>((resolve, reject) => {
        const { port } = new URL(base);
        let out = '';
        const sock = connect(Number(port), '127.0.0.1', () => sock.write(data));
        sock.on('data', (c) => (out += c.toString('utf8')));
        sock.on('close', () => resolve(out));
        sock.on('error', reject);
        setTimeout(() => sock.destroy(), 3000).unref();
      });

    it.each([
      ['a request line that is not HTTP', 'GARBAGE\r\n\r\n', 400],
      [
        'Content-Length and Transfer-Encoding together',
        'POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
        400,
      ],
      [
        'headers over the size limit',
        `GET /api/v1/tickets HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
        431,
      ],
    ])('%s (Node parser) gets a problem+json answer', async (_label, data, status) => {
      const raw = await rawHttp(data);
      const [head, body] = raw.split('\r\n\r\n');
      expect(head.split('\r\n')[0]).toMatch(new RegExp(`^HTTP/1.1 ${status} `));
      expect(head).toMatch(/content-type: application\/problem\+json/i);
      expect(JSON.parse(body)).toMatchObject({
        status,
        type: expect.stringMatching(/^https:\/\/outpost\.dev\/problems\//),
      });
    });
  });

  describe('database data exceptions are 400, whatever path they take (the net under missing validators)', () => {
    const adapterError = (code: string, originalCode?: string) =>
      new Prisma.PrismaClientKnownRequestError('x', {
        code,
        clientVersion: 'test',
        meta: originalCode ? { driverAdapterError: { cause: { originalCode, kind: 'postgres' } } } : undefined,
      });

    it('maps Prisma value errors and SQLSTATE class 22 to 400, other database errors to 500', () => {
      expect(mapError(adapterError('P2000')).code).toBe('BAD_REQUEST'); // value too long
      expect(mapError(adapterError('P2020')).code).toBe('BAD_REQUEST'); // value out of range
      expect(mapError(adapterError('P2023')).code).toBe('BAD_REQUEST'); // malformed uuid
      expect(mapError(adapterError('P2039', '22008')).code).toBe('BAD_REQUEST'); // datetime field overflow
      expect(mapError(adapterError('P2039', '42P01')).code).toBe('INTERNAL'); // our bug, not the client's
      expect(mapError(adapterError('P2039')).code).toBe('INTERNAL');
      expect(mapError({ code: 'ECONNRESET', message: 'aborted' }).code).toBe('BAD_REQUEST');
    });

    it('maps a raw pg error of class 22 to 400 (real PostgreSQL error)', async () => {
      const err = await ctx.pool.query(`SELECT '-271821-04-20T00:00:00Z'::timestamptz`).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(pg.DatabaseError);
      expect(mapError(err)).toEqual({ code: 'BAD_REQUEST', detail: 'A value is malformed or out of range' });
      const other = await ctx.pool.query('SELECT * FROM no_such_table').catch((e: unknown) => e);
      expect(mapError(other).code).toBe('INTERNAL');
    });
  });
});
