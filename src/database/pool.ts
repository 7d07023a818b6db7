import pg from 'pg';

export type StatementMode = 'named' | 'unnamed';

export interface PoolOptions {
  connectionString: string;
  max: number;
  connectionTimeoutMillis: number;
  statements: StatementMode;
}

type StartupConf = Record<string, string | undefined>;
const baseStartupConf = (pg.Client.prototype as unknown as { getStartupConf(this: pg.Client): StartupConf })
  .getStartupConf;
const baseQuery = pg.Client.prototype.query as (this: pg.Client, ...args: unknown[]) => unknown;

/**
 * A connection of the app's pools. Its session runs in UTC, asked for in the startup packet as the
 * `TimeZone` parameter itself (not `options=-c TimeZone=UTC`): PostgreSQL takes any setting there,
 * and PgBouncer, which refuses `options`, tracks `TimeZone` per client and sets it on whichever
 * server connection runs the client's next transaction. Prisma's pg adapter and pg-time.ts read
 * timestamps as UTC, so this is what makes every instant read back right, whatever the server's
 * or the database's default zone.
 */
class UtcClient extends pg.Client {
  getStartupConf(): StartupConf {
    return { ...baseStartupConf.call(this), TimeZone: 'UTC' };
  }
}

/**
 * `unnamed`: the same connection, but a query config's `name` is dropped, so every statement is
 * parsed as the unnamed statement of its own round trip. A transaction pooler (PgBouncer in
 * transaction mode before 1.21) hands each transaction to any server connection, where a
 * statement prepared on another one does not exist. Results are identical; only the server's
 * plan cache for the named list statements is lost.
 */
class UnnamedStatementClient extends UtcClient {}
Object.defineProperty(UnnamedStatementClient.prototype, 'query', {
  value: function query(this: pg.Client, config: unknown, ...rest: unknown[]) {
    const c = config as Partial<pg.QueryConfig & pg.Submittable> | null;
    if (c && typeof c === 'object' && c.name !== undefined && typeof c.submit !== 'function') {
      const { name: _name, ...unnamed } = c;
      return baseQuery.call(this, unnamed, ...rest);
    }
    return baseQuery.call(this, config, ...rest);
  },
});

/** The client class of a pool in the given statement mode. */
export function clientClass(statements: StatementMode): typeof pg.Client {
  return statements === 'unnamed' ? UnnamedStatementClient : UtcClient;
}

/**
 * A pool of the app: UTC sessions, the statement mode of DB_STATEMENTS, and nothing that relies
 * on a session outliving one transaction (no session SET, LISTEN, prepared statements in
 * `unnamed` mode, or session advisory locks), so it works through a transaction pooler.
 */
export function createPool(opts: PoolOptions): pg.Pool {
  const pool = new pg.Pool({
    connectionString: opts.connectionString,
    max: opts.max,
    // Without a bound, a database that drops packets holds requests until the OS gives up.
    connectionTimeoutMillis: opts.connectionTimeoutMillis,
    Client: clientClass(opts.statements),
  });
  pool.on('error', () => {}); // a dropped idle connection is replaced on next use
  return pool;
}
