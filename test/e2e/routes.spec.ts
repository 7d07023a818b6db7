import { Controller, Get, Module, Post } from '@nestjs/common';
import { INTERCEPTORS_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryModule, DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { useApp } from '../helpers/setup.js';
import { routeInventory } from '../../src/auth/route-inventory.js';
import { assertEveryRouteHasPolicy, assertRouteInterceptors } from '../../src/app.factory.js';
import { Authenticated } from '../../src/auth/policy.decorator.js';
import { IdempotencyInterceptor } from '../../src/common/idempotency.js';
import { LocationInterceptor } from '../../src/common/location.js';
import { TicketsController } from '../../src/tickets/tickets.controller.js';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { FastifyAdapter } from '@nestjs/platform-fastify';

@Controller('forgotten')
class ForgottenController {
  @Get()
  open(): string {
    return 'should never be served';
  }
}

@Module({ imports: [DiscoveryModule], controllers: [ForgottenController] })
class ForgottenModule {}

@Controller('unbound')
class UnboundCreateController {
  @Post()
  @Authenticated()
  create(): string {
    return 'created without idempotency';
  }
}

@Module({ imports: [DiscoveryModule], controllers: [UnboundCreateController] })
class UnboundCreateModule {}

/** Every route with the policy it declares. A change here is a permission change: review it. */
const ROUTE_POLICIES = [
  'DELETE /webhooks/:id user',
  'GET /events user',
  'GET /webhooks user',
  'GET /webhooks/:id user',
  'GET /webhooks/:id/deliveries user',
  'PATCH /webhooks/:id user',
  'POST /webhooks user',
  'POST /webhooks/:id/deliveries/:deliveryId/replay user',
  'POST /webhooks/:id/rotate-secret user',
  'POST /webhooks/:id/test user',
  'DELETE /cis/:id staff:ADMIN|AGENT',
  'DELETE /contracts/:id staff:ADMIN|AGENT',
  'DELETE /downloads/:id staff:ADMIN|AGENT',
  'DELETE /me/2fa user',
  'DELETE /memberships/:id staff:ADMIN',
  'DELETE /organizations/:id/partners/:linkId staff:ADMIN',
  'DELETE /organizations/:id/permission-contacts/:userId staff:ADMIN',
  'DELETE /pages/:id staff:ADMIN',
  'DELETE /sla/calendars/:id staff:ADMIN|AGENT',
  'DELETE /tickets/:id/ccs/:userId user',
  'GET /access/explain user',
  'DELETE /tickets/:id/attachments/:attachmentId user',
  'GET /attachments/:id/content user',
  'GET /audit user',
  'GET /changes user',
  'GET /cis user',
  'GET /cis/:id user',
  'GET /cis/:id/sheet.pdf user',
  'GET /contacts user',
  'GET /contracts user',
  'GET /contracts/:id user',
  'GET /downloads user',
  'GET /downloads/:id user',
  'GET /downloads/:id/content user',
  'GET /groups staff:ADMIN|AGENT',
  'GET /health/live public',
  'GET /health/ready public',
  'GET /inbound-messages staff:ADMIN',
  'GET /invoices user',
  'GET /invoices/:id user',
  'GET /me user-enrolling',
  'GET /me/2fa/qr.png user-enrolling',
  'GET /me/notifications user',
  'GET /me/portal user',
  'GET /memberships/:id user',
  'GET /organizations user',
  'GET /organizations/:id user',
  'GET /organizations/:id/access-summary user',
  'GET /organizations/:id/members user',
  'GET /organizations/:id/partners user',
  'GET /organizations/:id/permission-contacts user',
  'GET /organizations/:id/sites user',
  'GET /pages/:id staff:ADMIN|AGENT',
  'GET /portals staff:ADMIN|AGENT',
  'GET /portals/:id staff:ADMIN|AGENT',
  'GET /portals/:id/pages staff:ADMIN|AGENT',
  'GET /reports/contracts-by-site user',
  'GET /sites/:id user',
  'GET /sla/calendars staff:ADMIN|AGENT',
  'GET /sla/calendars/:id staff:ADMIN|AGENT',
  'GET /sla/summary user',
  'GET /ticket-types user',
  'GET /tickets user',
  'GET /tickets/:id user',
  'GET /tickets/:id/attachments user',
  'GET /tickets/:id/attachments/:attachmentId user',
  'GET /tickets/:id/attachments/:attachmentId/content user',
  'GET /tickets/:id/ccs user',
  'GET /tickets/:id/comments user',
  'GET /tickets/:id/history user',
  'GET /tickets/cc-candidates user',
  'GET /tickets/count user',
  'GET /users staff:ADMIN|AGENT',
  'GET /users/:id staff:ADMIN|AGENT',
  'GET /validations user',
  'GET /validations/:id user',
  'PATCH /cis/:id staff:ADMIN|AGENT',
  'PATCH /contracts/:id staff:ADMIN|AGENT',
  'PATCH /me user',
  'PATCH /me/notifications user',
  'PATCH /memberships/:id user',
  'PATCH /organizations/:id staff:ADMIN',
  'PATCH /pages/:id staff:ADMIN',
  'PATCH /portals/:id staff:ADMIN',
  'PATCH /sites/:id staff:ADMIN',
  'PATCH /sla/calendars/:id staff:ADMIN|AGENT',
  'PATCH /tickets/:id user',
  'PATCH /users/:id staff:ADMIN',
  'POST /auth/invitation/accept public',
  'POST /auth/login public',
  'POST /auth/login/2fa public',
  'POST /auth/logout public',
  'POST /auth/password/forgot public',
  'POST /auth/password/reset public',
  'POST /auth/refresh public',
  'POST /auth/register public',
  'POST /auth/verify-email public',
  'POST /cis staff:ADMIN|AGENT',
  'POST /contracts staff:ADMIN|AGENT',
  'POST /downloads staff:ADMIN|AGENT',
  'POST /groups staff:ADMIN',
  'POST /invoices staff:ADMIN|AGENT',
  'POST /me/2fa/confirm user-enrolling',
  'POST /me/2fa/enrol user-enrolling',
  'POST /me/email user',
  'POST /me/password user',
  'POST /notifications/unsubscribe public',
  'POST /organizations staff:ADMIN',
  'POST /organizations/:id/members staff:ADMIN',
  'POST /organizations/:id/partners staff:ADMIN',
  'POST /organizations/:id/sites staff:ADMIN',
  'POST /portals staff:ADMIN',
  'POST /portals/:id/activate staff:ADMIN',
  'POST /portals/:id/deactivate staff:ADMIN',
  'POST /portals/:id/disable staff:ADMIN',
  'POST /portals/:id/enable staff:ADMIN',
  'POST /portals/:id/pages staff:ADMIN',
  'POST /sla/calendars staff:ADMIN|AGENT',
  'POST /tickets user',
  'POST /tickets/:id/attachments user',
  'POST /tickets/:id/ccs user',
  'POST /tickets/:id/comments user',
  'POST /tickets/:id/transitions user',
  'POST /tickets/:id/validations staff:ADMIN|AGENT',
  'POST /users staff:ADMIN',
  'POST /validations/:id/decisions user',
  'PUT /organizations/:id/permission-contacts/:userId staff:ADMIN',
];

describe('route inventory: every route declares its access policy', () => {
  const { ctx } = useApp({}, { truncate: false });

  it('finds a policy on every route of the app', () => {
    const routes = routeInventory(ctx.app.get(DiscoveryService), ctx.app.get(MetadataScanner), ctx.app.get(Reflector));
    expect(routes.length).toBeGreaterThan(3);
    const missing = routes.filter((r) => !r.policy).map((r) => `${r.method} ${r.path}`);
    expect(missing).toEqual([]);
  });

  it('lists the public routes explicitly (a review point when it changes)', () => {
    const routes = routeInventory(ctx.app.get(DiscoveryService), ctx.app.get(MetadataScanner), ctx.app.get(Reflector));
    const publicRoutes = routes
      .filter((r) => r.policy?.kind === 'public')
      .map((r) => `${r.method} ${r.path}`)
      .sort();
    expect(publicRoutes).toEqual(expect.arrayContaining(['GET /health/live', 'GET /health/ready', 'POST /auth/login']));
    for (const r of publicRoutes) expect(r).toMatch(/^(GET \/health|POST \/auth\/|POST \/notifications\/unsubscribe$)/);
  });

  it('refuses to boot an app with a route that declares no policy', async () => {
    const moduleRef = await Test.createTestingModule({ imports: [ForgottenModule] }).compile();
    const app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter());
    expect(() => assertEveryRouteHasPolicy(app)).toThrow(/GET \/forgotten/);
    await app.close();
  });

  it('binds interceptors per route: a create gets idempotency around Location, a list or read runs none', () => {
    const bound = (name: keyof TicketsController) =>
      Reflect.getMetadata(INTERCEPTORS_METADATA, TicketsController.prototype[name]) as unknown[] | undefined;
    expect(bound('create')).toEqual([IdempotencyInterceptor, LocationInterceptor]);
    expect(bound('comment')).toEqual([IdempotencyInterceptor]);
    expect(bound('list')).toBeUndefined();
    expect(bound('get')).toBeUndefined();
  });

  it('refuses to boot an app with a create route that takes Idempotency-Keys but has no interceptor for them', async () => {
    const moduleRef = await Test.createTestingModule({ imports: [UnboundCreateModule] }).compile();
    const app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter());
    expect(() => assertRouteInterceptors(app)).toThrow(/UnboundCreateController\.create takes Idempotency-Keys/);
    await app.close();
  });
});

describe('privilege escalation: external → staff, AGENT → ADMIN', () => {
  const { ctx, f, as } = useApp({ RATE_LIMIT_ENABLED: 'false' });

  it('declares the expected policy on every route (a snapshot of who may call what)', () => {
    const routes = routeInventory(ctx.app.get(DiscoveryService), ctx.app.get(MetadataScanner), ctx.app.get(Reflector));
    const actual = routes
      .map(
        (r) =>
          `${r.method} ${r.path.replace(/^\/api\/v1/, '')} ${r.policy?.kind === 'staff' ? `staff:${r.policy.roles.join('|')}` : r.policy?.kind}`,
      )
      .sort();
    expect(actual).toEqual([...ROUTE_POLICIES].sort());
  });

  it('refuses an AGENT every ADMIN-only action with 403, and writes nothing', async () => {
    const agent = await f.staff('AGENT');
    const portal = await f.portal();
    const org = await f.org({ portalId: portal.id });
    const site = await f.site(org.id);
    const member = await f.member(org.id);
    const partner = await f.org({ kind: 'PARTNER' });
    const page = await ctx.prisma.portalPage.create({
      data: { portalId: portal.id, title: 'P', slug: 'p', position: 0 },
    });
    const h = as(agent);
    const calls = [
      ctx.http
        .post('/api/v1/users')
        .set(h)
        .send({ email: 'x@example.test', name: 'X', staffRole: 'ADMIN', password: 'a long passphrase 12' }),
      ctx.http.patch(`/api/v1/users/${agent.id}`).set(h).send({ name: 'Me' }),
      ctx.http.patch(`/api/v1/users/${member.id}`).set(h).send({ active: false }),
      ctx.http.post('/api/v1/organizations').set(h).send({ name: 'New' }),
      ctx.http
        .patch(`/api/v1/organizations/${org.id}`)
        .set(h)
        .set('if-match', '"1"')
        .send({ ticketAccess: 'ORG_EDIT' }),
      ctx.http.post(`/api/v1/organizations/${org.id}/sites`).set(h).send({ name: 'S', abbreviation: 'AGENT-S' }),
      ctx.http.patch(`/api/v1/sites/${site.id}`).set(h).set('if-match', '"1"').send({ name: 'S' }),
      ctx.http.post(`/api/v1/organizations/${org.id}/members`).set(h).send({ userId: agent.id }),
      ctx.http
        .patch(`/api/v1/memberships/${member.membership.id}`)
        .set(h)
        .set('if-match', '"1"')
        .send({ roles: ['CUSTOMER_APPROVER'] }),
      ctx.http.delete(`/api/v1/memberships/${member.membership.id}`).set(h),
      ctx.http
        .post(`/api/v1/organizations/${org.id}/partners`)
        .set(h)
        .send({ partnerOrganizationId: partner.id, consentedByName: 'C', consentedAt: new Date().toISOString() }),
      ctx.http.post('/api/v1/portals').set(h).send({ name: 'P2' }),
      ctx.http
        .patch(`/api/v1/portals/${portal.id}`)
        .set(h)
        .set('if-match', '"1"')
        .send({ options: { require2fa: false } }),
      ctx.http.post(`/api/v1/portals/${portal.id}/deactivate`).set(h),
      ctx.http.post(`/api/v1/portals/${portal.id}/pages`).set(h).send({ title: 'T', slug: 't' }),
      ctx.http.patch(`/api/v1/pages/${page.id}`).set(h).set('if-match', '"1"').send({ title: 'T' }),
      ctx.http.delete(`/api/v1/pages/${page.id}`).set(h),
      ctx.http.post('/api/v1/groups').set(h).send({ name: 'G' }),
      ctx.http.get('/api/v1/audit').set(h),
      ctx.http.get(`/api/v1/access/explain?userId=${member.id}&resource=ci:${site.id}&action=read`).set(h),
    ];
    const statuses = (await Promise.all(calls)).map((r) => r.status);
    expect(statuses).toEqual(statuses.map(() => 403));
    expect(await ctx.prisma.user.count()).toBe(2);
    expect(await ctx.prisma.organization.count()).toBe(2);
    expect(await ctx.prisma.portal.count()).toBe(1);
    expect((await ctx.prisma.portal.findUniqueOrThrow({ where: { id: portal.id } })).status).toBe('ACTIVE');
    expect((await ctx.prisma.membership.findUniqueOrThrow({ where: { id: member.membership.id } })).roles).toEqual([
      'PORTAL_USER',
    ]);
    expect(await ctx.prisma.auditEvent.count()).toBe(0);
  });

  it('refuses an external user (even with every portal role) every staff route with 403', async () => {
    const org = await f.org();
    const boss = await f.member(org.id, {
      roles: ['CUSTOMER_APPROVER', 'CHANGE_MANAGER', 'CONTROLLER', 'PORTAL_USER_PLUS'],
    });
    const t = await f.ticket(org.id, boss.id);
    const h = as(boss);
    const calls = [
      ctx.http.get('/api/v1/users').set(h),
      ctx.http.get(`/api/v1/users/${boss.id}`).set(h),
      ctx.http.get('/api/v1/groups').set(h),
      ctx.http.get('/api/v1/portals').set(h),
      ctx.http.post('/api/v1/cis').set(h).send({ organizationId: org.id, name: 'x', type: 'Server' }),
      ctx.http.post('/api/v1/contracts').set(h).send({
        organizationId: org.id,
        number: 'K',
        name: 'x',
        kind: 'SERVICE',
        direction: 'SOLD',
        startsOn: '2025-01-01',
      }),
      ctx.http
        .post('/api/v1/invoices')
        .set(h)
        .send({ organizationId: org.id, number: 'I', issuedOn: '2025-01-01', amountCents: 1 }),
      ctx.http.post('/api/v1/downloads').set(h).send({
        organizationId: org.id,
        title: 't',
        fileName: 'a.sh',
        contentType: 'text/plain',
        contentBase64: 'YQ==',
      }),
      ctx.http
        .post(`/api/v1/tickets/${t.id}/validations`)
        .set(h)
        .send({ kind: 'VALIDATION', question: 'q', dueAt: new Date(Date.now() + 3600_000).toISOString() }),
      ctx.http.post(`/api/v1/organizations/${org.id}/members`).set(h).send({ userId: boss.id }),
      ctx.http.post(`/api/v1/tickets/${t.id}/comments`).set(h).send({ body: 'internal?', internal: true }),
    ];
    const statuses = (await Promise.all(calls)).map((r) => r.status);
    expect(statuses).toEqual(statuses.map(() => 403));
    expect(await ctx.prisma.ticketComment.count()).toBe(0);
    expect(await ctx.prisma.validation.count()).toBe(0);
  });
});
