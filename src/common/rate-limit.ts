import { Redis } from 'ioredis';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { RateLimitConfig } from '../config/config.js';
import { DomainError } from './errors.js';
import { toProblem } from './problem.filter.js';

/**
 * Fixed-window rate limits, checked in Fastify's `onRequest` hook (before the body is read and
 * before any database work). The buckets are chosen by the route the router matched (its
 * template, `req.routeOptions.url`), never by the raw URL, so `/%61pi/v1/…` or `/api/v1/%61uth/…`
 * count exactly like the plain path. Buckets, each counted per window:
 * - every request to an `/api/v1` route, and every request no route matched, counts against its
 *   client IP (`RATE_LIMIT_PER_IP`);
 * - a request to an `/api/v1` route with a valid access token also counts against its user
 *   (`RATE_LIMIT_PER_USER`);
 * - `/api/v1/auth/*` routes count against a stricter per-IP bucket (`RATE_LIMIT_AUTH_PER_IP`).
 * The counters live in Redis when REDIS_URL is set (one INCR script per request, shared by every
 * instance), in process memory otherwise. A Redis outage fails open: requests pass, a warning is logged.
 */
export interface Hit {
  count: number;
  /** Milliseconds until this bucket's window ends. */
  resetMs: number;
}

export interface RateLimitStore {
  hit(keys: string[], windowMs: number): Promise<Hit[]>;
  close(): Promise<void>;
}

export class MemoryRateLimitStore implements RateLimitStore {
  private readonly buckets = new Map<string, { count: number; resetAt: number }>();
  private readonly sweeper: NodeJS.Timeout;

  constructor() {
    this.sweeper = setInterval(() => {
      const now = Date.now();
      for (const [k, b] of this.buckets) if (b.resetAt <= now) this.buckets.delete(k);
    }, 60_000);
    this.sweeper.unref();
  }

  async hit(keys: string[], windowMs: number): Promise<Hit[]> {
    const now = Date.now();
    return keys.map((k) => {
      let b = this.buckets.get(k);
      if (!b || b.resetAt <= now) {
        b = { count: 0, resetAt: now + windowMs };
        this.buckets.set(k, b);
      }
      b.count += 1;
      return { count: b.count, resetMs: b.resetAt - now };
    });
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
  }
}

/** INCR every key; start its window on the first hit; return count and remaining ms of each. */
const HIT_SCRIPT = `
local out = {}
for i, key in ipairs(KEYS) do
  local c = redis.call('INCR', key)
  if c == 1 then redis.call('PEXPIRE', key, ARGV[1]) end
  local ttl = redis.call('PTTL', key)
  if ttl < 0 then redis.call('PEXPIRE', key, ARGV[1]); ttl = tonumber(ARGV[1]) end
  out[#out + 1] = c
  out[#out + 1] = ttl
end
return out`;

export class RedisRateLimitStore implements RateLimitStore {
  readonly redis: Redis;

  constructor(
    url: string,
    private readonly prefix: string,
  ) {
    this.redis = new Redis(url, {
      lazyConnect: false,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      commandTimeout: 500,
      connectTimeout: 2000,
    });
    this.redis.on('error', () => {}); // reported per request (fail open)
    this.redis.defineCommand('outpostHit', { lua: HIT_SCRIPT });
  }

  async hit(keys: string[], windowMs: number): Promise<Hit[]> {
    const fullKeys = keys.map((k) => `${this.prefix}rl:${k}`);
    const r = (await (
      this.redis as unknown as { outpostHit(n: number, ...a: (string | number)[]): Promise<number[]> }
    ).outpostHit(fullKeys.length, ...fullKeys, windowMs)) as number[];
    return keys.map((_, i) => ({ count: Number(r[2 * i]), resetMs: Number(r[2 * i + 1]) }));
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}

interface Bucket {
  key: string;
  limit: number;
}

export interface RateLimiterDeps {
  config: RateLimitConfig;
  store: RateLimitStore;
  /** The user of a request's bearer token when its signature is valid, else null. */
  userOf(req: FastifyRequest): string | null;
  apiPrefix: string;
  warn(msg: string): void;
  /** Called for each refused request with the bucket kind that refused it (`ip`, `auth`, `user`). */
  onReject?(bucket: string): void;
}

/** Builds the `onRequest` hook. */
export function rateLimitHook(deps: RateLimiterDeps) {
  const { config, store } = deps;
  const windowMs = config.windowSeconds * 1000;
  const apiPrefix = `/${deps.apiPrefix}/`;
  const authPrefix = `${apiPrefix}auth/`;
  let lastWarn = 0;
  return async (req: FastifyRequest, reply: FastifyReply): Promise<void> => {
    if (req.method === 'OPTIONS') return;
    // The matched route's template; undefined when no route matched (the 404 handler runs).
    const route = req.routeOptions.url;
    if (route !== undefined && !route.startsWith(apiPrefix)) return;
    const buckets: Bucket[] = [{ key: `ip:${req.ip}`, limit: config.perIp }];
    if (route !== undefined) {
      if (route.startsWith(authPrefix)) buckets.push({ key: `auth:${req.ip}`, limit: config.authPerIp });
      const user = deps.userOf(req);
      if (user) buckets.push({ key: `user:${user}`, limit: config.perUser });
    }
    let hits: Hit[];
    try {
      hits = await store.hit(
        buckets.map((b) => b.key),
        windowMs,
      );
    } catch (err) {
      if (Date.now() - lastWarn > 10_000) {
        lastWarn = Date.now();
        deps.warn(`rate limit store unavailable, requests pass unlimited: ${(err as Error).message}`);
      }
      return;
    }
    // Report the bucket closest to its limit.
    let worst = 0;
    for (let i = 1; i < buckets.length; i++) {
      if (buckets[i].limit - hits[i].count < buckets[worst].limit - hits[worst].count) worst = i;
    }
    const b = buckets[worst];
    const h = hits[worst];
    const resetSeconds = Math.max(1, Math.ceil(h.resetMs / 1000));
    void reply.header('ratelimit-limit', String(b.limit));
    void reply.header('ratelimit-remaining', String(Math.max(0, b.limit - h.count)));
    void reply.header('ratelimit-reset', String(resetSeconds));
    void reply.header('ratelimit-policy', `${b.limit};w=${config.windowSeconds}`);
    if (h.count > b.limit) {
      deps.onReject?.(b.key.slice(0, b.key.indexOf(':')));
      const scope = b.key.startsWith('user:')
        ? 'for your account'
        : b.key.startsWith('auth:')
          ? 'to the sign-in endpoints from your address'
          : 'from your address';
      const err = new DomainError(
        'TOO_MANY_REQUESTS',
        `Too many requests ${scope}; retry after ${resetSeconds} s`,
        [],
        { 'retry-after': String(resetSeconds) },
      );
      const { problem, headers } = toProblem(err, req.id, req.url.split('?')[0]);
      for (const [k, v] of Object.entries(headers)) void reply.header(k, v);
      await reply.status(429).header('content-type', 'application/problem+json; charset=utf-8').send(problem);
    }
  };
}
