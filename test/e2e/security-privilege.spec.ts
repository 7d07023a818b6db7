import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { useApp } from '../helpers/setup.js';
import { routeInventory } from '../../src/auth/route-inventory.js';

/**
 * Security review — privilege escalation: external → staff, PORTAL_USER → approver, approver →
 * admin, AGENT → ADMIN, approvers granting roles outside the rules, and self-modification of
 * roles, organisation or site through PATCH me or any other route.
 */

/** Every route with the policy it declares. A change here is a permission change: review it. */
const ROUTE_POLICIES = [
  'DELETE /cis/:id staff:ADMIN|AGENT',
  'DELETE /contracts/:id staff:ADMIN|AGENT',
  'DELETE /downloads/:id staff:ADMIN|AGENT',
  'DELETE /me/2fa user',
  'DELETE /memberships/:id staff:ADMIN',
  'DELETE /organizations/:id/partners/:linkId staff:ADMIN',
  'DELETE /pages/:id staff:ADMIN',
  'DELETE /tickets/:id/ccs/:userId user',
  'GET /access/explain user',
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
  'GET /invoices user',
  'GET /invoices/:id user',
  'GET /me user-enrolling',
  'GET /me/2fa/qr.png user-enrolling',
  'GET /me/portal user',
  'GET /memberships/:id user',
  'GET /organizations user',
  'GET /organizations/:id user',
  'GET /organizations/:id/members user',
  'GET /organizations/:id/partners user',
  'GET /organizations/:id/sites user',
  'GET /pages/:id staff:ADMIN|AGENT',
  'GET /portals staff:ADMIN|AGENT',
  'GET /portals/:id staff:ADMIN|AGENT',
  'GET /portals/:id/pages staff:ADMIN|AGENT',
  'GET /reports/contracts-by-site user',
  'GET /sites/:id user',
  'GET /ticket-types user',
  'GET /tickets user',
  'GET /tickets/:id user',
  'GET /tickets/:id/ccs user',
  'GET /tickets/:id/comments user',
  'GET /tickets/:id/history user',
  'GET /users staff:ADMIN|AGENT',
  'GET /users/:id staff:ADMIN|AGENT',
  'GET /validations user',
  'GET /validations/:id user',
  'PATCH /cis/:id staff:ADMIN|AGENT',
  'PATCH /contracts/:id staff:ADMIN|AGENT',
  'PATCH /me user',
  'PATCH /memberships/:id user',
  'PATCH /organizations/:id staff:ADMIN',
  'PATCH /pages/:id staff:ADMIN',
  'PATCH /portals/:id staff:ADMIN',
  'PATCH /sites/:id staff:ADMIN',
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
  'POST /tickets user',
  'POST /tickets/:id/ccs user',
  'POST /tickets/:id/comments user',
  'POST /tickets/:id/transitions user',
  'POST /tickets/:id/validations staff:ADMIN|AGENT',
  'POST /users staff:ADMIN',
  'POST /validations/:id/decisions user',
];

describe('security: privilege escalation', () => {
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

  describe('role management by approvers (SPEC §3 Identity)', () => {
    async function org() {
      const o = await f.org();
      const site = await f.site(o.id);
      const approver = await f.member(o.id, { roles: ['CUSTOMER_APPROVER'], homeSiteId: site.id });
      const plain = await f.member(o.id, { homeSiteId: site.id });
      const controller = await f.member(o.id, { roles: ['CONTROLLER'] });
      return { o, site, approver, plain, controller };
    }
    const patch = (actor: { id: string }, membershipId: string, body: object, version = 1) =>
      ctx.http.patch(`/api/v1/memberships/${membershipId}`).set(as(actor)).set('if-match', `"${version}"`).send(body);

    it('lets an approver grant and remove PORTAL_USER_PLUS and the roles they hold (the control case)', async () => {
      const { approver, plain } = await org();
      await patch(approver, plain.membership.id, { roles: ['PORTAL_USER', 'PORTAL_USER_PLUS'] }).expect(200);
      await patch(approver, plain.membership.id, { roles: ['CUSTOMER_APPROVER'] }, 2).expect(200);
      expect((await ctx.prisma.membership.findUniqueOrThrow({ where: { id: plain.membership.id } })).roles).toEqual([
        'CUSTOMER_APPROVER',
      ]);
    });

    it('refuses roles the approver does not hold, in either direction, with 403 and no change', async () => {
      const { approver, plain, controller } = await org();
      for (const roles of [['CONTROLLER'], ['CHANGE_MANAGER'], ['PORTAL_USER', 'CONTROLLER']]) {
        await patch(approver, plain.membership.id, { roles }).expect(403);
      }
      await patch(approver, controller.membership.id, { roles: ['PORTAL_USER'] }).expect(403); // removing CONTROLLER
      expect((await ctx.prisma.membership.findUniqueOrThrow({ where: { id: plain.membership.id } })).roles).toEqual([
        'PORTAL_USER',
      ]);
      expect(
        (await ctx.prisma.membership.findUniqueOrThrow({ where: { id: controller.membership.id } })).roles,
      ).toEqual(['CONTROLLER']);
    });

    it('refuses an approver their own membership, and every field but roles on others', async () => {
      const { o, approver, plain } = await org();
      const other = await f.site(o.id);
      await patch(approver, approver.membership.id, { roles: ['CUSTOMER_APPROVER', 'CHANGE_MANAGER'] }).expect(403);
      await patch(approver, approver.membership.id, { roles: ['PORTAL_USER'] }).expect(403);
      for (const body of [
        { ticketAccess: 'ORG_EDIT' },
        { homeSiteId: other.id },
        { writeSiteIds: [other.id] },
        { readSiteIds: [other.id] },
        { active: false },
        { department: 'IT' },
        { allowedTicketTypes: null },
        { allowedStatuses: ['CLOSED'] },
        { roles: ['PORTAL_USER_PLUS'], ticketAccess: 'ORG_READ' },
      ]) {
        await patch(approver, plain.membership.id, body).expect(403);
        await patch(approver, approver.membership.id, body).expect(403);
      }
      const mine = await ctx.prisma.membership.findUniqueOrThrow({ where: { id: approver.membership.id } });
      const theirs = await ctx.prisma.membership.findUniqueOrThrow({ where: { id: plain.membership.id } });
      expect([mine.version, mine.roles, mine.ticketAccess]).toEqual([1, ['CUSTOMER_APPROVER'], 'OWN']);
      expect([theirs.version, theirs.roles, theirs.ticketAccess, theirs.active]).toEqual([
        1,
        ['PORTAL_USER'],
        'OWN',
        true,
      ]);
    });

    it('refuses members without "manage roles" (PORTAL_USER, PORTAL_USER_PLUS, CONTROLLER) any role change, their own included', async () => {
      const { o, approver, plain, controller } = await org();
      const plus = await f.member(o.id, { roles: ['PORTAL_USER_PLUS'] });
      for (const actor of [plain, plus, controller]) {
        await patch(actor, actor.membership.id, { roles: ['CUSTOMER_APPROVER'] }).expect(403);
        await patch(actor, approver.membership.id, { roles: ['PORTAL_USER'] }).expect((r) =>
          expect([403, 404]).toContain(r.status),
        );
      }
      await ctx.http.get(`/api/v1/organizations/${o.id}/members`).set(as(plain)).expect(403);
      await ctx.http.get('/api/v1/audit').set(as(plain)).expect(403);
      await ctx.http.get('/api/v1/invoices').set(as(plain)).expect(403);
      await ctx.http.get('/api/v1/changes').set(as(plus)).expect(403);
      expect(
        (await ctx.prisma.membership.findMany({ where: { organizationId: o.id }, orderBy: { createdAt: 'asc' } })).map(
          (m) => m.roles,
        ),
      ).toEqual([['CUSTOMER_APPROVER'], ['PORTAL_USER'], ['CONTROLLER'], ['PORTAL_USER_PLUS']]);
    });

    it('refuses an approver of A every membership of B where they are only a PORTAL_USER (404), and staff memberships do not exist', async () => {
      const a = await org();
      const b = await org();
      await f.addMembership(a.approver.id, b.o.id, { roles: ['PORTAL_USER'] });
      await patch(a.approver, b.plain.membership.id, { roles: ['PORTAL_USER_PLUS'] }).expect(404);
      await ctx.http.get(`/api/v1/organizations/${b.o.id}/members`).set(as(a.approver)).expect(403);
      const agent = await f.staff('AGENT');
      await ctx.http
        .post(`/api/v1/organizations/${a.o.id}/members`)
        .set(as(await f.staff('ADMIN')))
        .send({ userId: agent.id })
        .expect(422);
    });
  });

  describe('self-modification', () => {
    it('PATCH me refuses organisation, site, roles, restrictions, staff role, email and flags with 400 and changes nothing', async () => {
      const o = await f.org();
      const other = await f.org();
      const site = await f.site(o.id);
      const u = await f.member(o.id);
      const before = await ctx.prisma.user.findUniqueOrThrow({ where: { id: u.id }, include: { memberships: true } });
      for (const body of [
        { staffRole: 'ADMIN' },
        { roles: ['CUSTOMER_APPROVER'] },
        { defaultOrganizationId: other.id },
        { organizationId: other.id },
        { homeSiteId: site.id },
        { memberships: [{ organizationId: other.id, roles: ['CONTROLLER'] }] },
        { ticketAccess: 'ORG_EDIT' },
        { allowedTicketTypes: null },
        { email: 'new@example.test' },
        { emailVerified: true },
        { active: true },
        { totpEnabled: false },
        { version: 99 },
        { name: 'Fine', staffRole: 'ADMIN' },
      ]) {
        const res = await ctx.http.patch('/api/v1/me').set(as(u)).send(body);
        expect({ body, status: res.status }).toEqual({ body, status: 400 });
      }
      const after = await ctx.prisma.user.findUniqueOrThrow({ where: { id: u.id }, include: { memberships: true } });
      expect(after).toEqual(before);
      await ctx.http.patch('/api/v1/me').set(as(u)).send({ name: 'Renamed' }).expect(200);
      expect((await ctx.http.get('/api/v1/me').set(as(u)).expect(200)).body).toMatchObject({
        name: 'Renamed',
        staffRole: null,
        defaultOrganizationId: o.id,
      });
    });

    it('an external user cannot move their ticket to another organisation or site, nor set its status by PATCH', async () => {
      const o = await f.org({ ticketAccess: 'ORG_EDIT' });
      const s1 = await f.site(o.id);
      const s2 = await f.site(o.id);
      const o2 = await f.org();
      const u = await f.member(o.id, { homeSiteId: s1.id, writeSiteIds: [s2.id] });
      await f.addMembership(u.id, o2.id);
      const t = await f.ticket(o.id, u.id, { siteId: s1.id });
      const h = as(u);
      await ctx.http
        .patch(`/api/v1/tickets/${t.id}`)
        .set(h)
        .set('if-match', '"1"')
        .send({ organizationId: o2.id })
        .expect(403);
      await ctx.http.patch(`/api/v1/tickets/${t.id}`).set(h).set('if-match', '"1"').send({ siteId: s2.id }).expect(403);
      await ctx.http
        .patch(`/api/v1/tickets/${t.id}`)
        .set(h)
        .set('if-match', '"1"')
        .send({ status: 'CLOSED' })
        .expect(400);
      await ctx.http
        .patch(`/api/v1/tickets/${t.id}`)
        .set(h)
        .set('if-match', '"1"')
        .send({ requesterId: u.id })
        .expect(400);
      expect(await ctx.prisma.ticket.findUniqueOrThrow({ where: { id: t.id } })).toEqual(t);
    });

    it('staff never decide a validation, and a PORTAL_USER requester cannot see or decide one on their own ticket', async () => {
      const o = await f.org();
      const approver = await f.member(o.id, { roles: ['CUSTOMER_APPROVER'] });
      const requester = await f.member(o.id);
      const admin = await f.staff('ADMIN');
      const t = await f.ticket(o.id, requester.id);
      const v = await f.validation(t, admin.id, { dueAt: new Date(Date.now() + 3600_000) });
      await ctx.http
        .post(`/api/v1/validations/${v.id}/decisions`)
        .set(as(admin))
        .send({ outcome: 'ACCEPT' })
        .expect(403);
      await ctx.http
        .post(`/api/v1/validations/${v.id}/decisions`)
        .set(as(requester))
        .send({ outcome: 'ACCEPT' })
        .expect(404);
      await ctx.http.get(`/api/v1/validations/${v.id}`).set(as(requester)).expect(404);
      expect(await ctx.prisma.validationDecision.count()).toBe(0);
      await ctx.http
        .post(`/api/v1/validations/${v.id}/decisions`)
        .set(as(approver))
        .send({ outcome: 'ACCEPT' })
        .expect(201);
    });
  });
});
