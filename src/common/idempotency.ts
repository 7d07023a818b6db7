import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  Logger,
  type NestInterceptor,
  RequestMethod,
  SetMetadata,
  UseInterceptors,
} from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA } from '@nestjs/common/constants.js';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type pg from 'pg';
import { from, mergeMap, of, catchError, Observable } from 'rxjs';
import { ROUTE_POLICY, type RoutePolicy } from '../auth/policy.decorator.js';
import { API_PREFIX } from './api-prefix.js';
import { DomainError } from './errors.js';

/**
 * Idempotency-Key on creates (SPEC §4). Every POST route answering 201 (Nest's default for POST)
 * that requires a signed-in caller accepts an `Idempotency-Key` header; `@Idempotent(false)` opts a
 * route out, `@Idempotent()` opts a non-201 POST in. Public routes never take part: there is no
 * user to scope the key to (see docs/DECISIONS.md).
 *
 * The row in `idempotency_keys` (unique (user_id, key)) is the lock, so it works across instances:
 * the first request inserts it IN_PROGRESS; the write's own transaction stores status, body and
 * Location in it and makes it COMPLETED (see `idempotentTransaction`), so the write and its
 * recorded response commit together — a crash after the commit replays, a crash before it leaves
 * nothing written; on error it is deleted so the client can retry. A second request with the
 * same key replays the stored response (same body and method/path), is refused with 422 (another
 * request), or with 409 while the first is still running.
 */
export const IDEMPOTENCY_METADATA = 'outpost:idempotent';
/**
 * Opts a route in (or out, `false`). A route that takes part must also carry the interceptor,
 * which `@ResourceLocation()` or `@IdempotentCreate()` binds; the boot refuses a route where the
 * rule above and the binding disagree (assertRouteInterceptors in app.factory.ts).
 */
export const Idempotent = (enabled = true) => SetMetadata(IDEMPOTENCY_METADATA, enabled);
/**
 * Binds the idempotency interceptor to one route. Interceptors are bound per route, not globally:
 * a route without any (every list and read) then runs no RxJS pipeline at all, which was ~8% of
 * the CPU of a ticket list (docs/PERFORMANCE.md).
 */
export const IdempotentCreate = () => UseInterceptors(IdempotencyInterceptor);

/** The collection of a create route's `Location` (set by `@ResourceLocation`, read here and in location.ts). */
export const LOCATION_METADATA = 'outpost:location';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
const KEY_FORMAT = /^[\x21-\x7e]{1,255}$/;
/** Response headers stored and replayed with the body. */
const REPLAYED_HEADERS = ['location', 'etag', 'content-type'];

type Handler = (...args: unknown[]) => unknown;

/** The status a route answers with on success (Nest: @HttpCode, else 201 for POST, 200 otherwise). */
export function routeStatus(handler: Handler): number {
  const code = Reflect.getMetadata(HTTP_CODE_METADATA, handler) as number | undefined;
  if (code !== undefined) return code;
  return Reflect.getMetadata(METHOD_METADATA, handler) === RequestMethod.POST ? 201 : 200;
}

/** Whether a route takes an Idempotency-Key: the one rule used by the interceptor and the OpenAPI document. */
export function isIdempotentRoute(
  reflector: Reflector,
  handler: Handler,
  cls: new (...a: never[]) => unknown,
): boolean {
  const policy = reflector.getAllAndOverride<RoutePolicy | undefined>(ROUTE_POLICY, [handler, cls]);
  if (!policy || policy.kind === 'public') return false;
  const explicit = reflector.getAllAndOverride<boolean | undefined>(IDEMPOTENCY_METADATA, [handler, cls]);
  if (explicit !== undefined) return explicit;
  return Reflect.getMetadata(METHOD_METADATA, handler) === RequestMethod.POST && routeStatus(handler) === 201;
}

/** Stable JSON: object keys sorted, so `{a,b}` and `{b,a}` are the same request. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.keys(value as Record<string, unknown>)
    .sort()
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(',')}}`;
}

interface StoredRow {
  id: string;
  method: string;
  path: string;
  request_hash: string;
  state: 'IN_PROGRESS' | 'COMPLETED';
  response_status: number | null;
  response_body: unknown;
  response_headers: Record<string, string> | null;
}

export type Claim =
  | { kind: 'claimed'; id: string }
  | { kind: 'replay'; status: number; body: unknown; headers: Record<string, string> }
  | { kind: 'mismatch' }
  | { kind: 'in-flight' };

/** The `idempotency_keys` table, through raw SQL on the shared pool (a provider of DatabaseModule). */
export class IdempotencyStore {
  constructor(
    private readonly pool: pg.Pool,
    private readonly ttlSeconds: number,
    /** An IN_PROGRESS row older than this is abandoned (its instance died): it may be taken over. */
    private readonly abandonAfterMs: number,
  ) {}

  async claim(userId: string, key: string, method: string, path: string, hash: string): Promise<Claim> {
    // A fresh key (the usual case) is one round trip: the insert. Only a key already present is
    // checked for expiry or abandonment, deleted when it is, and claimed again.
    for (let attempt = 0; attempt < 3; attempt++) {
      const ins = await this.pool.query<{ id: string }>(
        `INSERT INTO idempotency_keys (id, user_id, key, method, path, request_hash, state, created_at, expires_at)
         VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, 'IN_PROGRESS', now(), now() + make_interval(secs => $6))
         ON CONFLICT (user_id, key) DO NOTHING RETURNING id`,
        [userId, key, method, path, hash, this.ttlSeconds],
      );
      if (ins.rows[0]) {
        if (Math.random() < 0.01) void this.purgeExpired().catch(() => {});
        return { kind: 'claimed', id: ins.rows[0].id };
      }
      const stale = await this.pool.query(
        `DELETE FROM idempotency_keys WHERE user_id = $1 AND key = $2
           AND (expires_at < now() OR (state = 'IN_PROGRESS' AND created_at < now() - make_interval(secs => $3)))`,
        [userId, key, this.abandonAfterMs / 1000],
      );
      if (stale.rowCount) continue; // expired or abandoned: claim it afresh
      const { rows } = await this.pool.query<StoredRow>(
        `SELECT id, method, path, request_hash, state, response_status, response_body, response_headers
           FROM idempotency_keys WHERE user_id = $1 AND key = $2`,
        [userId, key],
      );
      const row = rows[0];
      if (!row) continue; // released between our insert and select: try again
      if (row.method !== method || row.path !== path || row.request_hash !== hash) return { kind: 'mismatch' };
      if (row.state === 'IN_PROGRESS') return { kind: 'in-flight' };
      return {
        kind: 'replay',
        status: row.response_status ?? 200,
        body: row.response_body,
        headers: row.response_headers ?? {},
      };
    }
    return { kind: 'in-flight' };
  }

  async complete(id: string, status: number, body: unknown, headers: Record<string, string>): Promise<void> {
    await this.pool.query(
      `UPDATE idempotency_keys SET state = 'COMPLETED', response_status = $2, response_body = $3::jsonb, response_headers = $4::jsonb
        WHERE id = $1`,
      [id, status, JSON.stringify(body ?? null), JSON.stringify(headers)],
    );
  }

  /** Frees a key whose request failed; a response already committed with its write stays. */
  async release(id: string): Promise<void> {
    await this.pool.query(`DELETE FROM idempotency_keys WHERE id = $1 AND state = 'IN_PROGRESS'`, [id]);
  }

  /** Expired keys are deleted lazily, a batch at a time. */
  async purgeExpired(): Promise<number> {
    const r = await this.pool.query(
      'DELETE FROM idempotency_keys WHERE id IN (SELECT id FROM idempotency_keys WHERE expires_at < now() LIMIT 1000)',
    );
    return r.rowCount ?? 0;
  }
}

/** The key a create is running under: what the write's transaction records its response in. */
interface PendingKey {
  id: string;
  status: number;
  /** `@ResourceLocation` collection of the route, for the Location header. */
  location: string | undefined;
  /** The response (canonical JSON of body and headers) committed with a write, once one has been. */
  committed?: string;
}

const pendingKey = new AsyncLocalStorage<PendingKey>();

/** The response headers replayed with a body: Location of the created resource. */
function responseHeaders(location: string | undefined, body: unknown): Record<string, string> {
  const id = (body as { id?: unknown } | null)?.id;
  return location && typeof id === 'string' ? { location: `/${API_PREFIX}/${location}/${id}` } : {};
}

interface TxLike {
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
}

/**
 * Runs an interactive transaction (`begin(fn)`); inside a create that carries an Idempotency-Key,
 * the transaction's result is stored as the key's response by the same transaction, just before
 * it commits. Every `PrismaService.$transaction(fn)` goes through here, so no create service needs
 * code of its own. A create whose handler answers something else than its last transaction's result
 * is completed after the handler as well (IdempotencyInterceptor).
 */
export async function idempotentTransaction<T, X extends TxLike>(
  begin: (fn: (tx: X) => Promise<T>) => Promise<T>,
  fn: (tx: X) => Promise<T>,
): Promise<T> {
  const pending = pendingKey.getStore();
  if (!pending) return begin(fn);
  let recorded: string | undefined;
  const result = await begin(async (tx) => {
    const out = await fn(tx);
    if (out !== null && typeof out === 'object' && !Array.isArray(out)) {
      const body = JSON.parse(JSON.stringify(out)) as unknown;
      const headers = responseHeaders(pending.location, body);
      const updated = await tx.$executeRawUnsafe(
        `UPDATE idempotency_keys SET state = 'COMPLETED', response_status = $2, response_body = $3::jsonb, response_headers = $4::jsonb WHERE id = $1::uuid`,
        pending.id,
        pending.status,
        JSON.stringify(body),
        JSON.stringify(headers),
      );
      // No row: the claim was taken over meanwhile; the interceptor then completes it as a fallback.
      if (updated === 1) recorded = canonicalJson({ body, headers });
    }
    return out;
  });
  if (recorded !== undefined) pending.committed = recorded;
  return result;
}

const requestHash = (method: string, path: string, body: unknown) =>
  createHash('sha256')
    .update(`${method} ${path}\n${canonicalJson(body ?? null)}`)
    .digest('hex');

@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Idempotency');
  private readonly applies = new WeakMap<object, boolean>();

  constructor(
    private readonly reflector: Reflector,
    private readonly store: IdempotencyStore,
  ) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (ctx.getType() !== 'http') return next.handle();
    const req = ctx.switchToHttp().getRequest<FastifyRequest & { principal?: { userId: string } }>();
    const raw = req.headers[IDEMPOTENCY_HEADER];
    if (raw === undefined) return next.handle();
    const handler = ctx.getHandler() as Handler;
    let applies = this.applies.get(handler);
    if (applies === undefined) {
      applies = isIdempotentRoute(this.reflector, handler, ctx.getClass());
      this.applies.set(handler, applies);
    }
    const userId = req.principal?.userId;
    if (!applies || !userId) return next.handle();
    const key = Array.isArray(raw) ? raw[0] : raw;
    if (!KEY_FORMAT.test(key)) {
      throw new DomainError('VALIDATION', 'Idempotency-Key must be 1 to 255 visible ASCII characters', [
        { field: 'Idempotency-Key', message: 'must be 1 to 255 visible ASCII characters' },
      ]);
    }
    const reply = ctx.switchToHttp().getResponse<FastifyReply>();
    const method = req.method;
    const path = req.url;
    const status = routeStatus(handler);
    return from(this.store.claim(userId, key, method, path, requestHash(method, path, req.body))).pipe(
      mergeMap((claim) => {
        switch (claim.kind) {
          case 'mismatch':
            throw new DomainError(
              'UNPROCESSABLE',
              'This Idempotency-Key was already used for a different request; use a new key',
              [{ field: 'Idempotency-Key', message: 'already used with another request body' }],
            );
          case 'in-flight':
            throw new DomainError(
              'CONFLICT',
              'A request with this Idempotency-Key is still being processed; retry shortly',
              [],
              { 'retry-after': '1' },
            );
          case 'replay':
            for (const [k, v] of Object.entries(claim.headers)) void reply.header(k, v);
            void reply.header('idempotent-replayed', 'true');
            void reply.status(claim.status);
            return of(claim.body);
          case 'claimed': {
            const pending: PendingKey = {
              id: claim.id,
              status,
              location: Reflect.getMetadata(LOCATION_METADATA, handler) as string | undefined,
            };
            // The handler runs with the key in its async context: its transaction records the response.
            const handled = new Observable<unknown>((sub) =>
              pendingKey.run(pending, () => next.handle().subscribe(sub)),
            );
            return handled.pipe(
              mergeMap(async (body: unknown) => {
                const headers: Record<string, string> = {};
                for (const h of REPLAYED_HEADERS) {
                  const v = reply.getHeader(h);
                  if (v !== undefined) headers[h] = String(v);
                }
                const stored = body === undefined ? null : (JSON.parse(JSON.stringify(body)) as unknown);
                if (pending.committed === canonicalJson({ body: stored, headers })) return body;
                try {
                  await this.store.complete(claim.id, status, stored, headers);
                } catch (err) {
                  this.logger.error({ msg: 'could not store the idempotent response', err: String(err) });
                  await this.store.release(claim.id).catch(() => {});
                }
                return body;
              }),
              catchError(async (err: unknown) => {
                await this.store.release(claim.id).catch(() => {});
                throw err;
              }),
            );
          }
        }
      }),
    );
  }
}
