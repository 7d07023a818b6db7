import { readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import * as fc from 'fast-check';
import { load } from 'js-yaml';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { Factory } from '../factories/index.js';
import { ResponseContract } from '../helpers/contract.js';
import {
  AUTH_GARBAGE,
  MALFORMED_IDS,
  ODD_HEADERS,
  PAGE_VALUES,
  RAW_BODIES,
  SchemaTool,
  hostileMultipart,
  validParts,
  hostileFor,
  loadOperations,
  queryValuesFor,
  responseProblems,
  type FuzzRequest,
  type Operation,
  type RealIds,
  type Schema,
} from '../helpers/fuzz.js';

/**
 * Contract fuzzing: every operation of openapi.yaml, for an anonymous caller, an admin and an
 * external member, with hostile path ids, query values, bodies and headers. No answer may be a
 * 5xx, every 4xx is problem+json, and no body shows internals (stack frames, Prisma, SQL, paths).
 * Every answer is also held to the document: its status, content type, headers and JSON body
 * must be documented for the operation, and a property sent in every object of a schema must be
 * `required` there (test/helpers/contract.ts).
 * Deterministic: fixed catalogues and fast-check samples with a fixed seed.
 */
const SEED = 20250601;
const FC_RUNS = 12;

type Caller = 'anonymous' | 'admin' | 'member';
const CALLERS: Caller[] = ['anonymous', 'admin', 'member'];

describe('contract fuzz: every operation under hostile input', () => {
  let ctx: TestContext;
  let f: Factory;
  let tool: SchemaTool;
  let ops: Operation[];
  let ids: RealIds;
  let pathIds: Record<string, string>;
  let world: Awaited<ReturnType<typeof seed>>;
  let contract: ResponseContract;
  /** Contract drift found while fuzzing: `<operation> <status>: <what>` → an example request. */
  const drift = new Map<string, string>();
  let fuzzed = false;

  async function seed() {
    const portal = await f.portal({ name: 'Fuzz portal' });
    const page = await ctx.prisma.portalPage.create({
      data: {
        portalId: portal.id,
        title: 'Tickets',
        slug: 'tickets',
        position: 0,
        widgets: { create: [{ type: 'TEXT', position: 0, config: { markdown: 'hi' } }] },
      },
    });
    const org = await f.org({ portalId: portal.id, ticketAccess: 'ORG_READ' });
    const partner = await f.org({ kind: 'PARTNER', portalId: portal.id });
    const link = await ctx.prisma.partnerLink.create({
      data: {
        partnerOrganizationId: partner.id,
        organizationId: org.id,
        consentedByName: 'Cora Consent',
        consentedAt: new Date('2025-01-01'),
        requestedByName: 'Cora Consent',
      },
    });
    const site1 = await f.site(org.id);
    const site2 = await f.site(org.id);
    const admin = await f.staff('ADMIN');
    const agent = await f.staff('AGENT');
    const group = await f.group();
    await ctx.prisma.groupMember.create({ data: { groupId: group.id, userId: agent.id } });
    const member = await f.member(org.id, {
      roles: ['CHANGE_MANAGER', 'CONTROLLER'],
      homeSiteId: site1.id,
      writeSiteIds: [site2.id],
      department: 'IT',
    });
    const other = await f.member(org.id, { homeSiteId: site2.id });
    const ticket = await f.ticket(org.id, member.id, { siteId: site1.id });
    await f.cc(ticket, other.id);
    const ci = await f.ci(org.id, { siteId: site1.id, department: 'IT' });
    const contract = await f.contract(org.id, {
      siteId: site1.id,
      ciIds: [ci.id],
      sla: [{ priority: 'HIGH', responseMinutes: 60, resolutionMinutes: 480 }],
    });
    const invoice = await f.invoice(org.id, { contractId: contract.id });
    const validation = await f.validation(ticket, agent.id, { dueAt: new Date('2031-01-01') });
    await f.validation(ticket, agent.id, { kind: 'CHANGE', dueAt: new Date('2031-01-01') });
    const download = await f.download({ organizationId: org.id });
    await f.download({ portalId: portal.id });
    return {
      portal,
      page,
      org,
      partner,
      link,
      site1,
      site2,
      admin,
      agent,
      group,
      member,
      other,
      ticket,
      ci,
      contract,
      invoice,
      validation,
      download,
    };
  }

  beforeAll(async () => {
    ctx = await createTestApp({
      RATE_LIMIT_ENABLED: 'false',
      ...(process.env.FUZZ_LOG ? { LOG_LEVEL: process.env.FUZZ_LOG } : {}),
    });
    await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    port = (ctx.app.getHttpServer().address() as AddressInfo).port;
    f = new Factory(ctx.prisma);
    const doc = load(readFileSync(join(process.cwd(), 'openapi.yaml'), 'utf8')) as Parameters<typeof loadOperations>[0];
    tool = new SchemaTool(doc.components.schemas);
    contract = new ResponseContract(doc as unknown as ConstructorParameters<typeof ResponseContract>[0]);
    ops = loadOperations(doc);
    world = await seed();
    const w = world;
    ids = {
      organizationId: w.org.id,
      partnerOrganizationId: w.partner.id,
      siteId: w.site1.id,
      homeSiteId: w.site1.id,
      ticketId: w.ticket.id,
      ciId: w.ci.id,
      contractId: w.contract.id,
      portalId: w.portal.id,
      userId: w.other.id,
      groupId: w.group.id,
      agentId: w.agent.id,
      assigneeId: w.agent.id,
      requesterId: w.member.id,
      actorId: w.admin.id,
      targetId: w.ticket.id,
      validationId: w.validation.id,
      invoiceId: w.invoice.id,
      downloadId: w.download.id,
    };
    pathIds = {
      cis: w.ci.id,
      contracts: w.contract.id,
      downloads: w.download.id,
      invoices: w.invoice.id,
      memberships: w.other.membership.id,
      organizations: w.org.id,
      pages: w.page.id,
      portals: w.portal.id,
      sites: w.site1.id,
      tickets: w.ticket.id,
      users: w.other.id,
      validations: w.validation.id,
      linkId: w.link.id,
      userId: w.other.id,
    };
  }, 60_000);
  afterAll(async () => {
    agent.destroy();
    await ctx?.close();
  });

  let port = 0;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  /** Real HTTP (Node's parser included), one keep-alive connection, nothing normalised by a client library. */
  function send(r: {
    method: string;
    url: string;
    headers: Record<string, string>;
    payload?: string | Buffer;
  }): Promise<{ statusCode: number; headers: http.IncomingHttpHeaders; body: string }> {
    return new Promise((resolve, reject) => {
      const headers =
        r.payload !== undefined && !('content-length' in r.headers)
          ? { ...r.headers, 'content-length': String(Buffer.byteLength(r.payload)) }
          : r.headers;
      const req = http.request({ host: '127.0.0.1', port, method: r.method, path: r.url, headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        // An event stream never ends by itself: its first chunk is the answer.
        const stream = String(res.headers['content-type'] ?? '').startsWith('text/event-stream');
        res.on('data', (c: Buffer) => {
          chunks.push(c);
          if (!stream) return;
          resolve({
            statusCode: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          });
          req.destroy();
        });
        res.on('end', () =>
          resolve({
            statusCode: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      });
      req.on('error', reject);
      if (r.payload !== undefined) req.end(r.payload);
      else req.end();
    });
  }

  /** Undo what a previous operation may have done to the callers (deactivation, password change, 2FA, roles). */
  async function restoreCallers(): Promise<Record<Caller, string | undefined>> {
    const w = world;
    await ctx.prisma.user.updateMany({
      where: { id: { in: [w.admin.id, w.agent.id, w.member.id, w.other.id] } },
      data: { active: true, lockedUntil: null, failedLoginCount: 0, totpEnabledAt: null, totpSecretEnc: null },
    });
    await ctx.prisma.user.update({ where: { id: w.admin.id }, data: { staffRole: 'ADMIN' } });
    await ctx.prisma.user.update({
      where: { id: w.member.id },
      data: { staffRole: null, defaultOrganizationId: w.org.id },
    });
    await ctx.prisma.membership.updateMany({
      where: { userId: w.member.id, organizationId: w.org.id },
      data: { roles: ['CHANGE_MANAGER', 'CONTROLLER'], active: true, homeSiteId: w.site1.id },
    });
    await ctx.prisma.portal.updateMany({ where: { id: w.portal.id }, data: { status: 'ACTIVE', require2fa: false } });
    const users = await ctx.prisma.user.findMany({ where: { id: { in: [w.admin.id, w.member.id] } } });
    const token = (id: string) => {
      const u = users.find((x) => x.id === id);
      return u ? ctx.tokenFor(u) : undefined;
    };
    return { anonymous: undefined, admin: token(w.admin.id), member: token(w.member.id) };
  }

  /** The operation's path with real ids, except the placeholder `except` (left as is). */
  function realPath(op: Operation, except?: string): string {
    const resource = op.path.split('/')[3];
    return op.path.replace(/\{(\w+)\}/g, (whole, name: string) =>
      whole === except ? whole : ((name === 'id' ? pathIds[resource] : pathIds[name]) ?? pathIds.tickets),
    );
  }

  function queryString(op: Operation, all: boolean): string {
    const parts: string[] = [];
    for (const p of op.parameters.filter((x) => x.in === 'query')) {
      if (!all && !p.required) continue;
      const s = tool.resolve(p.schema);
      let v: unknown;
      if (p.name === 'resource') v = `ticket:${world.ticket.id}`;
      else if (p.name === 'action') v = 'read';
      else if (p.name === 'userId') v = world.member.id;
      else if (s.format === 'uuid') v = ids[p.name] ?? world.org.id;
      else v = tool.valid(p.schema, p.name, ids);
      parts.push(`${p.name}=${encodeURIComponent(Array.isArray(v) ? String(v[0]) : String(v))}`);
    }
    return parts.join('&');
  }

  /** Every request for one operation and caller; `full` false gives the cheap set (the caller is turned away before validation). */
  function requests(op: Operation, caller: Caller, token: string | undefined, full: boolean): FuzzRequest[] {
    const out: FuzzRequest[] = [];
    const thorough = caller === 'admin' || op.isPublic;
    const path = realPath(op);
    const baseQuery = queryString(op, false);
    const withQuery = (p: string, q: string) => (q ? `${p}?${q}` : p);
    const auth: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
    const json: Record<string, string> = op.body ? { 'content-type': 'application/json' } : {};
    const body = op.body ? JSON.stringify(tool.valid(op.body, '', ids)) : undefined;
    const add = (label: string, r: Partial<FuzzRequest> = {}) =>
      out.push({
        label,
        method: op.method,
        url: withQuery(path, baseQuery),
        headers: { ...auth, ...json },
        payload: body,
        ...r,
      });

    add('base');
    add('all-query', { url: withQuery(path, queryString(op, true)) });
    // Path ids
    for (const m of op.path.matchAll(/\{(\w+)\}/g)) {
      const placeholder = m[0];
      const template = realPath(op, placeholder);
      // Path ids are checked by one pipe, the same for every caller: the whole catalogue once (admin).
      const values: [string, string][] =
        full && thorough
          ? [['unknown-uuid', '0190b7c2-dead-7000-8000-00000000beef'], ...MALFORMED_IDS]
          : [
              ['unknown-uuid', '0190b7c2-dead-7000-8000-00000000beef'],
              ['word', 'abc'],
              ['nul', '%00'],
              ['huge', 'a'.repeat(5000)],
            ];
      for (const [label, v] of values)
        add(`path ${m[1]}=${label}`, { url: withQuery(template.replace(placeholder, v), baseQuery) });
    }
    // Headers
    for (const [label, h] of ODD_HEADERS) {
      // If-Match matters where updates read it, Idempotency-Key on POSTs; the rest everywhere.
      const relevant = label.startsWith('if-match')
        ? ['PATCH', 'POST'].includes(op.method)
        : label.startsWith('idempotency')
          ? op.method === 'POST'
          : true;
      if (relevant && (full || label.startsWith('huge')))
        add(`header ${label}`, { headers: { ...auth, ...json, ...h } });
    }
    for (const [label, v] of AUTH_GARBAGE)
      if (caller === 'anonymous') add(`authorization ${label}`, { headers: { ...json, authorization: v } });
    if (!full) {
      if (op.body) add('body json-null', { payload: 'null' });
      return out;
    }
    // Query
    const qps = op.parameters.filter((x) => x.in === 'query');
    for (const p of qps) {
      if (p.name === 'limit' || p.name === 'cursor') continue; // PAGE_VALUES below
      const s = tool.resolve(p.schema);
      const values: [string, string][] = queryValuesFor(tool, p.schema);
      if (s.pattern)
        for (const v of fc.sample(fc.stringMatching(new RegExp(s.pattern)), { seed: SEED, numRuns: 6 }))
          values.push([`pattern-edge`, encodeURIComponent(v)]);
      if (p.name === 'resource')
        values.push(
          ['resource-dashes', `ticket:${'-'.repeat(36)}`],
          ['resource-ci-bad', `ci:${'f'.repeat(36)}`],
          ['resource-validation-unknown', 'validation:0190b7c2-dead-7000-8000-00000000beef'],
        );
      for (const [label, v] of values) {
        const rest = queryString({ ...op, parameters: op.parameters.filter((x) => x !== p) }, false);
        add(`query ${p.name}=${label}`, { url: withQuery(path, [rest, `${p.name}=${v}`].filter(Boolean).join('&')) });
      }
      add(`query ${p.name} repeated`, {
        url: withQuery(path, [baseQuery, `${p.name}=a&${p.name}=b&${p.name}=`].filter(Boolean).join('&')),
      });
    }
    if (op.method === 'GET') {
      for (const [label, q] of [
        ...(op.isList ? PAGE_VALUES : []),
        ['unknown-param', 'zzz=1'],
        ['proto-param', '__proto__=1&constructor=2&hasOwnProperty=3'],
        ['proto-bracket', '__proto__%5Badmin%5D=1'],
        ['only-ampersands', '&&&=&=='],
        ['percent-bad', 'a=%E0%A4%A&%=%'],
      ] as [string, string][]) {
        add(`query ${label}`, { url: withQuery(path, [baseQuery, q].filter(Boolean).join('&')) });
      }
    }
    if (op.multipart) {
      // Multipart parsing does not depend on the caller: the whole catalogue once (admin), the valid form for the others.
      for (const b of hostileMultipart(validParts(tool, op.multipart, ids)).filter(
        (x) => thorough || x.label === 'multipart valid',
      ))
        add(`body ${b.label}`, { headers: { ...auth, 'content-type': b.contentType }, payload: b.payload });
    }
    if (!op.body) {
      add('unexpected body', { headers: { ...auth, 'content-type': 'application/json' }, payload: '{"a":1}' });
      add('unexpected invalid body', { headers: { ...auth, 'content-type': 'application/json' }, payload: '{"a":' });
      return out;
    }
    // Bodies
    // Body parsing does not depend on the caller either: every raw body once (admin), a few for the others.
    for (const b of RAW_BODIES.filter(
      (x) => thorough || ['json-null', 'json-deep', 'invalid-json', 'text-plain'].includes(x.label),
    ))
      add(`body ${b.label}`, {
        headers: { ...auth, ...(b.contentType ? { 'content-type': b.contentType } : {}) },
        payload: b.payload,
      });
    add('body {}', { payload: '{}' });
    add('body extra property', { payload: JSON.stringify({ ...(JSON.parse(body!) as object), zzz: 1 }) });
    add('body __proto__ key', { payload: body!.replace(/^\{/, '{"__proto__":{"isAdmin":true},') });
    add('body constructor key', { payload: body!.replace(/^\{/, '{"constructor":{"prototype":{"x":1}},') });
    add('body duplicate keys', { payload: body!.replace(/^\{/, '{"zzz":1,').replace(/\}$/, ',"zzz":2}') });
    for (const fieldPath of tool.fieldPaths(op.body)) {
      const fs = schemaAt(tool, op.body, fieldPath);
      for (const [label, value] of hostileFor(tool, fs, fieldPath.length > 1)) {
        const b = JSON.parse(body!) as Record<string, unknown>;
        setPath(b, fieldPath, value);
        add(`field ${fieldPath.join('.')}=${label}`, { payload: JSON.stringify(b) });
      }
      if (fs && tool.typeOf(fs) === 'array') {
        for (const [label, value] of [
          ['array-of-null', [null]],
          ['array-of-arrays', [[1]]],
          ['array-of-huge', ['A'.repeat(70_000)]],
          ['array-dupes', ['x', 'x']],
        ] as [string, unknown][]) {
          const b = JSON.parse(body!) as Record<string, unknown>;
          setPath(b, fieldPath, value);
          add(`field ${fieldPath.join('.')}=${label}`, { payload: JSON.stringify(b) });
        }
      }
    }
    const samples = fc.sample(tool.arbitrary(op.body, '', ids), {
      seed: SEED ^ hash(`${op.operationId}:${caller}`),
      numRuns: FC_RUNS,
    });
    samples.forEach((s, i) =>
      add(`fast-check #${i} ${JSON.stringify(s).slice(0, 160)}`, { payload: JSON.stringify(s) ?? 'null' }),
    );
    return out;
  }

  it('never answers 5xx, always problem+json for 4xx, never leaks internals', async () => {
    const started = Date.now();
    const failures = new Map<string, string>();
    let sent = 0;
    const etags = new Map<string, string>();
    // Destructive operations last, so the others see the seeded world.
    const ordered = [...ops].sort((a, b) => Number(a.method === 'DELETE') - Number(b.method === 'DELETE'));
    const statuses = new Map<string, number[]>();
    for (const op of ordered) {
      for (const caller of CALLERS) {
        const tokens = await restoreCallers();
        const token = tokens[caller];
        const check = async (r: FuzzRequest) => {
          const key = `${caller} ${r.url.split('?')[0]}`;
          const headers = { ...r.headers };
          if (!('if-match' in headers) && op.parameters.some((p) => p.name === 'If-Match'))
            headers['if-match'] = etags.get(key) ?? '"1"';
          const res = await send({ ...r, headers }).catch((err: Error) => ({
            statusCode: 0,
            headers: {} as http.IncomingHttpHeaders,
            body: '',
            error: err.message,
          }));
          if ('error' in res) {
            failures.set(`${op.method} ${op.path} [${caller}] ${r.label}`, `no response: ${res.error}`);
            return res;
          }
          sent++;
          if (typeof res.headers.etag === 'string') etags.set(key, res.headers.etag);
          statuses.set(`${op.method} ${op.path} ${caller}`, [
            ...(statuses.get(`${op.method} ${op.path} ${caller}`) ?? []),
            res.statusCode,
          ]);
          const problems = responseProblems({ statusCode: res.statusCode, headers: res.headers, body: res.body });
          for (const p of contract.check(op.method, op.path, {
            statusCode: res.statusCode,
            headers: res.headers,
            body: res.body,
          })) {
            const id = `${op.method} ${op.path} ${res.statusCode}: ${p}`;
            if (!drift.has(id)) drift.set(id, `[${caller}] ${r.label}`);
          }
          if (problems.length) {
            const id = `${op.method} ${op.path} [${caller}] ${r.label}`;
            if (!failures.has(id)) failures.set(id, `${problems.join(', ')}: ${res.body.slice(0, 200)}`);
          }
          return res;
        };
        // Prime the ETag of updatable resources.
        if (op.method === 'PATCH' && token) {
          const get = await send({ method: 'GET', url: realPath(op), headers: { authorization: `Bearer ${token}` } });
          if (typeof get.headers.etag === 'string') etags.set(`${caller} ${realPath(op)}`, get.headers.etag);
        }
        // Turned away before validation (401 anonymous, 403 staff-only): the cheap set is enough.
        const probe = requests(op, caller, token, false)[0];
        const first = await check(probe);
        const full = !(
          first.statusCode === 401 ||
          (first.statusCode === 403 && caller === 'member' && /requires staff role/.test(first.body))
        );
        for (const r of requests(op, caller, token, full).slice(1)) await check(r);
      }
    }
    const list = [...failures].map(([id, why]) => `${id} -> ${why}`);
    console.log(
      `fuzz: ${ops.length} operations, ${sent} requests, ${Date.now() - started} ms, ${list.length} failures`,
    );
    // Diagnostics: FUZZ_STATUSES=<file> writes the statuses seen per operation and caller,
    // FUZZ_REPORT=<file> every failing pair, FUZZ_LOG=error|warn shows the server's log.
    if (process.env.FUZZ_STATUSES) {
      const summary = [...statuses].map(
        ([k, v]) =>
          `${k}: ${[...new Set(v)]
            .sort()
            .map((c) => `${c}x${v.filter((x) => x === c).length}`)
            .join(' ')}`,
      );
      writeFileSync(process.env.FUZZ_STATUSES, summary.join('\n'));
    }
    if (process.env.FUZZ_REPORT) writeFileSync(process.env.FUZZ_REPORT, list.join('\n'));
    expect(ops.length).toBeGreaterThan(90);
    // The fuzzer must get past the gates, not only collect 401s and 400s: successes for both signed-in callers.
    const successes = (caller: Caller) =>
      [...statuses]
        .filter(([k]) => k.endsWith(` ${caller}`))
        .flatMap(([, v]) => v)
        .filter((c) => c < 300).length;
    expect(successes('admin')).toBeGreaterThan(400);
    expect(successes('member')).toBeGreaterThan(150);
    fuzzed = true;
    if (list.length)
      throw new Error(`${list.length} failing (operation, input) pairs:\n${list.slice(0, 120).join('\n')}`);
  }, 480_000);

  it('answers only what the document says: documented statuses, content types, headers and body shapes', () => {
    expect(fuzzed).toBe(true);
    const list = [...drift].map(([what, example]) => `${what} (e.g. ${example})`).sort();
    if (process.env.FUZZ_REPORT) writeFileSync(`${process.env.FUZZ_REPORT}.contract`, list.join('\n'));
    expect(list).toEqual([]);
  });

  it('marks as required every property the server sent in every object of a schema', () => {
    expect(fuzzed).toBe(true);
    // The check must have seen the main resources, or it proves nothing.
    expect(contract.schemasSeen()).toEqual(
      expect.arrayContaining(['TicketDetailDto', 'MeDto', 'ContractDto', 'CiDetailDto', 'PortalDto', 'ProblemDto']),
    );
    expect(contract.requiredProblems()).toEqual([]);
  });
});

function setPath(obj: Record<string, unknown>, path: string[], value: unknown): void {
  let cur: Record<string, unknown> = obj;
  for (let i = 0; i < path.length - 1; i++) {
    const k = path[i];
    if (cur[k] === null || typeof cur[k] !== 'object') cur[k] = /^\d+$/.test(path[i + 1]) ? [] : {};
    cur = cur[k] as Record<string, unknown>;
  }
  cur[path[path.length - 1]] = value;
}

function schemaAt(tool: SchemaTool, s: Schema | undefined, path: string[]): Schema | undefined {
  let cur = s;
  for (const k of path) {
    const r = tool.resolve(cur);
    cur = /^\d+$/.test(k) ? r.items : r.properties?.[k];
    if (!cur) return undefined;
  }
  return cur;
}

function hash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}
