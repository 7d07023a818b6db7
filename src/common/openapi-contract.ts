import type { INestApplication } from '@nestjs/common';
import { HEADERS_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum.js';
import { MetadataScanner, Reflector, type NestContainer } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { ROUTE_POLICY, type RoutePolicy } from '../auth/policy.decorator.js';
import { IDENTITY_ROUTE } from '../auth/policy.guard.js';
import { DEMO_PASSWORD } from '../database/seed.js';
import { problemResponse } from './api-problems.js';
import { isIdempotentRoute } from './idempotency.js';
import { LOCATION_METADATA } from './location.js';
import { UuidPipe } from './validation.js';

type Op = {
  operationId?: string;
  parameters?: Array<Record<string, unknown>>;
  responses?: Record<string, unknown>;
  requestBody?: {
    content?: Record<
      string,
      { schema?: Record<string, unknown>; example?: unknown; examples?: Record<string, unknown> }
    >;
  };
};

/** What the code says about one handler, by operation id. */
interface HandlerFacts {
  idempotent: boolean;
  policy: RoutePolicy | undefined;
  /** Path parameters checked by `UuidPipe`. */
  uuidParams: Set<string>;
  /** The collection of the `Location` header a create sets (`ResourceLocation`). */
  location: string | undefined;
  /** Fixed response headers of the handler (`@Header`). */
  headers: { name: string; value: string }[];
}

/** Headers the rate limiter sends on every response of the API (components.headers, referenced from each response). */
const RATE_LIMIT_HEADERS: Record<string, { description: string; schema: Record<string, unknown> }> = {
  'RateLimit-Limit': {
    description: 'Requests allowed in the current window (sent while rate limiting is on)',
    schema: { type: 'integer' },
  },
  'RateLimit-Remaining': { description: 'Requests left in the current window', schema: { type: 'integer' } },
  'RateLimit-Reset': { description: 'Seconds until the current window resets', schema: { type: 'integer' } },
  'RateLimit-Policy': {
    description: 'The limit and its window, e.g. `300;w=60`',
    schema: { type: 'string', example: '300;w=60' },
  },
};
const RETRY_AFTER = { description: 'Seconds to wait before retrying', schema: { type: 'integer', example: 5 } };
/** Headers of the transport and of every response (helmet, request id): see TRANSPORT_HEADERS in the contract test. */
const UNDOCUMENTED_FIXED_HEADERS = new Set([
  'content-type',
  'content-length',
  'x-content-type-options',
  'content-security-policy',
]);
const HEADER_NAMES: Record<string, string> = {
  'cache-control': 'Cache-Control',
  'content-disposition': 'Content-Disposition',
};

type ResponseObject = {
  description?: string;
  headers?: Record<string, unknown>;
  content?: Record<string, { schema?: Record<string, unknown> }>;
};

/** Whether a response body schema is a single versioned resource (the ETag hook in app.factory.ts sets `ETag` from its `version`). */
function isVersioned(
  schema: Record<string, unknown> | undefined,
  schemas: Record<string, Record<string, unknown>>,
): boolean {
  const ref = schema?.$ref as string | undefined;
  const target = ref ? schemas[ref.split('/').pop()!] : schema;
  const props = target?.properties as Record<string, { type?: unknown }> | undefined;
  return Boolean(props?.version);
}

const addHeader = (r: ResponseObject, name: string, header: unknown) => {
  r.headers ??= {};
  if (!Object.keys(r.headers).some((h) => h.toLowerCase() === name.toLowerCase())) r.headers[name] = header;
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
      const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, ctor, name) ?? {}) as Record<
        string,
        { data?: unknown; pipes?: unknown[] }
      >;
      const uuidParams = new Set<string>();
      for (const [key, arg] of Object.entries(args)) {
        const isParam = key.split(':')[0] === String(RouteParamtypes.PARAM);
        if (
          isParam &&
          typeof arg.data === 'string' &&
          (arg.pipes ?? []).some((pipe) => pipe === UuidPipe || pipe instanceof UuidPipe)
        )
          uuidParams.add(arg.data);
      }
      facts.set(`${ctor.name.replace(/Controller$/, '')}_${name}`, {
        idempotent: isIdempotentRoute(reflector, handler, ctor),
        policy: reflector.getAllAndOverride<RoutePolicy | undefined>(ROUTE_POLICY, [handler, ctor]),
        uuidParams,
        location: reflector.get<string | undefined>(LOCATION_METADATA, handler),
        headers: (Reflect.getMetadata(HEADERS_METADATA, handler) ?? []) as { name: string; value: string }[],
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
  cis: 'configuration item (CI)',
  organizations: 'organisation',
  pages: 'portal page',
  ccs: 'user on the CC list',
  partners: 'partner link',
};
const noun = (segment: string) => RESOURCE_NOUNS[segment] ?? segment.replace(/ies$/, 'y').replace(/s$/, '');

/**
 * The demo login an operation's request example is written for (src/database/seed.ts): the least
 * privileged demo user the route policy admits.
 */
export function demoCallerFor(policy: RoutePolicy | undefined): string | undefined {
  if (!policy || policy.kind === 'public') return undefined;
  if (policy.kind === 'staff')
    return policy.roles.includes('AGENT') ? 'agent@outpost.example' : 'admin@outpost.example';
  return 'user@acme.example';
}

type Schema = {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  example?: unknown;
  default?: unknown;
  minimum?: number;
  minLength?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
};

/** Placeholder for an id the example cannot know (demo ids are generated when the demo is seeded). */
export const EXAMPLE_ID_PLACEHOLDER = '00000000-0000-0000-0000-000000000000';

/**
 * Request examples that must differ from the schema's property examples to work against the demo
 * data (src/database/seed.ts): its logins and password, names that are still free.
 */
const DEMO_EXAMPLES: Record<string, Record<string, unknown>> = {
  Auth_login: { email: 'user@acme.example', password: DEMO_PASSWORD },
  Me_changeEmail: { newEmail: 'uma.user@acme.example', password: DEMO_PASSWORD },
  Me_changePassword: { currentPassword: DEMO_PASSWORD, newPassword: 'a new and long demo passphrase' },
  Tenants_createGroup: { name: 'Field Service' },
  Tenants_create: { name: 'Umbrella Corporation', emailDomains: ['umbrella.example'] },
  Downloads_create: {
    title: 'VPN client configuration (Windows)',
    fileName: 'vpn-windows.ps1',
    contentType: 'text/plain',
    contentBase64: 'V3JpdGUtSG9zdCAiaGVsbG8i',
    organizationId: EXAMPLE_ID_PLACEHOLDER,
  },
  Webhooks_create: {
    url: 'https://hooks.partner.example/outpost',
    eventTypes: ['ticket.created', 'ticket.commented'],
    organizationId: EXAMPLE_ID_PLACEHOLDER,
  },
};

/** Body properties whose value comes from an earlier step (a mail, a login response, an authenticator app). */
const FLOW_VALUES: Record<string, string> = {
  token: 'the token from the link in the mail',
  refreshToken: 'the `refreshToken` of `POST /api/v1/auth/login`',
  mfaToken: 'the `mfaToken` of `POST /api/v1/auth/login`',
  code: 'the current code of your authenticator app',
};

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
      if (!required && (prop.example === undefined || name in FLOW_VALUES)) continue;
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
 * every API operation, the 503 (not ready, database unreachable) on every API operation, `format: uuid`
 * and a description on every path id `UuidPipe` checks, and
 * the demo caller of each request example.
 */
/** Whether a request to the operation names an organisation (path, query or body): the portal gate applies. */
function namesOrganization(path: string, op: Op, doc: OpenAPIObject): boolean {
  if (IDENTITY_ROUTE.test(path)) return false;
  if (path.includes('/organizations/{id}')) return true;
  if ((op.parameters ?? []).some((p) => p.in === 'query' && p.name === 'organizationId')) return true;
  let schema = op.requestBody?.content?.['application/json']?.schema as Schema | undefined;
  const ref = (schema as { $ref?: string } | undefined)?.$ref;
  if (ref) schema = (doc.components?.schemas as Record<string, Schema> | undefined)?.[ref.split('/').pop()!];
  return !!(schema as { properties?: Record<string, unknown> } | undefined)?.properties?.organizationId;
}

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
        const value =
          (op.operationId && DEMO_EXAMPLES[op.operationId]) ??
          requestExample(json.schema as Schema, (doc.components?.schemas ?? {}) as Record<string, Schema>);
        const needsIds = JSON.stringify(value).includes(EXAMPLE_ID_PLACEHOLDER) || path.includes('{');
        const flow = Object.keys(value && typeof value === 'object' ? value : {}).filter((k) => k in FLOW_VALUES);
        const steps = [
          ...(needsIds
            ? [
                'put the id of a demo object you may see (from the corresponding list) in the path and in place of every all-zero id',
              ]
            : []),
          ...flow.map((k) => `set \`${k}\` to ${FLOW_VALUES[k]}`),
        ];
        json.examples = {
          demo: {
            summary: caller ? `As the demo user ${caller}` : 'Anyone (no token)',
            description:
              (caller ? `Written for the demo login ${caller} (password in the README). ` : '') +
              (steps.length ? `Before sending: ${steps.join('; ')}.` : 'Works as is against the demo data.'),
            value,
            // Read by test/e2e/openapi-contract.spec.ts, which sends every runnable example as its caller.
            'x-demo-runnable': steps.length === 0,
            ...(caller ? { 'x-demo-caller': caller } : {}),
          },
        };
      }
      if (fact?.policy?.kind === 'user' && namesOrganization(path, op, doc)) {
        op.responses['403'] ??= problemResponse(403);
        const d = op.responses['403'] as { description?: string };
        d.description = `${d.description ?? 'Forbidden'}; or the portal of the organization the request names is not ACTIVE`;
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
        op.responses['409'] ??= problemResponse(
          409,
          'Conflict; or a request with the same Idempotency-Key is still in progress',
        );
        op.responses['422'] ??= problemResponse(
          422,
          'Unprocessable; or the Idempotency-Key was used with a different request',
        );
      }
      if (op.requestBody) op.responses['415'] ??= problemResponse(415);
      if (path.startsWith('/api/v1/')) {
        op.responses['429'] ??= problemResponse(429);
        // The readiness gate answers every API route until the app is ready and while it shuts down.
        op.responses['503'] ??= problemResponse(
          503,
          'Service unavailable: the instance is starting (migrations), shutting down, or the database is not reachable; retry after `Retry-After` seconds',
        );
      }
      const schemas = (doc.components?.schemas ?? {}) as Record<string, Record<string, unknown>>;
      for (const [status, response] of Object.entries(op.responses as Record<string, ResponseObject>)) {
        const code = Number(status);
        if (code === 401)
          addHeader(response, 'WWW-Authenticate', {
            description: '`Bearer`: the scheme the API takes',
            schema: { type: 'string', example: 'Bearer' },
          });
        if (code === 429 || code === 503) addHeader(response, 'Retry-After', RETRY_AFTER);
        if (code >= 200 && code < 300) {
          if (isVersioned(response.content?.['application/json']?.schema, schemas)) {
            addHeader(response, 'ETag', {
              description: 'Version of the resource: send it back as `If-Match` to update it',
              schema: { type: 'string', example: '"3"' },
            });
          }
          if (fact?.location && code === 201) {
            addHeader(response, 'Location', {
              description: `URL of the created resource, \`/api/v1/${fact.location}/{id}\``,
              schema: { type: 'string', format: 'uri-reference' },
            });
          }
          if (fact?.idempotent)
            addHeader(response, 'Idempotent-Replayed', {
              description: '`true` when this is the stored answer to an earlier request with the same Idempotency-Key',
              schema: { type: 'string', enum: ['true'] },
            });
        }
        for (const h of fact?.headers ?? []) {
          const name = h.name.toLowerCase();
          if (UNDOCUMENTED_FIXED_HEADERS.has(name)) continue;
          addHeader(response, HEADER_NAMES[name] ?? h.name, {
            description: `Always \`${h.value}\``,
            schema: { type: 'string', example: h.value },
          });
        }
        if (path.startsWith('/api/v1/'))
          for (const name of Object.keys(RATE_LIMIT_HEADERS))
            addHeader(response, name, { $ref: `#/components/headers/${name}` });
      }
    }
  }
  doc.components = { ...doc.components, headers: { ...(doc.components?.headers ?? {}), ...RATE_LIMIT_HEADERS } };
}
