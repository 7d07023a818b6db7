import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';

/**
 * Applies Prisma-layout SQL migrations (prisma/migrations/<name>/migration.sql) without Prisma's
 * native engine. Each pending migration runs in its own transaction under a transaction-scoped
 * advisory lock, and is recorded in `_prisma_migrations` exactly as `prisma migrate deploy` records it
 * (checksum = sha256 hex of the file), so either tool can be used on the same database and any
 * number of instances may start at once.
 */
const LOCK_KEY = 72707369; // "outpost" migrations; same key on every instance

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export interface MigrationResult {
  applied: string[];
  alreadyApplied: number;
}

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(dir: string): MigrationFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'migration.sql')))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

export async function migrate(
  connectionString: string,
  migrationsDir: string,
  log: (msg: string) => void = () => {},
): Promise<MigrationResult> {
  const migrations = readMigrations(migrationsDir);
  const client = new pg.Client({ connectionString });
  await client.connect();
  // Every step is one transaction holding a transaction-scoped lock: nothing outlives a
  // transaction, so this is right through a transaction pooler too (one server connection per
  // runner at most). Runners starting together take turns, migration by migration.
  const locked = async <T>(step: () => Promise<T>): Promise<T> => {
    await client.query('BEGIN');
    try {
      await client.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
      const result = await step();
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      throw err;
    }
  };
  const applied: string[] = [];
  let done = new Map<string, string>();
  try {
    await locked(() => client.query(CREATE_TABLE));
    for (;;) {
      const step = await locked(async () => {
        const { rows } = await client.query<{ migration_name: string; checksum: string }>(
          'SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
        );
        done = new Map(rows.map((r) => [r.migration_name, r.checksum]));
        const next = migrations.find((m) => !done.has(m.name));
        if (!next) return null;
        const id = randomUUID();
        try {
          await client.query(
            'INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)',
            [id, next.checksum, next.name],
          );
          await client.query(next.sql);
          await client.query(
            'UPDATE "_prisma_migrations" SET finished_at = clock_timestamp(), applied_steps_count = 1 WHERE id = $1',
            [id],
          );
        } catch (err) {
          throw new Error(`migration ${next.name} failed: ${(err as Error).message}`, { cause: err });
        }
        return next.name;
      });
      if (step === null) {
        for (const m of migrations)
          if (done.get(m.name) !== m.checksum)
            log(`migration ${m.name} was modified after it was applied (checksum differs)`);
        return { applied, alreadyApplied: migrations.length - applied.length };
      }
      applied.push(step);
      log(`applied migration ${step}`);
    }
  } finally {
    await client.end();
  }
}
