import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { useApp } from '../helpers/setup.js';
import { isDeclaredNullable } from '../../src/common/validation.js';

/**
 * Security review — mass assignment and hostile values. Every create/update body refuses unknown
 * or server-owned properties (400 naming them, nothing written); `null` is accepted only where the
 * contract (openapi.yaml) says a property is nullable — before the fix `{ "name": null }` reached
 * Prisma as a 500, or cleared a required setting; cursors and dates the database cannot store are
 * 400, never 500.
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

describe('security: mass assignment and values the database cannot take', () => {
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
