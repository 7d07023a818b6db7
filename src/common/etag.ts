import { createParamDecorator, type ExecutionContext, applyDecorators } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError } from './errors.js';
import { ApiProblems } from './api-problems.js';

/**
 * Optimistic concurrency. Every updatable resource has a `version` column; its strong ETag is
 * `"<version>"`. Updates must send `If-Match` with it: missing ⇒ 428, stale ⇒ 412 (the service
 * updates `WHERE id = … AND version = expected`, so two racing updates with one ETag have one
 * winner).
 */
export const etagOf = (version: number): string => `"${version}"`;

export function parseIfMatch(header: string | string[] | undefined): number {
  const raw = Array.isArray(header) ? header[0] : header;
  if (raw === undefined || raw === '') {
    throw new DomainError(
      'PRECONDITION_REQUIRED',
      'This update needs an If-Match header with the ETag of the resource (GET it first)',
    );
  }
  const m = /^\s*"(\d{1,9})"\s*$/.exec(raw);
  if (!m) throw new DomainError('PRECONDITION_FAILED', 'If-Match does not match the current ETag of the resource');
  return Number(m[1]);
}

/** OpenAPI for an If-Match-protected update (written by `IfMatchVersion`, which reads the header). */
export const ApiIfMatch = () =>
  applyDecorators(
    ApiHeader({
      name: 'If-Match',
      required: true,
      description: 'ETag of the resource as last read, e.g. "3"; missing ⇒ 428, stale ⇒ 412',
      example: '"3"',
    }),
    ApiProblems(412, 428),
  );

/** OpenAPI for an optional precondition (written by `OptionalIfMatchVersion`). */
export const ApiOptionalIfMatch = () =>
  applyDecorators(
    ApiHeader({
      name: 'If-Match',
      required: false,
      description:
        'ETag of the resource as last read, e.g. "3"; when sent and stale ⇒ 412 and nothing changes (an empty value counts as not sent)',
      example: '"3"',
    }),
    ApiProblems(412),
  );

/** A parameter decorator that also documents its header on the operation, so the two cannot drift. */
function documented(read: ParameterDecorator, document: MethodDecorator): ParameterDecorator {
  return (target, key, index) => {
    read(target, key, index);
    if (key === undefined) return;
    const descriptor = Object.getOwnPropertyDescriptor(target, key);
    if (descriptor) document(target, key, descriptor);
  };
}

const readIfMatch = createParamDecorator((_: unknown, ctx: ExecutionContext): number => {
  const req = ctx.switchToHttp().getRequest<FastifyRequest>();
  return parseIfMatch(req.headers['if-match']);
});

/** The version the client read, from a required `If-Match` (documented as such, with 412 and 428). */
export const IfMatchVersion = (): ParameterDecorator => documented(readIfMatch(), ApiIfMatch());

export const stalePrecondition = () =>
  new DomainError(
    'PRECONDITION_FAILED',
    'The resource was changed since you read it; GET it again and retry with the new ETag',
  );

/** Runs a `WHERE id AND version` update; a lost race (no row matched) becomes 412. */
export async function versioned<T>(update: Promise<T>): Promise<T> {
  try {
    return await update;
  } catch (err) {
    if ((err as { code?: string }).code === 'P2025') throw stalePrecondition();
    throw err;
  }
}

const readOptionalIfMatch = createParamDecorator((_: unknown, ctx: ExecutionContext): number | undefined => {
  const raw = ctx.switchToHttp().getRequest<FastifyRequest>().headers['if-match'];
  const value = Array.isArray(raw) ? raw[0] : raw;
  // An empty header is no precondition: 428 belongs to required If-Match only.
  return value === undefined || value.trim() === '' ? undefined : parseIfMatch(value);
});

/**
 * `If-None-Match` (RFC 9110 §13.1.2): weak comparison, a comma-separated list of tags, or `*`
 * (any current representation).
 */
export function noneMatchHits(header: string | string[] | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  const current = opaque(etag);
  for (const tag of (Array.isArray(header) ? header.join(',') : header).split(',')) {
    const t = tag.trim();
    if (t === '*' || (t !== '' && opaque(t) === current)) return true;
  }
  return false;
}

/** Responses to an authenticated caller: cacheable by the caller only, revalidated on every use. */
export const CACHE_PRIVATE = 'private, no-cache';
/** Everything else (anonymous callers, their errors, health probes): never stored. */
export const CACHE_NONE = 'no-store';

/**
 * Caching headers as the body is sent: `Cache-Control` unless the route set its own (tokens and
 * secrets say `no-store`, downloads `private, no-store`), and a 304 without body for a GET/HEAD
 * whose `If-None-Match` matches the ETag of the 200 it would have been. Runs after the ETag is set
 * (`preSerialization`, or by the handler).
 */
export function installConditionalGet(fastify: FastifyInstance): void {
  fastify.addHook('onSend', (req, reply, payload, done) => {
    if (!reply.hasHeader('cache-control')) {
      void reply.header('cache-control', (req as { principal?: unknown }).principal ? CACHE_PRIVATE : CACHE_NONE);
    }
    if (
      reply.statusCode === 200 &&
      (req.method === 'GET' || req.method === 'HEAD') &&
      req.headers['if-none-match'] !== undefined
    ) {
      const etag = reply.getHeader('etag');
      if (typeof etag === 'string' && noneMatchHits(req.headers['if-none-match'], etag)) {
        void reply.code(304).removeHeader('content-type').removeHeader('content-length');
        return done(null, null);
      }
    }
    done(null, payload);
  });
}

/** If-Match when the client sent one (optional preconditions, e.g. on POST transitions); documented with its 412. */
export const OptionalIfMatchVersion = (): ParameterDecorator => documented(readOptionalIfMatch(), ApiOptionalIfMatch());
