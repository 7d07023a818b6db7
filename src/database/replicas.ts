import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { INestApplication } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { createPool } from './pool.js';
import { Counter, Gauge, type Registry } from 'prom-client';
import type { Principal } from '../access/principal.js';
import type { AuthedRequest } from '../auth/policy.guard.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { PG_POOL } from './prisma.service.js';
import { MemoryReadMarkers, RedisReadMarkers, type ReadMarkers } from './read-markers.js';
import { LSN_UNKNOWN_NEWEST, ReplicaLag, formatLsn, parseLsn, type Lsn } from './replica-lag.js';

/**
 * Streaming read replicas (DATABASE_REPLICA_URLS). Lists, counts, search and reports ask
 * `forList(principal)` for where to read; everything else uses the primary pool (PG_POOL).
 *
 * - Every `REPLICA_PROBE_INTERVAL_MS` one probe reads the primary's WAL position and each
 *   replica's replay position (`pg_last_wal_replay_lsn()`); a replica is used only while its last
 *   probe succeeded recently (within three probe rounds), it is a standby, and it lags by at most `REPLICA_MAX_LAG_MS`
 *   (src/database/replica-lag.ts). A dead replica costs the probe a bounded timeout, not requests.
 * - Read-your-writes: after a signed-in caller's write (any request other than GET/HEAD/OPTIONS),
 *   the primary's WAL position is recorded for that user before the response leaves
 *   (`recordWrite`, installed by `installReadYourWrites`); until a replica's probed replay
 *   position has passed it, that user's lists read the primary. Markers are in Redis when
 *   REDIS_URL is set (every instance sees them), else in this process.
 * - A replica query that fails on the connection or with a recovery conflict is run again on the
 *   primary, and a connection failure takes the replica out until the next good probe.
 */

export type ReplicaState = 'starting' | 'up' | 'lagging' | 'down' | 'not-a-standby';

export interface ReplicaStatus {
  /** `replica-N`, N its position in DATABASE_REPLICA_URLS (hosts are not shown on the public readiness probe). */
  name: string;
  state: ReplicaState;
  /** Lag behind the primary at the last probe (ms); null when unknown, a very large number when beyond what is tracked. */
  lagMs: number | null;
}

/** What a list reads through: a replica's pool or the primary's, with the primary as fallback. */
export interface ReadDb {
  readonly target: 'primary' | 'replica';
  query<R extends pg.QueryResultRow>(config: pg.QueryConfig): Promise<pg.QueryResult<R>>;
}

/** Why a read went where it went (the `reason` label of `outpost_db_reads_total`). */
type ReadReason = 'replica' | 'no-replica' | 'own-write' | 'markers-unavailable' | 'replica-error';

interface Replica {
  name: string;
  /** host:port/database, for logs. */
  where: string;
  pool: pg.Pool;
  state: ReplicaState;
  lagMs: number | null;
  replayLsn: Lsn | null;
  /** Time of the last successful probe (ms). */
  checkedAt: number;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Errors after which the replica is taken out: connection trouble, the server going away or starting. */
function isConnectionError(err: unknown): boolean {
  if (!(err instanceof pg.DatabaseError)) return true; // not from the server: socket, timeout, pool
  const code = err.code ?? '';
  return code.startsWith('08') || code.startsWith('57P') || code === '53300';
}

/** A query the standby cancelled because replay needed what it read (hot standby conflicts). */
const isRecoveryConflict = (err: unknown): boolean => {
  const code = (err as { code?: unknown }).code;
  return code === '40001' || code === '40P01';
};

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    p,
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
      timer.unref();
    }),
  ]).finally(() => clearTimeout(timer));
}

function describeUrl(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
}

@Injectable()
export class ReadReplicas implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('Replicas');
  private readonly replicas: Replica[];
  private readonly lag: ReplicaLag;
  private readonly markers: ReadMarkers;
  private readonly maxLagMs: number;
  private readonly probeIntervalMs: number;
  private readonly probeTimeoutMs: number;
  /** A replica whose last good probe is older than this is not used (the probe loop is stuck). */
  private readonly staleAfterMs: number;
  private readonly primaryDb: ReadDb;
  private timer: NodeJS.Timeout | null = null;
  private probing: Promise<void> | null = null;
  private next = 0;
  private readonly counts = new Map<string, number>();
  private readsCounter: Counter<'target' | 'reason'> | null = null;

  constructor(
    @Inject(PG_POOL) private readonly primary: pg.Pool,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    const rc = config.replicas;
    this.maxLagMs = rc.maxLagMs;
    this.probeIntervalMs = rc.probeIntervalMs;
    this.probeTimeoutMs = Math.min(2000, Math.max(250, rc.probeIntervalMs));
    // Every probe is bounded by its timeouts, so a later one is only missing when this process
    // was not scheduled (or the probe code broke): three rounds of slack against the former.
    this.staleAfterMs = 3 * (rc.probeIntervalMs + this.probeTimeoutMs);
    this.lag = new ReplicaLag(rc.maxLagMs + this.staleAfterMs + rc.probeIntervalMs);
    // A marker must outlive every moment at which a replica behind it could still count as within
    // the lag bound: bound + probe interval + staleness + probe timeout, with a wide margin.
    const ttlMs = Math.max(60_000, 2 * (rc.maxLagMs + this.staleAfterMs + rc.probeIntervalMs + this.probeTimeoutMs));
    this.markers =
      config.redisUrl && rc.urls.length
        ? new RedisReadMarkers(config.redisUrl, config.redisKeyPrefix, ttlMs, (m) => this.warnOnce(m))
        : new MemoryReadMarkers(ttlMs);
    this.replicas = rc.urls.map((url, i) => ({
      name: `replica-${i + 1}`,
      where: describeUrl(url),
      // The primary's client class: UTC sessions and the statement mode (DB_STATEMENTS) alike.
      pool: createPool({
        connectionString: url,
        max: config.dbPoolSize,
        connectionTimeoutMillis: Math.min(config.dbConnectTimeoutMs, 2000),
        statements: config.dbStatements,
      }),
      state: 'starting',
      lagMs: null,
      replayLsn: null,
      checkedAt: 0,
    }));
    this.primaryDb = {
      target: 'primary',
      query: <R extends pg.QueryResultRow>(c: pg.QueryConfig) => primary.query<R>(c),
    };
    if (this.replicas.length && !config.redisUrl) {
      this.log.warn(
        'DATABASE_REPLICA_URLS without REDIS_URL: read-your-writes markers are kept per instance; run one instance or set REDIS_URL',
      );
    }
  }

  get enabled(): boolean {
    return this.replicas.length > 0;
  }

  onApplicationBootstrap(): void {
    if (!this.enabled) return;
    void this.probe();
    this.timer = setInterval(() => void this.probe(), this.probeIntervalMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.probing?.catch(() => {});
    await Promise.all(this.replicas.map((r) => r.pool.end().catch(() => {})));
    await this.markers.close();
  }

  /** Where `p`'s list or report reads: a replica that is up, within the lag bound and past `p`'s last write; else the primary. */
  async forList(p: Principal): Promise<ReadDb> {
    if (!this.enabled) return this.primaryDb;
    const now = Date.now();
    const usable = this.replicas.filter((r) => r.state === 'up' && now - r.checkedAt <= this.staleAfterMs);
    if (usable.length === 0) return this.onPrimary('no-replica');
    let marker: Lsn | null;
    try {
      marker = await this.markers.get(p.userId);
    } catch {
      return this.onPrimary('markers-unavailable');
    }
    const fresh = marker === null ? usable : usable.filter((r) => r.replayLsn !== null && r.replayLsn >= marker);
    if (fresh.length === 0) return this.onPrimary('own-write');
    return this.onReplica(fresh[this.next++ % fresh.length]);
  }

  /** After a write by `userId` has committed: its reads stay on the primary until replicas have replayed this far. */
  async recordWrite(userId: string): Promise<void> {
    if (!this.enabled) return;
    let lsn: Lsn;
    try {
      const { rows } = await this.primary.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn');
      lsn = parseLsn(rows[0].lsn);
    } catch {
      lsn = LSN_UNKNOWN_NEWEST; // primary only, until the marker expires
    }
    await this.markers.set(userId, lsn);
  }

  status(): ReplicaStatus[] {
    return this.replicas.map((r) => ({ name: r.name, state: r.state, lagMs: r.lagMs }));
  }

  /** Reads served so far, by target and reason. */
  readCounts(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }

  /** Registers `outpost_db_reads_total` and the replica gauges in an app's metrics registry. */
  attachMetrics(registry: Registry): void {
    if (!this.enabled) return;
    this.readsCounter = new Counter({
      name: 'outpost_db_reads_total',
      help: 'List and report queries by where they ran (target: replica or primary) and why (reason)',
      labelNames: ['target', 'reason'] as const,
      registers: [registry],
    });
    for (const [key, n] of this.counts) {
      const [target, reason] = key.split(':');
      this.readsCounter.inc({ target, reason }, n);
    }
    const replicas = this.replicas;
    new Gauge({
      name: 'outpost_db_replica_up',
      help: 'Whether a read replica takes list reads (1) or is skipped (0: down, lagging, not a standby)',
      labelNames: ['replica'] as const,
      registers: [registry],
      collect() {
        for (const r of replicas) this.set({ replica: r.name }, r.state === 'up' ? 1 : 0);
      },
    });
    new Gauge({
      name: 'outpost_db_replica_lag_seconds',
      help: 'Replay lag of a read replica behind the primary at the last probe (NaN when unknown)',
      labelNames: ['replica'] as const,
      registers: [registry],
      collect() {
        for (const r of replicas) this.set({ replica: r.name }, r.lagMs === null ? NaN : r.lagMs / 1000);
      },
    });
  }

  /** One probe of the primary's position and every replica (runs every REPLICA_PROBE_INTERVAL_MS; never two at once). */
  probe(): Promise<void> {
    this.probing ??= this.probeOnce().finally(() => (this.probing = null));
    return this.probing;
  }

  private async probeOnce(): Promise<void> {
    const started = Date.now();
    try {
      const { rows } = await withTimeout(
        this.primary.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn'),
        this.probeTimeoutMs,
      );
      this.lag.sample(started, parseLsn(rows[0].lsn));
    } catch {
      // The primary did not answer: lags are computed from the samples taken so far.
    }
    await Promise.all(this.replicas.map((r) => this.probeReplica(r)));
  }

  private async probeReplica(r: Replica): Promise<void> {
    try {
      const { rows } = await withTimeout(
        r.pool.query<{ standby: boolean; lsn: string | null }>(
          'SELECT pg_is_in_recovery() AS standby, pg_last_wal_replay_lsn()::text AS lsn',
        ),
        this.probeTimeoutMs,
      );
      const now = Date.now();
      if (!rows[0].standby || rows[0].lsn === null) {
        r.replayLsn = null;
        r.lagMs = null;
        this.setState(r, 'not-a-standby', 'it is not a streaming standby (pg_is_in_recovery() is false)');
      } else {
        r.replayLsn = parseLsn(rows[0].lsn);
        r.lagMs = this.lag.lagMs(now, r.replayLsn);
        const within = r.lagMs !== null && r.lagMs <= this.maxLagMs;
        this.setState(
          r,
          within ? 'up' : 'lagging',
          within
            ? `replaying at ${formatLsn(r.replayLsn)}`
            : `replay at ${formatLsn(r.replayLsn)} lags by more than ${this.maxLagMs} ms`,
        );
      }
      r.checkedAt = now;
    } catch (err) {
      this.takeDown(r, err);
    }
  }

  private takeDown(r: Replica, err: unknown): void {
    r.replayLsn = null;
    r.lagMs = null;
    this.setState(r, 'down', (err as Error).message || String(err));
  }

  private setState(r: Replica, state: ReplicaState, why: string): void {
    if (r.state === state) return;
    const line = `${r.name} (${r.where}) ${r.state} → ${state}: ${why}`;
    if (state === 'up') this.log.log(line);
    else this.log.warn(line);
    r.state = state;
  }

  private count(target: ReadDb['target'], reason: ReadReason): void {
    const key = `${target}:${reason}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    this.readsCounter?.inc({ target, reason });
  }

  private onPrimary(reason: ReadReason): ReadDb {
    return {
      target: 'primary',
      query: <R extends pg.QueryResultRow>(c: pg.QueryConfig) => {
        this.count('primary', reason);
        return this.primary.query<R>(c);
      },
    };
  }

  private onReplica(r: Replica): ReadDb {
    return {
      target: 'replica',
      query: async <R extends pg.QueryResultRow>(c: pg.QueryConfig) => {
        try {
          const res = await r.pool.query<R>(c);
          this.count('replica', 'replica');
          return res;
        } catch (err) {
          if (isConnectionError(err)) this.takeDown(r, err);
          else if (!isRecoveryConflict(err)) throw err; // the query itself is wrong: the primary would say the same
          this.count('primary', 'replica-error');
          return this.primary.query<R>(c);
        }
      },
    };
  }

  private lastWarn = 0;
  private warnOnce(msg: string): void {
    const now = Date.now();
    if (now - this.lastWarn < 60_000) return;
    this.lastWarn = now;
    this.log.warn(msg);
  }
}

/**
 * Records each write's WAL position for its signed-in caller before the response leaves (see
 * `ReadReplicas`): an `onSend` hook, so the next request of that caller, on any instance, finds
 * the marker. Nothing is installed without replicas.
 */
export function installReadYourWrites(app: INestApplication, fastify: FastifyInstance): void {
  const replicas = app.get(ReadReplicas);
  if (!replicas.enabled) return;
  fastify.addHook('onSend', async (req, _reply, payload) => {
    const principal = (req as AuthedRequest).principal;
    if (principal && !SAFE_METHODS.has(req.method)) await replicas.recordWrite(principal.userId);
    return payload;
  });
}
