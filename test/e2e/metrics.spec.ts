import { once } from 'node:events';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import request from 'supertest';
import { createApp } from '../../src/app.factory.js';
import { createLogger } from '../../src/observability/logger.js';
import { createTestApp, createTestDatabase, testConfig } from '../helpers/app.js';
import { bearer } from '../helpers/identity.js';
import { useApp } from '../helpers/setup.js';

const TOKEN = 'metrics-test-token-0123456789-abcdefghij';

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** Parses the Prometheus text exposition; every line must be a comment, blank, or a well-formed sample. */
function parseExposition(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('# HELP ') || line.startsWith('# TYPE ')) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})? (\S+)$/.exec(line);
    if (!m) throw new Error(`not an exposition line: ${line}`);
    const labels: Record<string, string> = {};
    for (const l of (m[3] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) labels[l[1]] = l[2];
    const nan = /^nan$/i.test(m[4]); // Prometheus reads NaN case-insensitively (prom-client writes "Nan")
    const value = m[4] === '+Inf' ? Infinity : m[4] === '-Inf' ? -Infinity : nan ? NaN : Number(m[4]);
    if (Number.isNaN(value) && !nan) throw new Error(`bad value: ${line}`);
    samples.push({ name: m[1], labels, value });
  }
  return samples;
}

const find = (s: Sample[], name: string, labels: Record<string, string> = {}) =>
  s.filter((x) => x.name === name && Object.entries(labels).every(([k, v]) => x.labels[k] === v));
const one = (s: Sample[], name: string, labels: Record<string, string> = {}) => {
  const found = find(s, name, labels);
  if (found.length !== 1) throw new Error(`${name} ${JSON.stringify(labels)}: ${found.length} samples`);
  return found[0].value;
};

describe('/metrics behind METRICS_TOKEN on the main port', () => {
  const { ctx, f } = useApp(
    { METRICS_TOKEN: TOKEN, TRUST_PROXY: 'true', RATE_LIMIT_AUTH_PER_IP: '2' },
    { truncate: false },
  );

  const scrape = async () => {
    const res = await ctx.http.get('/metrics').set(bearer(TOKEN)).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(res.headers['cache-control']).toBe('no-store');
    return parseExposition(res.text);
  };

  it('without the token, or with another, /metrics is the 404 of a route that does not exist', async () => {
    const none = await ctx.http.get('/api/v1/no-such-route').expect(404);
    for (const headers of [{}, bearer('wrong'), bearer(TOKEN + 'x'), { authorization: TOKEN }]) {
      const res = await ctx.http.get('/metrics').set(headers).expect(404);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect({ ...res.body, instance: undefined, requestId: undefined }).toEqual({
        ...none.body,
        instance: undefined,
        requestId: undefined,
      });
      expect(res.text).not.toContain('http_request_duration_seconds');
    }
  });

  it('request durations are labelled by route template, method and status; unmatched URLs share one label', async () => {
    const portal = await f.portal({ externalSupportMode: false });
    const org = await f.org({ portalId: portal.id, ticketAccess: 'OWN' });
    const hq = await f.site(org.id);
    const user = await f.member(org.id, { homeSiteId: hq.id });
    const auth = bearer(ctx.tokenFor(user));
    const created = await ctx.http
      .post('/api/v1/tickets')
      .set(auth)
      .send({ type: 'INCIDENT', subject: 'Metrics' })
      .expect(201);
    await ctx.http.get(`/api/v1/tickets/${created.body.id}`).set(auth).expect(200);
    await ctx.http.get(`/api/v1/tickets/${created.body.id}`).set(auth).expect(200);
    await ctx.http.get('/api/v1/tickets/00000000-0000-4000-8000-000000000000').set(auth).expect(404);
    await ctx.http.get('/api/v1/nothing/here/12345').expect(404);
    const res = await ctx.http.get('/metrics').set(bearer(TOKEN)).expect(200);
    const s = parseExposition(res.text);
    const route = { route: '/api/v1/tickets/:id', method: 'GET' };
    expect(one(s, 'http_request_duration_seconds_count', { ...route, status_code: '200' })).toBe(2);
    expect(one(s, 'http_request_duration_seconds_count', { ...route, status_code: '404' })).toBe(1);
    expect(one(s, 'http_request_duration_seconds_bucket', { ...route, status_code: '200', le: '+Inf' })).toBe(2);
    expect(find(s, 'http_request_duration_seconds_bucket', { ...route, status_code: '200' }).length).toBeGreaterThan(5);
    expect(one(s, 'http_request_duration_seconds_sum', { ...route, status_code: '200' })).toBeGreaterThan(0);
    expect(
      one(s, 'http_request_duration_seconds_count', { route: '/api/v1/tickets', method: 'POST', status_code: '201' }),
    ).toBe(1);
    expect(
      one(s, 'http_request_duration_seconds_count', { route: 'unmatched', method: 'GET', status_code: '404' }),
    ).toBeGreaterThanOrEqual(1);
    // Never the concrete URL.
    expect(res.text).not.toContain(created.body.id);
    expect(res.text).not.toContain('12345');
    expect(res.text).not.toContain('/nothing/');
  });

  it('database pool gauges follow the pool', async () => {
    await ctx.pool.query('SELECT 1');
    const s = await scrape();
    expect(one(s, 'outpost_db_pool_max_connections')).toBe(ctx.config.dbPoolSize);
    const total = one(s, 'outpost_db_pool_connections');
    expect(total).toBeGreaterThanOrEqual(1);
    expect(total).toBeLessThanOrEqual(ctx.config.dbPoolSize);
    expect(one(s, 'outpost_db_pool_idle_connections') + one(s, 'outpost_db_pool_in_use_connections')).toBe(total);
    expect(one(s, 'outpost_db_pool_waiting_requests')).toBe(0);

    // Hold every connection: the next queries wait, and the gauges say so.
    const held = await Promise.all(Array.from({ length: ctx.config.dbPoolSize }, () => ctx.pool.connect()));
    const waiting = [ctx.pool.query('SELECT 1'), ctx.pool.query('SELECT 1')];
    try {
      const res = await ctx.http.get('/metrics').set(bearer(TOKEN)).expect(200);
      const busy = parseExposition(res.text);
      expect(one(busy, 'outpost_db_pool_in_use_connections')).toBe(ctx.config.dbPoolSize);
      expect(one(busy, 'outpost_db_pool_idle_connections')).toBe(0);
      // The two queries above, and the scrape's own outbox query (which gives up after its timeout).
      expect(one(busy, 'outpost_db_pool_waiting_requests')).toBeGreaterThanOrEqual(2);
      // The outbox query could not get a connection in time: unknown, not zero.
      expect(one(busy, 'outpost_outbox_pending_messages')).toBeNaN();
      expect(one(busy, 'outpost_outbox_oldest_pending_age_seconds')).toBeNaN();
    } finally {
      for (const c of held) c.release();
      await Promise.all(waiting);
    }
  });

  it('outbox depth and the age of the oldest pending message', async () => {
    await ctx.pool.query(`DELETE FROM outbox_messages`);
    let s = await scrape();
    expect(one(s, 'outpost_outbox_pending_messages')).toBe(0);
    expect(one(s, 'outpost_outbox_oldest_pending_age_seconds')).toBe(0);
    await ctx.pool.query(
      `INSERT INTO outbox_messages (id, to_email, kind, subject, body, status, created_at) VALUES
         (gen_random_uuid(), 'a@example.test', 'test', 's', 'b', 'PENDING', now() - interval '120 seconds'),
         (gen_random_uuid(), 'b@example.test', 'test', 's', 'b', 'PENDING', now() - interval '5 seconds'),
         (gen_random_uuid(), 'c@example.test', 'test', 's', 'b', 'SENT', now() - interval '1 hour')`,
    );
    s = await scrape();
    expect(one(s, 'outpost_outbox_pending_messages')).toBe(2);
    const age = one(s, 'outpost_outbox_oldest_pending_age_seconds');
    expect(age).toBeGreaterThanOrEqual(120);
    expect(age).toBeLessThan(180);
  });

  it('rate-limit rejections are counted by bucket', async () => {
    const before = one(await scrape(), 'outpost_rate_limit_rejections_total', { bucket: 'auth' });
    const login = () =>
      ctx.http
        .post('/api/v1/auth/login')
        .set('x-forwarded-for', '10.9.0.1')
        .send({ email: 'nobody@example.test', password: 'wrong-password' });
    await login().expect(401);
    await login().expect(401);
    await login().expect(429);
    await login().expect(429);
    const s = await scrape();
    expect(one(s, 'outpost_rate_limit_rejections_total', { bucket: 'auth' })).toBe(before + 2);
    expect(one(s, 'outpost_rate_limit_rejections_total', { bucket: 'user' })).toBe(0);
    expect(
      one(s, 'http_request_duration_seconds_count', {
        route: '/api/v1/auth/login',
        method: 'POST',
        status_code: '429',
      }),
    ).toBe(2);
  });

  it('process metrics', async () => {
    const s = await scrape();
    expect(one(s, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(one(s, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(find(s, 'nodejs_heap_size_used_bytes').length).toBe(1);
    expect(find(s, 'nodejs_eventloop_lag_seconds').length).toBe(1);
  });
});

async function freePort(): Promise<number> {
  const srv = createServer();
  srv.listen(0, '127.0.0.1');
  await once(srv, 'listening');
  const { port } = srv.address() as AddressInfo;
  srv.close();
  await once(srv, 'close');
  return port;
}

describe('/metrics on METRICS_PORT, and not exposed at all when unconfigured', () => {
  it('METRICS_PORT serves /metrics on its own listener; the public port has no /metrics', async () => {
    const db = await createTestDatabase();
    const metricsPort = await freePort();
    const app = await createApp(testConfig(db.url, { METRICS_PORT: String(metricsPort), PORT: '0' }));
    try {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const main = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
      await request(main).get('/api/v1/tickets').expect(401);
      await request(main).get('/metrics').expect(404);
      const metrics = `http://127.0.0.1:${metricsPort}`;
      const res = await request(metrics).get('/metrics').expect(200);
      expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
      const s = parseExposition(res.text);
      expect(
        one(s, 'http_request_duration_seconds_count', { route: '/api/v1/tickets', method: 'GET', status_code: '401' }),
      ).toBe(1);
      expect(
        one(s, 'http_request_duration_seconds_count', { route: 'unmatched', method: 'GET', status_code: '404' }),
      ).toBe(1);
      expect(find(s, 'outpost_db_pool_connections').length).toBe(1);
      await request(metrics).get('/').expect(404);
      await request(metrics).post('/metrics').expect(404);
      await request(metrics).get('/api/v1/tickets').expect(404);
    } finally {
      await app.close();
      await db.drop();
    }
    // Closed with the app.
    await expect(request(`http://127.0.0.1:${metricsPort}`).get('/metrics')).rejects.toThrow();
  });

  it('a METRICS_PORT already in use is logged as an error; the API keeps serving', async () => {
    const db = await createTestDatabase();
    const taken = createServer();
    taken.listen(0, '127.0.0.1');
    await once(taken, 'listening');
    const port = (taken.address() as AddressInfo).port;
    let raw = '';
    const sink = new Writable({
      write(chunk: Buffer, _enc, cb) {
        raw += chunk.toString();
        cb();
      },
    });
    const config = testConfig(db.url, { METRICS_PORT: String(port), LOG_LEVEL: 'error' });
    const app = await createApp(config, { logger: createLogger(config, sink) });
    try {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const main = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
      await request(main).get('/api/v1/tickets').expect(401);
      const lines = raw
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(lines).toEqual([
        expect.objectContaining({ level: 'error', port, msg: expect.stringMatching(/metrics port unavailable/) }),
      ]);
      expect(JSON.stringify(lines[0].err)).toContain('EADDRINUSE');
    } finally {
      await app.close();
      taken.close();
      await db.drop();
    }
  });

  it('with neither METRICS_PORT nor METRICS_TOKEN, /metrics is 404', async () => {
    const ctx = await createTestApp();
    try {
      await ctx.http.get('/metrics').expect(404);
      await ctx.http.get('/metrics').set(bearer(TOKEN)).expect(404);
    } finally {
      await ctx.close();
    }
  });
});
