import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import { Redis } from 'ioredis';
import { createApp } from '../../src/app.factory.js';
import { prepareDatabase } from '../../src/database/bootstrap.js';
import { readMigrations } from '../../src/database/migrator.js';
import { MIGRATIONS_DIR } from '../../src/database/paths.js';
import { PrismaService } from '../../src/database/prisma.service.js';
import { AccessTokenService } from '../../src/auth/access-token.service.js';
import { testConfig } from '../helpers/app.js';
import { TEMPLATE_ENV, appDatabaseUrl, withDatabase } from '../helpers/test-db-server.js';
import { Factory } from '../factories/index.js';

/**
 * Production runs N stateless instances on one PostgreSQL and one Redis. Two app instances here
 * share one database (and one Redis when REDIS_URL is set, as `.ci/run`'s second pass does with
 * the machine's PostgreSQL and Redis, through PgBouncer in transaction mode). Without REDIS_URL the rate-limit case asserts the
 * documented memory-store behaviour instead (each instance counts alone).
 */
const REDIS_URL = process.env.REDIS_URL || null;

describe(`two instances on one database${REDIS_URL ? ' and one Redis' : ' (memory rate limits)'}`, () => {
  const dbName = `outpost_i_${process.env.OUTPOST_TEST_RUN}_${randomBytes(4).toString('hex')}`;
  const tpl = process.env[TEMPLATE_ENV]!;
  const url = appDatabaseUrl(dbName);
  const prefix = `outpost-test:${randomBytes(6).toString('hex')}:`;
  const env = {
    RATE_LIMIT_PER_USER: '4',
    REDIS_KEY_PREFIX: prefix,
    ADMIN_EMAIL: 'first-admin@example.test',
    ADMIN_PASSWORD: 'first-admin-password',
    ...(REDIS_URL ? { REDIS_URL } : {}),
  };
  const apps: NestFastifyApplication[] = [];
  let a: TestAgent;
  let b: TestAgent;
  let f: Factory;
  let tokens: AccessTokenService;
  let boot: Array<{ applied: string[] }>;

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: withDatabase(tpl, 'postgres') });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`); // empty: the instances migrate it
    await admin.end();
    // Both instances boot at once, as a rolling deploy of two replicas does.
    const logs: string[][] = [[], []];
    await Promise.all([0, 1].map((i) => prepareDatabase(testConfig(url, env), (m) => logs[i].push(m))));
    boot = logs.map((l) => ({ applied: l.filter((m) => m.startsWith('applied migration ')) }));
    for (let i = 0; i < 2; i++) {
      const app = await createApp(testConfig(url, env));
      await app.init();
      await app.getHttpAdapter().getInstance().ready();
      apps.push(app);
    }
    a = request(apps[0].getHttpServer());
    b = request(apps[1].getHttpServer());
    f = new Factory(apps[0].get(PrismaService));
    tokens = apps[0].get(AccessTokenService);
  });

  afterAll(async () => {
    for (const app of apps) await app.close();
    const admin = new pg.Client({ connectionString: withDatabase(tpl, 'postgres') });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
    if (REDIS_URL) {
      const r = new Redis(REDIS_URL);
      const keys = await r.keys(`${prefix}*`);
      if (keys.length) await r.del(...keys);
      r.disconnect();
    }
  });

  const tokenFor = (u: { id: string }) => `Bearer ${tokens.sign({ sub: u.id, ep: 0, typ: 'access' })}`;

  it('migrations started by both at once apply once, and the first admin is created once', async () => {
    const all = readMigrations(MIGRATIONS_DIR).map((m) => m.name);
    expect(all.length).toBeGreaterThan(0);
    // Under the advisory lock the two took turns: every migration applied by exactly one of them.
    expect(boot.flatMap((x) => x.applied.map((m) => m.replace('applied migration ', ''))).sort()).toEqual(all);
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    const { rows } = await c.query(
      'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name',
    );
    const admins = await c.query(`SELECT email FROM users WHERE staff_role = 'ADMIN'`);
    await c.end();
    expect(rows.map((r) => r.migration_name)).toEqual(all);
    expect(admins.rows).toEqual([{ email: 'first-admin@example.test' }]);
  });

  it('an Idempotency-Key used on one instance replays on the other', async () => {
    const org = await f.org();
    const m = await f.member(org.id);
    const body = { type: 'INCIDENT', subject: 'Across instances' };
    const first = await a
      .post('/api/v1/tickets')
      .set('authorization', tokenFor(m))
      .set('idempotency-key', 'across')
      .send(body)
      .expect(201);
    const second = await b
      .post('/api/v1/tickets')
      .set('authorization', tokenFor(m))
      .set('idempotency-key', 'across')
      .send(body)
      .expect(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.body).toEqual(first.body);
    expect(second.headers.location).toBe(first.headers.location);
    expect(await apps[1].get(PrismaService).ticket.count({ where: { organizationId: org.id } })).toBe(1);
    // And a different body under the same key is refused there too.
    await b
      .post('/api/v1/tickets')
      .set('authorization', tokenFor(m))
      .set('idempotency-key', 'across')
      .send({ ...body, subject: 'other' })
      .expect(422);
  });

  it('an If-Match race across instances has exactly one winner', async () => {
    const org = await f.org();
    const m = await f.member(org.id);
    const t = await f.ticket(org.id, m.id);
    // A new agent per round: the per-user rate limit of this file (4 per window) stays out of the way.
    for (let round = 0; round < 3; round++) {
      const auth = tokenFor(await f.staff('AGENT'));
      const current = (await a.get(`/api/v1/tickets/${t.id}`).set('authorization', auth).expect(200)).headers.etag;
      const results = await Promise.all(
        [a, b].map((agent, i) =>
          agent
            .patch(`/api/v1/tickets/${t.id}`)
            .set('authorization', auth)
            .set('if-match', current)
            .send({ subject: `round ${round} by ${i}` })
            .then((r) => r),
        ),
      );
      expect(results.map((r) => r.status).sort()).toEqual([200, 412]);
    }
    const row = await apps[0].get(PrismaService).ticket.findUniqueOrThrow({ where: { id: t.id } });
    expect(row.version).toBe(t.version + 3);
  });

  if (REDIS_URL) {
    it('the rate limit is shared through Redis: hits on either instance count against one budget', async () => {
      const u = await f.user();
      const auth = tokenFor(u);
      const r1 = await a.get('/api/v1/me').set('authorization', auth).expect(200);
      const r2 = await b.get('/api/v1/me').set('authorization', auth).expect(200);
      const r3 = await a.get('/api/v1/me').set('authorization', auth).expect(200);
      const r4 = await b.get('/api/v1/me').set('authorization', auth).expect(200);
      expect([r1, r2, r3, r4].map((r) => r.headers['ratelimit-remaining'])).toEqual(['3', '2', '1', '0']);
      const limited = await a.get('/api/v1/me').set('authorization', auth).expect(429);
      expect(limited.headers['retry-after']).toBeDefined();
      await b.get('/api/v1/me').set('authorization', auth).expect(429);
      const redis = new Redis(REDIS_URL);
      expect(Number(await redis.get(`${prefix}rl:user:${u.id}`))).toBe(6);
      redis.disconnect();
    });
  } else {
    it('without REDIS_URL each instance counts in its own memory (documented: set REDIS_URL when running several)', async () => {
      const u = await f.user();
      const auth = tokenFor(u);
      for (let i = 0; i < 4; i++) await a.get('/api/v1/me').set('authorization', auth).expect(200);
      await a.get('/api/v1/me').set('authorization', auth).expect(429);
      const other = await b.get('/api/v1/me').set('authorization', auth).expect(200);
      expect(other.headers['ratelimit-remaining']).toBe('3');
    });
  }
});

describe('rate limits when Redis is unreachable', () => {
  let app: NestFastifyApplication;
  const dbName = `outpost_r_${process.env.OUTPOST_TEST_RUN}_${randomBytes(4).toString('hex')}`;
  const tpl = process.env[TEMPLATE_ENV]!;

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: withDatabase(tpl, 'postgres') });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName} TEMPLATE ${new URL(tpl).pathname.slice(1)}`);
    await admin.end();
    app = await createApp(
      testConfig(appDatabaseUrl(dbName), { REDIS_URL: 'redis://127.0.0.1:1', RATE_LIMIT_PER_IP: '1' }),
    );
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });
  afterAll(async () => {
    await app.close();
    const admin = new pg.Client({ connectionString: withDatabase(tpl, 'postgres') });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  });

  it('fails open: requests pass (no 429, no 500) while the store is down', async () => {
    for (let i = 0; i < 3; i++) {
      const r = await request(app.getHttpServer()).get('/api/v1/tickets').expect(401);
      expect(r.headers['ratelimit-limit']).toBeUndefined();
    }
  });
});
