import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import type { Schema as FuzzSchema } from './fuzz.js';

/**
 * Strict response validation against openapi.yaml: a response's status must be documented for
 * its operation, its content type among the media types documented for that status, every
 * header it sends documented there (apart from the transport headers below), and a JSON body
 * must match the schema (no undocumented property, every required one present). Property
 * presence is also counted per schema, so that a property sent in every response can be
 * required to be `required` (`requiredProblems`).
 */

type Schema = FuzzSchema & {
  nullable?: boolean;
  additionalProperties?: boolean | Schema;
  items?: Schema;
  properties?: Record<string, Schema>;
  allOf?: Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
};
type MediaType = { schema?: Schema };
type Response = { content?: Record<string, MediaType>; headers?: Record<string, unknown> };
type OperationDoc = { operationId: string; responses: Record<string, Response> };
export type ContractDoc = {
  paths: Record<string, Record<string, OperationDoc>>;
  components: { schemas: Record<string, Schema> };
};
export type ObservedResponse = { statusCode: number; headers: Record<string, unknown>; body: string };

/**
 * Headers any response may carry without being documented per operation: HTTP transport, CORS,
 * the security headers every response gets (helmet) and the request id (described in the
 * document's introduction).
 */
export const TRANSPORT_HEADERS = new Set([
  'date',
  'connection',
  'keep-alive',
  'content-length',
  'content-type',
  'transfer-encoding',
  'vary',
  'x-request-id',
  'access-control-allow-origin',
  'access-control-allow-credentials',
  'access-control-expose-headers',
  'content-security-policy',
  'cross-origin-opener-policy',
  'cross-origin-resource-policy',
  'cross-origin-embedder-policy',
  'origin-agent-cluster',
  'referrer-policy',
  'strict-transport-security',
  'x-content-type-options',
  'x-dns-prefetch-control',
  'x-download-options',
  'x-frame-options',
  'x-permitted-cross-domain-policies',
  'x-xss-protection',
  'permissions-policy',
]);

export function loadContractDoc(): ContractDoc {
  return load(readFileSync(join(process.cwd(), 'openapi.yaml'), 'utf8')) as ContractDoc;
}

const mediaOf = (ct: unknown) =>
  String(ct ?? '')
    .split(';')[0]
    .trim()
    .toLowerCase();

export class ResponseContract {
  /** schema name → property → [objects it was present in, objects it was absent from]. */
  private readonly seen = new Map<string, Map<string, [number, number]>>();
  private readonly routes: { method: string; template: string; re: RegExp; op: OperationDoc }[] = [];

  constructor(private readonly doc: ContractDoc = loadContractDoc()) {
    for (const [template, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        const re = new RegExp('^' + template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '[^/]+') + '$');
        this.routes.push({ method: method.toUpperCase(), template, re, op });
      }
    }
    // Literal paths before templated ones (`/tickets/export` before `/tickets/{id}`).
    this.routes.sort((a, b) => (a.template.match(/\{/g)?.length ?? 0) - (b.template.match(/\{/g)?.length ?? 0));
  }

  /** The documented operation a request goes to, by method and URL (query ignored). */
  operationFor(method: string, url: string): { template: string; op: OperationDoc } | undefined {
    const path = url.split('?')[0];
    return this.routes.find((r) => r.method === method.toUpperCase() && r.re.test(path));
  }

  /** What about the response is not in the document; empty when all of it is. */
  check(method: string, template: string, res: ObservedResponse): string[] {
    const op = this.doc.paths[template]?.[method.toLowerCase()];
    if (!op) return [`${method} ${template} is not documented`];
    const documented = op.responses[String(res.statusCode)];
    if (!documented)
      return [`undocumented status ${res.statusCode} (documented: ${Object.keys(op.responses).join(', ')})`];
    const out: string[] = [];
    const media = mediaOf(res.headers['content-type']);
    const content = documented.content ?? {};
    const types = Object.keys(content);
    const hasBody = res.body.length > 0;
    if (types.length === 0) {
      if (hasBody || media)
        out.push(
          `status ${res.statusCode} is documented without a body, got '${media || 'no content-type'}' (${res.body.length} bytes)`,
        );
    } else if (!types.includes(media) && !types.includes('*/*')) {
      out.push(
        `content type '${media || 'none'}' is not documented for ${res.statusCode} (documented: ${types.join(', ')})`,
      );
    }
    const documentedHeaders = new Set(Object.keys(documented.headers ?? {}).map((h) => h.toLowerCase()));
    for (const name of Object.keys(res.headers)) {
      const h = name.toLowerCase();
      if (!TRANSPORT_HEADERS.has(h) && !documentedHeaders.has(h))
        out.push(`header '${h}' is not documented for ${res.statusCode}`);
    }
    const schema = content[media]?.schema;
    if (schema && /json$/.test(media) && hasBody) {
      let body: unknown;
      try {
        body = JSON.parse(res.body);
      } catch {
        return [...out, `body is not JSON though sent as ${media}`];
      }
      this.validate(schema, body, '$', out);
    }
    return out;
  }

  /**
   * Properties that were present in every object of a schema seen at least `minObjects` times,
   * yet are not `required` there: a field the server always sends must be required in the schema.
   */
  requiredProblems(minObjects = 3): string[] {
    const out: string[] = [];
    for (const [name, props] of this.seen) {
      const required = new Set(this.doc.components.schemas[name]?.required ?? []);
      for (const [prop, [present, absent]] of props) {
        if (absent === 0 && present >= minObjects && !required.has(prop))
          out.push(`${name}.${prop} was sent in all ${present} objects but is not required`);
      }
    }
    return out.sort();
  }

  /** Names of the schemas some response object was checked against (coverage of `requiredProblems`). */
  schemasSeen(): string[] {
    return [...this.seen.keys()].sort();
  }

  private resolve(s: Schema): { schema: Schema; name?: string; nullable: boolean } {
    let cur = s;
    let name: string | undefined;
    let nullable = s.nullable === true || (Array.isArray(s.type) && s.type.includes('null'));
    for (let i = 0; i < 10; i++) {
      if (cur.$ref) {
        name = cur.$ref.split('/').pop()!;
        const { $ref: _r, ...rest } = cur;
        cur = { ...this.doc.components.schemas[name], ...rest };
      } else if (cur.allOf?.length === 1) {
        const { allOf, ...rest } = cur;
        cur = { ...allOf[0], ...rest };
      } else if (cur.anyOf?.length || cur.oneOf?.length) {
        const options = (cur.anyOf ?? cur.oneOf)!;
        if (options.some((o) => o.type === 'null')) nullable = true;
        const rest = options.filter((o) => o.type !== 'null');
        if (rest.length !== 1) break;
        cur = rest[0];
      } else break;
      if (cur.nullable === true || (Array.isArray(cur.type) && cur.type.includes('null'))) nullable = true;
    }
    return { schema: cur, name, nullable };
  }

  private validate(s: Schema, value: unknown, at: string, out: string[]): void {
    if (out.length > 20) return;
    const { schema, name, nullable } = this.resolve(s);
    if (value === null) {
      if (!nullable) out.push(`${at} is null but not nullable`);
      return;
    }
    const options = schema.anyOf ?? schema.oneOf;
    if (options) {
      // Several shapes: valid when one of them fits.
      const fits = options.some((o) => {
        const trial: string[] = [];
        this.validate(o, value, at, trial);
        return trial.length === 0;
      });
      if (!fits) out.push(`${at} matches none of the documented shapes`);
      return;
    }
    const types = (Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : []).filter(
      (t) => t !== 'null',
    );
    const type = types[0] ?? (schema.properties ? 'object' : undefined);
    if (schema.enum && !schema.enum.includes(value))
      out.push(`${at} = ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
    switch (type) {
      case 'object': {
        if (typeof value !== 'object' || Array.isArray(value)) {
          out.push(`${at} is not an object`);
          return;
        }
        const obj = value as Record<string, unknown>;
        const props = schema.properties ?? {};
        for (const key of schema.required ?? []) if (!(key in obj)) out.push(`${at}.${key} is required but missing`);
        for (const [key, v] of Object.entries(obj)) {
          if (props[key]) this.validate(props[key], v, `${at}.${key}`, out);
          else if (schema.additionalProperties === undefined || schema.additionalProperties === false) {
            if (schema.properties) out.push(`${at}.${key} is not documented${name ? ` in ${name}` : ''}`);
          } else if (typeof schema.additionalProperties === 'object')
            this.validate(schema.additionalProperties, v, `${at}.${key}`, out);
        }
        if (name) {
          const stats = this.seen.get(name) ?? new Map<string, [number, number]>();
          for (const key of Object.keys(props)) {
            const [present, absent] = stats.get(key) ?? [0, 0];
            stats.set(key, key in obj ? [present + 1, absent] : [present, absent + 1]);
          }
          this.seen.set(name, stats);
        }
        return;
      }
      case 'array':
        if (!Array.isArray(value)) out.push(`${at} is not an array`);
        else if (schema.items) value.forEach((v, i) => this.validate(schema.items!, v, `${at}[${i}]`, out));
        return;
      case 'string':
        if (typeof value !== 'string') out.push(`${at} is not a string`);
        return;
      case 'integer':
        if (!Number.isInteger(value)) out.push(`${at} is not an integer`);
        return;
      case 'number':
        if (typeof value !== 'number') out.push(`${at} is not a number`);
        return;
      case 'boolean':
        if (typeof value !== 'boolean') out.push(`${at} is not a boolean`);
        return;
      default:
        return;
    }
  }
}

/** Throws when a response is not what the document says (for e2e tests: `expectDocumented(contract, 'GET', url, res)`). */
export function expectDocumented(
  contract: ResponseContract,
  method: string,
  url: string,
  res: { status?: number; statusCode?: number; headers: Record<string, unknown>; text?: string; body?: unknown },
): void {
  const route = contract.operationFor(method, url);
  if (!route) throw new Error(`${method} ${url} matches no documented operation`);
  const text = typeof res.text === 'string' ? res.text : typeof res.body === 'string' ? res.body : '';
  const problems = contract.check(method, route.template, {
    statusCode: res.statusCode ?? res.status ?? 0,
    headers: res.headers,
    body: text,
  });
  if (problems.length) throw new Error(`${method} ${url} → ${res.statusCode ?? res.status}: ${problems.join('; ')}`);
}
