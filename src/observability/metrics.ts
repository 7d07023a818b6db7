import { timingSafeEqual, createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type pg from 'pg';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { AppConfig } from '../config/config.js';
import { PG_POOL } from '../database/prisma.service.js';
import { ReadReplicas } from '../database/replicas.js';

/** Route label of a request no route matched (never the raw URL: unbounded label values). */
export const UNMATCHED_ROUTE = 'unmatched';

export interface AppMetrics {
  registry: Registry;
  /** A rate-limit bucket (`ip`, `auth`, `user`) refused a request. */
  rateLimitRejected(bucket: string): void;
}

const byInstance = new WeakMap<FastifyInstance, AppMetrics>();

/** The metrics of an app built by createApp, if it has them. */
export function metricsOf(fastify: FastifyInstance): AppMetrics | undefined {
  return byInstance.get(fastify);
}

/**
 * Prometheus metrics of one app (its own registry): request durations by route template, the
 * database pool, the outbox queue, rate-limit rejections and the process. Exposed on METRICS_PORT
 * and/or on the main port's `/metrics` behind METRICS_TOKEN; neither set ⇒ not exposed.
 */
export function installMetrics(app: INestApplication, fastify: FastifyInstance, config: AppConfig): AppMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const pool = app.get<pg.Pool>(PG_POOL);

  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration by route template, method and status',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  fastify.addHook('onResponse', (req, reply, done) => {
    duration.observe(
      { method: req.method, route: req.routeOptions.url ?? UNMATCHED_ROUTE, status_code: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
    done();
  });

  const poolGauge = (name: string, help: string, value: () => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        this.set(value());
      },
    });
  poolGauge(
    'outpost_db_pool_max_connections',
    'Size limit of the database pool (DB_POOL_SIZE)',
    () => config.dbPoolSize,
  );
  poolGauge('outpost_db_pool_connections', 'Open database connections (in use + idle)', () => pool.totalCount);
  poolGauge('outpost_db_pool_idle_connections', 'Open database connections not in use', () => pool.idleCount);
  poolGauge(
    'outpost_db_pool_in_use_connections',
    'Database connections checked out by a query or transaction',
    () => pool.totalCount - pool.idleCount,
  );
  poolGauge(
    'outpost_db_pool_waiting_requests',
    'Queries waiting for a free database connection',
    () => pool.waitingCount,
  );

  let outbox: Promise<{ n: number; age: number } | null> | null = null;
  const outboxState = () => {
    // One query per scrape for both gauges; NaN when the database does not answer within 2 s.
    outbox ??= withTimeout(
      pool
        .query<{ n: number; age: number }>(
          `SELECT count(*)::int AS n, COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0)::float8 AS age
           FROM outbox_messages WHERE status = 'PENDING'`,
        )
        .then((r) => r.rows[0]),
      2000,
    )
      .catch(() => null)
      .finally(() => setImmediate(() => (outbox = null)));
    return outbox;
  };
  new Gauge({
    name: 'outpost_outbox_pending_messages',
    help: 'Outbox messages waiting for delivery',
    registers: [registry],
    async collect() {
      const s = await outboxState();
      this.set(s ? s.n : NaN);
    },
  });
  new Gauge({
    name: 'outpost_outbox_oldest_pending_age_seconds',
    help: 'Age of the oldest outbox message waiting for delivery (0 when none)',
    registers: [registry],
    async collect() {
      const s = await outboxState();
      this.set(s ? s.age : NaN);
    },
  });

  const rejections = new Counter({
    name: 'outpost_rate_limit_rejections_total',
    help: 'Requests refused with 429 by a rate limit, by bucket (ip, auth, user)',
    labelNames: ['bucket'] as const,
    registers: [registry],
  });
  for (const bucket of ['ip', 'auth', 'user']) rejections.inc({ bucket }, 0);

  app.get(ReadReplicas).attachMetrics(registry);

  const metrics: AppMetrics = { registry, rateLimitRejected: (bucket) => rejections.inc({ bucket }) };
  byInstance.set(fastify, metrics);

  const token = config.metrics.token;
  const authorized = (header: string | undefined) =>
    token !== null && header !== undefined && sameSecret(header, `Bearer ${token}`);
  if (token) {
    fastify.get('/metrics', async (req: FastifyRequest, reply: FastifyReply) => {
      // Without the token the route does not exist, to the caller.
      if (!authorized(req.headers.authorization)) return reply.callNotFound();
      const body = await registry.metrics();
      return reply.header('content-type', registry.contentType).header('cache-control', 'no-store').send(body);
    });
  }
  if (config.metrics.port !== null) {
    let server: Server | undefined;
    const port = config.metrics.port;
    fastify.addHook('onListen', async () => {
      const srv = createServer((req, res) => {
        const path = (req.url ?? '').split('?')[0];
        if (req.method !== 'GET' || path !== '/metrics' || (token && !authorized(req.headers.authorization))) {
          res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
          return;
        }
        registry.metrics().then(
          (body) => res.writeHead(200, { 'content-type': registry.contentType, 'cache-control': 'no-store' }).end(body),
          () => res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('Metrics unavailable\n'),
        );
      });
      try {
        await new Promise<void>((resolve, reject) => {
          srv.once('error', reject);
          srv.listen(port, config.host, () => resolve());
        });
        server = srv;
        fastify.log.info({ port }, 'metrics listening');
      } catch (err) {
        // The API keeps serving; the operator sees why the scrape target is down.
        fastify.log.error({ err, port }, 'metrics port unavailable, /metrics not served on METRICS_PORT');
      }
    });
    fastify.addHook('onClose', async () => {
      if (!server) return;
      const closed = new Promise<void>((resolve) => server!.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    });
  }
  return metrics;
}

/** Constant-time comparison of two strings of any length. */
export function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    p,
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), ms);
      timer.unref();
    }),
  ]).finally(() => clearTimeout(timer));
}
