import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { Factory, PASSWORD } from '../factories/index.js';
import { SchemaTool, loadOperations, type Operation, type Schema } from '../helpers/fuzz.js';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { useApp } from '../helpers/setup.js';
import { isDeclaredNullable } from '../../src/common/validation.js';

/**
 * SPEC §7 "HTTP semantics", over real HTTP: enum errors list the allowed values, a missing
 * required field is one error, request bodies are application/json only (415), a known path with
 * another method is 405 with Allow, If-None-Match gives 304, and Cache-Control says who may cache.
 */
describe('HTTP semantics', () => {
  let ctx: TestContext;
  let f: Factory;
  let port = 0;
  let world: Awaited<ReturnType<typeof seed>>;
  let doc: Parameters<typeof loadOperations>[0] & { paths: Record<string, Record<string, any>> };
  let tool: SchemaTool;
  let ops: Operation[];
  let adminToken: string;
  let memberToken: string;
  let pathIds: Record<string, string>;

  async function seed() {
    const portal = await f.portal({ name: 'Semantics portal' });
    const page = await ctx.prisma.portalPage.create({
      data: { portalId: portal.id, title: 'Tickets', slug: 'tickets', position: 0 },
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
    const site = await f.site(org.id);
    const admin = await f.staff('ADMIN');
    const agent = await f.staff('AGENT');
    const member = await f.member(org.id, {
      roles: ['CHANGE_MANAGER', 'CONTROLLER'],
      homeSiteId: site.id,
      department: 'IT',
    });
    const other = await f.member(org.id, { homeSiteId: site.id });
    const ticket = await f.ticket(org.id, member.id, { siteId: site.id });
    const ci = await f.ci(org.id, { siteId: site.id, department: 'IT' });
    const contract = await f.contract(org.id, { siteId: site.id, ciIds: [ci.id] });
    const invoice = await f.invoice(org.id, { contractId: contract.id });
    const validation = await f.validation(ticket, agent.id, { dueAt: new Date('2031-01-01') });
    const download = await f.download({ organizationId: org.id });
    const group = await f.group();
    return {
      portal,
      page,
      org,
      partner,
      link,
      site,
      admin,
      agent,
      member,
      other,
      ticket,
      ci,
      contract,
      invoice,
      validation,
      download,
      group,
    };
  }

  beforeAll(async () => {
    ctx = await createTestApp({ RATE_LIMIT_ENABLED: 'false' });
    await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    port = (ctx.app.getHttpServer().address() as AddressInfo).port;
    f = new Factory(ctx.prisma);
    world = await seed();
    adminToken = ctx.tokenFor(world.admin);
    memberToken = ctx.tokenFor(world.member);
    doc = load(readFileSync(join(process.cwd(), 'openapi.yaml'), 'utf8')) as typeof doc; // generated from the code (drift-tested)
    tool = new SchemaTool(doc.components.schemas);
    ops = loadOperations(doc);
    const w = world;
    pathIds = {
      cis: w.ci.id,
      contracts: w.contract.id,
      downloads: w.download.id,
      invoices: w.invoice.id,
      memberships: w.other.membership.id,
      organizations: w.org.id,
      pages: w.page.id,
      portals: w.portal.id,
      sites: w.site.id,
      tickets: w.ticket.id,
      groups: w.group.id,
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

  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  /** Real HTTP with nothing added by a client library (no implied content type). */
  function send(
    method: string,
    path: string,
    headers: Record<string, string> = {},
    payload?: string,
  ): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string; json: any }> {
    return new Promise((resolve, reject) => {
      const h = payload !== undefined ? { 'content-length': String(Buffer.byteLength(payload)), ...headers } : headers;
      const req = http.request({ host: '127.0.0.1', port, method, path, headers: h, agent }, (res) => {
        const chunks: Buffer[] = [];
        // An event stream never ends by itself: its first chunk is the answer.
        const stream = String(res.headers['content-type'] ?? '').startsWith('text/event-stream');
        res.on('data', (c: Buffer) => {
          chunks.push(c);
          if (!stream) return;
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
            json: undefined,
          });
          req.destroy();
        });
        res.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = JSON.parse(body);
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json });
        });
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(payload);
    });
  }
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const JSON_TYPE = { 'content-type': 'application/json' };

  function realPath(path: string): string {
    const resource = path.split('/')[3];
    return path.replace(
      /\{(\w+)\}/g,
      (_w, name: string) => (name === 'id' ? pathIds[resource] : pathIds[name]) ?? pathIds.tickets,
    );
  }

  describe('enum errors list the allowed values', () => {
    it('POST tickets with a bogus type names every ticket type', async () => {
      const res = await send(
        'POST',
        '/api/v1/tickets',
        { ...bearer(memberToken), ...JSON_TYPE },
        JSON.stringify({ subject: 'x', type: 'BOGUS' }),
      );
      expect(res.status).toBe(400);
      expect(res.json.errors).toEqual([
        {
          field: 'type',
          message: 'type must be one of the following values: INCIDENT, SERVICE_REQUEST, CHANGE, QUESTION',
        },
      ]);
    });

    it('GET tickets?status=BOGUS names every status', async () => {
      const res = await send('GET', '/api/v1/tickets?status=NEW,BOGUS', bearer(memberToken));
      expect(res.status).toBe(400);
      expect(res.json.errors).toEqual([
        {
          field: 'status',
          message:
            'each value in status must be one of the following values: NEW, OPEN, PENDING_CUSTOMER, RESOLVED, CLOSED, CANCELLED',
        },
      ]);
    });

    /** Dotted paths (array items as `0`) of every enum property in a body schema. */
    function enumPaths(
      s: Schema | undefined,
      prefix: string[] = [],
      depth = 0,
    ): { path: string[]; values: unknown[]; array: boolean }[] {
      const r = tool.resolve(s);
      if (depth > 4) return [];
      const out: { path: string[]; values: unknown[]; array: boolean }[] = [];
      for (const [k, v] of Object.entries(r.properties ?? {})) {
        const p = tool.resolve(v);
        const items = p.items ? tool.resolve(p.items) : undefined;
        if (p.enum?.length) out.push({ path: [...prefix, k], values: p.enum, array: false });
        else if (items?.enum?.length) out.push({ path: [...prefix, k], values: items.enum, array: true });
        else if (tool.typeOf(p) === 'object') out.push(...enumPaths(p, [...prefix, k], depth + 1));
        else if (items && tool.typeOf(items) === 'object')
          out.push(...enumPaths(items, [...prefix, k, '0'], depth + 1));
      }
      return out;
    }

    /** A valid-looking body (real ids) with `value` at `path`. */
    function bodyWith(s: Schema, path: string[], value: unknown): unknown {
      const w = world;
      const ids = {
        organizationId: w.org.id,
        siteId: w.site.id,
        ticketId: w.ticket.id,
        ciId: w.ci.id,
        contractId: w.contract.id,
        portalId: w.portal.id,
        userId: w.other.id,
        groupId: w.group.id,
      };
      const body = tool.valid(s, '', ids) as Record<string, unknown>;
      let cur: Record<string, unknown> = body;
      for (let i = 0; i < path.length - 1; i++) {
        const k = path[i];
        if (cur[k] === null || typeof cur[k] !== 'object') cur[k] = /^\d+$/.test(path[i + 1]) ? [] : {};
        cur = cur[k] as Record<string, unknown>;
      }
      cur[path[path.length - 1]] = value;
      return body;
    }

    it('every enum body field and query parameter of the document lists its values', async () => {
      const checked: string[] = [];
      const failures: string[] = [];
      const expectListed = (
        where: string,
        res: { status: number; json: any; body: string },
        field: string,
        values: unknown[],
      ) => {
        const entries = ((res.json?.errors ?? []) as { field: string; message: string }[]).filter(
          (e) => e.field === field,
        );
        const listed =
          entries.length === 1 &&
          values.every((v) => entries[0].message.includes(String(v))) &&
          entries[0].message.endsWith(values.map(String).join(', '));
        if (res.status !== 400 || !listed)
          failures.push(`${where}: ${res.status} ${JSON.stringify(res.json?.errors ?? res.body)}`);
        else checked.push(where);
      };
      for (const op of ops) {
        const url = realPath(op.path);
        const headers = { ...JSON_TYPE, 'if-match': '"1"' };
        for (const p of op.parameters.filter((x) => x.in === 'query')) {
          const s = tool.resolve(p.schema);
          const values = s.enum ?? (s.items ? tool.resolve(s.items).enum : undefined);
          if (!values?.length) continue;
          const required = op.parameters
            .filter((x) => x.in === 'query' && x.required && x !== p)
            .map(
              (x) =>
                `${x.name}=${encodeURIComponent(String(tool.valid(x.schema, x.name, { organizationId: world.org.id })))}`,
            );
          const target = `${url}?${[...required, `${p.name}=BOGUS`].join('&')}`;
          let res = await send(op.method, target, { ...bearer(adminToken) });
          if (res.status === 403) res = await send(op.method, target, { ...bearer(memberToken) });
          expectListed(`${op.method} ${op.path} ?${p.name}`, res, p.name, values);
        }
        if (!op.body) continue;
        for (const e of enumPaths(op.body)) {
          const body = bodyWith(op.body, e.path, e.array ? ['BOGUS'] : 'BOGUS');
          let res = await send(op.method, url, { ...headers, ...bearer(adminToken) }, JSON.stringify(body));
          if (res.status === 403)
            res = await send(op.method, url, { ...headers, ...bearer(memberToken) }, JSON.stringify(body));
          expectListed(`${op.method} ${op.path} ${e.path.join('.')}`, res, e.path.join('.'), e.values);
        }
      }
      expect(failures).toEqual([]);
      // Tickets (type, priority, status), users (roles), contracts (kind, direction), organisations, CIs, invoices, validations, portals.
      expect(checked.length).toBeGreaterThan(25);
    }, 60_000);
  });

  describe('one error per field', () => {
    it('a missing required field is one entry saying it is required', async () => {
      const ticket = await send(
        'POST',
        '/api/v1/tickets',
        { ...bearer(memberToken), ...JSON_TYPE },
        JSON.stringify({}),
      );
      expect(ticket.status).toBe(400);
      expect(ticket.json.errors.filter((e: { field: string }) => e.field === 'subject')).toEqual([
        { field: 'subject', message: 'subject is required' },
      ]);
      const login = await send('POST', '/api/v1/auth/login', JSON_TYPE, JSON.stringify({ email: 'a@example.test' }));
      expect(login.status).toBe(400);
      expect(login.json.errors).toEqual([{ field: 'password', message: 'password is required' }]);
      const comment = await send(
        'POST',
        `/api/v1/tickets/${world.ticket.id}/comments`,
        { ...bearer(memberToken), ...JSON_TYPE },
        JSON.stringify({}),
      );
      expect(comment.status).toBe(400);
      expect(comment.json.errors).toHaveLength(1);
      expect(comment.json.errors[0].message).toMatch(/is required$/);
    });

    it('an invalid field is one entry: the first failing rule', async () => {
      const res = await send(
        'POST',
        '/api/v1/tickets',
        { ...bearer(memberToken), ...JSON_TYPE },
        JSON.stringify({ subject: 5, type: 'INCIDENT' }),
      );
      expect(res.status).toBe(400);
      expect(res.json.errors).toEqual([{ field: 'subject', message: 'subject must be a string' }]);
    });
  });

  describe('request media types', () => {
    const ticketCount = () => ctx.prisma.ticket.count();

    it('refuses anything but application/json with 415 problem+json, and writes nothing', async () => {
      const before = await ticketCount();
      const cases: [string, Record<string, string>, string][] = [
        ['urlencoded', { 'content-type': 'application/x-www-form-urlencoded' }, 'subject=Form+ticket&type=INCIDENT'],
        ['text/plain', { 'content-type': 'text/plain' }, JSON.stringify({ subject: 'Text ticket', type: 'INCIDENT' })],
        ['no content type', {}, JSON.stringify({ subject: 'Untyped ticket', type: 'INCIDENT' })],
        [
          'merge-patch+json',
          { 'content-type': 'application/merge-patch+json' },
          JSON.stringify({ subject: 'Patch ticket', type: 'INCIDENT' }),
        ],
        [
          'multipart',
          { 'content-type': 'multipart/form-data; boundary=x' },
          '--x\r\nContent-Disposition: form-data; name="subject"\r\n\r\nMultipart ticket\r\n--x--\r\n',
        ],
      ];
      for (const [label, type, payload] of cases) {
        const res = await send('POST', '/api/v1/tickets', { ...bearer(memberToken), ...type }, payload);
        expect({ label, status: res.status, type: res.headers['content-type'] }).toEqual({
          label,
          status: 415,
          type: 'application/problem+json; charset=utf-8',
        });
        expect(res.json).toMatchObject({ status: 415, title: 'Unsupported media type' });
      }
      const login = await send(
        'POST',
        '/api/v1/auth/login',
        { 'content-type': 'application/x-www-form-urlencoded' },
        `email=${encodeURIComponent(world.member.email)}&password=${PASSWORD}`,
      );
      expect(login.status).toBe(415);
      expect(await ticketCount()).toBe(before);
    });

    it('accepts application/json with a charset, and requests without a body', async () => {
      const before = await ticketCount();
      const res = await send(
        'POST',
        '/api/v1/tickets',
        { ...bearer(memberToken), 'content-type': 'application/json; charset=utf-8' },
        JSON.stringify({ subject: 'Charset ticket', type: 'INCIDENT' }),
      );
      expect(res.status).toBe(201);
      expect(await ticketCount()).toBe(before + 1);
      expect((await send('GET', '/api/v1/tickets', bearer(memberToken))).status).toBe(200);
      // An action without a body (no content type, no length; and an explicit empty one).
      const disable = await send('POST', `/api/v1/portals/${world.portal.id}/disable`, bearer(adminToken));
      expect(disable.status).toBe(200);
      const enable = await send('POST', `/api/v1/portals/${world.portal.id}/enable`, {
        ...bearer(adminToken),
        'content-length': '0',
      });
      expect(enable.status).toBe(200);
      await send('POST', `/api/v1/portals/${world.portal.id}/activate`, bearer(adminToken));
      const page = await ctx.prisma.portalPage.create({
        data: { portalId: world.portal.id, title: 'Gone', slug: 'gone', position: 9 },
      });
      const del = await send('DELETE', `/api/v1/pages/${page.id}`, bearer(adminToken));
      expect(del.status).toBe(204);
    });
  });

  describe('a known path with another method', () => {
    it('answers 405 with Allow listing the methods of that path', async () => {
      const cases: [string, string, string][] = [
        ['PUT', '/api/v1/tickets', 'GET, HEAD, POST'],
        ['DELETE', '/api/v1/tickets', 'GET, HEAD, POST'],
        ['PUT', `/api/v1/tickets/${world.ticket.id}`, 'GET, HEAD, PATCH'],
        ['PUT', `/api/v1/tickets/${world.ticket.id}/`, 'GET, HEAD, PATCH'],
        ['DELETE', `/api/v1/organizations/${world.org.id}?x=1`, 'GET, HEAD, PATCH'],
        ['PUT', '/%61pi/v1/tickets', 'GET, HEAD, POST'],
        ['PATCH', `/api/v1/%74ickets/${world.ticket.id}/comments`, 'GET, HEAD, POST'],
        ['POST', '/health/live', 'GET, HEAD'],
        ['POST', '/api/v1/me', 'GET, HEAD, PATCH'],
      ];
      for (const [method, path, allow] of cases) {
        const res = await send(method, path, bearer(adminToken));
        expect({
          method,
          path,
          status: res.status,
          allow: res.headers.allow,
          type: res.headers['content-type'],
        }).toEqual({ method, path, status: 405, allow, type: 'application/problem+json; charset=utf-8' });
        expect(res.json).toMatchObject({ status: 405, title: 'Method not allowed' });
      }
    });

    it('keeps 404 for unknown paths, and every 405 lists only methods the document has for the path', async () => {
      for (const path of ['/api/v1/nothing-here', '/api/v1/tickets/a/b/c', '/api/v1/ticketsx', '/nope']) {
        const res = await send('PUT', path, bearer(adminToken));
        expect({ path, status: res.status, allow: res.headers.allow }).toEqual({ path, status: 404, allow: undefined });
      }
      for (const [path, item] of Object.entries(doc.paths)) {
        const documented = Object.keys(item)
          .filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
          .map((m) => m.toUpperCase());
        const missing = ['PUT', 'DELETE', 'PATCH', 'POST', 'GET'].find((m) => !documented.includes(m));
        if (!missing) continue;
        const concrete = path.replace(/\{\w+\}/g, '0190b7c2-dead-7000-8000-00000000beef');
        const res = await send(missing, concrete, bearer(adminToken));
        if (res.status !== 405) continue; // another pattern routes it (e.g. /tickets/count is also /tickets/{id})
        const allow = String(res.headers.allow).split(', ');
        for (const m of documented) expect({ path, allow }).toEqual({ path, allow: expect.arrayContaining([m]) });
      }
    });
  });

  describe('conditional GET and caching', () => {
    /** GET operations whose 200 carries an ETag: a body with `version`, or a documented ETag header. */
    function etagOperations(): Operation[] {
      return ops.filter((op) => {
        if (op.method !== 'GET') return false;
        const ok = doc.paths[op.path].get.responses['200'];
        const schema = tool.resolve(ok?.content?.['application/json']?.schema);
        return !!schema.properties?.version || !!ok?.headers?.ETag;
      });
    }

    it('answers 304 with no body for the current ETag on every GET that sends one, 200 for a stale one', async () => {
      const list = etagOperations();
      expect(list.length).toBeGreaterThan(10);
      const verified: string[] = [];
      for (const op of list) {
        const url = realPath(op.path);
        let token = adminToken;
        let first = await send('GET', url, bearer(token));
        if (first.status !== 200) {
          token = memberToken;
          first = await send('GET', url, bearer(token));
        }
        if (first.status !== 200) continue;
        const where = `GET ${op.path}`;
        const etag = first.headers.etag;
        // A resource's version, or a file's content hash (SHA-256).
        expect({ where, etag }).toEqual({ where, etag: expect.stringMatching(/^"(\d+|[0-9a-f]{64})"$/) });
        const params = doc.paths[op.path].get.parameters ?? [];
        expect({
          where,
          documented:
            params.some((p: { name: string; in: string }) => p.name === 'If-None-Match' && p.in === 'header') &&
            !!doc.paths[op.path].get.responses['304'],
        }).toEqual({ where, documented: true });
        for (const inm of [etag!, `W/${etag}`, `"999999", ${etag}`, '*']) {
          const again = await send('GET', url, { ...bearer(token), 'if-none-match': inm });
          expect({
            where,
            inm,
            status: again.status,
            body: again.body,
            etag: again.headers.etag,
            cache: again.headers['cache-control'],
          }).toEqual({
            where,
            inm,
            status: 304,
            body: '',
            etag,
            cache: first.headers['cache-control'],
          });
          expect(again.headers['content-type']).toBeUndefined();
        }
        const stale = await send('GET', url, { ...bearer(token), 'if-none-match': '"999999"' });
        expect({ where, status: stale.status, same: stale.body === first.body }).toEqual({
          where,
          status: 200,
          same: true,
        });
        verified.push(where);
      }
      // tickets, organizations, sites, memberships, users, cis, contracts, portals, pages, validations, me, …
      expect(verified.length).toBeGreaterThan(8);
    }, 60_000);

    it('documents the ETag of every GET that sends one', async () => {
      const documented = new Set(etagOperations().map((o) => o.path));
      const undocumented: string[] = [];
      for (const op of ops.filter(
        (o) => o.method === 'GET' && !o.path.includes('/content') && !o.path.endsWith('.png'),
      )) {
        const res = await send('GET', realPath(op.path), bearer(adminToken));
        if (res.status === 200 && res.headers.etag && !documented.has(op.path)) undocumented.push(op.path);
      }
      expect(undocumented).toEqual([]);
    });

    it('a changed resource answers 200 with the new ETag', async () => {
      const url = `/api/v1/tickets/${world.ticket.id}`;
      const first = await send('GET', url, bearer(adminToken));
      await ctx.prisma.ticket.update({ where: { id: world.ticket.id }, data: { version: { increment: 1 } } });
      const res = await send('GET', url, { ...bearer(adminToken), 'if-none-match': first.headers.etag! });
      expect(res.status).toBe(200);
      expect(res.headers.etag).not.toBe(first.headers.etag);
    });

    it('authenticated responses are private, no-cache; tokens and anonymous answers no-store', async () => {
      const me = await send('GET', '/api/v1/me', bearer(memberToken));
      expect(me.headers['cache-control']).toBe('private, no-cache');
      const list = await send('GET', '/api/v1/tickets', bearer(memberToken));
      expect(list.headers['cache-control']).toBe('private, no-cache');
      const forbidden = await send('GET', '/api/v1/users', bearer(memberToken));
      expect(forbidden.status).toBe(403);
      expect(forbidden.headers['cache-control']).toBe('private, no-cache');
      const login = await send(
        'POST',
        '/api/v1/auth/login',
        JSON_TYPE,
        JSON.stringify({ email: world.member.email, password: PASSWORD }),
      );
      expect(login.status).toBe(200);
      expect(login.headers['cache-control']).toBe('no-store');
      const refresh = await send(
        'POST',
        '/api/v1/auth/refresh',
        JSON_TYPE,
        JSON.stringify({ refreshToken: login.json.refreshToken }),
      );
      expect(refresh.status).toBe(200);
      expect(refresh.headers['cache-control']).toBe('no-store');
      for (const [method, path] of [
        ['GET', '/api/v1/me'],
        ['GET', '/health/live'],
        ['PUT', '/api/v1/tickets'],
        ['GET', '/api/v1/nothing'],
      ]) {
        const res = await send(method, path);
        expect({ path, cache: res.headers['cache-control'] }).toEqual({ path, cache: 'no-store' });
      }
    });
  });

  describe('the document', () => {
    it('documents 415 on every operation with a body, and 405 in its description', () => {
      const missing = ops
        .filter((op) => op.body && !doc.paths[op.path][op.method.toLowerCase()].responses['415'])
        .map((op) => `${op.method} ${op.path}`);
      expect(missing).toEqual([]);
      expect((doc as unknown as { info: { description: string } }).info.description).toMatch(/405/);
    });
  });
});

/**
 * Every create/update body refuses unknown or server-owned properties (400 naming them, nothing
 * written); `null` is accepted only where openapi.yaml says a property is nullable; cursors and dates
 * the database cannot store are 400, never 500.
 */
interface PropertySchema {
  type?: string | string[];
  $ref?: string;
  allOf?: { $ref: string }[];
  anyOf?: { $ref?: string; type?: string }[];
}
type Ctor = { name: string; prototype: object };
type Res = { status: number; body: { errors?: { field: string }[] } };
const fields = (r: Res) => ({ status: r.status, fields: (r.body.errors ?? []).map((e) => e.field).sort() });
describe('request bodies: mass assignment and values the database cannot take', () => {
  const { ctx, f, as } = useApp({ RATE_LIMIT_ENABLED: 'false' });

  it('accepts null exactly on the request properties openapi.yaml documents as nullable', () => {
    const doc = load(readFileSync('openapi.yaml', 'utf8')) as {
      paths: Record<
        string,
        Record<string, { requestBody?: { content?: Record<string, { schema?: { $ref?: string } }> } }>
      >;
      components: { schemas: Record<string, { properties?: Record<string, PropertySchema> }> };
    };
    const classes = new Map<string, { prototype: object }>();
    const discovery = ctx.app.get(DiscoveryService);
    const scanner = ctx.app.get(MetadataScanner);
    for (const w of discovery.getControllers()) {
      const ctor = w.metatype as { prototype: object } | undefined;
      if (!ctor) continue;
      for (const name of scanner.getAllMethodNames(ctor.prototype)) {
        for (const t of (Reflect.getMetadata('design:paramtypes', ctor.prototype, name) ?? []) as unknown[]) {
          if (typeof t === 'function' && (t as Ctor).name && (t as Ctor).prototype)
            classes.set((t as Ctor).name, t as Ctor);
        }
      }
    }
    const seen = new Set<string>();
    const mismatches: string[] = [];
    let checked = 0;
    const visit = (schemaName: string, proto: object) => {
      if (seen.has(schemaName)) return;
      seen.add(schemaName);
      for (const [prop, s] of Object.entries(doc.components.schemas[schemaName]?.properties ?? {})) {
        checked++;
        const documented =
          (Array.isArray(s.type) && s.type.includes('null')) || !!s.anyOf?.some((x) => x.type === 'null');
        if (documented !== isDeclaredNullable(proto, prop))
          mismatches.push(`${schemaName}.${prop}: openapi nullable=${documented}`);
        const ref = s.$ref ?? s.allOf?.[0]?.$ref ?? s.anyOf?.find((x) => x.$ref)?.$ref;
        const nested = ref ? ref.split('/').pop()! : undefined;
        const nestedType = Reflect.getMetadata('design:type', proto, prop) as Ctor | undefined;
        if (nested && nestedType && nestedType.name === nested) visit(nested, nestedType.prototype);
      }
    };
    for (const ops of Object.values(doc.paths)) {
      for (const op of Object.values(ops)) {
        const ref = op.requestBody?.content?.['application/json']?.schema?.$ref;
        const name = ref?.split('/').pop();
        if (name && classes.has(name)) visit(name, classes.get(name)!.prototype);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(mismatches).toEqual([]);
  });

  it('refuses null on non-nullable properties of every update with 400 naming the field, and changes nothing', async () => {
    const admin = await f.staff('ADMIN');
    const portal = await f.portal();
    const o = await f.org({ portalId: portal.id });
    const site = await f.site(o.id);
    const u = await f.member(o.id, { homeSiteId: site.id });
    const t = await f.ticket(o.id, u.id, { siteId: site.id });
    const ci = await f.ci(o.id);
    const k = await f.contract(o.id);
    const a = as(admin);
    const cases: [string, () => Promise<Res>, string[]][] = [
      ['PATCH me', () => ctx.http.patch('/api/v1/me').set(as(u)).send({ name: null }), ['name']],
      [
        'PATCH ticket (requester)',
        () =>
          ctx.http
            .patch(`/api/v1/tickets/${t.id}`)
            .set(as(u))
            .set('if-match', '"1"')
            .send({ subject: null, priority: null, type: null }),
        ['priority', 'subject', 'type'],
      ],
      [
        'PATCH ticket (staff)',
        () =>
          ctx.http
            .patch(`/api/v1/tickets/${t.id}`)
            .set(a)
            .set('if-match', '"1"')
            .send({ organizationId: null, description: null }),
        ['description', 'organizationId'],
      ],
      [
        'PATCH membership',
        () =>
          ctx.http
            .patch(`/api/v1/memberships/${u.membership.id}`)
            .set(a)
            .set('if-match', '"1"')
            .send({ roles: null, ticketAccess: null, active: null }),
        ['active', 'roles', 'ticketAccess'],
      ],
      [
        'PATCH user',
        () => ctx.http.patch(`/api/v1/users/${u.id}`).set(a).set('if-match', '"1"').send({ name: null, active: null }),
        ['active', 'name'],
      ],
      [
        'PATCH organization',
        () =>
          ctx.http
            .patch(`/api/v1/organizations/${o.id}`)
            .set(a)
            .set('if-match', '"1"')
            .send({ name: null, kind: null, ticketAccess: null, emailDomains: null }),
        ['emailDomains', 'kind', 'name', 'ticketAccess'],
      ],
      [
        'PATCH site',
        () =>
          ctx.http
            .patch(`/api/v1/sites/${site.id}`)
            .set(a)
            .set('if-match', '"1"')
            .send({ name: null, abbreviation: null }),
        ['abbreviation', 'name'],
      ],
      [
        'PATCH ci',
        () =>
          ctx.http
            .patch(`/api/v1/cis/${ci.id}`)
            .set(a)
            .set('if-match', '"1"')
            .send({ name: null, type: null, status: null }),
        ['name', 'status', 'type'],
      ],
      [
        'PATCH contract',
        () =>
          ctx.http
            .patch(`/api/v1/contracts/${k.id}`)
            .set(a)
            .set('if-match', '"1"')
            .send({ name: null, kind: null, direction: null, startsOn: null }),
        ['direction', 'kind', 'name', 'startsOn'],
      ],
      [
        'PATCH portal',
        () =>
          ctx.http
            .patch(`/api/v1/portals/${portal.id}`)
            .set(a)
            .set('if-match', '"1"')
            .send({ name: null, options: { require2fa: null, externalSupportMode: null } }),
        ['name', 'options.externalSupportMode', 'options.require2fa'],
      ],
      [
        'POST ticket',
        () =>
          ctx.http
            .post('/api/v1/tickets')
            .set(as(u))
            .send({ type: 'INCIDENT', subject: 'x', priority: null, organizationId: null }),
        ['organizationId', 'priority'],
      ],
      [
        'POST portal',
        () =>
          ctx.http
            .post('/api/v1/portals')
            .set(a)
            .send({ name: 'P', template: null, options: { selfRegistration: null } }),
        ['options.selfRegistration', 'template'],
      ],
    ];
    const snapshot = async () =>
      JSON.stringify(
        await Promise.all([
          ctx.prisma.user.findMany({ orderBy: { id: 'asc' } }),
          ctx.prisma.membership.findMany(),
          ctx.prisma.ticket.findMany(),
          ctx.prisma.organization.findMany(),
          ctx.prisma.site.findMany(),
          ctx.prisma.ci.findMany(),
          ctx.prisma.contract.findMany(),
          ctx.prisma.portal.findMany(),
        ]),
      );
    const before = await snapshot();
    for (const [name, call, expected] of cases) {
      expect({ name, ...fields(await call()) }).toEqual({ name, status: 400, fields: expected });
    }
    expect(await snapshot()).toEqual(before);
  });

  it('still accepts null where it is documented (clearing a nullable value)', async () => {
    const admin = await f.staff('ADMIN');
    const portal = await f.portal({ seatLimit: 10 });
    const o = await f.org({ portalId: portal.id });
    const site = await f.site(o.id);
    const u = await f.member(o.id, { homeSiteId: site.id, department: 'IT' });
    const g = await f.group();
    const t = await f.ticket(o.id, u.id, { siteId: site.id, groupId: g.id });
    await ctx.prisma.user.update({ where: { id: u.id }, data: { phone: '+44 1' } });
    await ctx.http.patch('/api/v1/me').set(as(u)).send({ phone: null, locale: null }).expect(200);
    await ctx.http
      .patch(`/api/v1/tickets/${t.id}`)
      .set(as(u))
      .set('if-match', '"1"')
      .send({ groupId: null })
      .expect(200);
    await ctx.http
      .patch(`/api/v1/memberships/${u.membership.id}`)
      .set(as(admin))
      .set('if-match', '"1"')
      .send({ homeSiteId: null, department: null, allowedTicketTypes: null })
      .expect(200);
    await ctx.http
      .patch(`/api/v1/portals/${portal.id}`)
      .set(as(admin))
      .set('if-match', '"1"')
      .send({ options: { seatLimit: null } })
      .expect(200);
    expect((await ctx.prisma.user.findUniqueOrThrow({ where: { id: u.id } })).phone).toBeNull();
    expect((await ctx.prisma.ticket.findUniqueOrThrow({ where: { id: t.id } })).groupId).toBeNull();
    expect(await ctx.prisma.membership.findUniqueOrThrow({ where: { id: u.membership.id } })).toMatchObject({
      homeSiteId: null,
      department: null,
    });
    expect((await ctx.prisma.portal.findUniqueOrThrow({ where: { id: portal.id } })).seatLimit).toBeNull();
  });

  it('refuses unknown and server-owned properties on every create (400 naming them, nothing written)', async () => {
    const admin = await f.staff('ADMIN');
    const agent = await f.staff('AGENT');
    const o = await f.org();
    const u = await f.member(o.id, { roles: ['CUSTOMER_APPROVER'] });
    const t = await f.ticket(o.id, u.id);
    const v = await f.validation(t, agent.id, { dueAt: new Date(Date.now() + 3600_000) });
    const a = as(admin);
    const cases: [string, () => Promise<Res>, string[]][] = [
      [
        'ticket',
        () =>
          ctx.http.post('/api/v1/tickets').set(as(u)).send({
            type: 'INCIDENT',
            subject: 'x',
            status: 'CLOSED',
            number: 1,
            version: 9,
            createdAt: '2020-01-01T00:00:00Z',
            contractId: t.id,
          }),
        ['contractId', 'createdAt', 'number', 'status', 'version'],
      ],
      [
        'comment',
        () =>
          ctx.http
            .post(`/api/v1/tickets/${t.id}/comments`)
            .set(as(u))
            .send({ body: 'x', authorId: admin.id, organizationId: o.id }),
        ['authorId', 'organizationId'],
      ],
      [
        'cc',
        () => ctx.http.post(`/api/v1/tickets/${t.id}/ccs`).set(as(u)).send({ userId: u.id, addedById: admin.id }),
        ['addedById'],
      ],
      [
        'decision',
        () =>
          ctx.http
            .post(`/api/v1/validations/${v.id}/decisions`)
            .set(as(u))
            .send({ outcome: 'ACCEPT', userId: admin.id, createdAt: '2020-01-01T00:00:00Z' }),
        ['createdAt', 'userId'],
      ],
      [
        'validation',
        () =>
          ctx.http
            .post(`/api/v1/tickets/${t.id}/validations`)
            .set(as(agent))
            .send({
              kind: 'VALIDATION',
              question: 'q',
              dueAt: new Date(Date.now() + 3600_000).toISOString(),
              status: 'ACCEPTED',
              acceptCount: 5,
            }),
        ['acceptCount', 'status'],
      ],
      [
        'user',
        () =>
          ctx.http
            .post('/api/v1/users')
            .set(a)
            .send({ email: 'n@example.test', name: 'N', emailVerified: true, active: true, sessionEpoch: 0 }),
        ['active', 'emailVerified', 'sessionEpoch'],
      ],
      [
        'organization',
        () => ctx.http.post('/api/v1/organizations').set(a).send({ name: 'N', id: t.id, version: 3 }),
        ['id', 'version'],
      ],
      [
        'download',
        () =>
          ctx.http.post('/api/v1/downloads').set(a).send({
            organizationId: o.id,
            title: 't',
            fileName: 'a.sh',
            contentType: 'text/plain',
            contentBase64: 'YQ==',
            sha256: 'x',
            size: 1,
          }),
        ['sha256', 'size'],
      ],
      [
        'portal options',
        () =>
          ctx.http
            .post('/api/v1/portals')
            .set(a)
            .send({ name: 'P', options: { status: 'ACTIVE', seatLimit: 1 } }),
        ['options.status'],
      ],
      [
        'contract SLA',
        () =>
          ctx.http
            .post('/api/v1/contracts')
            .set(a)
            .send({
              organizationId: o.id,
              number: 'K',
              name: 'k',
              kind: 'SERVICE',
              direction: 'SOLD',
              startsOn: '2025-01-01',
              slaTargets: [{ priority: 'LOW', responseMinutes: 1, resolutionMinutes: 2, organizationId: o.id }],
            }),
        ['slaTargets.0.organizationId'],
      ],
      [
        'membership responsibles',
        () =>
          ctx.http
            .post(`/api/v1/organizations/${o.id}/members`)
            .set(a)
            .send({ userId: admin.id, allowedResponsibles: { groupIds: [], agentIds: [], all: true } }),
        ['allowedResponsibles.all'],
      ],
      [
        'register',
        () =>
          ctx.http.post('/api/v1/auth/register').send({
            email: 'r@example.test',
            name: 'R',
            password: 'a long unusual passphrase',
            roles: ['CUSTOMER_APPROVER'],
            staffRole: 'ADMIN',
            homeSiteId: t.id,
          }),
        ['homeSiteId', 'roles', 'staffRole'],
      ],
    ];
    const counts = async () =>
      Promise.all([
        ctx.prisma.ticket.count(),
        ctx.prisma.ticketComment.count(),
        ctx.prisma.ticketCc.count(),
        ctx.prisma.validationDecision.count(),
        ctx.prisma.validation.count(),
        ctx.prisma.user.count(),
        ctx.prisma.organization.count(),
        ctx.prisma.download.count(),
        ctx.prisma.portal.count(),
        ctx.prisma.contract.count(),
        ctx.prisma.membership.count(),
        ctx.prisma.outboxMessage.count(),
      ]);
    const before = await counts();
    for (const [name, call, expected] of cases) {
      expect({ name, ...fields(await call()) }).toEqual({ name, status: 400, fields: expected });
    }
    expect(await counts()).toEqual(before);
  });

  it('refuses prototype-pollution keys in bodies and leaves the process unpolluted', async () => {
    const o = await f.org();
    const u = await f.member(o.id);
    const raw = (body: string) =>
      ctx.http.post('/api/v1/tickets').set(as(u)).set('content-type', 'application/json').send(body);
    for (const body of [
      '{"type":"INCIDENT","subject":"x","__proto__":{"staffRole":"ADMIN"}}',
      '{"type":"INCIDENT","subject":"x","constructor":{"prototype":{"staffRole":"ADMIN"}}}',
    ]) {
      const res = await raw(body);
      expect({ body, status: res.status }).toEqual({ body, status: 400 });
    }
    expect(({} as Record<string, unknown>).staffRole).toBeUndefined();
    expect(await ctx.prisma.ticket.count()).toBe(0);
    expect((await ctx.http.get('/api/v1/me').set(as(u)).expect(200)).body.staffRole).toBeNull();
  });

  it('answers cursors and dates PostgreSQL cannot store with 400, never 500', async () => {
    const o = await f.org();
    const u = await f.member(o.id, { roles: ['CONTROLLER', 'CUSTOMER_APPROVER'] });
    const agent = await f.staff('AGENT');
    const t = await f.ticket(o.id, u.id);
    const h = as(u);
    const cursor = (parts: unknown[]) => Buffer.from(JSON.stringify(parts)).toString('base64url');
    const probes: [string, () => Promise<Res>][] = [
      [
        'ticket cursor, year -271821',
        () => ctx.http.get(`/api/v1/tickets?cursor=${cursor(['-271821-04-20T00:00:00.000Z', t.id])}`).set(h),
      ],
      [
        'ticket cursor, year 275760',
        () => ctx.http.get(`/api/v1/tickets?cursor=${cursor(['+275760-09-13T00:00:00.000Z', t.id])}`).set(h),
      ],
      [
        'validation cursor, year 0',
        () => ctx.http.get(`/api/v1/validations?cursor=${cursor(['0000-01-01T00:00:00.000Z', t.id])}`).set(h),
      ],
      [
        'invoice cursor, month 13',
        () => ctx.http.get(`/api/v1/invoices?cursor=${cursor(['2025-13-45', t.id])}`).set(h),
      ],
      ['invoice cursor, year 0', () => ctx.http.get(`/api/v1/invoices?cursor=${cursor(['0000-01-01', t.id])}`).set(h)],
      ['CI cursor with NUL', () => ctx.http.get(`/api/v1/cis?cursor=${cursor(['a\u0000b', t.id])}`).set(h)],
      ['audit from, year -271821', () => ctx.http.get('/api/v1/audit?from=-271821-04-20T00:00:00.000Z').set(h)],
      [
        'validation due in year 20000',
        () =>
          ctx.http
            .post(`/api/v1/tickets/${t.id}/validations`)
            .set(as(agent))
            .send({ kind: 'VALIDATION', question: 'q', dueAt: '+020000-01-01T00:00:00.000Z' }),
      ],
    ];
    for (const [name, probe] of probes) {
      const r = await probe();
      expect({ name, status: r.status }).toEqual({ name, status: 400 });
    }
    expect(await ctx.prisma.validation.count()).toBe(0);
  });
});
