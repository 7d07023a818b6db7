import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { migrate, readMigrations } from '../../src/database/migrator.js';
import { MIGRATIONS_DIR } from '../../src/database/paths.js';
import { TEMPLATE_ENV, appDatabaseUrl, withDatabase } from '../helpers/test-db-server.js';

async function emptyDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const tpl = process.env[TEMPLATE_ENV]!;
  const name = `outpost_m_${process.env.OUTPOST_TEST_RUN}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: withDatabase(tpl, 'postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return {
    url: appDatabaseUrl(name), // through the run's pooler, if any: the lock must hold there too
    drop: async () => {
      const c = new pg.Client({ connectionString: withDatabase(tpl, 'postgres') });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

async function history(url: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const { rows } = await c.query(
    'SELECT migration_name, checksum, finished_at, applied_steps_count, rolled_back_at FROM "_prisma_migrations" ORDER BY migration_name',
  );
  await c.end();
  return rows;
}

describe('migration runner', () => {
  it('applies every migration once and records it as prisma migrate deploy does', async () => {
    const db = await emptyDatabase();
    try {
      const first = await migrate(db.url, MIGRATIONS_DIR);
      const files = readMigrations(MIGRATIONS_DIR);
      expect(first.applied).toEqual(files.map((m) => m.name));
      const rows = await history(db.url);
      expect(rows).toHaveLength(files.length);
      for (const r of rows) {
        const sql = readFileSync(join(MIGRATIONS_DIR, r.migration_name, 'migration.sql'));
        expect(r.checksum).toBe(createHash('sha256').update(sql).digest('hex'));
        expect(r.finished_at).toBeInstanceOf(Date);
        expect(r.applied_steps_count).toBe(1);
        expect(r.rolled_back_at).toBeNull();
      }
      const second = await migrate(db.url, MIGRATIONS_DIR);
      expect(second).toEqual({ applied: [], alreadyApplied: files.length });
      expect(await history(db.url)).toHaveLength(files.length);
    } finally {
      await db.drop();
    }
  });

  it('applies each migration exactly once when several runners start at the same time', async () => {
    const db = await emptyDatabase();
    try {
      const results = await Promise.all([1, 2, 3, 4].map(() => migrate(db.url, MIGRATIONS_DIR)));
      const files = readMigrations(MIGRATIONS_DIR);
      expect(results.flatMap((r) => r.applied).sort()).toEqual(files.map((m) => m.name).sort());
      const rows = await history(db.url);
      expect(rows.map((r) => r.migration_name)).toEqual(files.map((m) => m.name));
    } finally {
      await db.drop();
    }
  });

  it('rolls a failing migration back completely and records nothing', async () => {
    const db = await emptyDatabase();
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'outpost-bad-mig-'));
    mkdirSync(join(dir, '20200101000000_bad'));
    writeFileSync(
      join(dir, '20200101000000_bad', 'migration.sql'),
      'CREATE TABLE half_done (id int);\nSELECT * FROM no_such_table;',
    );
    try {
      await expect(migrate(db.url, dir)).rejects.toThrow(/20200101000000_bad failed/);
      const c = new pg.Client({ connectionString: db.url });
      await c.connect();
      const { rows } = await c.query(
        `SELECT to_regclass('half_done') AS t, (SELECT count(*)::int FROM "_prisma_migrations") AS n`,
      );
      await c.end();
      expect(rows[0]).toEqual({ t: null, n: 0 });
    } finally {
      await db.drop();
    }
  });
});
