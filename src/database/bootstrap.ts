import pg from 'pg';
import bcrypt from 'bcrypt';
import { loadOrCreateSecrets, type AppConfig } from '../config/config.js';
import type { EmbeddedDatabase } from './embedded-postgres.js';
import { migrate } from './migrator.js';
import { MIGRATIONS_DIR } from './paths.js';
import { seedDemo, DEMO_LOGINS, DEMO_PASSWORD } from './seed.js';

export interface PreparedDatabase {
  config: AppConfig;
  embedded: EmbeddedDatabase | null;
  seeded: boolean;
}

export interface PrepareOptions {
  /** The caller handles SIGINT/SIGTERM/SIGHUP and stops the embedded cluster itself (main.ts). */
  ownSignals?: boolean;
}

/**
 * Resolves the database (embedded PostgreSQL under ./data when no DATABASE_URL is set), applies
 * pending migrations under an advisory lock (on DIRECT_DATABASE_URL when set), seeds the demo provider on first start, and creates
 * the staff admin of ADMIN_EMAIL/ADMIN_PASSWORD when that account does not exist.
 */
export async function prepareDatabase(
  config: AppConfig,
  log: (msg: string) => void,
  opts: PrepareOptions = {},
): Promise<PreparedDatabase> {
  let embedded: EmbeddedDatabase | null = null;
  let url = config.databaseUrl;
  if (!url) {
    const secrets = loadOrCreateSecrets(config.dataDir);
    // Loaded here only: the package installs process exit hooks as soon as it is imported.
    const { startEmbeddedPostgres } = await import('./embedded-postgres.js');
    embedded = await startEmbeddedPostgres({
      dataDir: config.dataDir,
      port: config.embeddedPgPort,
      password: secrets.pgPassword,
      ownSignals: opts.ownSignals,
      log,
    });
    url = embedded.url;
    log(`embedded PostgreSQL running on 127.0.0.1:${config.embeddedPgPort} (data in ${config.dataDir}/pg)`);
  }
  // Migrations, the demo seed and the admin account are bootstrap work of one process: straight to
  // the server when DATABASE_URL is a transaction pooler (DIRECT_DATABASE_URL), as Prisma does.
  const direct = (embedded ? null : config.directDatabaseUrl) ?? url;
  try {
    const result = await migrate(direct, MIGRATIONS_DIR, log);
    log(`migrations: ${result.applied.length} applied, ${result.alreadyApplied} already applied`);
    const client = new pg.Client({ connectionString: direct });
    await client.connect();
    let seeded = false;
    try {
      if (config.seedDemo) {
        const { rows } = await client.query('SELECT count(*)::int AS n FROM organizations');
        if (rows[0].n === 0) {
          await seedDemo(direct);
          seeded = true;
          log('demo provider seeded');
        }
      }
      if (config.adminEmail && config.adminPassword)
        await ensureConfiguredAdmin(client, config.adminEmail, config.adminPassword, config.bcryptRounds, log);
    } finally {
      await client.end();
    }
    return { config: { ...config, databaseUrl: url }, embedded, seeded };
  } catch (err) {
    await embedded?.stop();
    throw err;
  }
}

/**
 * The account of ADMIN_EMAIL: created as a staff admin when absent, whatever other staff exist
 * (the demo seed's admin included); an existing account is never changed (password, role).
 */
async function ensureConfiguredAdmin(
  client: pg.Client,
  email: string,
  password: string,
  rounds: number,
  log: (msg: string) => void,
): Promise<void> {
  const existing = await client.query<{ staff_role: string | null }>('SELECT staff_role FROM users WHERE email = $1', [
    email,
  ]);
  if (!existing.rowCount) {
    const hash = await bcrypt.hash(password, rounds);
    const { rowCount } = await client.query(
      `INSERT INTO users (id, email, name, password_hash, staff_role, email_verified_at, updated_at)
       VALUES (gen_random_uuid(), $1, 'Administrator', $2, 'ADMIN', now(), now())
       ON CONFLICT (email) DO NOTHING`,
      [email, hash],
    );
    if (rowCount) {
      log(`ADMIN_EMAIL: staff admin ${email} created`);
      return;
    }
  }
  const role =
    existing.rows[0]?.staff_role ??
    (await client.query<{ staff_role: string | null }>('SELECT staff_role FROM users WHERE email = $1', [email]))
      .rows[0]?.staff_role;
  log(
    role === 'ADMIN'
      ? `ADMIN_EMAIL: staff admin ${email} already exists; left unchanged`
      : `ADMIN_EMAIL: ${email} already exists ${role ? `as staff ${role}` : 'without a staff role'}; left unchanged (not made an admin)`,
  );
}

/** The demo logins, one log message each (the password is the demo seed's public one). */
export function demoLoginLines(): string[] {
  return [
    `demo logins (password for all: ${DEMO_PASSWORD}):`,
    ...DEMO_LOGINS.map((l) => `demo login: ${l.email} (${l.what})`),
  ];
}
