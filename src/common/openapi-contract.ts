import type { INestApplication } from '@nestjs/common';
import { MetadataScanner, Reflector, type NestContainer } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { problemResponse } from './api-problems.js';
import { isIdempotentRoute } from './idempotency.js';

type Op = {
  operationId?: string;
  parameters?: Array<Record<string, unknown>>;
  responses?: Record<string, unknown>;
};

const RATE_HEADERS = {
  'Retry-After': { description: 'Seconds until the limit resets', schema: { type: 'integer' } },
  'RateLimit-Limit': { description: 'Requests allowed in the window', schema: { type: 'integer' } },
  'RateLimit-Remaining': { description: 'Requests left in the window (0)', schema: { type: 'integer' } },
  'RateLimit-Reset': { description: 'Seconds until the window resets', schema: { type: 'integer' } },
};

const RETRY_AFTER_503 = { description: 'Seconds after which to retry', schema: { type: 'integer', minimum: 0 } };

/** Operation ids (`<Controller>_<method>`, as in src/openapi.ts) of the routes that take an Idempotency-Key. */
export function idempotentOperationIds(app: INestApplication): Set<string> {
  // The module container works in preview mode too (no providers instantiated), unlike DiscoveryService.
  const container = (app as unknown as { container: NestContainer }).container;
  const scanner = new MetadataScanner();
  const reflector = new Reflector();
  const ids = new Set<string>();
  const wrappers = [...container.getModules().values()].flatMap((m) => [...m.controllers.values()]);
  for (const wrapper of wrappers) {
    const ctor = wrapper.metatype as (new (...a: never[]) => unknown) | undefined;
    if (!ctor) continue;
    for (const name of scanner.getAllMethodNames(ctor.prototype)) {
      const handler = (ctor.prototype as Record<string, (...args: unknown[]) => unknown>)[name];
      if (isIdempotentRoute(reflector, handler, ctor)) ids.add(`${ctor.name.replace(/Controller$/, '')}_${name}`);
    }
  }
  return ids;
}

/**
 * Documents the cross-cutting HTTP contract that no single controller declares: the
 * `Idempotency-Key` header (with its 409/422) on every create, the 429 of the rate limiter and the
 * 503 (not ready, database unreachable) on every API operation.
 */
export function documentHttpContract(app: INestApplication, doc: OpenAPIObject): void {
  const idempotent = idempotentOperationIds(app);
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      const op = (item as Record<string, Op | undefined>)[method];
      if (!op) continue;
      op.responses ??= {};
      if (op.operationId && idempotent.has(op.operationId)) {
        op.parameters = [
          ...(op.parameters ?? []),
          {
            name: 'Idempotency-Key',
            in: 'header',
            required: false,
            description:
              'Makes the create safe to retry: the same key with the same body returns the first response (header `Idempotent-Replayed: true`), ' +
              'never a duplicate. Keys are per user and kept 24 h. Use a fresh random value (e.g. a UUID) per logical create.',
            schema: { type: 'string', minLength: 1, maxLength: 255 },
            example: '5f2b9c1e-8d4a-4b7e-9f3a-2c6d8e1f0a7b',
          },
        ];
        op.responses['409'] ??= problemResponse(409, 'Conflict; or a request with the same Idempotency-Key is still in progress');
        op.responses['422'] ??= problemResponse(422, 'Unprocessable; or the Idempotency-Key was used with a different request');
      }
      if (path.startsWith('/api/v1/')) {
        op.responses['429'] ??= { ...problemResponse(429), headers: RATE_HEADERS };
        op.responses['503'] ??= problemResponse(503, 'Service unavailable: the instance is starting (migrations) or the database is not reachable; retry after `Retry-After` seconds');
      }
      const unavailable = op.responses['503'] as { headers?: Record<string, unknown> } | undefined;
      if (unavailable) unavailable.headers = { ...unavailable.headers, 'Retry-After': RETRY_AFTER_503 };
    }
  }
}
