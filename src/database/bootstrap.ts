import pg from 'pg';
import bcrypt from 'bcrypt';
import { loadOrCreateSecrets, type AppConfig } from '../config/config.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres.js';
import { migrate } from './migrator.js';
import { MIGRATIONS_DIR } from './paths.js';
import { seedDemo, DEMO_LOGINS, DEMO_PASSWORD } from './seed.js';

export interface PreparedDatabase {
  config: AppConfig;
  embedded: EmbeddedDatabase | null;
  seeded: boolean;
}

/**
 * Resolves the database (embedded PostgreSQL under ./data when no DATABASE_URL is set), applies
 * pending migrations under an advisory lock, seeds the demo provider on first start, and creates
 * the first staff admin from ADMIN_EMAIL/ADMIN_PASSWORD on a database that has none.
 */
export async function prepareDatabase(config: AppConfig, log: (msg: string) => void): Promise<PreparedDatabase> {
  let embedded: EmbeddedDatabase | null = null;
  let url = config.databaseUrl;
  if (!url) {
    const secrets = loadOrCreateSecrets(config.dataDir);
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort, password: secrets.pgPassword, log });
    url = embedded.url;
    log(`embedded PostgreSQL running on 127.0.0.1:${config.embeddedPgPort} (data in ${config.dataDir}/pg)`);
  }
  try {
    const result = await migrate(url, MIGRATIONS_DIR, log);
    log(`migrations: ${result.applied.length} applied, ${result.alreadyApplied} already applied`);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    let seeded = false;
    try {
      if (config.seedDemo) {
        const { rows } = await client.query('SELECT count(*)::int AS n FROM organizations');
        if (rows[0].n === 0) {
          await seedDemo(url);
          seeded = true;
          log('demo provider seeded');
        }
      }
      if (config.adminEmail && config.adminPassword) {
        const hash = await bcrypt.hash(config.adminPassword, config.bcryptRounds);
        // Only on a database without any admin: never overwrite an existing account.
        const { rowCount } = await client.query(
          `INSERT INTO users (id, email, name, password_hash, staff_role, email_verified_at, updated_at)
           SELECT gen_random_uuid(), $1, 'Administrator', $2, 'ADMIN', now(), now()
           WHERE NOT EXISTS (SELECT 1 FROM users WHERE staff_role = 'ADMIN')
           ON CONFLICT (email) DO NOTHING`,
          [config.adminEmail, hash],
        );
        if (rowCount) log(`first staff admin created: ${config.adminEmail}`);
      }
    } finally {
      await client.end();
    }
    return { config: { ...config, databaseUrl: url }, embedded, seeded };
  } catch (err) {
    await embedded?.stop();
    throw err;
  }
}

/** The demo logins, one log message each (the password is the demo seed's public one). */
export function demoLoginLines(): string[] {
  return [`demo logins (password for all: ${DEMO_PASSWORD}):`, ...DEMO_LOGINS.map((l) => `demo login: ${l.email} (${l.what})`)];
}
