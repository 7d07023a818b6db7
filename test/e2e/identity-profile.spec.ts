import { useApp } from '../helpers/setup.js';
import { bearer, codeAt, stepSafeBase, tokenFromMail } from '../helpers/identity.js';
import { PASSWORD } from '../factories/index.js';
import { CredentialsService } from '../../src/identity/credentials.service.js';

describe('identity: profile, password change, email change, invitations', () => {
  const { ctx, f, as } = useApp();

  const login = (email: string, password = PASSWORD) => ctx.http.post('/api/v1/auth/login').send({ email, password });

  describe('GET me: the restrictions a form is built from', () => {
    it('returns per membership the allowed types, statuses and responsibles (with names) and the sites (with client numbers)', async () => {
      const o = await f.org();
      const home = await f.site(o.id, { name: 'Berlin plant', abbreviation: 'ACME-BER' });
      const read = await f.site(o.id, { name: 'Hamburg office', abbreviation: 'ACME-HAM' });
      const group = await f.group('Network team');
      const agent = await f.user({ name: 'Ada Agent', staffRole: 'AGENT' });
      const u = await f.member(o.id, {
        homeSiteId: home.id,
        readSiteIds: [read.id],
        allowedTicketTypes: ['QUESTION', 'SERVICE_REQUEST'],
        allowedStatuses: ['RESOLVED'],
        allowedResponsibles: { groupIds: [group.id], agentIds: [agent.id] },
      });
      const plain = await f.member(o.id);
      const me = (await ctx.http.get('/api/v1/me').set(as(u)).expect(200)).body;
      expect(me.memberships).toHaveLength(1);
      expect(me.memberships[0]).toMatchObject({
        organizationId: o.id,
        portalStatus: null,
        allowedTicketTypes: ['QUESTION', 'SERVICE_REQUEST'],
        allowedStatuses: ['RESOLVED'],
        allowedResponsibles: {
          groups: [{ id: group.id, name: 'Network team' }],
          agents: [{ id: agent.id, name: 'Ada Agent' }],
        },
        sites: {
          home: { id: home.id, name: 'Berlin plant', abbreviation: 'ACME-BER' },
          read: [{ id: read.id, name: 'Hamburg office', abbreviation: 'ACME-HAM' }],
          write: [],
        },
      });
      const unrestricted = (await ctx.http.get('/api/v1/me').set(as(plain)).expect(200)).body.memberships[0];
      expect(unrestricted).toMatchObject({
        allowedTicketTypes: null,
        allowedStatuses: null,
        allowedResponsibles: null,
        sites: { home: null, read: [], write: [] },
      });
    });
  });

  describe('PATCH me', () => {
    it('edits name, phone and locale, with an ETag', async () => {
      const org = await f.org();
      const m = await f.member(org.id);
      const token = ctx.tokenFor(m);
      const before = await ctx.http.get('/api/v1/me').set(bearer(token)).expect(200);
      expect(before.headers.etag).toMatch(/^"\d+"$/);
      const res = await ctx.http
        .patch('/api/v1/me')
        .set(bearer(token))
        .set('if-match', before.headers.etag)
        .send({ name: 'Ada King', phone: '+44 20 7946 0000', locale: 'en-GB' })
        .expect(200);
      expect(res.body).toMatchObject({ name: 'Ada King', phone: '+44 20 7946 0000', locale: 'en-GB', id: m.id });
      expect(res.headers.etag).not.toBe(before.headers.etag);
      // a stale ETag ⇒ 412, nothing written
      await ctx.http
        .patch('/api/v1/me')
        .set(bearer(token))
        .set('if-match', before.headers.etag)
        .send({ name: 'Stale' })
        .expect(412);
      const cleared = await ctx.http.patch('/api/v1/me').set(bearer(token)).send({ phone: null }).expect(200);
      expect(cleared.body).toMatchObject({ name: 'Ada King', phone: null, locale: 'en-GB' });
    });

    it('PATCH me with roles, organisation, site, restrictions or email flags ⇒ 400 and the database unchanged', async () => {
      const org = await f.org();
      const site = await f.site(org.id);
      const m = await f.member(org.id);
      const token = ctx.tokenFor(m);
      const snapshot = async () => ({
        user: await ctx.prisma.user.findUniqueOrThrow({ where: { id: m.id } }),
        memberships: await ctx.prisma.membership.findMany({ where: { userId: m.id } }),
      });
      const before = await snapshot();
      const attempts: Record<string, unknown>[] = [
        { roles: ['CUSTOMER_APPROVER'] },
        { name: 'Sneaky', roles: ['CUSTOMER_APPROVER'] },
        { defaultOrganizationId: org.id },
        { organizationId: org.id },
        { homeSiteId: site.id },
        { allowedStatuses: null },
        { emailVerified: true },
        { email: 'other@example.test' },
        { staffRole: 'ADMIN' },
        { totpEnabled: false },
      ];
      for (const body of attempts) {
        const res = await ctx.http.patch('/api/v1/me').set(bearer(token)).send(body).expect(400);
        expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(
          Object.keys(body).find((k) => k !== 'name'),
        );
      }
      expect(await snapshot()).toEqual(before);
    });

    it('validates the editable fields', async () => {
      const u = await f.staff();
      const res = await ctx.http
        .patch('/api/v1/me')
        .set(bearer(ctx.tokenFor(u)))
        .send({ name: '', phone: 'call me', locale: 'English!' })
        .expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['locale', 'name', 'phone']);
    });
  });

  describe('POST me/password', () => {
    it('needs the current password; ends every session and returns a fresh one', async () => {
      const u = await f.user({ email: 'pw@example.test', name: 'Pat Smith' });
      const old = (await login(u.email).expect(200)).body;
      const other = (await login(u.email).expect(200)).body;
      await ctx.http
        .post('/api/v1/me/password')
        .set(bearer(old.accessToken))
        .send({ currentPassword: 'wrong-password-1', newPassword: 'brand-new-password' })
        .expect(403);
      const tooLong = await ctx.http
        .post('/api/v1/me/password')
        .set(bearer(old.accessToken))
        .send({ currentPassword: PASSWORD, newPassword: 'x'.repeat(73) })
        .expect(400);
      expect(tooLong.body.errors).toEqual([{ field: 'newPassword', message: 'must be at most 72 bytes (UTF-8)' }]);
      const res = await ctx.http
        .post('/api/v1/me/password')
        .set(bearer(old.accessToken))
        .send({ currentPassword: PASSWORD, newPassword: 'brand-new-password' })
        .expect(200);
      await ctx.http.get('/api/v1/me').set(bearer(old.accessToken)).expect(401);
      await ctx.http.post('/api/v1/auth/refresh').send({ refreshToken: other.refreshToken }).expect(401);
      await ctx.http.get('/api/v1/me').set(bearer(res.body.accessToken)).expect(200);
      await ctx.http.post('/api/v1/auth/refresh').send({ refreshToken: res.body.refreshToken }).expect(200);
      await login(u.email, 'brand-new-password').expect(200);
      expect(
        await ctx.prisma.outboxMessage.count({ where: { toEmail: u.email, kind: 'identity.password-changed' } }),
      ).toBe(1);
    });

    it('wrong current passwords count towards the lockout', async () => {
      const u = await f.user();
      const token = ctx.tokenFor(u);
      const results = await Promise.all(
        Array.from({ length: 15 }, () =>
          ctx.http
            .post('/api/v1/me/password')
            .set(bearer(token))
            .send({ currentPassword: 'wrong-password-1', newPassword: 'brand-new-password' }),
        ),
      );
      expect(results.filter((r) => r.status === 403)).toHaveLength(ctx.config.loginMaxFailures);
      expect(results.filter((r) => r.status === 429)).toHaveLength(15 - ctx.config.loginMaxFailures);
    });
  });

  describe('POST me/email', () => {
    it('needs the password; confirms the new address by link, notifies the old one, ends sessions', async () => {
      const u = await f.user({ email: 'old@example.test', name: 'Olive' });
      const session = (await login(u.email).expect(200)).body;
      await ctx.http
        .post('/api/v1/me/email')
        .set(bearer(session.accessToken))
        .send({ newEmail: 'new@example.test', password: 'wrong-password-1' })
        .expect(403);
      await ctx.http
        .post('/api/v1/me/email')
        .set(bearer(session.accessToken))
        .send({ newEmail: 'NEW@example.test', password: PASSWORD })
        .expect(202);
      const notice = await ctx.prisma.outboxMessage.findFirstOrThrow({
        where: { toEmail: 'old@example.test', kind: 'identity.email-change-requested' },
      });
      expect(notice.body).toContain('new@example.test');
      expect(notice.body).not.toMatch(/token=/);
      // nothing changes before the link is used
      await login('old@example.test').expect(200);
      const token = await tokenFromMail(ctx, 'new@example.test', 'identity.email-change');
      const res = await ctx.http.post('/api/v1/auth/verify-email').send({ token }).expect(200);
      expect(res.body).toEqual({ result: 'EMAIL_CHANGED', email: 'new@example.test' });
      await ctx.http.get('/api/v1/me').set(bearer(session.accessToken)).expect(401);
      await login('old@example.test').expect(401);
      await login('new@example.test').expect(200);
      expect(
        await ctx.prisma.outboxMessage.count({
          where: { toEmail: 'old@example.test', kind: 'identity.email-changed' },
        }),
      ).toBe(1);
      await ctx.http.post('/api/v1/auth/verify-email').send({ token }).expect(400);
    });

    it('with 2FA on, a current code is required too', async () => {
      const base = await stepSafeBase();
      const u = await f.user({ email: 'twofa@example.test' });
      const token = ctx.tokenFor(u);
      const { body } = await ctx.http.post('/api/v1/me/2fa/enrol').set(bearer(token)).expect(200);
      await ctx.http
        .post('/api/v1/me/2fa/confirm')
        .set(bearer(token))
        .send({ code: await codeAt(body.secret, base, -1) })
        .expect(200);
      const missing = await ctx.http
        .post('/api/v1/me/email')
        .set(bearer(token))
        .send({ newEmail: 'n@example.test', password: PASSWORD })
        .expect(400);
      expect(missing.body.errors).toEqual([{ field: 'code', message: expect.any(String) }]);
      await ctx.http
        .post('/api/v1/me/email')
        .set(bearer(token))
        .send({ newEmail: 'n@example.test', password: PASSWORD, code: await codeAt(body.secret, base, 5) })
        .expect(403);
      await ctx.http
        .post('/api/v1/me/email')
        .set(bearer(token))
        .send({ newEmail: 'n@example.test', password: PASSWORD, code: await codeAt(body.secret, base) })
        .expect(202);
      expect(await ctx.prisma.outboxMessage.count({ where: { toEmail: 'n@example.test' } })).toBe(1);
    });

    it('an address already in use gets the same 202 and no mail', async () => {
      const u = await f.user({ email: 'mine@example.test' });
      await f.user({ email: 'theirs@example.test' });
      await ctx.http
        .post('/api/v1/me/email')
        .set(bearer(ctx.tokenFor(u)))
        .send({ newEmail: 'theirs@example.test', password: PASSWORD })
        .expect(202);
      expect(await ctx.prisma.outboxMessage.count({ where: { toEmail: 'theirs@example.test' } })).toBe(0);
    });
  });

  describe('staff invitations', () => {
    it('a single-use set-password link that also confirms the address', async () => {
      const invited = await ctx.prisma.user.create({
        data: { email: 'newagent@example.test', name: 'New Agent', staffRole: 'AGENT' },
      });
      await ctx.prisma.$transaction((tx) => ctx.app.get(CredentialsService).invite(tx, invited));
      await login(invited.email, 'chosen-password-1').expect(401);
      const token = await tokenFromMail(ctx, invited.email, 'identity.invitation');
      expect(token).toMatch(/^iv_/);
      await ctx.http.post('/api/v1/auth/invitation/accept').send({ token, password: 'chosen-password-1' }).expect(204);
      await ctx.http.post('/api/v1/auth/invitation/accept').send({ token, password: 'chosen-password-2' }).expect(400);
      await login(invited.email, 'chosen-password-1').expect(200);
      // a reset token is not an invitation token and vice versa
      await ctx.http.post('/api/v1/auth/password/forgot').send({ email: invited.email }).expect(202);
      const reset = await tokenFromMail(ctx, invited.email, 'identity.password-reset');
      await ctx.http
        .post('/api/v1/auth/invitation/accept')
        .send({ token: reset, password: 'chosen-password-3' })
        .expect(400);
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
  });
});
