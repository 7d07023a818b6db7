import { useApp } from '../helpers/setup.js';
import { PASSWORD } from '../factories/index.js';
import { stable } from '../helpers/identity.js';

describe('tenants, users and memberships', () => {
  const { ctx, f, as: auth } = useApp();

  describe('organizations and sites', () => {
    it('admins create and update organizations (audited, If-Match); agents and externals may not', async () => {
      const admin = await f.staff('ADMIN');
      const agent = await f.staff('AGENT');
      const created = await ctx.http
        .post('/api/v1/organizations')
        .set(auth(admin))
        .send({ name: 'Acme', emailDomains: ['acme.test'] })
        .expect(201);
      expect(created.body).toMatchObject({
        name: 'Acme',
        kind: 'CUSTOMER',
        ticketAccess: 'OWN',
        domains: [{ domain: 'acme.test', kind: 'PRIMARY' }],
        version: 1,
      });
      await ctx.http.post('/api/v1/organizations').set(auth(agent)).send({ name: 'Nope' }).expect(403);
      const member = await f.member(created.body.id);
      await ctx.http.post('/api/v1/organizations').set(auth(member)).send({ name: 'Nope' }).expect(403);
      const id = created.body.id;
      await ctx.http
        .patch(`/api/v1/organizations/${id}`)
        .set(auth(admin))
        .send({ ticketAccess: 'ORG_READ' })
        .expect(428);
      const upd = await ctx.http
        .patch(`/api/v1/organizations/${id}`)
        .set(auth(admin))
        .set('if-match', '"1"')
        .send({ ticketAccess: 'ORG_READ', requestedBy: { name: 'Jane Doe', email: 'jane@acme.test' } })
        .expect(200);
      expect(upd.body).toMatchObject({ ticketAccess: 'ORG_READ', version: 2 });
      const events = await ctx.prisma.auditEvent.findMany({ where: { targetId: id, action: 'organization.updated' } });
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        actorId: admin.id,
        before: expect.objectContaining({ ticketAccess: 'OWN' }),
        after: expect.objectContaining({ ticketAccess: 'ORG_READ' }),
      });
      await ctx.http
        .post('/api/v1/organizations')
        .set(auth(admin))
        .send({ name: 'Dup', emailDomains: ['acme.test'] })
        .expect(409);
    });

    it('members see their organizations and sites only; others are 404', async () => {
      const a = await f.org();
      const b = await f.org();
      const sa = await f.site(a.id);
      const sb = await f.site(b.id);
      const u = await f.member(a.id);
      const list = await ctx.http.get('/api/v1/organizations').set(auth(u)).expect(200);
      expect(list.body.data.map((o: { id: string }) => o.id)).toEqual([a.id]);
      await ctx.http.get(`/api/v1/organizations/${b.id}`).set(auth(u)).expect(404);
      await ctx.http.get(`/api/v1/organizations/${b.id}/sites`).set(auth(u)).expect(404);
      await ctx.http.get(`/api/v1/sites/${sb.id}`).set(auth(u)).expect(404);
      const sites = await ctx.http.get(`/api/v1/organizations/${a.id}/sites`).set(auth(u)).expect(200);
      expect(sites.body.data.map((s: { id: string }) => s.id)).toEqual([sa.id]);
    });

    it('site abbreviations (client numbers) are unique across the system', async () => {
      const admin = await f.staff('ADMIN');
      const a = await f.org();
      const b = await f.org();
      await ctx.http
        .post(`/api/v1/organizations/${a.id}/sites`)
        .set(auth(admin))
        .send({ name: 'HQ', abbreviation: 'ACME-1' })
        .expect(201);
      const dup = await ctx.http
        .post(`/api/v1/organizations/${b.id}/sites`)
        .set(auth(admin))
        .send({ name: 'HQ', abbreviation: 'acme-1' })
        .expect(409);
      expect(dup.body.type).toMatch(/conflict$/);
      await ctx.http
        .post(`/api/v1/organizations/${a.id}/sites`)
        .set(auth(admin))
        .send({ name: 'HQ', abbreviation: 'bad abbreviation!' })
        .expect(400);
    });
  });

  describe('users', () => {
    it('an external user created by an admin joins every organization listing the email domain; the primary one is the default', async () => {
      const admin = await f.staff('ADMIN');
      const home = await f.org({ domains: ['globex.test'] });
      const partnerView = await f.org({ domains: [] });
      await ctx.prisma.organizationDomain.create({
        data: { organizationId: partnerView.id, domain: 'globex.test', kind: 'ASSOCIATED' },
      });
      const res = await ctx.http
        .post('/api/v1/users')
        .set(auth(admin))
        .send({ email: 'Hank@Globex.test', name: 'Hank', password: 'a long enough passphrase' })
        .expect(201);
      expect(res.body).toMatchObject({
        email: 'hank@globex.test',
        defaultOrganizationId: home.id,
        emailVerified: true,
        staffRole: null,
      });
      const ms = await ctx.prisma.membership.findMany({ where: { userId: res.body.id } });
      expect(ms.map((m) => m.organizationId).sort()).toEqual([home.id, partnerView.id].sort());
      expect(ms.every((m) => m.roles.join() === 'PORTAL_USER')).toBe(true);
      const login = await ctx.http
        .post('/api/v1/auth/login')
        .send({ email: 'hank@globex.test', password: 'a long enough passphrase' })
        .expect(200);
      expect(login.body.accessToken).toBeDefined();
      await ctx.http
        .post('/api/v1/users')
        .set(auth(admin))
        .send({ email: 'hank@globex.test', name: 'Again' })
        .expect(409);
      await ctx.http
        .post('/api/v1/users')
        .set(auth(admin))
        .send({ email: 'x@globex.test', name: 'X', password: 'short' })
        .expect(400);
      await ctx.http
        .post('/api/v1/users')
        .set(auth(admin))
        .send({ email: 'y@globex.test', name: 'Y', password: 'é'.repeat(37) })
        .expect(400);
    });

    it('deactivating a user ends every session at once', async () => {
      const admin = await f.staff('ADMIN');
      const org = await f.org();
      const u = await f.member(org.id);
      const login = await ctx.http.post('/api/v1/auth/login').send({ email: u.email, password: PASSWORD }).expect(200);
      const bearer = { authorization: `Bearer ${login.body.accessToken}` };
      await ctx.http.get('/api/v1/me').set(bearer).expect(200);
      await ctx.http
        .patch(`/api/v1/users/${u.id}`)
        .set(auth(admin))
        .set('if-match', '"1"')
        .send({ active: false })
        .expect(200);
      await ctx.http.get('/api/v1/me').set(bearer).expect(401);
      const tokens = await ctx.prisma.refreshToken.findMany({ where: { userId: u.id } });
      expect(tokens.every((t) => t.revokedAt !== null)).toBe(true);
      const audit = await ctx.prisma.auditEvent.findMany({ where: { targetId: u.id, action: 'user.deactivated' } });
      expect(audit).toHaveLength(1);
    });
  });

  describe('memberships and role management', () => {
    async function team() {
      const org = await f.org();
      const other = await f.org();
      const approver = await f.member(org.id, { roles: ['CUSTOMER_APPROVER'] });
      const plain = await f.member(org.id);
      const outsider = await f.member(other.id);
      return { org, other, approver, plain, outsider };
    }
    const patch = (id: string, as: { id: string }, body: object, version = 1) =>
      ctx.http.patch(`/api/v1/memberships/${id}`).set(auth(as)).set('if-match', `"${version}"`).send(body);

    it('an approver grants PORTAL_USER_PLUS and roles they hold to their own organization’s members', async () => {
      const t = await team();
      const r = await patch(t.plain.membership.id, t.approver, {
        roles: ['PORTAL_USER', 'PORTAL_USER_PLUS', 'CUSTOMER_APPROVER'],
      }).expect(200);
      expect(r.body.roles).toEqual(['PORTAL_USER', 'PORTAL_USER_PLUS', 'CUSTOMER_APPROVER']);
      const audit = await ctx.prisma.auditEvent.findFirstOrThrow({ where: { targetId: t.plain.membership.id } });
      expect(audit).toMatchObject({
        actorId: t.approver.id,
        before: expect.objectContaining({ roles: ['PORTAL_USER'] }),
      });
    });

    it('an approver may not grant roles they do not hold, touch their own roles, other fields or other organizations', async () => {
      const t = await team();
      const ctl = await patch(t.plain.membership.id, t.approver, { roles: ['PORTAL_USER', 'CONTROLLER'] }).expect(403);
      expect(ctl.body.detail).toMatch(/CONTROLLER/);
      await patch(t.approver.membership.id, t.approver, { roles: ['CUSTOMER_APPROVER', 'CHANGE_MANAGER'] }).expect(403);
      const other = await patch(t.plain.membership.id, t.approver, { ticketAccess: 'ORG_EDIT' }).expect(403);
      expect(other.body.detail).toMatch(/only an ADMIN may change ticketAccess/);
      await patch(t.outsider.membership.id, t.approver, { roles: ['PORTAL_USER_PLUS'] }).expect(404);
      await patch(t.approver.membership.id, t.plain, { roles: ['PORTAL_USER'] }).expect(404);
      const unchanged = await ctx.prisma.membership.findMany({
        where: { id: { in: [t.plain.membership.id, t.approver.membership.id, t.outsider.membership.id] } },
      });
      expect(unchanged.every((m) => m.version === 1)).toBe(true);
    });

    it('admins set site grants, restricted to sites of the same organization', async () => {
      const t = await team();
      const admin = await f.staff('ADMIN');
      const own = await f.site(t.org.id);
      const foreign = await f.site(t.other.id);
      const bad = await patch(t.plain.membership.id, admin, { readSiteIds: [foreign.id] }).expect(422);
      expect(bad.body.errors[0].field).toBe('readSiteIds');
      const ok = await patch(t.plain.membership.id, admin, {
        readSiteIds: [own.id],
        allowedTicketTypes: ['QUESTION'],
        allowedResponsibles: { groupIds: [], agentIds: [] },
      }).expect(200);
      expect(ok.body).toMatchObject({
        readSiteIds: [own.id],
        allowedTicketTypes: ['QUESTION'],
        allowedResponsibles: { groupIds: [], agentIds: [] },
      });
      const cleared = await patch(t.plain.membership.id, admin, { allowedTicketTypes: null }, 2).expect(200);
      expect(cleared.body.allowedTicketTypes).toBeNull();
    });

    it('approvers list their organization’s members; portal users may not', async () => {
      const t = await team();
      const list = await ctx.http.get(`/api/v1/organizations/${t.org.id}/members`).set(auth(t.approver)).expect(200);
      expect(list.body.data.map((m: { userId: string }) => m.userId).sort()).toEqual(
        [t.approver.id, t.plain.id].sort(),
      );
      await ctx.http.get(`/api/v1/organizations/${t.org.id}/members`).set(auth(t.plain)).expect(403);
      await ctx.http.get(`/api/v1/organizations/${t.other.id}/members`).set(auth(t.approver)).expect(404);
    });
  });

  it('explains organisation, membership and contact access with the grants behind it', async () => {
    const a = await f.org();
    const b = await f.org();
    const approver = await f.member(a.id, { roles: ['CUSTOMER_APPROVER'] });
    const colleague = await f.member(a.id);
    const explain = (u: { id: string }, resource: string, action = 'read') =>
      ctx.http.get(`/api/v1/access/explain?resource=${resource}&action=${action}`).set(auth(u)).expect(200);
    expect((await explain(colleague, `organization:${a.id}`)).body).toMatchObject({
      allowed: true,
      grants: [{ source: 'MEMBER' }],
    });
    expect((await explain(colleague, `organization:${b.id}`)).body.allowed).toBe(false);
    const list = await explain(approver, `membership:${colleague.membership.id}`, 'list');
    expect(list.body).toMatchObject({ allowed: true, grants: [{ source: 'ROLE' }] });
    expect(list.body.reason).toMatch(/CUSTOMER_APPROVER/);
    expect((await explain(colleague, `membership:${approver.membership.id}`)).body.allowed).toBe(false);
    expect((await explain(colleague, `contact:${colleague.membership.id}`)).body).toMatchObject({
      allowed: true,
      grants: [{ source: 'SELF' }],
    });
  });

  describe('contacts', () => {
    it('PORTAL_USER sees their own entry, all-contacts roles every member, never another organization', async () => {
      const org = await f.org();
      const other = await f.org();
      const plain = await f.member(org.id);
      const plus = await f.member(org.id, { roles: ['PORTAL_USER_PLUS'] });
      await f.member(other.id);
      const mine = await ctx.http.get('/api/v1/contacts').set(auth(plain)).expect(200);
      expect(mine.body.data.map((c: { userId: string }) => c.userId)).toEqual([plain.id]);
      const all = await ctx.http.get('/api/v1/contacts').set(auth(plus)).expect(200);
      expect(all.body.data.map((c: { userId: string }) => c.userId).sort()).toEqual([plain.id, plus.id].sort());
      const foreign = await ctx.http.get(`/api/v1/contacts?organizationId=${other.id}`).set(auth(plus)).expect(200);
      expect(foreign.body).toEqual({ data: [], nextCursor: null });
    });
  });
});

describe('staff invitations', () => {
  const { ctx, f } = useApp({}, { truncate: false });

  it('a user created without a password gets one invitation email and cannot log in before accepting it', async () => {
    const admin = await f.staff('ADMIN');
    const org = await f.org({ domains: ['invited.test'] });
    const res = await ctx.http
      .post('/api/v1/users')
      .set('authorization', `Bearer ${ctx.tokenFor(admin)}`)
      .send({ email: 'new@invited.test', name: 'Newcomer' })
      .expect(201);
    expect(res.body).toMatchObject({ emailVerified: false, defaultOrganizationId: org.id });
    const mails = await ctx.prisma.outboxMessage.findMany({ where: { toEmail: 'new@invited.test' } });
    expect(mails).toHaveLength(1);
    const token = /token=([A-Za-z0-9_%.-]+)/.exec(mails[0].body)?.[1];
    expect(token).toBeDefined();
    await ctx.http
      .post('/api/v1/auth/login')
      .send({ email: 'new@invited.test', password: 'whatever-password-1' })
      .expect(401);
    const stored = await ctx.prisma.oneTimeToken.findMany({ where: { userId: res.body.id, purpose: 'INVITE' } });
    expect(stored).toHaveLength(1);
    expect(stored[0].tokenHash).not.toContain(decodeURIComponent(token!));
  });
});

describe('organization, site, member and contact lists are cursor pages', () => {
  const { ctx, f } = useApp({}, { truncate: false });

  it('walks every organization page by page, newest first, and filters by name', async () => {
    const admin = await f.staff('ADMIN');
    const made: string[] = [];
    for (let i = 0; i < 5; i++) made.push((await f.org({ name: `Pager ${i}` })).id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const r: { body: { data: { id: string }[]; nextCursor: string | null } } = await ctx.http
        .get(`/api/v1/organizations?limit=2${cursor ? `&cursor=${cursor}` : ''}`)
        .set('authorization', `Bearer ${ctx.tokenFor(admin)}`)
        .expect(200);
      expect(r.body.data.length).toBeLessThanOrEqual(2);
      seen.push(...r.body.data.map((o) => o.id));
      cursor = r.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...made].reverse());
    const named = await ctx.http
      .get('/api/v1/organizations?q=pager%203')
      .set('authorization', `Bearer ${ctx.tokenFor(admin)}`)
      .expect(200);
    expect(named.body.data.map((o: { id: string }) => o.id)).toEqual([made[3]]);
  });

  it('keeps the search filter on later pages of the user list', async () => {
    const admin = await f.staff('ADMIN');
    for (let i = 0; i < 3; i++) await f.user({ email: `needle${i}@example.test` });
    for (let i = 0; i < 3; i++) await f.user({ email: `hay${i}@example.test` });
    const first = await ctx.http
      .get('/api/v1/users?q=needle&limit=2')
      .set('authorization', `Bearer ${ctx.tokenFor(admin)}`)
      .expect(200);
    const second = await ctx.http
      .get(`/api/v1/users?q=needle&limit=2&cursor=${first.body.nextCursor}`)
      .set('authorization', `Bearer ${ctx.tokenFor(admin)}`)
      .expect(200);
    const emails = [...first.body.data, ...second.body.data].map((u: { email: string }) => u.email).sort();
    expect(emails).toEqual(['needle0@example.test', 'needle1@example.test', 'needle2@example.test']);
    expect(second.body.nextCursor).toBeNull();
  });
});

describe('what a member cannot see or change in their own organisation', () => {
  const { ctx, f, as } = useApp({ RATE_LIMIT_ENABLED: 'false' });
  const NONEXISTENT = '0190a0a0-0000-7000-8000-00000000beef';

  describe('sites in external support mode', () => {
    it('shows a member only their own sites (the abbreviation is the client number that self-registration accepts)', async () => {
      const portal = await f.portal({ externalSupportMode: true, selfRegistration: 'CLIENT_NUMBER' });
      const o = await f.org({ portalId: portal.id });
      const s1 = await f.site(o.id);
      const s2 = await f.site(o.id);
      const s3 = await f.site(o.id);
      const u = await f.member(o.id, { homeSiteId: s1.id, roles: ['PORTAL_USER_PLUS'] });
      const reader = await f.member(o.id, { homeSiteId: s1.id, readSiteIds: [s3.id] });
      const siteless = await f.member(o.id, { roles: ['CUSTOMER_APPROVER'] });
      const agent = await f.staff('AGENT');
      const list = async (who: { id: string }) =>
        (
          (await ctx.http.get(`/api/v1/organizations/${o.id}/sites`).set(as(who)).expect(200)).body.data as {
            id: string;
          }[]
        )
          .map((s) => s.id)
          .sort();
      expect(await list(u)).toEqual([s1.id]);
      expect(await list(reader)).toEqual([s1.id, s3.id].sort());
      expect(await list(siteless)).toEqual([]);
      expect(await list(agent)).toEqual([s1.id, s2.id, s3.id].sort());
      const hidden = await ctx.http.get(`/api/v1/sites/${s2.id}`).set(as(u));
      const absent = await ctx.http.get(`/api/v1/sites/${NONEXISTENT}`).set(as(u));
      expect(hidden.status).toBe(404);
      expect(stable(hidden.body)).toEqual(stable(absent.body));
      await ctx.http.get(`/api/v1/sites/${s1.id}`).set(as(u)).expect(200);
      await ctx.http.get(`/api/v1/sites/${s3.id}`).set(as(reader)).expect(200);
    });

    it('shows every site of the organisation when the mode is off', async () => {
      const o = await f.org({ portalId: (await f.portal()).id });
      const s1 = await f.site(o.id);
      const s2 = await f.site(o.id);
      const u = await f.member(o.id, { homeSiteId: s1.id });
      const ids = (
        (await ctx.http.get(`/api/v1/organizations/${o.id}/sites`).set(as(u)).expect(200)).body.data as { id: string }[]
      )
        .map((s) => s.id)
        .sort();
      expect(ids).toEqual([s1.id, s2.id].sort());
      await ctx.http.get(`/api/v1/sites/${s2.id}`).set(as(u)).expect(200);
    });
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
});

/**
 * The most privileged external user of organisation A (every portal role) probes every path and
 * sub-resource of organisation B, every list with B as a filter, and every foreign key a body can
 * carry. Each invisible object answers exactly like one that does not exist; lists never contain
 * B's rows; foreign keys are 422 and nothing is written.
 */
describe('tenant isolation: another organisation answers like nothing at all', () => {
  const { ctx, f, as } = useApp({ RATE_LIMIT_ENABLED: 'false' }, { truncate: false });
  const NONEXISTENT = '0190a0a0-0000-7000-8000-00000000dead';

  let w: Awaited<ReturnType<typeof world>>;

  async function world() {
    const portalA = await f.portal();
    const portalB = await f.portal();
    const A = await f.org({ portalId: portalA.id });
    const B = await f.org({ portalId: portalB.id, ticketAccess: 'ORG_EDIT' });
    const siteA = await f.site(A.id);
    const siteB = await f.site(B.id);
    const boss = await f.member(A.id, {
      roles: ['PORTAL_USER_PLUS', 'CUSTOMER_APPROVER', 'CHANGE_MANAGER', 'CONTROLLER'],
      homeSiteId: siteA.id,
      ticketAccess: 'ORG_EDIT',
    });
    const colleague = await f.member(A.id, { homeSiteId: siteA.id });
    const b = await f.member(B.id, { roles: ['CHANGE_MANAGER'], homeSiteId: siteB.id });
    const agent = await f.staff('AGENT');
    const admin = await f.staff('ADMIN');
    const ticketA = await f.ticket(A.id, colleague.id, { siteId: siteA.id });
    const ticketB = await f.ticket(B.id, b.id, { siteId: siteB.id, type: 'CHANGE' });
    await f.cc(ticketB, b.id);
    await ctx.prisma.ticketComment.create({
      data: { ticketId: ticketB.id, organizationId: B.id, authorId: b.id, body: 'B secret' },
    });
    const ciB = await f.ci(B.id, { siteId: siteB.id });
    const contractB = await f.contract(B.id, { siteId: siteB.id, ciIds: [ciB.id] });
    const invoiceB = await f.invoice(B.id, { contractId: contractB.id });
    const validationB = await f.validation(ticketB, agent.id, {
      kind: 'CHANGE',
      dueAt: new Date(Date.now() + 86_400_000),
    });
    const downloadB = await f.download({ organizationId: B.id });
    const downloadPortalB = await f.download({ portalId: portalB.id });
    const bMembership = b.membership;
    await ctx.prisma.auditEvent.create({
      data: {
        organizationId: B.id,
        actorId: admin.id,
        action: 'membership.updated',
        targetType: 'membership',
        targetId: bMembership.id,
      },
    });
    return {
      A,
      B,
      siteA,
      siteB,
      boss,
      colleague,
      b,
      agent,
      admin,
      ticketA,
      ticketB,
      ciB,
      contractB,
      invoiceB,
      validationB,
      downloadB,
      downloadPortalB,
      bMembership,
    };
  }

  beforeAll(async () => {
    w = await world();
  });

  it('answers every path and sub-resource of another organisation exactly like a nonexistent id (404, same body)', async () => {
    const paths: [string, string][] = [
      ['/api/v1/tickets/:id', w.ticketB.id],
      ['/api/v1/tickets/:id/comments', w.ticketB.id],
      ['/api/v1/tickets/:id/ccs', w.ticketB.id],
      ['/api/v1/tickets/:id/history', w.ticketB.id],
      ['/api/v1/cis/:id', w.ciB.id],
      ['/api/v1/cis/:id/sheet.pdf', w.ciB.id],
      ['/api/v1/contracts/:id', w.contractB.id],
      ['/api/v1/invoices/:id', w.invoiceB.id],
      ['/api/v1/validations/:id', w.validationB.id],
      ['/api/v1/downloads/:id', w.downloadB.id],
      ['/api/v1/downloads/:id/content', w.downloadB.id],
      ['/api/v1/downloads/:id', w.downloadPortalB.id],
      ['/api/v1/memberships/:id', w.bMembership.id],
      ['/api/v1/organizations/:id', w.B.id],
      ['/api/v1/organizations/:id/sites', w.B.id],
      ['/api/v1/organizations/:id/members', w.B.id],
      ['/api/v1/organizations/:id/partners', w.B.id],
      ['/api/v1/sites/:id', w.siteB.id],
    ];
    for (const [path, id] of paths) {
      const hidden = await ctx.http.get(path.replace(':id', id)).set(as(w.boss));
      const absent = await ctx.http.get(path.replace(':id', NONEXISTENT)).set(as(w.boss));
      expect({ path, status: hidden.status }).toEqual({ path, status: 404 });
      expect({ path, body: stable(hidden.body) }).toEqual({ path, body: stable(absent.body) });
    }
    // The same object is there for its own organisation (the probe is not vacuous).
    await ctx.http.get(`/api/v1/tickets/${w.ticketB.id}`).set(as(w.b)).expect(200);
    await ctx.http.get(`/api/v1/validations/${w.validationB.id}`).set(as(w.b)).expect(200);
    await ctx.http.get(`/api/v1/tickets/${w.ticketA.id}`).set(as(w.boss)).expect(200);
  });

  it("answers every write on another organisation's objects like a nonexistent id, and writes nothing", async () => {
    const before = await ctx.prisma.ticket.findUniqueOrThrow({ where: { id: w.ticketB.id } });
    const writes: [string, (id: string) => Promise<{ status: number; body: Record<string, unknown> }>][] = [
      [
        'PATCH ticket',
        (id) =>
          ctx.http
            .patch(`/api/v1/tickets/${id}`)
            .set(as(w.boss))
            .set('if-match', `"${before.version}"`)
            .send({ subject: 'pwned' }),
      ],
      [
        'transition',
        (id) => ctx.http.post(`/api/v1/tickets/${id}/transitions`).set(as(w.boss)).send({ status: 'CANCELLED' }),
      ],
      ['comment', (id) => ctx.http.post(`/api/v1/tickets/${id}/comments`).set(as(w.boss)).send({ body: 'hello' })],
      ['add CC', (id) => ctx.http.post(`/api/v1/tickets/${id}/ccs`).set(as(w.boss)).send({ userId: w.boss.id })],
      ['remove CC', (id) => ctx.http.delete(`/api/v1/tickets/${id}/ccs/${w.b.id}`).set(as(w.boss))],
    ];
    for (const [name, write] of writes) {
      const hidden = await write(w.ticketB.id);
      const absent = await write(NONEXISTENT);
      expect({ name, status: hidden.status }).toEqual({ name, status: 404 });
      expect({ name, body: stable(hidden.body) }).toEqual({ name, body: stable(absent.body) });
    }
    const decide = await ctx.http
      .post(`/api/v1/validations/${w.validationB.id}/decisions`)
      .set(as(w.boss))
      .send({ outcome: 'ACCEPT' });
    const decideAbsent = await ctx.http
      .post(`/api/v1/validations/${NONEXISTENT}/decisions`)
      .set(as(w.boss))
      .send({ outcome: 'ACCEPT' });
    expect(decide.status).toBe(404);
    expect(stable(decide.body)).toEqual(stable(decideAbsent.body));
    const roles = await ctx.http
      .patch(`/api/v1/memberships/${w.bMembership.id}`)
      .set(as(w.boss))
      .set('if-match', '"1"')
      .send({ roles: ['PORTAL_USER'] });
    const rolesAbsent = await ctx.http
      .patch(`/api/v1/memberships/${NONEXISTENT}`)
      .set(as(w.boss))
      .set('if-match', '"1"')
      .send({ roles: ['PORTAL_USER'] });
    expect(roles.status).toBe(404);
    expect(stable(roles.body)).toEqual(stable(rolesAbsent.body));

    const after = await ctx.prisma.ticket.findUniqueOrThrow({ where: { id: w.ticketB.id } });
    expect(after).toEqual(before);
    expect(await ctx.prisma.ticketComment.count({ where: { ticketId: w.ticketB.id } })).toBe(1);
    expect((await ctx.prisma.ticketCc.findMany({ where: { ticketId: w.ticketB.id } })).map((c) => c.userId)).toEqual([
      w.b.id,
    ]);
    expect(await ctx.prisma.validationDecision.count({ where: { validationId: w.validationB.id } })).toBe(0);
    expect((await ctx.prisma.membership.findUniqueOrThrow({ where: { id: w.bMembership.id } })).roles).toEqual([
      'CHANGE_MANAGER',
    ]);
  });

  it("never lists another organisation's rows, whatever the filter says", async () => {
    const h = as(w.boss);
    const ids = async (url: string) =>
      ((await ctx.http.get(url).set(h).expect(200)).body.data as { id: string }[]).map((x) => x.id);
    const q = `organizationId=${w.B.id}`;
    expect(await ids(`/api/v1/tickets?${q}`)).toEqual([]);
    expect(await ids(`/api/v1/tickets?siteId=${w.siteB.id}`)).toEqual([]);
    expect(await ids(`/api/v1/tickets?requesterId=${w.b.id}`)).toEqual([]);
    expect(await ids(`/api/v1/tickets`)).toEqual([w.ticketA.id]);
    expect(await ids(`/api/v1/cis?${q}`)).toEqual([]);
    expect(await ids(`/api/v1/contracts?${q}`)).toEqual([]);
    expect(await ids(`/api/v1/invoices?${q}`)).toEqual([]);
    expect(await ids(`/api/v1/changes?${q}`)).toEqual([]);
    expect(await ids(`/api/v1/changes`)).toEqual([]);
    expect(await ids(`/api/v1/validations?${q}`)).toEqual([]);
    expect(await ids(`/api/v1/validations?ticketId=${w.ticketB.id}`)).toEqual([]);
    expect(await ids(`/api/v1/downloads?${q}`)).toEqual([]);
    expect((await ctx.http.get(`/api/v1/contacts?${q}`).set(h).expect(200)).body).toEqual({
      data: [],
      nextCursor: null,
    });
    expect((await ctx.http.get(`/api/v1/reports/contracts-by-site?${q}`).set(h).expect(200)).body).toEqual({
      sites: [],
    });
    const orgs = (await ctx.http.get('/api/v1/organizations').set(h).expect(200)).body.data as { id: string }[];
    expect(orgs.map((o) => o.id)).toEqual([w.A.id]);
    // Audit: B's events cannot be reached by naming B or by naming B's objects.
    await ctx.http.get(`/api/v1/audit?${q}`).set(h).expect(404);
    expect(await ids(`/api/v1/audit?targetId=${w.bMembership.id}`)).toEqual([]);
    expect(await ids(`/api/v1/audit?actorId=${w.admin.id}`)).toEqual([]);
    // The ticket-types and my-portal answers name nothing of B.
    expect((await ctx.http.get(`/api/v1/ticket-types?${q}`).set(h).expect(200)).body.types).toEqual([]);
    const portal = await ctx.http.get(`/api/v1/me/portal?${q}`).set(h);
    const portalAbsent = await ctx.http.get(`/api/v1/me/portal?organizationId=${NONEXISTENT}`).set(h);
    expect(portal.status).toBe(404);
    expect(stable(portal.body)).toEqual(stable(portalAbsent.body));
  });

  it('refuses every foreign key of another organisation in an external body with 422 naming the field, writing nothing', async () => {
    const h = as(w.boss);
    const count = () => ctx.prisma.ticket.count();
    const n = await count();
    const cases: [Record<string, unknown>, string][] = [
      [{ organizationId: w.B.id }, 'organizationId'],
      [{ siteId: w.siteB.id }, 'siteId'],
      [{ organizationId: w.A.id, siteId: w.siteB.id }, 'siteId'],
      [{ ciIds: [w.ciB.id] }, 'ciIds'],
      [{ groupId: NONEXISTENT }, 'groupId'],
      [{ assigneeId: w.b.id }, 'assigneeId'],
    ];
    for (const [extra, field] of cases) {
      const res = await ctx.http
        .post('/api/v1/tickets')
        .set(h)
        .send({ type: 'INCIDENT', subject: 'probe', ...extra });
      expect({
        extra,
        status: res.status,
        fields: (res.body.errors ?? []).map((e: { field: string }) => e.field),
      }).toEqual({ extra, status: 422, fields: [field] });
    }
    const asRequester = await ctx.http
      .post('/api/v1/tickets')
      .set(h)
      .send({ type: 'INCIDENT', subject: 'probe', requesterId: w.b.id });
    expect(asRequester.status).toBe(403);
    expect(await count()).toBe(n);

    // CIs of B cannot be linked by an update either; nothing changes.
    const mine = await f.ticket(w.A.id, w.boss.id, { siteId: w.siteA.id });
    const upd = await ctx.http
      .patch(`/api/v1/tickets/${mine.id}`)
      .set(h)
      .set('if-match', `"${mine.version}"`)
      .send({ ciIds: [w.ciB.id] });
    expect(upd.status).toBe(422);
    expect(await ctx.prisma.ticketCi.count({ where: { ticketId: mine.id } })).toBe(0);

    // A CC from another organisation: the same 422 as a user that does not exist (no user enumeration).
    const ccForeign = await ctx.http.post(`/api/v1/tickets/${mine.id}/ccs`).set(h).send({ userId: w.b.id });
    const ccAbsent = await ctx.http.post(`/api/v1/tickets/${mine.id}/ccs`).set(h).send({ userId: NONEXISTENT });
    expect(ccForeign.status).toBe(422);
    expect(stable(ccForeign.body)).toEqual(stable(ccAbsent.body));
    expect(await ctx.prisma.ticketCc.count({ where: { ticketId: mine.id } })).toBe(0);
  });

  it('refuses foreign keys across organisations in staff bodies too (422 naming the field)', async () => {
    const admin = as(w.admin);
    const field = (res: { status: number; body: { errors?: { field: string }[] } }) => ({
      status: res.status,
      fields: (res.body.errors ?? []).map((e) => e.field),
    });
    expect(
      field(
        await ctx.http
          .post('/api/v1/tickets')
          .set(admin)
          .send({ organizationId: w.A.id, siteId: w.siteB.id, type: 'INCIDENT', subject: 'x' }),
      ),
    ).toEqual({ status: 422, fields: ['siteId'] });
    expect(
      field(
        await ctx.http
          .post('/api/v1/tickets')
          .set(admin)
          .send({ organizationId: w.A.id, ciIds: [w.ciB.id], type: 'INCIDENT', subject: 'x' }),
      ),
    ).toEqual({ status: 422, fields: ['ciIds'] });
    expect(
      field(
        await ctx.http
          .post('/api/v1/tickets')
          .set(admin)
          .send({ organizationId: w.A.id, requesterId: w.b.id, type: 'INCIDENT', subject: 'x' }),
      ),
    ).toEqual({ status: 422, fields: ['requesterId'] });
    const m = await ctx.prisma.membership.findUniqueOrThrow({ where: { id: w.colleague.membership.id } });
    for (const body of [
      { homeSiteId: w.siteB.id },
      { readSiteIds: [w.siteB.id] },
      { writeSiteIds: [w.siteA.id, w.siteB.id] },
    ]) {
      const res = await ctx.http
        .patch(`/api/v1/memberships/${m.id}`)
        .set(admin)
        .set('if-match', `"${m.version}"`)
        .send(body);
      expect(field(res)).toEqual({ status: 422, fields: [Object.keys(body)[0]] });
    }
    expect(await ctx.prisma.membership.findUniqueOrThrow({ where: { id: m.id } })).toEqual(m);
    expect(
      field(
        await ctx.http.post('/api/v1/contracts').set(admin).send({
          organizationId: w.A.id,
          siteId: w.siteB.id,
          number: 'X-1',
          name: 'x',
          kind: 'SERVICE',
          direction: 'SOLD',
          startsOn: '2025-01-01',
        }),
      ),
    ).toEqual({ status: 422, fields: ['siteId'] });
    expect(
      field(
        await ctx.http
          .post('/api/v1/contracts')
          .set(admin)
          .send({
            organizationId: w.A.id,
            ciIds: [w.ciB.id],
            number: 'X-2',
            name: 'x',
            kind: 'SERVICE',
            direction: 'SOLD',
            startsOn: '2025-01-01',
          }),
      ),
    ).toEqual({ status: 422, fields: ['ciIds'] });
    expect(
      field(
        await ctx.http.post('/api/v1/invoices').set(admin).send({
          organizationId: w.A.id,
          contractId: w.contractB.id,
          number: 'I-1',
          issuedOn: '2025-01-01',
          amountCents: 100,
        }),
      ),
    ).toEqual({ status: 422, fields: ['contractId'] });
    expect(
      field(
        await ctx.http
          .post('/api/v1/cis')
          .set(admin)
          .send({ organizationId: w.A.id, siteId: w.siteB.id, name: 'x', type: 'Server' }),
      ),
    ).toEqual({ status: 422, fields: ['siteId'] });
    expect(await ctx.prisma.contract.count({ where: { organizationId: w.A.id } })).toBe(0);
    expect(await ctx.prisma.invoice.count({ where: { organizationId: w.A.id } })).toBe(0);
  });

  it("explains only the caller's own access, and a foreign ticket like a nonexistent one", async () => {
    const h = as(w.boss);
    await ctx.http
      .get(`/api/v1/access/explain?userId=${w.b.id}&resource=ticket:${w.ticketB.id}&action=read`)
      .set(h)
      .expect(403);
    await ctx.http
      .get(`/api/v1/access/explain?userId=${NONEXISTENT}&resource=ticket:${w.ticketB.id}&action=read`)
      .set(h)
      .expect(403);
    await ctx.http
      .get(`/api/v1/access/explain?userId=${w.b.id}&resource=ticket:${w.ticketB.id}&action=read`)
      .set(as(w.agent))
      .expect(403);
    const hidden = await ctx.http
      .get(`/api/v1/access/explain?resource=ticket:${w.ticketB.id}&action=read`)
      .set(h)
      .expect(200);
    const absent = await ctx.http
      .get(`/api/v1/access/explain?resource=ticket:${NONEXISTENT}&action=read`)
      .set(h)
      .expect(200);
    expect(hidden.body).toEqual(absent.body);
    expect(hidden.body.allowed).toBe(false);
    const visible = await ctx.http
      .get(`/api/v1/access/explain?userId=${w.b.id}&resource=ticket:${w.ticketB.id}&action=read`)
      .set(as(w.admin))
      .expect(200);
    expect(visible.body.allowed).toBe(true);
  });
});

describe('consent: permission contacts, who asked, and the access summary', () => {
  const { ctx, f, as } = useApp();

  async function acme(opts: { externalSupportMode?: boolean; ticketAccess?: 'OWN' | 'ORG_READ' } = {}) {
    const portal = await f.portal({ externalSupportMode: opts.externalSupportMode ?? false });
    const o = await f.org({ portalId: portal.id, ticketAccess: opts.ticketAccess ?? 'OWN' });
    const admin = await f.staff('ADMIN');
    const approver = await f.member(o.id, { roles: ['CUSTOMER_APPROVER'], name: 'Ada Approver' });
    const plain = await f.member(o.id, { name: 'Uma User' });
    return { portal, o, admin, approver, plain };
  }
  const contact = (admin: { id: string }, orgId: string, userId: string) =>
    ctx.http.put(`/api/v1/organizations/${orgId}/permission-contacts/${userId}`).set(as(admin));
  const patchOrg = (admin: { id: string }, orgId: string, version: number, body: object) =>
    ctx.http.patch(`/api/v1/organizations/${orgId}`).set(as(admin)).set('if-match', `"${version}"`).send(body);
  const patchMember = (admin: { id: string }, m: { id: string; version: number }, body: object) =>
    ctx.http.patch(`/api/v1/memberships/${m.id}`).set(as(admin)).set('if-match', `"${m.version}"`).send(body);

  it('an organisation names its permission contacts among its active members; an ADMIN sets them, its approvers read them', async () => {
    const { o, admin, approver, plain } = await acme();
    const named = await contact(admin, o.id, approver.id).expect(200);
    expect(named.body).toMatchObject({
      organizationId: o.id,
      userId: approver.id,
      membershipId: approver.membership.id,
      name: 'Ada Approver',
      email: approver.email,
    });
    await contact(admin, o.id, approver.id).expect(200); // naming twice changes nothing
    expect(await ctx.prisma.auditEvent.count({ where: { action: 'permission_contact.added' } })).toBe(1);
    // a contact must be an active member of that organisation
    const outsider = await f.member((await f.org()).id);
    const suspended = await f.member(o.id);
    await ctx.prisma.membership.update({ where: { id: suspended.membership.id }, data: { active: false } });
    for (const u of [outsider, suspended]) {
      expect((await contact(admin, o.id, u.id).expect(422)).body.errors).toEqual([
        { field: 'userId', message: 'a permission contact must be an active member of the organization' },
      ]);
    }
    await contact(await f.staff('AGENT'), o.id, plain.id).expect(403);
    await contact(approver, o.id, plain.id).expect(403);
    const list = (u: { id: string }) => ctx.http.get(`/api/v1/organizations/${o.id}/permission-contacts`).set(as(u));
    expect((await list(admin).expect(200)).body.map((c: { userId: string }) => c.userId)).toEqual([approver.id]);
    expect((await list(approver).expect(200)).body).toHaveLength(1);
    await list(plain).expect(403);
    await list(outsider).expect(404);
    // removing a contact keeps the membership; removing the membership removes the contact
    await ctx.http
      .delete(`/api/v1/organizations/${o.id}/permission-contacts/${approver.id}`)
      .set(as(admin))
      .expect(204);
    await ctx.http
      .delete(`/api/v1/organizations/${o.id}/permission-contacts/${approver.id}`)
      .set(as(admin))
      .expect(404);
    expect(await ctx.prisma.membership.count({ where: { id: approver.membership.id } })).toBe(1);
    await contact(admin, o.id, plain.id).expect(200);
    await ctx.http.delete(`/api/v1/memberships/${plain.membership.id}`).set(as(admin)).expect(204);
    expect((await list(admin).expect(200)).body).toEqual([]);
  });

  it("a staff change of an organisation's ticketAccess says who asked: a permission contact or a named person; without it 422, nothing written", async () => {
    const { o, admin, approver, plain } = await acme();
    await contact(admin, o.id, approver.id).expect(200);
    const refused = await patchOrg(admin, o.id, 1, { ticketAccess: 'ORG_READ' }).expect(422);
    expect(refused.body.errors).toEqual([{ field: 'requestedBy', message: expect.any(String) }]);
    const notContact = await patchOrg(admin, o.id, 1, {
      ticketAccess: 'ORG_READ',
      requestedBy: { userId: plain.id },
    }).expect(422);
    expect(notContact.body.errors).toEqual([
      { field: 'requestedBy.userId', message: "must be one of the organization's permission contacts" },
    ]);
    const noEmail = await patchOrg(admin, o.id, 1, { ticketAccess: 'ORG_READ', requestedBy: { name: 'Jo' } });
    expect([noEmail.status, noEmail.body.errors?.[0]?.field]).toEqual([422, 'requestedBy.email']);
    const both = await patchOrg(admin, o.id, 1, {
      ticketAccess: 'ORG_READ',
      requestedBy: { userId: approver.id, name: 'Jo', email: 'jo@acme.test' },
    });
    expect([both.status, both.body.errors?.[0]?.field]).toEqual([422, 'requestedBy']);
    await patchOrg(admin, o.id, 1, { ticketAccess: 'ORG_READ', requestedBy: { name: 'Jo', email: 'nope' } }).expect(
      400,
    );
    const stored = await ctx.prisma.organization.findUniqueOrThrow({ where: { id: o.id } });
    expect([stored.ticketAccess, stored.version]).toEqual(['OWN', 1]);
    expect(await ctx.prisma.auditEvent.count({ where: { targetId: o.id } })).toBe(0);

    await patchOrg(admin, o.id, 1, { ticketAccess: 'ORG_READ', requestedBy: { userId: approver.id } }).expect(200);
    const ev = await ctx.prisma.auditEvent.findFirstOrThrow({
      where: { targetId: o.id, action: 'organization.updated' },
    });
    expect(ev).toMatchObject({
      actorId: admin.id,
      before: expect.objectContaining({ ticketAccess: 'OWN' }),
      after: expect.objectContaining({ ticketAccess: 'ORG_READ' }),
      requestedBy: { userId: approver.id, name: 'Ada Approver', email: approver.email },
    });
    // a change that does not touch ticket access needs no requestedBy
    await patchOrg(admin, o.id, 2, { name: 'Acme renamed' }).expect(200);
    await patchOrg(admin, o.id, 3, { ticketAccess: 'ORG_READ' }).expect(200);
    const named = await patchOrg(admin, o.id, 4, {
      ticketAccess: 'ORG_EDIT',
      requestedBy: { name: 'Jo Buyer', email: 'Jo@Acme.test' },
    }).expect(200);
    expect(named.body.ticketAccess).toBe('ORG_EDIT');
    const last = await ctx.prisma.auditEvent.findFirstOrThrow({
      where: { targetId: o.id, action: 'organization.updated' },
      orderBy: { createdAt: 'desc' },
    });
    expect(last.requestedBy).toEqual({ userId: null, name: 'Jo Buyer', email: 'jo@acme.test' });
    // creating a shared organisation is a change of ticket access too
    await ctx.http
      .post('/api/v1/organizations')
      .set(as(admin))
      .send({ name: 'Shared', ticketAccess: 'ORG_READ' })
      .expect(422);
    await ctx.http
      .post('/api/v1/organizations')
      .set(as(admin))
      .send({ name: 'Shared', ticketAccess: 'ORG_READ', requestedBy: { name: 'Jo Buyer', email: 'jo@acme.test' } })
      .expect(201);
  });

  it("a staff change of a member's ticketAccess says who asked; a change of roles alone does not need it", async () => {
    const { o, admin, approver, plain } = await acme();
    await contact(admin, o.id, approver.id).expect(200);
    const refused = await patchMember(admin, plain.membership, { ticketAccess: 'ORG_READ' }).expect(422);
    expect(refused.body.errors).toEqual([{ field: 'requestedBy', message: expect.any(String) }]);
    const still = await ctx.prisma.membership.findUniqueOrThrow({ where: { id: plain.membership.id } });
    expect([still.ticketAccess, still.version]).toEqual(['OWN', 1]);
    expect(await ctx.prisma.auditEvent.count({ where: { targetId: plain.membership.id } })).toBe(0);
    const done = await patchMember(admin, plain.membership, {
      ticketAccess: 'ORG_READ',
      requestedBy: { userId: approver.id },
    }).expect(200);
    expect(done.body.ticketAccess).toBe('ORG_READ');
    const ev = await ctx.prisma.auditEvent.findFirstOrThrow({
      where: { targetId: plain.membership.id, action: 'membership.updated' },
    });
    expect(ev).toMatchObject({
      before: expect.objectContaining({ ticketAccess: 'OWN' }),
      after: expect.objectContaining({ ticketAccess: 'ORG_READ' }),
      requestedBy: { userId: approver.id, name: 'Ada Approver' },
    });
    await patchMember(admin, { id: plain.membership.id, version: 2 }, { roles: ['PORTAL_USER_PLUS'] }).expect(200);
    // adding a member with more than own-ticket access is such a change too
    const u = await f.user();
    const add = (body: object) =>
      ctx.http
        .post(`/api/v1/organizations/${o.id}/members`)
        .set(as(admin))
        .send({ userId: u.id, ...body });
    expect((await add({ ticketAccess: 'ORG_EDIT' }).expect(422)).body.errors[0].field).toBe('requestedBy');
    await add({ ticketAccess: 'ORG_EDIT', requestedBy: { userId: approver.id } }).expect(201);
  });

  it('the access summary lists the setting, the contacts, the partner links with their consent, and every member who sees all tickets with the grant behind it', async () => {
    const { o, admin, approver, plain } = await acme();
    const site = await f.site(o.id);
    await contact(admin, o.id, approver.id).expect(200);
    const plus = await f.member(o.id, { roles: ['PORTAL_USER_PLUS'], name: 'Pat Plus' });
    const reader = await f.member(o.id, { ticketAccess: 'ORG_READ', name: 'Rita Reader' });
    await f.member(o.id, { readSiteIds: [site.id] }); // one site only: not all tickets
    const gone = await f.member(o.id, { roles: ['PORTAL_USER_PLUS'] });
    await ctx.prisma.membership.update({ where: { id: gone.membership.id }, data: { active: false } });
    const partner = await f.org({ kind: 'PARTNER' });
    const link = await ctx.http
      .post(`/api/v1/organizations/${o.id}/partners`)
      .set(as(admin))
      .send({
        partnerOrganizationId: partner.id,
        consentedByName: 'Ada Approver',
        consentedAt: '2025-01-15T10:00:00Z',
        requestedBy: { userId: approver.id },
      })
      .expect(201);
    const summary = (u: { id: string }) => ctx.http.get(`/api/v1/organizations/${o.id}/access-summary`).set(as(u));
    const res = await summary(admin).expect(200);
    expect(res.body).toMatchObject({
      organizationId: o.id,
      ticketAccess: 'OWN',
      externalSupportMode: false,
      permissionContacts: [{ userId: approver.id, name: 'Ada Approver' }],
      partnerLinks: [
        {
          id: link.body.id,
          partnerOrganizationId: partner.id,
          consentedByName: 'Ada Approver',
          consentedAt: '2025-01-15T10:00:00.000Z',
          requestedBy: { userId: approver.id, name: 'Ada Approver', email: approver.email },
        },
      ],
    });
    const readers = (body: { ticketReaders: { userId: string; reach: string; grants: { source: string }[] }[] }) =>
      Object.fromEntries(body.ticketReaders.map((r) => [r.userId, [r.reach, ...r.grants.map((g) => g.source)]]));
    expect(readers(res.body)).toEqual({
      [approver.id]: ['ALL_TICKETS', 'ROLE'],
      [plus.id]: ['ALL_TICKETS', 'ROLE'],
      [reader.id]: ['ALL_TICKETS', 'USER_SETTING'],
    });
    // the grants are those `explain` shows for the member
    const t = await f.ticket(o.id, plain.id);
    const explained = await ctx.http
      .get(`/api/v1/access/explain?userId=${reader.id}&resource=ticket:${t.id}&action=read`)
      .set(as(admin))
      .expect(200);
    const shown = res.body.ticketReaders.find((r: { userId: string }) => r.userId === reader.id).grants[0];
    expect(explained.body.grants).toEqual(expect.arrayContaining([expect.objectContaining({ via: shown.via })]));
    // a shared organisation: everyone reads all, through the organisation setting
    await ctx.prisma.organization.update({ where: { id: o.id }, data: { ticketAccess: 'ORG_READ' } });
    const shared = readers((await summary(admin).expect(200)).body);
    expect(shared[plain.id]).toEqual(['ALL_TICKETS', 'ORGANIZATION_SETTING']);
    expect(shared[reader.id]).toEqual(['ALL_TICKETS', 'ORGANIZATION_SETTING', 'USER_SETTING']);
    expect(shared[gone.id]).toBeUndefined();
    // staff and the organisation's approvers read it; its other members 403; strangers 404
    await summary(await f.staff('AGENT')).expect(200);
    await summary(approver).expect(200);
    await summary(plain).expect(403);
    await summary(await f.member(partner.id, { roles: ['CUSTOMER_APPROVER'] })).expect(404);
  });

  it('in external support mode the access summary lists the site grants instead', async () => {
    const { o, admin, plain } = await acme({ externalSupportMode: true });
    const s1 = await f.site(o.id);
    const s2 = await f.site(o.id);
    const plus = await f.member(o.id, { roles: ['PORTAL_USER_PLUS'], homeSiteId: s1.id });
    const reader = await f.member(o.id, { homeSiteId: s1.id, readSiteIds: [s2.id] });
    const siteless = await f.member(o.id, { ticketAccess: 'ORG_READ' });
    const res = await ctx.http.get(`/api/v1/organizations/${o.id}/access-summary`).set(as(admin)).expect(200);
    expect(res.body.externalSupportMode).toBe(true);
    const byUser = Object.fromEntries(
      res.body.ticketReaders.map(
        (r: { userId: string; reach: string; grants: { source: string; siteId: string | null }[] }) => [
          r.userId,
          { reach: r.reach, grants: r.grants.map((g) => [g.source, g.siteId]) },
        ],
      ),
    );
    expect(byUser[plus.id]).toEqual({ reach: 'SITE_TICKETS', grants: [['ROLE', s1.id]] });
    expect(byUser[reader.id]).toEqual({ reach: 'SITE_TICKETS', grants: [['READ_SITE', s2.id]] });
    expect(byUser[siteless.id]).toEqual({ reach: 'SITE_TICKETS', grants: [['USER_SETTING', null]] });
    expect(byUser[plain.id]).toBeUndefined();
  });
});
