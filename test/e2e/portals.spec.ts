import { useApp } from '../helpers/setup.js';
import type { PortalRole } from '../../src/generated/prisma/client.js';

describe('portals: lifecycle, options, pages and widgets, my portal, named licences', () => {
  const { ctx, f, as } = useApp();
  let admin: { id: string };
  let adminToken: string;
  const bearer = (t: string) => ({ authorization: `Bearer ${t}` });

  beforeEach(async () => {
    admin = await f.staff('ADMIN');
    adminToken = ctx.tokenFor(admin);
  });

  async function createPortal(body: Record<string, unknown> = { name: 'Desk' }) {
    const res = await ctx.http.post('/api/v1/portals').set(bearer(adminToken)).send(body).expect(201);
    return res.body as { id: string; status: string; version: number; options: Record<string, unknown> };
  }

  describe('lifecycle', () => {
    it('goes DISABLED → ENABLED → ACTIVE → ENABLED → DISABLED and refuses invalid transitions with 409', async () => {
      const p = await createPortal();
      expect(p.status).toBe('DISABLED');
      const go = (action: string) => ctx.http.post(`/api/v1/portals/${p.id}/${action}`).set(bearer(adminToken));
      expect((await go('activate').expect(409)).body.type).toMatch(/invalid-transition$/);
      await go('deactivate').expect(409);
      await go('disable').expect(409);
      expect((await go('enable').expect(200)).body.status).toBe('ENABLED');
      await go('enable').expect(409);
      await go('deactivate').expect(409);
      expect((await go('activate').expect(200)).body.status).toBe('ACTIVE');
      await go('activate').expect(409);
      expect((await go('deactivate').expect(200)).body.status).toBe('ENABLED');
      await go('activate').expect(200);
      expect((await go('disable').expect(200)).body.status).toBe('DISABLED');
      const events = await ctx.prisma.auditEvent.findMany({ where: { targetId: p.id }, orderBy: { createdAt: 'asc' } });
      expect(events.map((e) => e.action)).toEqual([
        'portal.created',
        'portal.enabled',
        'portal.activated',
        'portal.deactivated',
        'portal.activated',
        'portal.disabled',
      ]);
      expect(events[2]).toMatchObject({
        actorId: admin.id,
        before: { status: 'ENABLED' },
        after: { status: 'ACTIVE' },
      });
    });

    it('keeps the pages of a disabled portal for a later re-enable', async () => {
      const p = await createPortal({ name: 'Desk', template: 'TICKET_DESK' });
      const go = (action: string) =>
        ctx.http.post(`/api/v1/portals/${p.id}/${action}`).set(bearer(adminToken)).expect(200);
      await go('enable');
      await go('disable');
      await go('enable');
      const pages = await ctx.http.get(`/api/v1/portals/${p.id}/pages`).set(bearer(adminToken)).expect(200);
      expect(pages.body.map((x: { slug: string }) => x.slug)).toEqual([
        'tickets',
        'new-ticket',
        'system-info',
        'contracts',
        'validations',
      ]);
    });

    it('is ADMIN-only: an agent reads but may not create, configure or change status; externals get 403', async () => {
      const p = await createPortal();
      const agent = ctx.tokenFor(await f.staff('AGENT'));
      await ctx.http.get(`/api/v1/portals/${p.id}`).set(bearer(agent)).expect(200);
      await ctx.http.post('/api/v1/portals').set(bearer(agent)).send({ name: 'X' }).expect(403);
      await ctx.http.post(`/api/v1/portals/${p.id}/enable`).set(bearer(agent)).expect(403);
      await ctx.http
        .patch(`/api/v1/portals/${p.id}`)
        .set(bearer(agent))
        .set('if-match', '"1"')
        .send({ name: 'Y' })
        .expect(403);
      const org = await f.org();
      const ext = ctx.tokenFor(await f.member(org.id, { roles: ['CUSTOMER_APPROVER'] }));
      await ctx.http.get(`/api/v1/portals/${p.id}`).set(bearer(ext)).expect(403);
      await ctx.http.get('/api/v1/portals').set(bearer(ext)).expect(403);
      expect((await ctx.prisma.portal.findUniqueOrThrow({ where: { id: p.id } })).status).toBe('DISABLED');
    });

    it('answers 404 for an unknown portal and 400 for a malformed id', async () => {
      await ctx.http
        .post('/api/v1/portals/0190f8a2-7c1e-7b3a-9d2f-1a2b3c4d5e6f/enable')
        .set(bearer(adminToken))
        .expect(404);
      await ctx.http.get('/api/v1/portals/nope').set(bearer(adminToken)).expect(400);
    });
  });

  describe('options', () => {
    it('are configured with If-Match and audited with before and after', async () => {
      const p = await createPortal();
      await ctx.http
        .patch(`/api/v1/portals/${p.id}`)
        .set(bearer(adminToken))
        .send({ options: { require2fa: true } })
        .expect(428);
      const ok = await ctx.http
        .patch(`/api/v1/portals/${p.id}`)
        .set(bearer(adminToken))
        .set('if-match', `"${p.version}"`)
        .send({ options: { externalSupportMode: true, selfRegistration: 'CLIENT_NUMBER', seatLimit: 10 } })
        .expect(200);
      expect(ok.headers.etag).toBe(`"${p.version + 1}"`);
      expect(ok.body.options).toEqual({
        externalSupportMode: true,
        ciDepartmentFilter: false,
        selfRegistration: 'CLIENT_NUMBER',
        require2fa: false,
        seatLimit: 10,
        decideByEmail: false,
      });
      await ctx.http
        .patch(`/api/v1/portals/${p.id}`)
        .set(bearer(adminToken))
        .set('if-match', `"${p.version}"`)
        .send({ name: 'Stale' })
        .expect(412);
      const bad = await ctx.http
        .patch(`/api/v1/portals/${p.id}`)
        .set(bearer(adminToken))
        .set('if-match', ok.headers.etag)
        .send({ options: { selfRegistration: 'MAGIC', seatLimit: -1, colour: 'red' } })
        .expect(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'options.colour',
        'options.seatLimit',
        'options.selfRegistration',
      ]);
      const ev = await ctx.prisma.auditEvent.findFirstOrThrow({ where: { targetId: p.id, action: 'portal.updated' } });
      expect(ev.before).toMatchObject({
        options: { externalSupportMode: false, seatLimit: null, selfRegistration: 'OFF' },
      });
      expect(ev.after).toMatchObject({
        options: { externalSupportMode: true, seatLimit: 10, selfRegistration: 'CLIENT_NUMBER' },
      });
    });

    it('refuses a seat limit below the seats in use (409)', async () => {
      const p = await createPortal();
      const org = await f.org({ portalId: p.id });
      await f.member(org.id);
      await f.member(org.id);
      const res = await ctx.http
        .patch(`/api/v1/portals/${p.id}`)
        .set(bearer(adminToken))
        .set('if-match', `"${p.version}"`)
        .send({ options: { seatLimit: 1 } })
        .expect(409);
      expect(res.body.detail).toMatch(/2 seats in use/);
      const ok = await ctx.http
        .patch(`/api/v1/portals/${p.id}`)
        .set(bearer(adminToken))
        .set('if-match', `"${p.version}"`)
        .send({ options: { seatLimit: 2 } })
        .expect(200);
      expect(ok.body.seatsUsed).toBe(2);
    });
  });

  describe('pages and widgets', () => {
    it('creates ordered widgets and validates each config by its type (400 with field errors, nothing written)', async () => {
      const p = await createPortal();
      const good = await ctx.http
        .post(`/api/v1/portals/${p.id}/pages`)
        .set(bearer(adminToken))
        .send({
          title: 'Home',
          slug: 'home',
          widgets: [
            { type: 'TEXT', config: { markdown: '# Hello' } },
            { type: 'TICKET_LIST', config: { pageSize: 100, columns: ['number', 'subject'] } },
            { type: 'TICKET_FORM', config: { types: ['INCIDENT'] } },
          ],
        })
        .expect(201);
      expect(good.body.widgets.map((w: { type: string; position: number }) => [w.type, w.position])).toEqual([
        ['TEXT', 0],
        ['TICKET_LIST', 1],
        ['TICKET_FORM', 2],
      ]);
      expect(good.body.widgets[1].config).toEqual({ pageSize: 100, columns: ['number', 'subject'] });

      const bad = await ctx.http
        .post(`/api/v1/portals/${p.id}/pages`)
        .set(bearer(adminToken))
        .send({
          title: 'Bad',
          slug: 'bad',
          widgets: [
            { type: 'TICKET_LIST', config: { pageSize: 101, columns: ['number', 'password'] } },
            { type: 'TEXT', config: { markdown: 'x'.repeat(10001) } },
            { type: 'TEXT', config: {} },
            { type: 'CI_LIST', config: { pageSize: 10, extra: true } },
            { type: 'CHART', config: {} },
          ],
        })
        .expect(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(
        expect.arrayContaining([
          'widgets.0.config.pageSize',
          'widgets.0.config.columns',
          'widgets.1.config.markdown',
          'widgets.2.config.markdown',
          'widgets.3.config.extra',
          'widgets.4.type',
        ]),
      );
      // nothing of a refused request is written
      const typeOnly = await ctx.http
        .post(`/api/v1/portals/${p.id}/pages`)
        .set(bearer(adminToken))
        .send({ title: 'T', slug: 't', widgets: [{ type: 'TICKET_LIST', config: { pageSize: 0 } }] })
        .expect(400);
      expect(typeOnly.body.errors).toEqual([expect.objectContaining({ field: 'widgets.0.config.pageSize' })]);
      expect(await ctx.prisma.portalPage.count({ where: { portalId: p.id } })).toBe(1);
    });

    it('a page may hold a DOWNLOADS widget, its config validated (page size, operating systems), shown to every member', async () => {
      const p = await createPortal();
      const page = await ctx.http
        .post(`/api/v1/portals/${p.id}/pages`)
        .set(bearer(adminToken))
        .send({
          title: 'Utilities',
          slug: 'utilities',
          widgets: [{ type: 'DOWNLOADS', config: { pageSize: 10, platforms: ['WINDOWS', 'MACOS'] } }],
        })
        .expect(201);
      expect(page.body.widgets).toEqual([
        expect.objectContaining({
          type: 'DOWNLOADS',
          position: 0,
          config: { pageSize: 10, platforms: ['WINDOWS', 'MACOS'] },
        }),
      ]);
      const bad = await ctx.http
        .post(`/api/v1/portals/${p.id}/pages`)
        .set(bearer(adminToken))
        .send({
          title: 'Bad',
          slug: 'bad',
          widgets: [
            { type: 'DOWNLOADS', config: { platforms: ['BEOS'] } },
            { type: 'DOWNLOADS', config: { pageSize: 0, platforms: [] } },
            { type: 'DOWNLOADS', config: { showAll: true } },
          ],
        })
        .expect(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'widgets.0.config.platforms',
        'widgets.1.config.pageSize',
        'widgets.1.config.platforms',
        'widgets.2.config.showAll',
      ]);
      expect(await ctx.prisma.portalPage.count({ where: { portalId: p.id } })).toBe(1);
      await ctx.http.post(`/api/v1/portals/${p.id}/enable`).set(bearer(adminToken)).expect(200);
      await ctx.http.post(`/api/v1/portals/${p.id}/activate`).set(bearer(adminToken)).expect(200);
      const member = await f.member((await f.org({ portalId: p.id })).id, { roles: ['PORTAL_USER'] });
      const mine = await ctx.http.get('/api/v1/me/portal').set(as(member)).expect(200);
      expect(mine.body.organizations[0].pages.map((x: { slug: string }) => x.slug)).toEqual(['utilities']);
    });

    it('updates a page with If-Match (widgets replaced in order), refuses a duplicate slug with 409, deletes', async () => {
      const p = await createPortal({ name: 'Desk', template: 'TICKET_DESK' });
      const pages = (await ctx.http.get(`/api/v1/portals/${p.id}/pages`).set(bearer(adminToken)).expect(200)).body as {
        id: string;
        slug: string;
        version: number;
      }[];
      const first = pages[0];
      await ctx.http.patch(`/api/v1/pages/${first.id}`).set(bearer(adminToken)).send({ title: 'X' }).expect(428);
      const upd = await ctx.http
        .patch(`/api/v1/pages/${first.id}`)
        .set(bearer(adminToken))
        .set('if-match', `"${first.version}"`)
        .send({
          title: 'My tickets',
          widgets: [
            { type: 'VALIDATIONS_INBOX', config: { kinds: ['CHANGE'] } },
            { type: 'TEXT', config: { markdown: 'hi' } },
          ],
        })
        .expect(200);
      expect(upd.body).toMatchObject({ title: 'My tickets', version: first.version + 1 });
      expect(upd.body.widgets.map((w: { type: string }) => w.type)).toEqual(['VALIDATIONS_INBOX', 'TEXT']);
      await ctx.http
        .patch(`/api/v1/pages/${first.id}`)
        .set(bearer(adminToken))
        .set('if-match', `"${first.version}"`)
        .send({ title: 'Stale' })
        .expect(412);
      await ctx.http
        .patch(`/api/v1/pages/${first.id}`)
        .set(bearer(adminToken))
        .set('if-match', `"${first.version + 1}"`)
        .send({ widgets: [{ type: 'VALIDATIONS_INBOX', config: { kinds: ['OTHER'] } }] })
        .expect(400);
      await ctx.http
        .patch(`/api/v1/pages/${first.id}`)
        .set(bearer(adminToken))
        .set('if-match', `"${first.version + 1}"`)
        .send({ slug: 'contracts' })
        .expect(409);
      await ctx.http.delete(`/api/v1/pages/${pages[1].id}`).set(bearer(adminToken)).expect(204);
      await ctx.http.get(`/api/v1/pages/${pages[1].id}`).set(bearer(adminToken)).expect(404);
      const left = (await ctx.http.get(`/api/v1/portals/${p.id}/pages`).set(bearer(adminToken)).expect(200)).body;
      expect(left.map((x: { id: string }) => x.id)).toEqual([pages[0].id, ...pages.slice(2).map((x) => x.id)]);
    });
  });

  describe('GET me/portal', () => {
    async function activeDeskFor(roles: PortalRole[]) {
      const p = await createPortal({ name: 'Desk', template: 'TICKET_DESK' });
      await ctx.http.post(`/api/v1/portals/${p.id}/enable`).set(bearer(adminToken)).expect(200);
      await ctx.http.post(`/api/v1/portals/${p.id}/activate`).set(bearer(adminToken)).expect(200);
      const org = await f.org({ portalId: p.id });
      const u = await f.member(org.id, { roles });
      return { p, org, u, token: ctx.tokenFor(u) };
    }

    // SPEC §1 role table
    const TABLE: [PortalRole, Record<string, unknown>, string[]][] = [
      [
        'PORTAL_USER',
        {
          tickets: 'own',
          contacts: 'own',
          systemInfo: false,
          sla: false,
          changes: false,
          invoices: false,
          validations: false,
          utilities: false,
        },
        ['tickets', 'new-ticket'],
      ],
      [
        'PORTAL_USER_PLUS',
        {
          tickets: 'all',
          contacts: 'all',
          systemInfo: false,
          sla: false,
          changes: false,
          invoices: false,
          validations: false,
          utilities: false,
        },
        ['tickets', 'new-ticket'],
      ],
      [
        'CUSTOMER_APPROVER',
        {
          tickets: 'all',
          contacts: 'all',
          systemInfo: true,
          sla: true,
          changes: false,
          invoices: false,
          validations: true,
          utilities: false,
        },
        ['tickets', 'new-ticket', 'system-info', 'contracts', 'validations'],
      ],
      [
        'CHANGE_MANAGER',
        {
          tickets: 'all',
          contacts: 'all',
          systemInfo: true,
          sla: true,
          changes: true,
          invoices: false,
          validations: true,
          utilities: false,
        },
        ['tickets', 'new-ticket', 'system-info', 'contracts', 'validations'],
      ],
      [
        'CONTROLLER',
        {
          tickets: 'all',
          contacts: 'all',
          systemInfo: true,
          sla: true,
          changes: true,
          invoices: true,
          validations: true,
          utilities: false,
        },
        ['tickets', 'new-ticket', 'system-info', 'contracts', 'validations'],
      ],
    ];

    it.each(TABLE)('%s gets the tiles and pages of the SPEC table', async (role, tiles, slugs) => {
      const { org, token } = await activeDeskFor([role]);
      const res = await ctx.http.get(`/api/v1/me/portal?organizationId=${org.id}`).set(bearer(token)).expect(200);
      expect(res.body.organizations).toHaveLength(1);
      expect(res.body.organizations[0]).toMatchObject({
        organizationId: org.id,
        roles: [role],
        portalStatus: 'ACTIVE',
        isDefault: true,
      });
      expect(res.body.organizations[0].tiles).toEqual(tiles);
      expect(res.body.organizations[0].pages.map((x: { slug: string }) => x.slug)).toEqual(slugs);
    });

    it('gives the union of several roles', async () => {
      const { org, token } = await activeDeskFor(['PORTAL_USER', 'CONTROLLER']);
      const res = await ctx.http.get(`/api/v1/me/portal?organizationId=${org.id}`).set(bearer(token)).expect(200);
      expect(res.body.organizations[0].tiles).toMatchObject({ tickets: 'all', invoices: true });
    });

    it('members whose organisation has downloads they can see get the utilities tile, per organisation', async () => {
      const { p, org, u, token } = await activeDeskFor(['PORTAL_USER']);
      const sibling = await f.org({ portalId: p.id });
      const p2 = await createPortal({ name: 'Second', template: 'EMPTY' });
      await ctx.http.post(`/api/v1/portals/${p2.id}/enable`).set(bearer(adminToken)).expect(200);
      await ctx.http.post(`/api/v1/portals/${p2.id}/activate`).set(bearer(adminToken)).expect(200);
      const other = await f.org({ portalId: p2.id });
      await f.addMembership(u.id, other.id, { roles: ['CONTROLLER'] });
      const utilities = async () => {
        const res = await ctx.http.get('/api/v1/me/portal').set(bearer(token)).expect(200);
        return Object.fromEntries(
          res.body.organizations.map((o: { organizationId: string; tiles: { utilities: boolean } }) => [
            o.organizationId,
            o.tiles.utilities,
          ]),
        );
      };
      const publish = (target: Record<string, string>) =>
        ctx.http
          .post('/api/v1/downloads')
          .set(bearer(adminToken))
          .send({
            ...target,
            title: 'VPN (Windows)',
            fileName: 'vpn-windows.ps1',
            contentType: 'text/plain',
            platform: 'WINDOWS',
            contentBase64: Buffer.from('Add-VpnConnection').toString('base64'),
          })
          .expect(201);
      expect(await utilities()).toEqual({ [org.id]: false, [other.id]: false });
      await publish({ organizationId: sibling.id });
      expect(await utilities()).toEqual({ [org.id]: false, [other.id]: false });
      await publish({ portalId: p.id });
      expect(await utilities()).toEqual({ [org.id]: true, [other.id]: false });
      await publish({ organizationId: other.id });
      expect(await utilities()).toEqual({ [org.id]: true, [other.id]: true });
      const preview = await ctx.http
        .get(`/api/v1/me/portal?organizationId=${sibling.id}`)
        .set(bearer(adminToken))
        .expect(200);
      expect(preview.body.organizations[0].tiles).toMatchObject({ utilities: true });
    });

    it('answers per organisation for a multi-organisation user; a non-ACTIVE portal is 404 for externals', async () => {
      const { p, org, u, token } = await activeDeskFor(['PORTAL_USER']);
      const p2 = await createPortal({ name: 'Other', template: 'EMPTY' });
      const org2 = await f.org({ portalId: p.id });
      const org3 = await f.org({ portalId: p2.id });
      await f.addMembership(u.id, org2.id, { roles: ['CUSTOMER_APPROVER'] });
      await f.addMembership(u.id, org3.id, { roles: ['CONTROLLER'] });
      const all = await ctx.http.get('/api/v1/me/portal').set(bearer(token)).expect(200);
      const byOrg = Object.fromEntries(
        all.body.organizations.map((o: { organizationId: string; tiles: { sla: boolean } }) => [
          o.organizationId,
          o.tiles.sla,
        ]),
      );
      expect(byOrg).toEqual({ [org.id]: false, [org2.id]: true }); // org3's portal is DISABLED: absent
      const notActive = await ctx.http
        .get(`/api/v1/me/portal?organizationId=${org3.id}`)
        .set(bearer(token))
        .expect(404);
      const stranger = await ctx.http
        .get(`/api/v1/me/portal?organizationId=${(await f.org({ portalId: p.id })).id}`)
        .set(bearer(token))
        .expect(404);
      expect({ ...notActive.body, requestId: undefined, instance: undefined }).toEqual({
        ...stranger.body,
        requestId: undefined,
        instance: undefined,
      });
      await ctx.http.post(`/api/v1/portals/${p.id}/deactivate`).set(bearer(adminToken)).expect(200);
      await ctx.http.get(`/api/v1/me/portal?organizationId=${org.id}`).set(bearer(token)).expect(404);
      // staff preview an ENABLED portal with every tile
      const preview = await ctx.http
        .get(`/api/v1/me/portal?organizationId=${org.id}`)
        .set(bearer(adminToken))
        .expect(200);
      expect(preview.body.organizations[0]).toMatchObject({ portalStatus: 'ENABLED', tiles: { invoices: true } });
      expect(preview.body.organizations[0].pages).toHaveLength(5);
    });
  });

  describe('named licences (seatLimit)', () => {
    async function limitedOrg(limit: number) {
      const p = await ctx.prisma.portal.create({ data: { name: 'Licensed', status: 'ACTIVE', seatLimit: limit } });
      const org = await f.org({ portalId: p.id });
      return { p, org };
    }

    it('never exceeds the limit under 20 concurrent member additions', async () => {
      const { p, org } = await limitedOrg(5);
      const users = await Promise.all(Array.from({ length: 20 }, () => f.user()));
      const results = await Promise.all(
        users.map((u) =>
          ctx.http.post(`/api/v1/organizations/${org.id}/members`).set(bearer(adminToken)).send({ userId: u.id }),
        ),
      );
      const statuses = results.map((r) => r.status).sort();
      expect(statuses.filter((s) => s === 201)).toHaveLength(5);
      expect(statuses.filter((s) => s === 409)).toHaveLength(15);
      expect(results.find((r) => r.status === 409)!.body.detail).toMatch(/seat limit/);
      expect(await ctx.prisma.membership.count({ where: { organizationId: org.id } })).toBe(5);
      expect(
        await ctx.prisma.auditEvent.count({ where: { action: 'membership.created', organizationId: org.id } }),
      ).toBe(5);
      const portal = await ctx.http.get(`/api/v1/portals/${p.id}`).set(bearer(adminToken)).expect(200);
      expect(portal.body.seatsUsed).toBe(5);
    });

    it("counts a user once across the portal's organisations and refuses reactivation over the limit", async () => {
      const { p, org } = await limitedOrg(2);
      const org2 = await f.org({ portalId: p.id });
      const a = await f.member(org.id);
      // a second organisation of the same portal takes no extra seat
      await ctx.http
        .post(`/api/v1/organizations/${org2.id}/members`)
        .set(bearer(adminToken))
        .send({ userId: a.id })
        .expect(201);
      const b = await f.member(org.id);
      const c = await f.user();
      const parked = await ctx.http
        .post(`/api/v1/organizations/${org.id}/members`)
        .set(bearer(adminToken))
        .send({ userId: c.id, active: false })
        .expect(201);
      await ctx.http
        .post(`/api/v1/organizations/${org2.id}/members`)
        .set(bearer(adminToken))
        .send({ userId: (await f.user()).id })
        .expect(409);
      const re = await ctx.http
        .patch(`/api/v1/memberships/${parked.body.id}`)
        .set(bearer(adminToken))
        .set('if-match', `"${parked.body.version}"`)
        .send({ active: true })
        .expect(409);
      expect(re.body.detail).toMatch(/seat limit/);
      expect((await ctx.prisma.membership.findUniqueOrThrow({ where: { id: parked.body.id } })).active).toBe(false);
      // free a seat, then the reactivation succeeds
      await ctx.http
        .patch(`/api/v1/memberships/${b.membership.id}`)
        .set(bearer(adminToken))
        .set('if-match', `"${b.membership.version}"`)
        .send({ active: false })
        .expect(200);
      await ctx.http
        .patch(`/api/v1/memberships/${parked.body.id}`)
        .set(bearer(adminToken))
        .set('if-match', `"${parked.body.version}"`)
        .send({ active: true })
        .expect(200);
    });

    it('refuses a user creation whose email-domain memberships exceed the limit, leaving nothing behind', async () => {
      const p = await ctx.prisma.portal.create({ data: { name: 'Licensed', status: 'ACTIVE', seatLimit: 1 } });
      const org = await f.org({ portalId: p.id, domains: ['full.example'] });
      await f.member(org.id);
      const res = await ctx.http
        .post('/api/v1/users')
        .set(bearer(adminToken))
        .send({ email: 'new@full.example', name: 'New' })
        .expect(409);
      expect(res.body.detail).toMatch(/seat limit/);
      expect(await ctx.prisma.user.count({ where: { email: 'new@full.example' } })).toBe(0);
    });
  });

  describe('named licences under parallel requests', () => {
    const statuses = (rs: { status: number }[]) => rs.map((r) => r.status).sort();

    it('never exceeds the seat limit when an admin adds members in parallel', async () => {
      const portal = await f.portal({ seatLimit: 3 });
      const o = await f.org({ portalId: portal.id });
      await f.member(o.id);
      const admin = await f.staff('ADMIN');
      const users = await Promise.all(Array.from({ length: 5 }, () => f.user()));
      const rs = await Promise.all(
        users.map((u) => ctx.http.post(`/api/v1/organizations/${o.id}/members`).set(as(admin)).send({ userId: u.id })),
      );
      expect(statuses(rs)).toEqual([201, 201, 409, 409, 409]);
      expect(await ctx.prisma.membership.count({ where: { organizationId: o.id, active: true } })).toBe(3);
    });
  });
});
