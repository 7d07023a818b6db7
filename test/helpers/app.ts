import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import { createApp } from '../../src/app.factory.js';
import { loadConfig, type AppConfig } from '../../src/config/config.js';
import { PrismaService, PG_POOL } from '../../src/database/prisma.service.js';
import { AccessTokenService } from '../../src/auth/access-token.service.js';
import { TEMPLATE_ENV, appDatabaseUrl, directDatabaseUrl, withDatabase } from './test-db-server.js';

export interface TestContext {
  app: NestFastifyApplication;
  http: TestAgent;
  prisma: PrismaService;
  pool: pg.Pool;
  config: AppConfig;
  databaseUrl: string;
  /** A valid access token for the user (no password round trip). */
  tokenFor(user: { id: string; sessionEpoch?: number }): string;
  truncate(): Promise<void>;
  close(): Promise<void>;
}

/** A fresh database cloned from the migrated template, for one test file. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const templateUrl = process.env[TEMPLATE_ENV];
  if (!templateUrl) throw new Error(`${TEMPLATE_ENV} is not set: run the tests through jest's globalSetup`);
  const name = `outpost_t_${process.env.OUTPOST_TEST_RUN ?? process.pid}_${randomBytes(4).toString('hex')}`;
  const template = new URL(templateUrl).pathname.slice(1);
  const admin = new pg.Client({ connectionString: withDatabase(templateUrl, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  } finally {
    await admin.end();
  }
  return {
    url: appDatabaseUrl(name),
    async drop() {
      const c = new pg.Client({ connectionString: withDatabase(templateUrl, 'postgres') });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export function testConfig(databaseUrl: string, overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({
    DATABASE_URL: databaseUrl,
    // The run's pooler settings (`.ci/run`'s PgBouncer pass), else none.
    DIRECT_DATABASE_URL: directDatabaseUrl(databaseUrl),
    DB_STATEMENTS: process.env.DB_STATEMENTS,
    JWT_SECRET: 'test-jwt-secret-test-jwt-secret-0123456789',
    TOTP_ENCRYPTION_KEY: 'test-totp-key-test-totp-key-0123456789ab',
    LOG_LEVEL: 'silent',
    BCRYPT_ROUNDS: '4',
    SEED_DEMO: 'false',
    OUTBOX_WORKER: 'false',
    ...overrides,
  });
}

export async function createTestApp(envOverrides: Record<string, string> = {}): Promise<TestContext> {
  const db = await createTestDatabase();
  const config = testConfig(db.url, envOverrides);
  const app = await createApp(config);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const prisma = app.get(PrismaService);
  const pool = app.get<pg.Pool>(PG_POOL);
  const tokens = app.get(AccessTokenService);
  const { rows } = await pool.query<{ tablename: string }>(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
  );
  const tables = rows.map((r) => `"${r.tablename}"`).join(', ');
  return {
    app,
    http: request(app.getHttpServer()),
    prisma,
    pool,
    config,
    databaseUrl: db.url,
    tokenFor: (user) => tokens.sign({ sub: user.id, ep: user.sessionEpoch ?? 0, typ: 'access' }),
    truncate: async () => {
      await pool.query(`TRUNCATE ${tables} RESTART IDENTITY CASCADE`);
    },
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}
