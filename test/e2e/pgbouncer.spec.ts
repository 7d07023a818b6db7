import { spawnSync } from 'node:child_process';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import { createApp } from '../../src/app.factory.js';
import { prepareDatabase } from '../../src/database/bootstrap.js';
import { readMigrations } from '../../src/database/migrator.js';
import { MIGRATIONS_DIR } from '../../src/database/paths.js';
import { PG_POOL, PrismaService } from '../../src/database/prisma.service.js';
import { AccessTokenService } from '../../src/auth/access-token.service.js';
import { startPgBouncer, type PgBouncer } from '../../scripts/pgbouncer.mjs';
import { Factory } from '../factories/index.js';
import { testConfig } from '../helpers/app.js';
import { TEMPLATE_ENV, withDatabase } from '../helpers/test-db-server.js';

/**
 * A real PgBouncer (Debian's 1.18, `apt-get install pgbouncer`) in transaction mode with two server
 * connections per database: every transaction of the app may land on another server session.
 * The database's own default time zone is Asia/Tokyo, so a session that is not put in UTC shows.
 */
const hasPgBouncer = spawnSync('pgbouncer', ['--version']).status === 0;
const describeWithPgBouncer = hasPgBouncer ? describe : describe.skip;
if (!hasPgBouncer) console.warn('pgbouncer is not installed (apt-get install -y pgbouncer): PgBouncer tests skipped');

const tpl = () => process.env[TEMPLATE_ENV]!;

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: withDatabase(tpl(), 'postgres') });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

describeWithPgBouncer('through PgBouncer in transaction mode', () => {
  const name = `outpost_p_${process.env.OUTPOST_TEST_RUN}_${Math.random().toString(36).slice(2, 8)}`;
  let bouncer: PgBouncer;
  let direct: NestFastifyApplication;
  let pooled: NestFastifyApplication;
  let viaDirect: TestAgent;
  let viaPooler: TestAgent;
  let f: Factory;
  let tokens: AccessTokenService;
  const directUrl = () => withDatabase(tpl(), name);
  const pooledUrl = () => withDatabase(bouncer.url, name);

  beforeAll(async () => {
    bouncer = await startPgBouncer({ directUrl: withDatabase(tpl(), 'postgres'), poolSize: 2 });
    await admin(async (c) => {
      await c.query(`CREATE DATABASE ${name} TEMPLATE ${new URL(tpl()).pathname.slice(1)}`);
      await c.query(`ALTER DATABASE ${name} SET timezone = 'Asia/Tokyo'`);
    });
    direct = await createApp(testConfig(directUrl()));
    pooled = await createApp(
      testConfig(pooledUrl(), { DB_STATEMENTS: 'unnamed', DIRECT_DATABASE_URL: directUrl(), DB_POOL_SIZE: '8' }),
    );
    for (const app of [direct, pooled]) {
      await app.init();
      await app.getHttpAdapter().getInstance().ready();
    }
    viaDirect = request(direct.getHttpServer());
    viaPooler = request(pooled.getHttpServer());
    f = new Factory(direct.get(PrismaService));
    tokens = direct.get(AccessTokenService);
  });

  afterAll(async () => {
    await direct?.close();
    await pooled?.close();
    await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    await bouncer?.stop();
  });

  const auth = (u: { id: string }) => ({ authorization: `Bearer ${tokens.sign({ sub: u.id, ep: 0, typ: 'access' })}` });

  it('every session is in UTC, whatever the database default, on whichever server connection a transaction lands', async () => {
    const zones = await Promise.all(
      Array.from({ length: 24 }, () =>
        pooled.get<pg.Pool>(PG_POOL).query<{ tz: string }>(`SELECT current_setting('TimeZone') AS tz`),
      ),
    );
    expect(new Set(zones.map((r) => r.rows[0].tz))).toEqual(new Set(['UTC']));
    const raw = new pg.Client({ connectionString: pooledUrl() }); // no time zone asked for: the database's
    await raw.connect();
    const { rows } = await raw.query<{ tz: string }>(`SELECT current_setting('TimeZone') AS tz`);
    await raw.end();
    expect(rows[0].tz).toBe('Asia/Tokyo');
  });

  it('unnamed statements: concurrent lists, a create and its reads answer exactly as the direct app does, with instants right', async () => {
    const portal = await f.portal({ status: 'ACTIVE' });
    const org = await f.org({ portalId: portal.id, ticketAccess: 'ORG_READ' });
    const hq = await f.site(org.id);
    const user = await f.member(org.id, { homeSiteId: hq.id });
    const agent = await f.staff('AGENT');
    for (let i = 0; i < 6; i++) await f.ticket(org.id, user.id, { siteId: hq.id });

    const before = Date.now();
    const created = await viaPooler
      .post('/api/v1/tickets')
      .set(auth(user))
      .send({ type: 'INCIDENT', subject: 'Raised through the pooler' })
      .expect(201);
    const createdAt = Date.parse(created.body.createdAt);
    expect(createdAt).toBeGreaterThanOrEqual(before - 2000);
    expect(createdAt).toBeLessThanOrEqual(Date.now() + 2000);

    const one = await viaDirect.get(`/api/v1/tickets/${created.body.id}`).set(auth(user)).expect(200);
    expect(one.body.createdAt).toBe(created.body.createdAt);

    for (const who of [user, agent]) {
      const expected = (await viaDirect.get('/api/v1/tickets?limit=5').set(auth(who)).expect(200)).body;
      expect(expected.data).toHaveLength(5);
      const answers = await Promise.all(
        Array.from({ length: 16 }, () => viaPooler.get('/api/v1/tickets?limit=5').set(auth(who))),
      );
      for (const r of answers) {
        expect(r.status).toBe(200);
        expect(r.body).toEqual(expected);
      }
      const next = expected.nextCursor as string;
      expect(next).toEqual(expect.any(String));
      {
        const page2 = await viaDirect.get(`/api/v1/tickets?limit=5&cursor=${next}`).set(auth(who)).expect(200);
        const pooled2 = await viaPooler.get(`/api/v1/tickets?limit=5&cursor=${next}`).set(auth(who)).expect(200);
        expect(pooled2.body).toEqual(page2.body);
      }
    }
    const single = await viaPooler.get(`/api/v1/tickets/${created.body.id}`).set(auth(agent)).expect(200);
    expect(single.body.createdAt).toBe(created.body.createdAt);
  });

  it('migrations through the pooler alone (two server connections): three instances at once apply each migration once', async () => {
    const empty = `${name}_m`;
    await admin((c) => c.query(`CREATE DATABASE ${empty}`));
    try {
      const logs: string[] = [];
      await Promise.all(
        [0, 1, 2].map(() => prepareDatabase(testConfig(withDatabase(bouncer.url, empty)), (m) => logs.push(m))),
      );
      const applied = logs.filter((m) => m.startsWith('applied migration ')).sort();
      expect(applied).toEqual(readMigrations(MIGRATIONS_DIR).map((m) => `applied migration ${m.name}`));
    } finally {
      await admin((c) => c.query(`DROP DATABASE IF EXISTS ${empty} WITH (FORCE)`));
    }
  });

  it('with DIRECT_DATABASE_URL, bootstrap (migrations, admin account) uses only it, never DATABASE_URL', async () => {
    const empty = `${name}_d`;
    await admin((c) => c.query(`CREATE DATABASE ${empty}`));
    try {
      const unreachable = `postgresql://postgres@127.0.0.1:1/${empty}`;
      const logs: string[] = [];
      await prepareDatabase(
        testConfig(unreachable, {
          DIRECT_DATABASE_URL: withDatabase(tpl(), empty),
          ADMIN_EMAIL: 'root@example.test',
          ADMIN_PASSWORD: 'a long admin password',
        }),
        (m) => logs.push(m),
      );
      expect(logs.filter((m) => m.startsWith('applied migration '))).toHaveLength(
        readMigrations(MIGRATIONS_DIR).length,
      );
      expect(logs).toContain('ADMIN_EMAIL: staff admin root@example.test created');
    } finally {
      await admin((c) => c.query(`DROP DATABASE IF EXISTS ${empty} WITH (FORCE)`));
    }
  });
});
