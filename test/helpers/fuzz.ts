import * as fc from 'fast-check';

/**
 * Request generation for the contract fuzz test (test/e2e/fuzz.spec.ts): OpenAPI schemas turned
 * into valid-looking values, hostile mutations and fast-check arbitraries. Everything is
 * deterministic: fixed seeds, fixed catalogues.
 */

export type Schema = {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
  pattern?: string;
  example?: unknown;
  default?: unknown;
  additionalProperties?: boolean | Schema;
};

export interface Operation {
  method: string;
  path: string;
  operationId: string;
  parameters: { name: string; in: 'path' | 'query' | 'header'; required?: boolean; schema?: Schema }[];
  body?: Schema;
  /** The schema of a `multipart/form-data` body, for operations that take files. */
  multipart?: Schema;
  isPublic: boolean;
  isList: boolean;
}

export interface FuzzRequest {
  label: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
}

/** Ids of the seeded world, by the parameter/field name that carries them. */
export type RealIds = Record<string, string>;

export function loadOperations(doc: {
  paths: Record<string, Record<string, any>>;
  components: { schemas: Record<string, Schema> };
}): Operation[] {
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
      const op = item[method];
      if (!op) continue;
      const body = op.requestBody?.content?.['application/json']?.schema as Schema | undefined;
      const multipart = op.requestBody?.content?.['multipart/form-data']?.schema as Schema | undefined;
      const ok = op.responses?.['200']?.content?.['application/json']?.schema as Schema | undefined;
      ops.push({
        method: method.toUpperCase(),
        path,
        operationId: op.operationId,
        parameters: op.parameters ?? [],
        body,
        multipart,
        isPublic: !op.security || op.security.some((s: object) => Object.keys(s).length === 0),
        isList: !!ok?.$ref?.endsWith('Page'),
      });
    }
  }
  return ops;
}

export class SchemaTool {
  constructor(private readonly schemas: Record<string, Schema>) {}

  /** Follows $ref and single-element allOf (how @nestjs/swagger writes enum refs). */
  resolve(s: Schema | undefined): Schema {
    let cur = s ?? {};
    for (let i = 0; i < 10; i++) {
      if (cur.$ref) cur = { ...this.schemas[cur.$ref.split('/').pop()!], ...withoutRef(cur) };
      else if (cur.allOf?.length === 1) cur = { ...this.resolve(cur.allOf[0]), ...withoutKey(cur, 'allOf') };
      else if (cur.anyOf?.length) cur = this.resolve(cur.anyOf.find((x) => x.type !== 'null') ?? cur.anyOf[0]);
      else if (cur.oneOf?.length) cur = this.resolve(cur.oneOf[0]);
      else break;
    }
    return cur;
  }

  typeOf(s: Schema): string {
    const r = this.resolve(s);
    if (Array.isArray(r.type)) return r.type.find((t) => t !== 'null') ?? 'string';
    if (r.type) return r.type;
    if (r.properties) return 'object';
    if (r.enum) return 'string';
    return 'any';
  }

  /** A plausible, mostly valid value (real ids where the name says which). */
  valid(s: Schema | undefined, name = '', ids: RealIds = {}, depth = 0): unknown {
    const r = this.resolve(s);
    if (r.example !== undefined && !name.endsWith('Id') && !name.endsWith('Ids') && r.format !== 'date-time')
      return r.example;
    if (r.enum?.length) return r.enum[0];
    switch (this.typeOf(r)) {
      case 'string':
        if (r.format === 'uuid')
          return ids[name] ?? ids[name.replace(/Ids?$/, 'Id')] ?? '0190b7c2-1111-7000-8000-000000000001';
        if (r.format === 'email') return 'fuzz.person@example.test';
        if (r.format === 'date') return '2025-06-01';
        if (r.format === 'date-time') return '2031-01-01T10:00:00.000Z';
        if (r.format === 'base64') return 'aGVsbG8=';
        if (r.pattern === '^[A-Z]{3}$') return 'EUR';
        return 'fuzz value'.slice(0, Math.max(r.maxLength ?? 10, r.minLength ?? 1));
      case 'integer':
      case 'number':
        return r.minimum !== undefined ? Math.max(r.minimum, Math.min(r.maximum ?? 1, 1)) : 1;
      case 'boolean':
        return true;
      case 'array': {
        const item = this.valid(r.items, name.replace(/Ids$/, 'Id'), ids, depth + 1);
        return depth > 3 ? [] : [item];
      }
      case 'object': {
        if (depth > 4) return {};
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(r.properties ?? {})) out[k] = this.valid(v, k, ids, depth + 1);
        return out;
      }
      default:
        return 'x';
    }
  }

  /** Dotted paths of every property (nested objects and array items up to depth 3). */
  fieldPaths(s: Schema | undefined, prefix: string[] = [], depth = 0): string[][] {
    const r = this.resolve(s);
    const t = this.typeOf(r);
    if (depth > 3) return [];
    if (t === 'object') {
      const out: string[][] = [];
      for (const [k, v] of Object.entries(r.properties ?? {})) {
        out.push([...prefix, k]);
        out.push(...this.fieldPaths(v, [...prefix, k], depth + 1));
      }
      return out;
    }
    if (t === 'array' && r.items) {
      const it = this.resolve(r.items);
      if (this.typeOf(it) === 'object') return this.fieldPaths(it, [...prefix, '0'], depth + 1);
    }
    return [];
  }

  /** A fast-check arbitrary: mostly schema-shaped values, with hostile leaves mixed in. */
  arbitrary(s: Schema | undefined, name: string, ids: RealIds, depth = 0): fc.Arbitrary<unknown> {
    const r = this.resolve(s);
    const hostile = hostileArbitrary(depth);
    let good: fc.Arbitrary<unknown>;
    if (r.enum?.length) good = fc.constantFrom(...r.enum);
    else
      switch (this.typeOf(r)) {
        case 'string':
          if (r.format === 'uuid') good = fc.oneof(fc.constantFrom(...Object.values(ids)), fc.uuid());
          else if (r.format === 'date' || r.format === 'date-time')
            good = fc
              .date({ noInvalidDate: true })
              .map((d) => (r.format === 'date' ? d.toISOString().slice(0, 10) : d.toISOString()));
          else if (r.format === 'email') good = fc.emailAddress();
          else
            good = fc.oneof(
              fc.string({ maxLength: r.maxLength ?? 300 }),
              fc.fullUnicodeString({ maxLength: 40 }),
              fc.string({ minLength: 1, maxLength: 8 }),
            );
          break;
        case 'integer':
        case 'number':
          good = fc.oneof(
            fc.integer({ min: r.minimum ?? -2_000_000, max: r.maximum ?? 2_000_000 }),
            fc.integer(),
            fc.double({ noNaN: true, noDefaultInfinity: true }),
            fc.constantFrom(2147483647, 2147483648, -2147483649, Number.MAX_SAFE_INTEGER + 2, 1e308),
          );
          break;
        case 'boolean':
          good = fc.boolean();
          break;
        case 'array':
          good =
            depth > 3
              ? fc.constant([])
              : fc.array(this.arbitrary(r.items, name.replace(/Ids$/, 'Id'), ids, depth + 1), { maxLength: 6 });
          break;
        case 'object': {
          if (depth > 3) {
            good = fc.constant({});
            break;
          }
          const props = Object.fromEntries(
            Object.entries(r.properties ?? {}).map(([k, v]) => [k, this.arbitrary(v, k, ids, depth + 1)]),
          );
          good = fc.record(props, { requiredKeys: (r.required ?? []).filter((k) => k in props) });
          if (r.additionalProperties)
            good = fc.oneof(
              good,
              fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 5 }),
            );
          break;
        }
        default:
          good = fc.jsonValue({ maxDepth: 2 });
      }
    return fc.oneof({ weight: 4, arbitrary: good }, { weight: 1, arbitrary: hostile });
  }
}

const withoutRef = (s: Schema): Schema => withoutKey(s, '$ref');
function withoutKey<K extends keyof Schema>(s: Schema, key: K): Schema {
  const { [key]: _drop, ...rest } = s;
  return rest;
}

function hostileArbitrary(depth: number): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constant(null),
    fc.constantFrom(
      ...HOSTILE.filter(([label]) => !label.startsWith('long') && !label.startsWith('deep')).map(([, v]) => v),
    ),
    fc.fullUnicodeString({ maxLength: 20 }),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    depth > 2 ? fc.constant([]) : fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }),
    depth > 2
      ? fc.constant({})
      : fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
  );
}

/**
 * The hostile values worth sending to one field: null and one wrong type (the validator's
 * answer is the same for every wrong type), then the extremes of the right type, which are the
 * values that get past validation and reach services and the database.
 */
export function hostileFor(tool: SchemaTool, s: Schema | undefined, nested: boolean): [string, unknown][] {
  const r = tool.resolve(s);
  const pick = (...labels: string[]) => HOSTILE.filter(([l]) => labels.includes(l));
  let out: [string, unknown][];
  switch (tool.typeOf(r)) {
    case 'string':
      out = pick('null', 'number', 'empty-string', 'huge-string', 'nul-byte', 'unicode', 'lone-surrogate', 'sql');
      if (r.format === 'uuid') out.push(...pick('unknown-uuid', 'nil-uuid', 'uuid-upper'));
      if (r.format === 'date' || r.format === 'date-time')
        out.push(...pick('date-far-future', 'date-year-10000', 'date-year-0', 'date-invalid', 'date-bc'));
      break;
    case 'integer':
    case 'number':
      out = pick(
        'null',
        'empty-string',
        'float',
        'negative',
        'zero',
        'int32-overflow',
        'int32-underflow',
        'unsafe-int',
        'max-double',
      );
      break;
    case 'boolean':
      out = pick('null', 'empty-string', 'number');
      break;
    case 'array':
      out = pick('null', 'empty-string', 'object', 'long-array');
      break;
    case 'object':
      out = pick('null', 'empty-string', 'array', 'deep-object', 'nul-byte');
      out.push(['empty-object', {}], ['nul-key', { 'a\u0000': 1 }], ['surrogate-key', { '\ud800': 1 }]);
      break;
    default:
      out = HOSTILE;
  }
  return nested ? out.filter(([l]) => !['huge-string', 'long-array', 'deep-object', 'sql'].includes(l)) : out;
}

export function deep(n: number): unknown {
  let v: unknown = 'bottom';
  for (let i = 0; i < n; i++) v = { a: v };
  return v;
}

/** The same hostile values everywhere a scalar, array or object is expected. */
export const HOSTILE: [string, unknown][] = [
  ['null', null],
  ['empty-string', ''],
  ['huge-string', 'A'.repeat(70_000)],
  ['nul-byte', 'a\u0000b'],
  ['unicode', '\u202eＵｎｉ𝔠𝔬𝔡𝔢 ☃ 😀 \u0301\ufeff'],
  ['lone-surrogate', 'x\ud800y'],
  ['sql', "' OR 1=1; --"],
  ['number', 12345],
  ['float', 1.5],
  ['negative', -1],
  ['zero', 0],
  ['int32-overflow', 2147483648],
  ['int32-underflow', -2147483649],
  ['unsafe-int', 2 ** 53],
  ['max-double', 1.7976931348623157e308],
  ['true', true],
  ['array', ['a']],
  ['object', { a: 1 }],
  ['long-array', Array.from({ length: 5000 }, (_, i) => `item-${i}`)],
  ['deep-object', deep(300)],
  ['date-far-future', '+275760-09-13T00:00:00.000Z'],
  ['date-year-10000', '10000-01-01'],
  ['date-year-0', '0000-01-01'],
  ['date-invalid', '2025-02-30'],
  ['date-bc', '-000001-01-01T00:00:00Z'],
  ['unknown-uuid', '0190b7c2-dead-7000-8000-00000000beef'],
  ['nil-uuid', '00000000-0000-0000-0000-000000000000'],
  ['uuid-upper', '0190B7C2-DEAD-7000-8000-00000000BEEF'],
];

export const MALFORMED_IDS: [string, string][] = [
  ['word', 'abc'],
  ['number', '1'],
  ['negative', '-1'],
  ['big-number', '99999999999999999999999'],
  ['sql', encodeURIComponent("1' OR '1'='1")],
  ['nul', '%00'],
  ['percent-bad', '%E0%A4%A'],
  ['unicode', encodeURIComponent('ü𝔘☃')],
  ['huge', 'a'.repeat(5000)],
  ['uuid-no-dashes', '0190b7c2dead70008000000000000000'],
  ['uuid-braces', encodeURIComponent('{0190b7c2-dead-7000-8000-00000000beef}')],
  ['nil-uuid', '00000000-0000-0000-0000-000000000000'],
  ['max-uuid', 'ffffffff-ffff-ffff-ffff-ffffffffffff'],
  ['dot-dot', '..'],
  ['space', '%20'],
];

/** Values for query parameters (already URL-encoded). */
export const QUERY_VALUES: [string, string][] = [
  ['empty', ''],
  ['word', 'abc'],
  ['huge', 'q'.repeat(6000)],
  ['nul', '%00'],
  ['unicode', encodeURIComponent('ü𝔘☃\u202e')],
  ['sql', encodeURIComponent("' OR 1=1; SELECT pg_sleep(1); --")],
  ['like-wildcards', encodeURIComponent('%_\\')],
  ['number', '12345'],
  ['negative', '-1'],
  ['huge-number', '1e309'],
  ['bool', 'true'],
  ['uuid-unknown', '0190b7c2-dead-7000-8000-00000000beef'],
  ['date-far', encodeURIComponent('+275760-09-13T00:00:00.000Z')],
  ['date-bad', '2025-02-30'],
  ['date-y10000', '10000-01-01'],
  ['percent-bad', '%E0%A4%A'],
  ['brackets', 'a%5B%5D'],
];

/** The query values worth sending to one parameter, by its schema (as `hostileFor` for bodies). */
export function queryValuesFor(tool: SchemaTool, s: Schema | undefined): [string, string][] {
  const r = tool.resolve(s);
  const pick = (...labels: string[]) => QUERY_VALUES.filter(([l]) => labels.includes(l));
  const common = ['empty', 'huge', 'nul', 'unicode', 'percent-bad'];
  const items = r.items ? tool.resolve(r.items) : undefined;
  if (r.enum || items?.enum) return pick(...common, 'word', 'brackets');
  if (r.format === 'uuid') return pick(...common, 'word', 'sql', 'uuid-unknown');
  if (r.format === 'date-time' || r.format === 'date')
    return pick(...common, 'word', 'date-far', 'date-bad', 'date-y10000', 'huge-number');
  switch (tool.typeOf(r)) {
    case 'boolean':
      return pick(...common, 'word', 'number');
    case 'integer':
    case 'number':
      return pick(...common, 'word', 'negative', 'huge-number');
    default:
      return pick(...common, 'sql', 'like-wildcards', 'brackets', 'number');
  }
}

/** Page parameters (limit and cursor), whatever the operation documents. */
export const PAGE_VALUES: [string, string][] = [
  ['limit-negative', 'limit=-1'],
  ['limit-zero', 'limit=0'],
  ['limit-huge', 'limit=1e309'],
  ['limit-int-overflow', 'limit=2147483648'],
  ['limit-float', 'limit=1.5'],
  ['limit-repeated', 'limit=1&limit=2'],
  ['limit-empty', 'limit='],
  ['cursor-garbage', 'cursor=%%%garbage'],
  ['cursor-b64-object', `cursor=${b64('{"a":1}')}`],
  ['cursor-b64-null', `cursor=${b64('null')}`],
  ['cursor-b64-numbers', `cursor=${b64('[1e309, 12]')}`],
  ['cursor-b64-far-date', `cursor=${b64('["+275760-09-13T00:00:00.000Z","0190b7c2-dead-7000-8000-00000000beef"]')}`],
  ['cursor-b64-bc-date', `cursor=${b64('["-271821-04-20T00:00:00.000Z","0190b7c2-dead-7000-8000-00000000beef"]')}`],
  ['cursor-b64-year0', `cursor=${b64('["0000-01-01T00:00:00.000Z","0190b7c2-dead-7000-8000-00000000beef"]')}`],
  ['cursor-b64-bad-id', `cursor=${b64('["2025-01-01T00:00:00.000Z","x"]')}`],
  [
    'cursor-b64-extra',
    `cursor=${b64('["2025-01-01T00:00:00.000Z","0190b7c2-dead-7000-8000-00000000beef","more",{"__proto__":1}]')}`,
  ],
  [
    'cursor-b64-sort-keys',
    `cursor=${b64('["2025-01-01T00:00:00.000Z","0190b7c2-dead-7000-8000-00000000beef",1e400,null]')}`,
  ],
  ['sort-cursor-nul-key', `cursor=${b64('["a\\u0000b","0190b7c2-dead-7000-8000-00000000beef"]')}`],
  ['sort-cursor-surrogate-key', `cursor=${b64('["\\ud800","0190b7c2-dead-7000-8000-00000000beef"]')}`],
  ['sort-cursor-bad-date-key', `cursor=${b64('["2025-13-45","0190b7c2-dead-7000-8000-00000000beef"]')}`],
  ['sort-cursor-huge-key', `cursor=${b64(JSON.stringify(['k'.repeat(3000), '0190b7c2-dead-7000-8000-00000000beef']))}`],
  ['cursor-repeated', `cursor=${b64('x')}&cursor=${b64('y')}`],
  ['cursor-huge', `cursor=${'A'.repeat(4000)}`],
];

function b64(s: string): string {
  return Buffer.from(s).toString('base64url');
}

/** Whole bodies that are not the expected object. */
export const RAW_BODIES: { label: string; contentType?: string; payload: string | Buffer }[] = [
  { label: 'empty-json', contentType: 'application/json', payload: '' },
  { label: 'json-null', contentType: 'application/json', payload: 'null' },
  { label: 'json-array', contentType: 'application/json', payload: '[]' },
  { label: 'json-array-of-objects', contentType: 'application/json', payload: '[{"a":1}]' },
  { label: 'json-string', contentType: 'application/json', payload: '"text"' },
  { label: 'json-number', contentType: 'application/json', payload: '1e309' },
  { label: 'json-true', contentType: 'application/json', payload: 'true' },
  { label: 'invalid-json', contentType: 'application/json', payload: '{"a":' },
  { label: 'json-trailing-garbage', contentType: 'application/json', payload: '{} xyz' },
  { label: 'json-nul', contentType: 'application/json', payload: '{"a":"\\u0000"}' },
  {
    label: 'json-proto',
    contentType: 'application/json',
    payload: '{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}',
  },
  { label: 'json-deep', contentType: 'application/json', payload: '['.repeat(5000) + ']'.repeat(5000) },
  {
    label: 'json-deep-objects',
    contentType: 'application/json',
    payload: '{"a":'.repeat(3000) + '1' + '}'.repeat(3000),
  },
  {
    label: 'json-invalid-utf8',
    contentType: 'application/json',
    payload: Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
  },
  { label: 'json-bom', contentType: 'application/json', payload: '\ufeff{}' },
  { label: 'json-charset-latin1', contentType: 'application/json; charset=latin1', payload: '{}' },
  { label: 'json-charset-garbage', contentType: 'application/json; charset=%%%', payload: '{}' },
  { label: 'text-plain', contentType: 'text/plain', payload: 'hello' },
  { label: 'xml', contentType: 'application/xml', payload: '<a/>' },
  { label: 'form', contentType: 'application/x-www-form-urlencoded', payload: 'a=1&b=2' },
  {
    label: 'multipart',
    contentType: 'multipart/form-data; boundary=x',
    payload: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--\r\n',
  },
  { label: 'content-type-garbage', contentType: '%%%/;;;', payload: '{}' },
  { label: 'no-content-type', payload: '{}' },
  { label: 'json-patch', contentType: 'application/merge-patch+json', payload: '{}' },
];

/** Odd headers, each added to an otherwise valid request. */
export const ODD_HEADERS: [string, Record<string, string>][] = [
  ['if-match-garbage', { 'if-match': 'garbage' }],
  ['if-match-empty', { 'if-match': '' }],
  ['if-match-star', { 'if-match': '*' }],
  ['if-match-weak', { 'if-match': 'W/"1"' }],
  ['if-match-huge-number', { 'if-match': '"99999999999999999999"' }],
  ['if-match-negative', { 'if-match': '"-1"' }],
  ['if-match-list', { 'if-match': '"1", "2"' }],
  ['if-match-huge', { 'if-match': '"' + '9'.repeat(8000) + '"' }],
  ['idempotency-key-spaces', { 'idempotency-key': 'has spaces' }],
  ['idempotency-key-huge', { 'idempotency-key': 'k'.repeat(8000) }],
  ['idempotency-key-unicode', { 'idempotency-key': encodeURIComponent('ü☃') }],
  ['idempotency-key-empty', { 'idempotency-key': '' }],
  ['accept-xml', { accept: 'application/xml' }],
  ['accept-garbage', { accept: '%%%;q=abc' }],
  ['x-request-id-garbage', { 'x-request-id': '<script>' + 'x'.repeat(300) }],
  ['huge-header', { 'x-filler': 'f'.repeat(12_000) }],
  ['forwarded-garbage', { 'x-forwarded-for': 'not-an-ip, %%%, ::::' }],
];

export const AUTH_GARBAGE: [string, string][] = [
  ['bearer-empty', 'Bearer '],
  ['bearer-garbage', 'Bearer not.a.jwt'],
  ['bearer-huge', 'Bearer ' + 'a'.repeat(8000)],
  [
    'bearer-alg-none',
    'Bearer eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiIwMTkwYjdjMi1kZWFkLTcwMDAtODAwMC0wMDAwMDAwMGJlZWYiLCJlcCI6MCwidHlwIjoiYWNjZXNzIn0.',
  ],
  ['bearer-sub-not-uuid', 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiInIE9SIDE9MSIsImVwIjoiYSIsInR5cCI6ImFjY2VzcyJ9.c2ln'],
  ['basic', 'Basic YWRtaW46YWRtaW4='],
  ['scheme-only', 'Bearer'],
  ['lowercase-scheme', 'bearer abc'],
  ['unicode', 'Bearer \u00e9\u00e8'],
];

/** What a response must never be or contain. Returns the reasons it fails, empty when fine. */
export function responseProblems(res: {
  statusCode: number;
  headers: Record<string, unknown>;
  body: string;
}): string[] {
  const out: string[] = [];
  const ct = String(res.headers['content-type'] ?? '');
  if (res.statusCode >= 500) out.push(`status ${res.statusCode}`);
  if (res.statusCode >= 400 && !ct.startsWith('application/problem+json'))
    out.push(`${res.statusCode} as '${ct || 'no content-type'}'`);
  const textual = ct === '' || /json|text|html|xml/.test(ct);
  if (textual) {
    const body = res.body;
    if (/\bat [^\s]+ \(|\bat (?:file:\/\/|\/)[^\s]+:\d+:\d+/.test(body)) out.push('stack frame in body');
    if (/prisma/i.test(body)) out.push("'prisma' in body");
    if (body.includes('SELECT ')) out.push("'SELECT ' in body");
    if (body.includes('ERROR:')) out.push("'ERROR:' in body");
    if (/node_modules|file:\/\/|\/(?:work|src|dist|home|usr|app)\/[^\s"]*\.(?:ts|js|mjs|cjs)\b/.test(body))
      out.push('file path in body');
  }
  return out;
}

export const MULTIPART_BOUNDARY = 'fuzzboundary7MA4YWxkTrZu0gW';

export type MultipartPart =
  { name: string; value: string } | { name: string; file: Buffer; filename: string; contentType?: string };

/** A multipart/form-data body (RFC 7578) from parts, fields and files in order. */
export function multipartBody(parts: MultipartPart[], boundary = MULTIPART_BOUNDARY): Buffer {
  const out: Buffer[] = [];
  for (const p of parts) {
    if ('file' in p) {
      out.push(
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"; filename="${p.filename}"\r\n` +
            (p.contentType ? `Content-Type: ${p.contentType}\r\n` : '') +
            '\r\n',
        ),
        p.file,
        Buffer.from('\r\n'),
      );
    } else {
      out.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"\r\n\r\n${p.value}\r\n`));
    }
  }
  out.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(out);
}

const FUZZ_FILE = { file: Buffer.from('fuzz file\n'), filename: 'fuzz.txt', contentType: 'text/plain' };

/** Valid parts for a multipart schema: each binary property one small text file, each other property a field. */
export function validParts(tool: SchemaTool, schema: Schema, ids: RealIds): MultipartPart[] {
  const s = tool.resolve(schema);
  const fields: MultipartPart[] = [];
  const files: MultipartPart[] = [];
  for (const [name, prop] of Object.entries(s.properties ?? {})) {
    const ps = tool.resolve(prop);
    const binary = ps.format === 'binary' || tool.resolve(ps.items).format === 'binary';
    if (binary) files.push({ name, ...FUZZ_FILE });
    else if ((s.required ?? []).includes(name) || name.endsWith('Id')) {
      const v = tool.valid(prop, name, ids);
      fields.push({ name, value: typeof v === 'string' ? v : JSON.stringify(v) });
    }
  }
  return [...fields, ...files];
}

/** Hostile multipart bodies for an operation that takes files: labelled payloads and their content types. */
export function hostileMultipart(valid: MultipartPart[]): { label: string; contentType: string; payload: Buffer }[] {
  const type = `multipart/form-data; boundary=${MULTIPART_BOUNDARY}`;
  const fields = valid.filter((p) => !('file' in p));
  const fileName = valid.find((p) => 'file' in p)?.name ?? 'file';
  const withFile = (f: Partial<typeof FUZZ_FILE>) => multipartBody([...fields, { name: fileName, ...FUZZ_FILE, ...f }]);
  const whole = multipartBody(valid);
  return [
    { label: 'multipart valid', contentType: type, payload: whole },
    { label: 'multipart truncated', contentType: type, payload: whole.subarray(0, Math.floor(whole.length / 2)) },
    { label: 'multipart no closing boundary', contentType: type, payload: whole.subarray(0, whole.length - 8) },
    { label: 'multipart empty', contentType: type, payload: Buffer.alloc(0) },
    { label: 'multipart no boundary', contentType: 'multipart/form-data', payload: whole },
    { label: 'multipart wrong boundary', contentType: 'multipart/form-data; boundary=other', payload: whole },
    { label: 'multipart garbage', contentType: type, payload: Buffer.from('%%%\r\n--\r\n\u0000\u0000') },
    { label: 'multipart only fields', contentType: type, payload: multipartBody(fields) },
    { label: 'multipart empty file', contentType: type, payload: withFile({ file: Buffer.alloc(0) }) },
    {
      label: 'multipart hostile file name',
      contentType: type,
      payload: withFile({ filename: '../../etc/\u0007pa\u202Esswd\u200B..' }),
    },
    {
      label: 'multipart huge file name',
      contentType: type,
      payload: withFile({ filename: 'a'.repeat(5000) + '.txt' }),
    },
    { label: 'multipart dot file name', contentType: type, payload: withFile({ filename: '...' }) },
    {
      label: 'multipart html as text',
      contentType: type,
      payload: withFile({ file: Buffer.from('<html><script>1</script>') }),
    },
    {
      label: 'multipart png declared as pdf',
      contentType: type,
      payload: withFile({
        file: Buffer.from('\x89PNG\r\n\x1a\n\0\0\0\rIHDR', 'latin1'),
        contentType: 'application/pdf',
      }),
    },
    { label: 'multipart odd part type', contentType: type, payload: withFile({ contentType: '%%%/;;' }) },
    {
      label: 'multipart unknown field',
      contentType: type,
      payload: multipartBody([{ name: 'zzz', value: '1' }, ...valid]),
    },
    {
      label: 'multipart proto field',
      contentType: type,
      payload: multipartBody([{ name: '__proto__', value: '1' }, ...valid]),
    },
    {
      label: 'multipart field after file',
      contentType: type,
      payload: multipartBody([...valid, { name: 'zzz', value: '1' }]),
    },
    {
      label: 'multipart many files',
      contentType: type,
      payload: multipartBody([...fields, ...Array.from({ length: 12 }, () => ({ name: fileName, ...FUZZ_FILE }))]),
    },
    {
      label: 'multipart many fields',
      contentType: type,
      payload: multipartBody([...Array.from({ length: 300 }, (_, i) => ({ name: `f${i}`, value: 'x' })), ...valid]),
    },
    {
      label: 'multipart huge field',
      contentType: type,
      payload: multipartBody([
        { name: fields[0] && 'name' in fields[0] ? fields[0].name : 'body', value: 'A'.repeat(200_000) },
        ...valid,
      ]),
    },
  ];
}
