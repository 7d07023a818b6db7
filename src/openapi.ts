import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { problemExample, problemResponse } from './common/api-problems.js';
import { documentHttpContract } from './common/openapi-contract.js';
import { documentWebhooks } from './webhooks/webhooks.openapi.js';
import { documentHttpSemantics } from './common/openapi-http-semantics.js';
import { documentMultipartBodies } from './attachments/openapi.js';

/** What each tag's resource is and who may use it (Spectral `operation-tag-defined`); a tag without one fails the build. */
export const TAG_DESCRIPTIONS: Record<string, string> = {
  access:
    'Access explanations: which grants allow an action on a ticket, CI or validation, or why none does. Staff ask about anyone; external users about themselves.',
  admin:
    'Provider administration that is not a resource of its own: the log of received mail and what became of each message. ADMIN only.',
  audit:
    'The audit trail of access changes (memberships, roles, portals, partner links), newest first. ADMIN sees everything; customer approvers and change managers their organisations.',
  sla: 'SLA on business time: calendars (time zone, weekly business hours, holidays) for contracts and sites (staff), and the SLA summary of the SLA tile.',
  auth: 'Sign-in, token refresh and sign-out, self-registration, email verification and password reset. Public: no token needed.',
  changes:
    'CHANGE tickets with their change approvals. Every signed-in user sees the changes the access policy lets them read.',
  cis: 'Configuration items (CIs): the equipment and services of an organisation, with the contracts covering them and a printable sheet. Staff create and edit; external users read what their sites and departments allow.',
  consent:
    "Consent: an organisation's permission contacts (the members entitled to ask for a change of its permission set) and its access summary (setting, contacts, partner links with consent, and who sees all its tickets by which grant). ADMIN names contacts; staff and the organisation's approvers and change managers read.",
  contracts:
    'Support, service and lease contracts with SLA targets and covered CIs, sold to a customer or purchased from a supplier. Staff manage them; external users read sold contracts they may see (purchased: staff only).',
  downloads:
    'Files published by staff to a portal or to one organisation (allow-listed types). Members download what is published to them.',
  attachments:
    "Files on tickets and on their comments: uploaded as multipart/form-data (streamed), listed with the ticket, downloaded as attachments. Whoever may comment on a ticket may attach; files follow the ticket's visibility (those of internal comments: staff only).",
  events:
    'Live events as Server-Sent Events: the changes the caller may read, filtered when each is sent, resumable with Last-Event-ID. Every signed-in user.',
  health: 'Liveness and readiness probes for load balancers and orchestrators. No authentication.',
  invoices:
    "Invoices of an organisation, optionally for one of its contracts. Staff see and create all; a CONTROLLER reads their organisations' invoices.",
  me: 'The signed-in user: profile, memberships, portal tiles, password and email changes, and two-factor (TOTP) enrolment. Every signed-in user, for themselves only.',
  partners:
    'Partner links between a PARTNER organisation and a CUSTOMER, with recorded consent; partner users then work for the customer. ADMIN links and unlinks; staff and the customer’s approvers and change managers read.',
  portals:
    'Customer portals: their lifecycle (DISABLED, ENABLED, ACTIVE), options, seat limit and pages of widgets. Staff read; ADMIN configures.',
  tenants:
    'Organisations (customers and partners) with their email domains, sites and access settings. ADMIN manages; members read their own.',
  tickets:
    'Tickets with their comments, CCs, history and workflow transitions. Every signed-in user; what each may read and change follows the access policy (sites, roles, restrictions).',
  users:
    'User accounts and their memberships in organisations (roles, sites, restrictions). Staff read and ADMIN manages users; customer approvers and change managers manage the roles in their organisation.',
  validations:
    'Validations and change approvals: staff ask the customer to accept or reject something on a ticket, eligible customer users decide once.',
  webhooks:
    'Webhook endpoints and their signed deliveries (Standard Webhooks), with every attempt logged and replays. Staff for any organisation or all of them; customer approvers and change managers for their organisation. A payload holds what the owner may read when it is sent.',
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
  const used = new Set<string>();
  for (const item of Object.values(doc.paths)) {
    for (const m of METHODS) {
      const op = (item as Json)[m] as
        | (Json & { responses: Record<string, Json>; tags?: string[]; parameters?: Json[]; requestBody?: unknown })
        | undefined;
      if (!op) continue;
      for (const t of op.tags ?? []) used.add(t);
      // A decorator may document a header its parameter decorator documents too: one entry each.
      if (op.parameters)
        op.parameters = op.parameters.filter(
          (p, i, all) => all.findIndex((q) => q.name === p.name && q.in === p.in) === i,
        );
      // Any body is parsed (malformed JSON is a 400), so every method that may carry one documents it.
      const takesInput = op.parameters?.length || op.requestBody || ['post', 'put', 'patch'].includes(m);
      if (takesInput) op.responses['400'] ??= problemResponse(400);
      op.responses['500'] ??= problemResponse(500);
      for (const [status, response] of Object.entries(op.responses)) {
        const media = (response.content as Record<string, Json> | undefined)?.['application/problem+json'];
        if (media && media.example === undefined && !media.examples) media.example = problemExample(Number(status));
      }
    }
  }
  const declared = new Map((doc.tags ?? []).map((t) => [t.name, t]));
  for (const name of [...used].sort()) {
    if (declared.has(name)) continue;
    const description = TAG_DESCRIPTIONS[name];
    if (!description) throw new Error(`OpenAPI tag '${name}' has no description in TAG_DESCRIPTIONS (src/openapi.ts)`);
    declared.set(name, { name, description });
  }
  doc.tags = [...declared.values()].sort((a, b) => a.name.localeCompare(b.name));
  walkSchemas([doc.paths, doc.components?.schemas, doc.components?.headers], (s) => {
    const types = Array.isArray(s.type) ? s.type : [s.type];
    if (
      types.includes('string') &&
      typeof s.format === 'string' &&
      s.maxLength === undefined &&
      FORMAT_MAX_LENGTH[s.format]
    )
      s.maxLength = FORMAT_MAX_LENGTH[s.format];
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
        'Lists are cursor-paginated: pass `nextCursor` back as `cursor`. Resources the caller may not see answer 404, exactly as if they did not exist. ' +
        'Every response carries `X-Request-Id` (the id in the server log and in problem bodies) and the security headers of the deployment (CSP, HSTS, `X-Content-Type-Options`…); ' +
        'these are not repeated per operation. The request examples are written for the demo data (`npm start` on a fresh clone): each names its demo login, whose password is in the README.',
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
  documentMultipartBodies(document);
  // Responses added by completeDocument (400, 500) get the cross-cutting headers too.
  documentHttpContract(app, completeDocument(document));
  // Again for what documentHttpContract added (integer bounds of its headers); idempotent.
  // The payloads webhook receivers get (OpenAPI 3.1 `webhooks`), for typed clients.
  return documentWebhooks(documentHttpSemantics(completeDocument(document)));
}
