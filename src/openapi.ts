import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { documentHttpContract } from './common/openapi-contract.js';
import { documentHttpSemantics } from './common/openapi-http-semantics.js';

/** Descriptions of the tags controllers use (Spectral `operation-tag-defined`); unknown tags get a generic one. */
const TAG_DESCRIPTIONS: Record<string, string> = {
  access: 'Explain access decisions: which grants allow an action, or why none does',
  auth: 'Sign-in and tokens',
  me: 'The signed-in user: profile, memberships, portal tiles',
  health: 'Liveness and readiness probes (no authentication)',
  tickets: 'Tickets, comments, CCs and history, filtered by the access policy',
  tenants: 'Organisations, sites and groups',
  organizations: 'Organisations and their access settings',
  sites: 'Sites (locations) of an organisation',
  groups: 'Staff groups tickets are assigned to',
  users: 'Users and memberships',
  memberships: 'Memberships of users in organisations (roles, sites, restrictions)',
  contacts: "An organisation's member directory",
};

const METHODS = ['get', 'put', 'post', 'patch', 'delete', 'options', 'head', 'trace'] as const;

type Json = Record<string, unknown>;

/** Bounds implied by a string format (true by definition, so they document nothing new). */
const FORMAT_MAX_LENGTH: Record<string, number> = { uuid: 36, 'date-time': 35, date: 10, email: 254 };

function walkSchemas(node: unknown, visit: (schema: Json) => void): void {
  if (Array.isArray(node)) {
    for (const n of node) walkSchemas(n, visit);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const o = node as Json;
  if (typeof o.type === 'string' || Array.isArray(o.type)) visit(o);
  for (const v of Object.values(o)) walkSchemas(v, visit);
}

/**
 * Document-wide additions that each route would otherwise repeat: a problem+json 500 on every
 * operation, 400 on every operation that takes input, tag descriptions, and the length bounds
 * implied by string formats and integer widths.
 */
export function completeDocument(doc: OpenAPIObject): OpenAPIObject {
  const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDto' } } } });
  const used = new Set<string>();
  for (const item of Object.values(doc.paths)) {
    for (const m of METHODS) {
      const op = (item as Json)[m] as (Json & { responses: Json; tags?: string[]; parameters?: unknown[]; requestBody?: unknown }) | undefined;
      if (!op) continue;
      for (const t of op.tags ?? []) used.add(t);
      if ((op.parameters?.length || op.requestBody) && !op.responses['400'] && !op.responses['422']) {
        op.responses['400'] = problem('Invalid request: malformed id, unknown property or field errors');
      }
      op.responses['500'] ??= problem('Unexpected server error (details are logged under the request id, never returned)');
    }
  }
  const declared = new Map((doc.tags ?? []).map((t) => [t.name, t]));
  for (const name of [...used].sort()) if (!declared.has(name)) declared.set(name, { name, description: TAG_DESCRIPTIONS[name] ?? `Operations on ${name}` });
  doc.tags = [...declared.values()].sort((a, b) => a.name.localeCompare(b.name));
  walkSchemas([doc.paths, doc.components?.schemas], (s) => {
    const types = Array.isArray(s.type) ? s.type : [s.type];
    if (types.includes('string') && typeof s.format === 'string' && s.maxLength === undefined && FORMAT_MAX_LENGTH[s.format]) s.maxLength = FORMAT_MAX_LENGTH[s.format];
    if (types.includes('integer')) {
      s.format ??= 'int32';
      // The range an int32 has by definition (Spectral owasp:api4:2023-integer-limit).
      if (s.format === 'int32') {
        s.minimum ??= -2147483648;
        s.maximum ??= 2147483647;
      }
    }
  });
  (doc.servers ?? []).forEach((s) => Object.assign(s, { 'x-internal': false }));
  return doc;
}

/** The OpenAPI 3.1 document, generated from the controllers and DTOs. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Outpost API')
    .setDescription(
      'REST API of Outpost, the external customer-support portal. Every error is RFC 9457 `application/problem+json`. ' +
        'Lists are cursor-paginated: pass `nextCursor` back as `cursor`. Resources the caller may not see answer 404, exactly as if they did not exist.',
    )
    .setVersion('1.0.0')
    .setOpenAPIVersion('3.1.0')
    .setLicense('Proprietary', 'https://outpost.dev/license')
    .setContact('Outpost support', 'https://outpost.dev', 'support@outpost.dev')
    .addServer('/', 'This server (the same origin in local, staging and production deployments)')
    .addBearerAuth({
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
      description:
        'Access token from POST /api/v1/auth/login. JWTs follow RFC8725 (JSON Web Token Best Current Practices): ' +
        'HS256 only (algorithm pinned on verify, `none` refused), issuer, audience, type and expiry checked, short lifetime.',
    })
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    operationIdFactory: (controllerKey, methodKey) => `${controllerKey.replace(/Controller$/, '')}_${methodKey}`,
  });
  documentHttpContract(app, document);
  return documentHttpSemantics(completeDocument(document));
}
