import type { INestApplication } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum.js';
import { MetadataScanner, Reflector, type NestContainer } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { ROUTE_POLICY, type RoutePolicy } from '../auth/policy.decorator.js';
import { problemResponse } from './api-problems.js';
import { isIdempotentRoute } from './idempotency.js';
import { UuidPipe } from './validation.js';

type Op = {
  operationId?: string;
  parameters?: Array<Record<string, unknown>>;
  responses?: Record<string, unknown>;
  requestBody?: { content?: Record<string, { schema?: Record<string, unknown>; example?: unknown; examples?: Record<string, unknown> }> };
};

/** What the code says about one handler, by operation id. */
interface HandlerFacts {
  idempotent: boolean;
  policy: RoutePolicy | undefined;
  /** Path parameters checked by `UuidPipe`. */
  uuidParams: Set<string>;
}

const RATE_HEADERS = {
  'Retry-After': { description: 'Seconds until the limit resets', schema: { type: 'integer' } },
  'RateLimit-Limit': { description: 'Requests allowed in the window', schema: { type: 'integer' } },
  'RateLimit-Remaining': { description: 'Requests left in the window (0)', schema: { type: 'integer' } },
  'RateLimit-Reset': { description: 'Seconds until the window resets', schema: { type: 'integer' } },
};

/** Facts about every handler, by operation id (`<Controller>_<method>`, as in src/openapi.ts). */
export function handlerFacts(app: INestApplication): Map<string, HandlerFacts> {
  // The module container works in preview mode too (no providers instantiated), unlike DiscoveryService.
  const container = (app as unknown as { container: NestContainer }).container;
  const scanner = new MetadataScanner();
  const reflector = new Reflector();
  const facts = new Map<string, HandlerFacts>();
  const wrappers = [...container.getModules().values()].flatMap((m) => [...m.controllers.values()]);
  for (const wrapper of wrappers) {
    const ctor = wrapper.metatype as (new (...a: never[]) => unknown) | undefined;
    if (!ctor) continue;
    for (const name of scanner.getAllMethodNames(ctor.prototype)) {
      const handler = (ctor.prototype as Record<string, (...args: unknown[]) => unknown>)[name];
      const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, ctor, name) ?? {}) as Record<string, { data?: unknown; pipes?: unknown[] }>;
      const uuidParams = new Set<string>();
      for (const [key, arg] of Object.entries(args)) {
        const isParam = key.split(':')[0] === String(RouteParamtypes.PARAM);
        if (isParam && typeof arg.data === 'string' && (arg.pipes ?? []).some((pipe) => pipe === UuidPipe || pipe instanceof UuidPipe)) uuidParams.add(arg.data);
      }
      facts.set(`${ctor.name.replace(/Controller$/, '')}_${name}`, {
        idempotent: isIdempotentRoute(reflector, handler, ctor),
        policy: reflector.getAllAndOverride<RoutePolicy | undefined>(ROUTE_POLICY, [handler, ctor]),
        uuidParams,
      });
    }
  }
  return facts;
}

/** Operation ids of the routes that take an Idempotency-Key. */
export function idempotentOperationIds(app: INestApplication): Set<string> {
  return new Set([...handlerFacts(app)].filter(([, f]) => f.idempotent).map(([id]) => id));
}

/** The noun a path segment before `{id}` stands for, for parameter descriptions. */
const RESOURCE_NOUNS: Record<string, string> = {
  cis: 'configuration item (CI)', organizations: 'organisation', pages: 'portal page', ccs: 'user on the CC list', partners: 'partner link',
};
const noun = (segment: string) => RESOURCE_NOUNS[segment] ?? segment.replace(/ies$/, 'y').replace(/s$/, '');

/**
 * The demo login an operation's request example is written for (src/database/seed.ts): the least
 * privileged demo user the route policy admits.
 */
export function demoCallerFor(policy: RoutePolicy | undefined): string | undefined {
  if (!policy || policy.kind === 'public') return undefined;
  if (policy.kind === 'staff') return policy.roles.includes('AGENT') ? 'agent@outpost.example' : 'admin@outpost.example';
  return 'user@acme.example';
}

type Schema = {
  $ref?: string; type?: string | string[]; format?: string; enum?: unknown[]; example?: unknown; default?: unknown; minimum?: number; minLength?: number;
  items?: Schema; properties?: Record<string, Schema>; required?: string[]; allOf?: Schema[]; anyOf?: Schema[]; oneOf?: Schema[];
};

/** Placeholder for an id the example cannot know (demo ids are generated when the demo is seeded). */
export const EXAMPLE_ID_PLACEHOLDER = '00000000-0000-0000-0000-000000000000';

/**
 * A request body example built from the schema: required properties, plus optional ones that
 * declare an example (never an optional id: a made-up id would turn the example into a 403/422).
 */
export function requestExample(schema: Schema | undefined, schemas: Record<string, Schema>, depth = 0): unknown {
  let s: Schema = schema ?? {};
  for (let i = 0; i < 10; i++) {
    if (s.$ref) s = { ...schemas[s.$ref.split('/').pop()!], ...{ ...s, $ref: undefined } };
    else if (s.allOf?.length === 1) s = { ...s.allOf[0], ...{ ...s, allOf: undefined } };
    else if (s.anyOf?.length) s = s.anyOf.find((x) => x.type !== 'null') ?? s.anyOf[0];
    else if (s.oneOf?.length) s = s.oneOf[0];
    else break;
  }
  if (s.example !== undefined) return s.example;
  if (s.default !== undefined) return s.default;
  if (s.enum?.length) return s.enum[0];
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  if (type === 'object' || s.properties) {
    const out: Record<string, unknown> = {};
    if (depth > 4) return out;
    for (const [name, prop] of Object.entries(s.properties ?? {})) {
      const required = (s.required ?? []).includes(name);
      if (!required && prop.example === undefined) continue;
      out[name] = requestExample(prop, schemas, depth + 1);
    }
    return out;
  }
  if (type === 'array') return s.items ? [requestExample(s.items, schemas, depth + 1)] : [];
  if (type === 'integer' || type === 'number') return s.minimum ?? 1;
  if (type === 'boolean') return false;
  if (s.format === 'uuid') return EXAMPLE_ID_PLACEHOLDER;
  if (s.format === 'email') return 'user@acme.example';
  if (s.format === 'date') return '2026-06-01';
  if (s.format === 'date-time') return '2026-06-01T09:00:00.000Z';
  return 'text'.padEnd(s.minLength ?? 0, 'x');
}

/**
 * Documents the cross-cutting HTTP contract that no single controller declares: the
 * `Idempotency-Key` header (with its 409/422) on every create, the 429 of the rate limiter on
 * every API operation, `format: uuid` and a description on every path id `UuidPipe` checks, and
 * the demo caller of each request example.
 */
export function documentHttpContract(app: INestApplication, doc: OpenAPIObject): void {
  const facts = handlerFacts(app);
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      const op = (item as Record<string, Op | undefined>)[method];
      if (!op) continue;
      op.responses ??= {};
      const fact = op.operationId ? facts.get(op.operationId) : undefined;
      const segments = path.split('/');
      for (const param of op.parameters ?? []) {
        if (param.in !== 'path' || !fact?.uuidParams.has(String(param.name))) continue;
        param.schema = { ...(param.schema as object), type: 'string', format: 'uuid' };
        const before = segments[segments.indexOf(`{${String(param.name)}}`) - 1] ?? '';
        param.description ??= `Id (UUID) of the ${noun(before)}; a malformed id is a 400, an unknown or invisible one a 404`;
      }
      const json = op.requestBody?.content?.['application/json'];
      if (json && json.example === undefined && !json.examples) {
        const caller = demoCallerFor(fact?.policy);
        const value = requestExample(json.schema as Schema, (doc.components?.schemas ?? {}) as Record<string, Schema>);
        const needsIds = JSON.stringify(value).includes(EXAMPLE_ID_PLACEHOLDER) || path.includes('{');
        json.examples = {
          demo: {
            summary: caller ? `As the demo user ${caller}` : 'Anyone (no token)',
            description:
              (caller ? `Written for the demo login ${caller} (password in the README). ` : '') +
              (needsIds ? 'Put the id of a demo object you may see (from the corresponding list) in place of every all-zero id.' : 'Works as is against the demo data.'),
            value,
            ...(caller ? { 'x-demo-caller': caller } : {}),
          },
        };
      }
      if (fact?.idempotent) {
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
      }
    }
  }
}
