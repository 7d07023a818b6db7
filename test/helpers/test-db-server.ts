import pg from 'pg';

export const TEMPLATE_ENV = 'OUTPOST_TEST_TEMPLATE_URL';

/** Replaces the database name of a connection URL. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Set when the run goes through a pooler (DATABASE_URL + DIRECT_DATABASE_URL): the template's URL through it. */
export const POOLED_ENV = 'OUTPOST_TEST_POOLED_URL';

/**
 * The URL an app uses for a database of the test server: through the pooler when the run has one
 * (`.ci/run`'s PgBouncer pass), else the server's own. Creating and dropping databases, and the
 * template, always use the server's URL (TEMPLATE_ENV).
 */
export function appDatabaseUrl(database: string): string {
  const base = process.env[POOLED_ENV] || process.env[TEMPLATE_ENV];
  if (!base) throw new Error(`${TEMPLATE_ENV} is not set: run the tests through jest's globalSetup`);
  return withDatabase(base, database);
}

/** DIRECT_DATABASE_URL for an app on `url`: the server's URL of the same database when `url` is the pooler's. */
export function directDatabaseUrl(url: string): string | undefined {
  const pooled = process.env[POOLED_ENV];
  const template = process.env[TEMPLATE_ENV];
  if (!pooled || !template || new URL(url).host !== new URL(pooled).host) return undefined;
  return withDatabase(template, new URL(url).pathname.slice(1));
}

/** The pooler settings of an app process on `url` (none when the run has no pooler). */
export function poolerEnv(url: string): Record<string, string> {
  const direct = directDatabaseUrl(url);
  return direct ? { DIRECT_DATABASE_URL: direct, DB_STATEMENTS: process.env.DB_STATEMENTS || 'unnamed' } : {};
}

/**
 * Connections open to the database of `url` from anywhere but this call: its PostgreSQL sessions,
 * or through a pooler its client connections (the pooler keeps its own server connections open).
 */
export async function openConnections(url: string): Promise<number> {
  const pooled = directDatabaseUrl(url) !== undefined;
  const database = new URL(url).pathname.slice(1);
  const c = new pg.Client({ connectionString: pooled ? withDatabase(url, 'pgbouncer') : url });
  await c.connect();
  try {
    if (pooled) {
      // PgBouncer's admin console (a query without parameters goes in the simple protocol it needs).
      const { rows } = await c.query<{ database: string }>('SHOW CLIENTS');
      return rows.filter((r) => r.database === database).length;
    }
    const { rows } = await c.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
    );
    return rows[0].n;
  } finally {
    await c.end();
  }
}
