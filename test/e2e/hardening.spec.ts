import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import request from 'supertest';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { useApp } from '../helpers/setup.js';
import { Factory } from '../factories/index.js';
import { closeGracefully } from '../../src/app.factory.js';
import { Readiness } from '../../src/health/readiness.js';
import { withDatabase } from '../helpers/test-db-server.js';

describe('production hardening', () => {
  const { ctx, f } = useApp(
    {
      CORS_ORIGINS: 'https://portal.example.test, https://agents.example.test',
      BODY_LIMIT_BYTES: '2048',
    },
    { truncate: false },
  );

  it('sends helmet security headers', async () => {
    const r = await ctx.http.get('/health/live').expect(200);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(r.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(r.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(r.headers['x-powered-by']).toBeUndefined();
  });

  describe('CORS allowlist from CORS_ORIGINS', () => {
    it('answers a preflight from an allowed origin and exposes the contract headers', async () => {
      const pre = await ctx.http
        .options('/api/v1/tickets')
        .set('origin', 'https://portal.example.test')
        .set('access-control-request-method', 'POST')
        .set('access-control-request-headers', 'authorization, content-type, idempotency-key, if-match');
      expect(pre.status).toBe(204);
      expect(pre.headers['access-control-allow-origin']).toBe('https://portal.example.test');
      expect(pre.headers['access-control-allow-headers']).toMatch(/idempotency-key/i);
      const get = await ctx.http.get('/health/live').set('origin', 'https://agents.example.test').expect(200);
      expect(get.headers['access-control-allow-origin']).toBe('https://agents.example.test');
      const exposed = String(get.headers['access-control-expose-headers'])
        .split(',')
        .map((s) => s.trim());
      expect(exposed).toEqual(
        expect.arrayContaining(['ETag', 'Location', 'Retry-After', 'Idempotent-Replayed', 'RateLimit-Remaining']),
      );
    });

    it('gives no CORS grant to any other origin', async () => {
      const pre = await ctx.http
        .options('/api/v1/tickets')
        .set('origin', 'https://evil.example.test')
        .set('access-control-request-method', 'POST');
      expect(pre.headers['access-control-allow-origin']).toBeUndefined();
      const get = await ctx.http.get('/health/live').set('origin', 'https://evil.example.test').expect(200);
      expect(get.headers['access-control-allow-origin']).toBeUndefined();
    });
  });

  it('refuses a body over BODY_LIMIT_BYTES with 413 problem+json, nothing written', async () => {
    const org = await f.org();
    const m = await f.member(org.id);
    const res = await ctx.http
      .post('/api/v1/tickets')
      .set('authorization', `Bearer ${ctx.tokenFor(m)}`)
      .send({ type: 'INCIDENT', subject: 'big', description: 'x'.repeat(4096) })
      .expect(413);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({
      status: 413,
      title: 'Payload too large',
      type: 'https://outpost.dev/problems/payload-too-large',
    });
    expect(res.body.detail).toMatch(/too large/);
    expect(await ctx.prisma.ticket.count({ where: { organizationId: org.id } })).toBe(0);
  });

  it('caps list limit at 100 (400 naming the field above it)', async () => {
    const org = await f.org();
    const m = await f.member(org.id);
    const auth = `Bearer ${ctx.tokenFor(m)}`;
    await ctx.http.get('/api/v1/tickets?limit=100').set('authorization', auth).expect(200);
    const res = await ctx.http.get('/api/v1/tickets?limit=101').set('authorization', auth).expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['limit']);
  });

  describe('readiness', () => {
    it('is false (503) while the instance is marked not ready (migrations, shutdown); the API answers 503 too, liveness stays 200', async () => {
      const readiness = ctx.app.get(Readiness);
      readiness.setNotReady('applying database migrations');
      try {
        const r = await ctx.http.get('/health/ready').expect(503);
        expect(r.body.detail).toBe('Not ready: applying database migrations');
        const api = await ctx.http.get('/api/v1/tickets').expect(503);
        expect(api.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(api.headers['retry-after']).toBe('5');
        await ctx.http.get('/health/live').expect(200);
      } finally {
        readiness.setReady();
      }
      await ctx.http.get('/health/ready').expect(200);
    });
  });
});

describe('readiness when the database goes away', () => {
  const { ctx } = useApp({}, { truncate: false });

  it('answers 503 while the pool cannot reach the database, and 200 again when it can', async () => {
    await ctx.http.get('/health/ready').expect(200);
    const name = new URL(ctx.databaseUrl).pathname.slice(1);
    const admin = new pg.Client({ connectionString: withDatabase(ctx.databaseUrl, 'postgres') });
    await admin.connect();
    try {
      await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
      await admin.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
        [name],
      );
      const res = await ctx.http.get('/health/ready').expect(503);
      expect(res.body).toMatchObject({ status: 503, detail: 'The database is not reachable' });
      await ctx.http.get('/health/live').expect(200);
    } finally {
      await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
      await admin.end();
    }
    // Through a pooler, its next server login may wait out the pooler's retry interval (a fraction of a second).
    let ready = 0;
    for (let i = 0; i < 25 && ready !== 200; i++) {
      if (i) await new Promise((r) => setTimeout(r, 200));
      ready = (await ctx.http.get('/health/ready')).status;
    }
    expect(ready).toBe(200);
  });
});

describe('timeouts and graceful shutdown (listening on a port)', () => {
  let ctx: TestContext;
  let base: string;
  let closed = false;

  beforeAll(async () => {
    ctx = await createTestApp({ REQUEST_TIMEOUT_MS: '1000' });
    await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(ctx.app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    if (!closed) await ctx.app.close();
    // The database of this file is dropped by ctx.close(); app.close() twice is harmless.
    await ctx.close().catch(() => {});
  });

  it('closes a connection whose request does not arrive within REQUEST_TIMEOUT_MS', async () => {
    const { port } = new URL(base);
    const started = Date.now();
    const ended = await new Promise<number>((resolve, reject) => {
      const sock = connect(Number(port), '127.0.0.1', () => sock.write('GET /health/live HTTP/1.1\r\nHost: x\r\n'));
      sock.on('data', () => {});
      sock.on('close', () => resolve(Date.now() - started));
      sock.on('error', () => {});
      setTimeout(() => reject(new Error('the server kept the half-sent request open')), 5000).unref();
    });
    expect(ended).toBeGreaterThanOrEqual(900);
    expect(ended).toBeLessThan(5000);
  });

  it('drains in-flight requests on shutdown: the running request completes, new connections are refused after a short grace', async () => {
    const u = await new Factory(ctx.prisma).user();
    const token = ctx.tokenFor(u);
    const locker = new pg.Client({ connectionString: ctx.databaseUrl });
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE users IN ACCESS EXCLUSIVE MODE'); // the guard's principal lookup waits
    const inFlight = request(base)
      .get('/api/v1/me')
      .set('authorization', `Bearer ${token}`)
      .then((r) => r);
    for (let i = 0; i < 100; i++) {
      // The activity view is snapshotted once per transaction: a fresh look each time.
      await locker.query('SELECT pg_stat_clear_snapshot()');
      const { rows } = await locker.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`,
      );
      if (rows[0].n > 0) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    const closing = closeGracefully(ctx.app, 4_000);
    closed = true;
    // Not ready any more; during the grace (1 s here) a request is still served, with Connection: close.
    expect(ctx.app.get(Readiness).ready).toBe(false);
    const during = await request(base).get('/health/live').expect(200);
    expect(during.headers.connection).toBe('close');
    await request(base).get('/health/ready').expect(503);
    await locker.query('COMMIT');
    await locker.end();
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(res.body.id).toBe(u.id);
    expect(res.headers.connection).toBe('close');
    // After the grace, no new connections.
    await new Promise((r) => setTimeout(r, 1100));
    await expect(request(base).get('/health/live')).rejects.toThrow(/ECONNREFUSED|socket hang up|ECONNRESET/);
    await closing;
  });
});
