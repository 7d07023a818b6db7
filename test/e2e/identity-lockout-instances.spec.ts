import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import { createApp } from '../../src/app.factory.js';
import { APP_CONFIG, type AppConfig } from '../../src/config/config.js';
import { PrismaService } from '../../src/database/prisma.service.js';
import { LockoutService } from '../../src/identity/lockout.service.js';
import { createTestDatabase, testConfig } from '../helpers/app.js';
import { sleep } from '../helpers/identity.js';
import { Factory } from '../factories/index.js';

/**
 * The login lockout must not tell a known address from an unknown one, behind any number of
 * instances: two app instances share one database, and the same failure sequence is spread over
 * both for a known and an unknown email.
 */
describe('login lockout across two instances: known and unknown emails answer alike', () => {
  const apps: NestFastifyApplication[] = [];
  let agents: TestAgent[];
  let prisma: PrismaService;
  let f: Factory;
  let db: Awaited<ReturnType<typeof createTestDatabase>>;

  beforeAll(async () => {
    db = await createTestDatabase();
    for (let i = 0; i < 2; i++) {
      const app = await createApp(testConfig(db.url, { RATE_LIMIT_ENABLED: 'false' }));
      await app.init();
      await app.getHttpAdapter().getInstance().ready();
      apps.push(app);
    }
    agents = apps.map((app) => request(app.getHttpServer()));
    prisma = apps[0].get(PrismaService);
    f = new Factory(prisma);
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await db.drop();
  });

  const max = () => apps[0].get<AppConfig>(APP_CONFIG).loginMaxFailures;
  const attempt = async (i: number, email: string) => {
    const res = await agents[i % 2].post('/api/v1/auth/login').send({ email, password: 'wrong-password-123' });
    return {
      status: res.status,
      retryAfter: res.headers['retry-after'] ?? null,
      body: { ...res.body, requestId: undefined, instance: undefined },
    };
  };

  for (const [mode, instanceOf] of [
    ['spread over both instances', (i: number) => i],
    ['on one instance', () => 0],
  ] as const) {
    it(`the same sequence ${mode}: identical statuses, Retry-After values and bodies at each step; both lock at the 10th failure`, async () => {
      const known = await f.user({ email: `known-${instanceOf(1)}@lockout.test` });
      const unknown = `nobody-${instanceOf(1)}@lockout.test`;
      const steps: Array<{ known: Awaited<ReturnType<typeof attempt>>; unknown: Awaited<ReturnType<typeof attempt>> }> =
        [];
      for (let i = 0; i < max() + 3; i++) {
        steps.push({
          known: await attempt(instanceOf(i), known.email),
          unknown: await attempt(instanceOf(i), unknown),
        });
        // time passes during the streak: a window counted from the first failure would show in Retry-After
        if (i === 0) await sleep(2100);
      }
      for (const [i, s] of steps.entries()) expect([i, s.unknown]).toEqual([i, s.known]);
      expect(steps.map((s) => s.known.status)).toEqual([...Array(max()).fill(401), 429, 429, 429]);
      const retry = steps.filter((s) => s.known.status === 429).map((s) => Number(s.known.retryAfter));
      for (const r of retry) expect(r).toBeGreaterThanOrEqual(899);
      expect(retry[0]).toBeLessThanOrEqual(900);
      // locked on both instances, with the same answer
      for (const agent of agents) {
        const k = await agent.post('/api/v1/auth/login').send({ email: known.email, password: 'Test-Password-123' });
        const u = await agent.post('/api/v1/auth/login').send({ email: unknown, password: 'Test-Password-123' });
        expect([k.status, u.status]).toEqual([429, 429]);
        expect(u.headers['retry-after']).toBe(k.headers['retry-after']);
      }
    });
  }

  it('the shared counter stores no address, and both lock windows end alike', async () => {
    const rows = await prisma.$queryRaw<
      Array<{ key_hash: string; locked_until: Date | null }>
    >`SELECT key_hash, locked_until FROM unknown_login_failures`;
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.key_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain('nobody');
    expect(JSON.stringify(rows)).not.toContain('lockout.test');
    await prisma.user.update({
      where: { email: 'known-1@lockout.test' },
      data: { lockedUntil: new Date(Date.now() - 1000) },
    });
    await prisma.$executeRaw`UPDATE unknown_login_failures SET locked_until = now() - interval '1 second'`;
    const k = await attempt(0, 'known-1@lockout.test');
    const u = await attempt(1, 'nobody-1@lockout.test');
    expect([k.status, u.status]).toEqual([401, 401]);
  });

  it('a failure streak starts over after LOCKOUT_SECONDS without a failure, for both alike', async () => {
    const known = await f.user({ email: 'streak@lockout.test' });
    for (let i = 0; i < max() - 1; i++) {
      expect((await attempt(i, known.email)).status).toBe(401);
      expect((await attempt(i, 'ghost-streak@lockout.test')).status).toBe(401);
    }
    await prisma.$executeRaw`UPDATE users SET last_failed_login_at = now() - interval '901 seconds' WHERE id = ${known.id}::uuid`;
    await prisma.$executeRaw`UPDATE unknown_login_failures SET last_failed_login_at = now() - interval '901 seconds'`;
    // the 10th failure after the pause is the first of a new streak: no lock for either
    const k = await attempt(0, known.email);
    const u = await attempt(1, 'ghost-streak@lockout.test');
    expect([k.status, u.status]).toEqual([401, 401]);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: known.id } })).failedLoginCount).toBe(1);
  });

  it('expired rows of unknown emails are deleted; rows that still change an answer stay', async () => {
    await prisma.$executeRaw`DELETE FROM unknown_login_failures`;
    await prisma.$executeRaw`
      INSERT INTO unknown_login_failures (key_hash, failed_login_count, locked_until, last_failed_login_at) VALUES
        ('stale-streak', 3, NULL, now() - interval '901 seconds'),
        ('lock-over', 0, now() - interval '1 second', now() - interval '2000 seconds'),
        ('still-locked', 0, now() + interval '60 seconds', now() - interval '901 seconds'),
        ('recent-streak', 3, NULL, now() - interval '10 seconds')`;
    expect(await apps[1].get(LockoutService).sweepUnknown()).toBe(2);
    const left = await prisma.unknownLoginFailure.findMany({ orderBy: { keyHash: 'asc' } });
    expect(left.map((r) => r.keyHash)).toEqual(['recent-streak', 'still-locked']);
  });
});
