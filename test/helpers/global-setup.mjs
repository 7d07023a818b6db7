// Jest globalSetup (plain ESM: jest does not map .js imports here). Uses the built dist/, which
// `npm test` refreshes first. One PostgreSQL for the run: embedded by default, or the server of
// DATABASE_URL; a template database with every migration applied, cloned by each test file.
import { mkdtempSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../dist/database/embedded-postgres.js';
import { migrate } from '../../dist/database/migrator.js';
import { MIGRATIONS_DIR } from '../../dist/database/paths.js';

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export default async function globalSetup() {
  let embedded = null;
  let dir = null;
  // Through a pooler (DATABASE_URL a PgBouncer, DIRECT_DATABASE_URL its server): databases are
  // created, cloned and dropped on the server; the apps under test connect through the pooler.
  let adminUrl = process.env.DIRECT_DATABASE_URL || process.env.DATABASE_URL;
  const pooledUrl = process.env.DIRECT_DATABASE_URL ? process.env.DATABASE_URL : undefined;
  if (!adminUrl) {
    dir = mkdtempSync(join(tmpdir(), 'outpost-test-'));
    chmodSync(dir, 0o755);
    embedded = await startEmbeddedPostgres({
      dataDir: dir,
      port: await freePort(),
      password: 'test',
      database: 'postgres',
      persistent: false,
    });
    adminUrl = embedded.url;
  }
  const run = String(process.pid);
  const template = `outpost_tpl_${run}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  await admin.end();
  const templateUrl = withDatabase(adminUrl, template);
  await migrate(templateUrl, MIGRATIONS_DIR);
  process.env.OUTPOST_TEST_TEMPLATE_URL = templateUrl;
  if (pooledUrl) process.env.OUTPOST_TEST_POOLED_URL = withDatabase(pooledUrl, template);
  process.env.OUTPOST_TEST_RUN = run;
  globalThis.__OUTPOST_TEST_SERVER__ = { adminUrl, embedded, dir, run };
}
