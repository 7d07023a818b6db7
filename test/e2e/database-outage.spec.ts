import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import { createApp } from '../../src/app.factory.js';
import { isDatabaseUnavailable } from '../../src/common/database-unavailable.js';
import { prepareDatabase } from '../../src/database/bootstrap.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/database/embedded-postgres.js';
import { PrismaClient } from '../../src/generated/prisma/client.js';
import { AccessTokenService } from '../../src/auth/access-token.service.js';
import { PrismaService } from '../../src/database/prisma.service.js';
import { Factory } from '../factories/index.js';
import { testConfig } from '../helpers/app.js';
import { freePort } from '../helpers/server-process.js';

function expectUnavailable(res: request.Response): void {
  expect(res.status).toBe(503);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  expect(res.body).toMatchObject({
    status: 503,
    type: 'https://outpost.dev/problems/service-unavailable',
    title: 'Service unavailable',
  });
  expect(JSON.stringify(res.body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|stack/);
}

describe('PostgreSQL goes away and comes back (a real cluster stopped and restarted)', () => {
  let dir: string;
  let port: number;
  let cluster: EmbeddedDatabase;
  let app: NestFastifyApplication;
  let http: TestAgent;
  let token: string;
  const restart = () => startEmbeddedPostgres({ dataDir: dir, port, password: 'outage' });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'outpost-outage-'));
    chmodSync(dir, 0o755);
    port = await freePort();
    cluster = await restart();
    await prepareDatabase(testConfig(cluster.url), () => {});
    app = await createApp(testConfig(cluster.url, { RATE_LIMIT_ENABLED: 'false', DB_CONNECT_TIMEOUT_MS: '2000' }));
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    http = request(app.getHttpServer());
    const f = new Factory(app.get(PrismaService));
    const portal = await f.portal();
    const org = await f.org({ portalId: portal.id });
    const site = await f.site(org.id);
    const user = await f.member(org.id, { homeSiteId: site.id });
    token = app.get(AccessTokenService).sign({ sub: user.id, ep: 0, typ: 'access' });
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers 503 problem+json with Retry-After while it is down (reads, writes, login, readiness), and recovers without a restart', async () => {
    const auth = { authorization: `Bearer ${token}` };
    await http.get('/api/v1/tickets').set(auth).expect(200);
    await cluster.stop();

    expectUnavailable(await http.get('/api/v1/tickets').set(auth));
    expectUnavailable(await http.post('/api/v1/tickets').set(auth).send({ type: 'INCIDENT', subject: 'while down' }));
    expectUnavailable(await http.get('/api/v1/me').set(auth));
    expectUnavailable(
      await http
        .post('/api/v1/auth/login')
        .send({ email: 'someone@example.test', password: 'a password of some length' }),
    );
    expectUnavailable(await http.get('/health/ready'));

    cluster = await restart();
    let res = await http.get('/api/v1/tickets').set(auth);
    for (let i = 0; res.status !== 200 && i < 20; i++) {
      await new Promise((r) => setTimeout(r, 250));
      res = await http.get('/api/v1/tickets').set(auth);
    }
    expect(res.status).toBe(200);
    await http.post('/api/v1/tickets').set(auth).send({ type: 'INCIDENT', subject: 'after recovery' }).expect(201);
    await http.get('/health/ready').expect(200);
  }, 120_000);

  it('recognises the real error objects of each failure: refused, terminated by the server, pool timeout, and their Prisma forms', async () => {
    // Refused: nothing listens on the port.
    const closedPort = await freePort();
    const refused = await new pg.Client({ host: '127.0.0.1', port: closedPort, user: 'x', database: 'x' })
      .connect()
      .catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'ECONNREFUSED' });
    expect(isDatabaseUnavailable(refused)).toBe(true);

    // Terminated by the server (57P01 admin_shutdown, as on a shutdown or failover).
    const victim = new pg.Client({ connectionString: cluster.url });
    await victim.connect();
    const terminated = new Promise<unknown>((resolve) => victim.on('error', resolve));
    const { rows } = await victim.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    const killer = new pg.Client({ connectionString: cluster.url });
    await killer.connect();
    await killer.query('SELECT pg_terminate_backend($1)', [rows[0].pid]);
    await killer.end();
    const fatal = await terminated;
    expect(fatal).toMatchObject({ code: '57P01' });
    expect(isDatabaseUnavailable(fatal)).toBe(true);
    const afterwards = await victim.query('SELECT 1').catch((e: unknown) => e);
    expect(isDatabaseUnavailable(afterwards)).toBe(true);

    // No free connection of the pool in time.
    const pool = new pg.Pool({ connectionString: cluster.url, max: 1, connectionTimeoutMillis: 200 });
    const held = await pool.connect();
    const timedOut = await pool.query('SELECT 1').catch((e: unknown) => e);
    held.release();
    await pool.end();
    expect(isDatabaseUnavailable(timedOut)).toBe(true);

    // The same failures through Prisma and the pg driver adapter.
    const prisma = new PrismaClient({
      adapter: new PrismaPg(new pg.Pool({ host: '127.0.0.1', port: closedPort, user: 'x', database: 'x' })),
    });
    const viaPrisma = await prisma.user.findFirst().catch((e: unknown) => e);
    const viaRaw = await prisma.$queryRaw`SELECT 1`.catch((e: unknown) => e);
    await prisma.$disconnect();
    expect(isDatabaseUnavailable(viaPrisma)).toBe(true);
    expect(isDatabaseUnavailable(viaRaw)).toBe(true);

    // And what must stay a 4xx/5xx of its own: a statement the server refused, a client that went away.
    const c = new pg.Client({ connectionString: cluster.url });
    await c.connect();
    const bad = await c.query('SELECT 1/0').catch((e: unknown) => e);
    await c.end();
    expect(isDatabaseUnavailable(bad)).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }))).toBe(false);
  }, 60_000);
});
