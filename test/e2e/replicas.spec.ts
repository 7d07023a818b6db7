import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import { createApp } from '../../src/app.factory.js';
import { AccessTokenService } from '../../src/auth/access-token.service.js';
import { migrate } from '../../src/database/migrator.js';
import { MIGRATIONS_DIR } from '../../src/database/paths.js';
import { PrismaService } from '../../src/database/prisma.service.js';
import { ReadReplicas } from '../../src/database/replicas.js';
import { Factory } from '../factories/index.js';
import { testConfig } from '../helpers/app.js';
import { bearer } from '../helpers/identity.js';
import { startReplicatedCluster, type ReplicatedCluster } from '../helpers/standby.js';

/**
 * Lists on a real streaming standby: a primary and a `pg_basebackup -R` standby started by this
 * file (test/helpers/standby.ts), the app configured with the standby in DATABASE_REPLICA_URLS.
 * With REDIS_URL set (the production-mode pass of `.ci/run`), a second instance shares the
 * read-your-writes markers through Redis.
 */
const REDIS_URL = process.env.REDIS_URL || null;
const METRICS_TOKEN = 'replica-metrics-token-0123456789abcdef';
const MAX_LAG_MS = 3000;

interface Instance {
  app: NestFastifyApplication;
  http: TestAgent;
  replicas: ReadReplicas;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(what: string, fn: () => Promise<T | false | null | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

describe(`lists on a streaming read replica${REDIS_URL ? ' (markers in Redis, two instances)' : ''}`, () => {
  let cluster: ReplicatedCluster;
  const instances: Instance[] = [];
  let one: Instance;
  let prisma: PrismaService;
  let tokens: AccessTokenService;
  const f = new Factory(() => prisma);
  const as = (u: { id: string }) => bearer(tokens.sign({ sub: u.id, ep: 0, typ: 'access' }));

  beforeAll(async () => {
    cluster = await startReplicatedCluster();
    await migrate(cluster.primaryUrl, MIGRATIONS_DIR);
    const env = {
      // The second "replica" is the primary itself: misconfigured, reported and never used.
      DATABASE_REPLICA_URLS: `${cluster.standbyUrl},${cluster.primaryUrl}`,
      REPLICA_MAX_LAG_MS: String(MAX_LAG_MS),
      REPLICA_PROBE_INTERVAL_MS: '100',
      RATE_LIMIT_ENABLED: 'false',
      METRICS_TOKEN,
      ...(REDIS_URL ? { REDIS_URL, REDIS_KEY_PREFIX: `outpost-test:${randomBytes(6).toString('hex')}:` } : {}),
    };
    for (let i = 0; i < (REDIS_URL ? 2 : 1); i++) {
      const app = await createApp(testConfig(cluster.primaryUrl, env));
      await app.init();
      await app.getHttpAdapter().getInstance().ready();
      instances.push({ app, http: request(app.getHttpServer()), replicas: app.get(ReadReplicas) });
    }
    one = instances[0];
    prisma = one.app.get(PrismaService);
    tokens = one.app.get(AccessTokenService);
  }, 60_000);

  afterAll(async () => {
    for (const i of instances) await i.app.close();
    await cluster?.close();
  });

  /** Replay running, the standby caught up and every instance's probe has seen it. */
  async function settled(): Promise<void> {
    await cluster.resumeReplay();
    await cluster.caughtUp();
    for (const i of instances) {
      await i.replicas.probe();
      await i.replicas.probe(); // a probe that started before the catch-up may have finished just now
      await until('the replica up', async () => i.replicas.status()[0].state === 'up');
    }
  }
  afterEach(async () => {
    if (cluster) await settled();
  });

  /** An organisation whose members read each other's tickets (ORG_READ): A writes, B lists. */
  async function world() {
    const portal = await f.portal();
    const org = await f.org({ portalId: portal.id, ticketAccess: 'ORG_READ' });
    const site = await f.site(org.id);
    const a = await f.member(org.id, { homeSiteId: site.id });
    const b = await f.member(org.id, { homeSiteId: site.id });
    await f.ticket(org.id, a.id, { siteId: site.id, subject: 'Before the replica test' });
    await settled();
    return { org, site, a, b };
  }

  /** Runs `fn`, returning its result and how many reads each target served meanwhile. */
  async function counting<T>(
    i: Instance,
    fn: () => Promise<T>,
  ): Promise<{ value: T; replica: number; primary: number }> {
    const sum = (c: Record<string, number>, target: string) =>
      Object.entries(c)
        .filter(([k]) => k.startsWith(`${target}:`))
        .reduce((n, [, v]) => n + v, 0);
    const before = i.replicas.readCounts();
    const value = await fn();
    const after = i.replicas.readCounts();
    return {
      value,
      replica: sum(after, 'replica') - sum(before, 'replica'),
      primary: sum(after, 'primary') - sum(before, 'primary'),
    };
  }

  const subjects = async (i: Instance, user: { id: string }) => {
    const r = await i.http.get('/api/v1/tickets').set(as(user)).expect(200);
    return (r.body.data as { subject: string }[]).map((t) => t.subject);
  };

  it('readiness reports the standby up and a primary given as replica not a standby; a list read on the standby equals the primary’s rows', async () => {
    const w = await world();
    for (let n = 0; n < 3; n++) await f.ticket(w.org.id, w.b.id, { siteId: w.site.id, subject: `Row ${n}` });
    await settled();
    const ready = await one.http.get('/health/ready').expect(200);
    expect(ready.body).toEqual({
      status: 'ok',
      replicas: [
        { name: 'replica-1', state: 'up', lagMs: expect.any(Number) },
        { name: 'replica-2', state: 'not-a-standby', lagMs: null },
      ],
    });

    const read = await counting(one, () => one.http.get('/api/v1/tickets').set(as(w.b)).expect(200));
    expect(read).toMatchObject({ replica: 1, primary: 0 });
    const onPrimary = await prisma.ticket.findMany({
      where: { organizationId: w.org.id },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    });
    expect(
      read.value.body.data.map((t: { id: string; subject: string; version: number }) => [t.id, t.subject, t.version]),
    ).toEqual(onPrimary.map((t) => [t.id, t.subject, t.version]));
  });

  it('with replay paused, the writer lists its new ticket from the primary at once; another member lists the replica without it until replay resumes', async () => {
    const w = await world();
    await cluster.pauseReplay();
    const created = await one.http
      .post('/api/v1/tickets')
      .set(as(w.a))
      .send({ type: 'QUESTION', subject: 'Written during the pause' })
      .expect(201);

    const mine = await counting(one, () => subjects(one, w.a));
    expect(mine.value).toContain('Written during the pause');
    expect(mine).toMatchObject({ replica: 0, primary: 1 });
    const detail = await one.http.get(`/api/v1/tickets/${created.body.id}`).set(as(w.a)).expect(200);
    expect(detail.body.subject).toBe('Written during the pause');

    const theirs = await counting(one, () => subjects(one, w.b));
    expect(theirs).toMatchObject({ replica: 1, primary: 0 });
    expect(theirs.value).toEqual(['Before the replica test']);

    await cluster.resumeReplay();
    await until('B to see the ticket on the replica', async () => {
      const r = await counting(one, () => subjects(one, w.b));
      return r.replica === 1 && r.value.includes('Written during the pause');
    });
    // Once the replica has replayed past A's write, A's lists go to the replica again.
    await until('A back on the replica', async () => {
      const r = await counting(one, () => subjects(one, w.a));
      return r.replica === 1 && r.value.includes('Written during the pause');
    });
  });

  (REDIS_URL ? it : it.skip)(
    'a write answered by one instance is read from the primary by the next request on another',
    async () => {
      const [first, second] = instances;
      const w = await world();
      await cluster.pauseReplay();
      await first.http
        .post('/api/v1/tickets')
        .set(as(w.a))
        .send({ type: 'QUESTION', subject: 'Across instances' })
        .expect(201);
      const mine = await counting(second, () => subjects(second, w.a));
      expect(mine.value).toContain('Across instances');
      expect(mine).toMatchObject({ replica: 0, primary: 1 });
      const theirs = await counting(second, () => subjects(second, w.b));
      expect(theirs).toMatchObject({ replica: 1, primary: 0 });
      expect(theirs.value).not.toContain('Across instances');
    },
  );

  it('a paused replica beyond the lag bound is skipped: lists read the primary and readiness says lagging', async () => {
    const w = await world();
    await cluster.pauseReplay();
    await f.ticket(w.org.id, w.a.id, { siteId: w.site.id, subject: 'Written while the replica lags' });
    await until('the replica lagging', async () => one.replicas.status()[0].state === 'lagging', MAX_LAG_MS + 10_000);
    const ready = await one.http.get('/health/ready').expect(200);
    expect(ready.body.replicas[0]).toMatchObject({ name: 'replica-1', state: 'lagging' });
    expect(ready.body.replicas[0].lagMs).toBeGreaterThan(MAX_LAG_MS);

    const theirs = await counting(one, () => subjects(one, w.b));
    expect(theirs).toMatchObject({ replica: 0, primary: 1 });
    expect(theirs.value).toContain('Written while the replica lags');
  });

  it('a killed replica is skipped and readiness says so; lists answer the same from the primary, and use it again once it is back', async () => {
    const w = await world();
    const before = await counting(one, () => one.http.get('/api/v1/tickets').set(as(w.b)).expect(200));
    expect(before.replica).toBe(1);

    await cluster.killStandby();
    await until('readiness to report the replica down', async () => {
      const r = await one.http.get('/health/ready');
      return r.status === 200 && r.body.replicas[0].state === 'down';
    });
    const after = await counting(one, () => one.http.get('/api/v1/tickets').set(as(w.b)).expect(200));
    expect(after).toMatchObject({ replica: 0, primary: 1 });
    expect(after.value.body).toEqual(before.value.body);

    await cluster.startStandby();
    await settled();
    const back = await counting(one, () => one.http.get('/api/v1/tickets').set(as(w.b)).expect(200));
    expect(back.replica).toBe(1);
    expect(back.value.body).toEqual(before.value.body);
  });

  it('the share of reads served by the replica is a metric', async () => {
    const w = await world();
    await one.http.get('/api/v1/tickets').set(as(w.b)).expect(200);
    const r = await one.http.get('/metrics').set('authorization', `Bearer ${METRICS_TOKEN}`).expect(200);
    const served = /^outpost_db_reads_total\{target="replica",reason="replica"\} (\d+)$/m.exec(r.text);
    expect(Number(served?.[1])).toBeGreaterThanOrEqual(1);
    expect(r.text).toMatch(/^outpost_db_replica_up\{replica="replica-1"\} 1$/m);
    expect(r.text).toMatch(/^outpost_db_replica_lag_seconds\{replica="replica-1"\} [0-9.e-]+$/m);
  });
});
