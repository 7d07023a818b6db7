import { createTestApp, type TestContext } from '../helpers/app.js';
import { Factory, PASSWORD } from '../factories/index.js';

describe('tenants, users and memberships', () => {
  let ctx: TestContext;
  let f: Factory;
  const auth = (u: { id: string }) => ({ authorization: `Bearer ${ctx.tokenFor(u)}` });

  beforeAll(async () => {
    ctx = await createTestApp();
    f = new Factory(ctx.prisma);
  });
  afterAll(() => ctx.close());
  beforeEach(() => ctx.truncate());

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
        .send({ ticketAccess: 'ORG_READ' })
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
  let ctx: TestContext;
  let f: Factory;
  beforeAll(async () => {
    ctx = await createTestApp();
    f = new Factory(ctx.prisma);
  });
  afterAll(() => ctx.close());

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
  let ctx: TestContext;
  let f: Factory;
  beforeAll(async () => {
    ctx = await createTestApp();
    f = new Factory(ctx.prisma);
  });
  afterAll(() => ctx.close());

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
