import { useApp } from '../helpers/setup.js';
import { bearer, stable, tokenFromMail } from '../helpers/identity.js';
import { PASSWORD } from '../factories/index.js';

describe('identity: self-registration, email verification, password reset', () => {
  const { ctx, f } = useApp({ MAIL_MAX_PER_HOUR: '3' });

  const NEW_PASSWORD = 'a-long-and-unusual-passphrase';
  const register = (body: Record<string, unknown>) =>
    ctx.http.post('/api/v1/auth/register').send({ name: 'Grace Hopper', password: NEW_PASSWORD, ...body });
  const login = (email: string, password: string) => ctx.http.post('/api/v1/auth/login').send({ email, password });
  const verify = (token: string) => ctx.http.post('/api/v1/auth/verify-email').send({ token });

  async function clientNumberPortal() {
    const portal = await f.portal({ selfRegistration: 'CLIENT_NUMBER' });
    const org = await f.org({ portalId: portal.id, domains: ['acme.test'] });
    const site = await f.site(org.id, { abbreviation: 'ACME-HQ' });
    const other = await f.site(org.id, { abbreviation: 'ACME-BRANCH' });
    return { portal, org, site, other };
  }

  describe('register', () => {
    it('CLIENT_NUMBER: lands on the right organisation and home site, and cannot log in before verification', async () => {
      const { org, site } = await clientNumberPortal();
      const decoy = await f.org({ portalId: (await f.portal({ selfRegistration: 'CLIENT_NUMBER' })).id });
      await f.site(decoy.id, { abbreviation: 'DECOY-1' });
      const res = await register({ email: 'Grace@Acme.test', clientNumber: 'ACME-HQ', locale: 'en-GB' }).expect(202);
      expect(res.body.message).toMatch(/email/);
      const user = await ctx.prisma.user.findUniqueOrThrow({ where: { email: 'grace@acme.test' } });
      expect(user).toMatchObject({ emailVerifiedAt: null, passwordHash: null, locale: 'en-GB' });
      await login('grace@acme.test', NEW_PASSWORD).expect(401);
      const token = await tokenFromMail(ctx, 'grace@acme.test', 'identity.verify-email');
      expect(token).toMatch(/^ve_/);
      const stored = await ctx.prisma.oneTimeToken.findFirstOrThrow({ where: { userId: user.id } });
      expect(stored.tokenHash).not.toContain(token);
      expect(stored.expiresAt.getTime() - Date.now()).toBeGreaterThan(23 * 3600 * 1000);
      const v = await verify(token).expect(200);
      expect(v.body).toEqual({ result: 'EMAIL_VERIFIED', email: 'grace@acme.test' });
      const memberships = await ctx.prisma.membership.findMany({ where: { userId: user.id } });
      expect(memberships).toEqual([
        expect.objectContaining({ organizationId: org.id, homeSiteId: site.id, roles: ['PORTAL_USER'] }),
      ]);
      const tokens = (await login('grace@acme.test', NEW_PASSWORD).expect(200)).body;
      const me = await ctx.http.get('/api/v1/me').set(bearer(tokens.accessToken)).expect(200);
      expect(me.body).toMatchObject({ defaultOrganizationId: org.id, emailVerified: true, staffRole: null });
      expect(
        await ctx.prisma.auditEvent.count({ where: { action: 'membership.self-registered', organizationId: org.id } }),
      ).toBe(1);
      // the link is single use
      await verify(token).expect(400);
    });

    it('EMAIL_DOMAIN: a membership in every organisation listing the domain, the primary one as default', async () => {
      const portal = await f.portal({ selfRegistration: 'EMAIL_DOMAIN' });
      const primary = await f.org({ portalId: portal.id, domains: ['globex.test'], name: 'Zeta Globex' });
      const associated = await f.org({ portalId: portal.id, domains: [], name: 'Alpha Customer' });
      await ctx.prisma.organizationDomain.create({
        data: { organizationId: associated.id, domain: 'globex.test', kind: 'ASSOCIATED' },
      });
      const closed = await f.org({
        portalId: (await f.portal({ selfRegistration: 'OFF' })).id,
        domains: ['globex.test'],
      });
      await register({ email: 'hank@globex.test' }).expect(202);
      await verify(await tokenFromMail(ctx, 'hank@globex.test', 'identity.verify-email')).expect(200);
      const user = await ctx.prisma.user.findUniqueOrThrow({
        where: { email: 'hank@globex.test' },
        include: { memberships: true },
      });
      expect(user.memberships.map((m) => m.organizationId).sort()).toEqual([primary.id, associated.id].sort());
      expect(user.memberships.map((m) => m.organizationId)).not.toContain(closed.id);
      expect(user.defaultOrganizationId).toBe(primary.id);
    });

    it('OFF (or no matching portal): nothing is created, and the answer is the same 202', async () => {
      const portal = await f.portal({ selfRegistration: 'OFF' });
      const org = await f.org({ portalId: portal.id, domains: ['closed.test'] });
      await f.site(org.id, { abbreviation: 'CLOSED-1' });
      const a = await register({ email: 'x@closed.test', clientNumber: 'CLOSED-1' }).expect(202);
      const b = await register({ email: 'y@closed.test' }).expect(202);
      expect(a.body).toEqual(b.body);
      expect(await ctx.prisma.user.count()).toBe(0);
      expect(await ctx.prisma.outboxMessage.count()).toBe(0);
    });

    it('identical responses for an existing and a new email, and for a valid and an unknown client number', async () => {
      await clientNumberPortal();
      await f.user({ email: 'taken@acme.test' });
      const existing = await register({ email: 'taken@acme.test', clientNumber: 'ACME-HQ' }).expect(202);
      const fresh = await register({ email: 'fresh@acme.test', clientNumber: 'ACME-HQ' }).expect(202);
      const unknownNumber = await register({ email: 'other@acme.test', clientNumber: 'NOPE-42' }).expect(202);
      expect(existing.body).toEqual(fresh.body);
      expect(unknownNumber.body).toEqual(fresh.body);
      // the owner of the existing address is told, without a way in
      const notice = await ctx.prisma.outboxMessage.findFirstOrThrow({ where: { toEmail: 'taken@acme.test' } });
      expect(notice.kind).toBe('identity.account-exists');
      expect(notice.body).not.toMatch(/token=/);
    });

    it('refuses organisation, site or role fields (400) and creates nothing', async () => {
      const { org, site } = await clientNumberPortal();
      for (const extra of [
        { roles: ['CUSTOMER_APPROVER'] },
        { organizationId: org.id },
        { homeSiteId: site.id },
        { staffRole: 'ADMIN' },
      ]) {
        const res = await register({ email: 'sneaky@acme.test', clientNumber: 'ACME-HQ', ...extra }).expect(400);
        expect(res.body.errors[0].field).toBe(Object.keys(extra)[0]);
      }
      expect(await ctx.prisma.user.count()).toBe(0);
    });

    it('refuses weak passwords and a 73-byte password with a clear 400', async () => {
      await clientNumberPortal();
      const long = await register({
        email: 'long@acme.test',
        clientNumber: 'ACME-HQ',
        password: 'é'.repeat(36) + 'x',
      }).expect(400);
      expect(long.body.errors).toEqual([{ field: 'password', message: 'must be at most 72 bytes (UTF-8)' }]);
      await register({ email: 'long@acme.test', clientNumber: 'ACME-HQ', password: 'a'.repeat(72) }).expect(202);
      await register({ email: 'short@acme.test', password: 'short' }).expect(400);
      const mine = await register({ email: 'longname@acme.test', password: 'longname-and-more' }).expect(400);
      expect(mine.body.errors[0].message).toMatch(/email/);
    });

    it('the password waits in the link: a second registration of the address replaces the first link', async () => {
      await clientNumberPortal();
      await register({ email: 'victim@acme.test', clientNumber: 'ACME-HQ', password: 'attacker-password-1' }).expect(
        202,
      );
      const attackerLink = await tokenFromMail(ctx, 'victim@acme.test', 'identity.verify-email');
      await register({ email: 'victim@acme.test', clientNumber: 'ACME-HQ', password: 'my-own-secret-phrase' }).expect(
        202,
      );
      const victimLink = await tokenFromMail(ctx, 'victim@acme.test', 'identity.verify-email');
      await verify(attackerLink).expect(400);
      await verify(victimLink).expect(200);
      await login('victim@acme.test', 'attacker-password-1').expect(401);
      await login('victim@acme.test', 'my-own-secret-phrase').expect(200);
    });

    it('respects the portal seat limit at verification too (409, nothing half-done, the link still usable later)', async () => {
      const portal = await f.portal({ selfRegistration: 'CLIENT_NUMBER', seatLimit: 1 });
      const org = await f.org({ portalId: portal.id });
      await f.site(org.id, { abbreviation: 'FULL-1' });
      // Two registrants while one seat is free: pending registrations hold no seat, the first link used wins it.
      await register({ email: 'early@full.test', clientNumber: 'FULL-1' }).expect(202);
      await register({ email: 'late@full.test', clientNumber: 'FULL-1' }).expect(202);
      const token = await tokenFromMail(ctx, 'late@full.test', 'identity.verify-email');
      await verify(await tokenFromMail(ctx, 'early@full.test', 'identity.verify-email')).expect(200);
      await verify(token).expect(409);
      const late = await ctx.prisma.user.findUniqueOrThrow({
        where: { email: 'late@full.test' },
        include: { memberships: true },
      });
      expect(late.memberships).toHaveLength(0);
      expect(late.emailVerifiedAt).toBeNull();
      const holder = await ctx.prisma.user.findUniqueOrThrow({ where: { email: 'early@full.test' } });
      await ctx.prisma.membership.updateMany({ where: { userId: holder.id }, data: { active: false } });
      await verify(token).expect(200);
    });

    it('a full portal refuses the registration itself: 409 for every address (known or not), and nothing is sent or created', async () => {
      const portal = await f.portal({ selfRegistration: 'CLIENT_NUMBER', seatLimit: 1 });
      const org = await f.org({ portalId: portal.id, domains: ['full.test'] });
      await f.site(org.id, { abbreviation: 'FULL-2' });
      const holder = await f.member(org.id, { email: 'holder@full.test' });
      const outsider = await f.user({ email: 'outsider@full.test' });
      const answers = [];
      for (const email of ['new@full.test', holder.email, outsider.email, 'NEW@full.test']) {
        const res = await register({ email, clientNumber: 'FULL-2' });
        expect([email, res.status]).toEqual([email, 409]);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        answers.push(stable(res.body));
      }
      for (const a of answers) expect(a).toEqual(answers[0]);
      expect(answers[0]).toMatchObject({ status: 409, detail: 'registration closed: no free seats' });
      expect(JSON.stringify(answers[0])).not.toContain(portal.name);
      expect(await ctx.prisma.outboxMessage.count()).toBe(0);
      expect(await ctx.prisma.user.findUnique({ where: { email: 'new@full.test' } })).toBeNull();
      // by email domain too
      const domainPortal = await f.portal({ selfRegistration: 'EMAIL_DOMAIN', seatLimit: 1 });
      const domainOrg = await f.org({ portalId: domainPortal.id, domains: ['fulldomain.test'] });
      await f.member(domainOrg.id);
      const byDomain = await register({ email: 'someone@fulldomain.test' }).expect(409);
      expect(stable(byDomain.body)).toEqual(answers[0]);
      // a free seat again: the registration goes through, and its link completes
      await ctx.prisma.membership.updateMany({ where: { userId: holder.id }, data: { active: false } });
      await register({ email: 'new@full.test', clientNumber: 'FULL-2' }).expect(202);
      await verify(await tokenFromMail(ctx, 'new@full.test', 'identity.verify-email')).expect(200);
    });

    it('a partner registering with a client number joins the customer (home site, through the partner link) and the partner organisation from the email domain, as a user staff create does', async () => {
      const portal = await f.portal({ selfRegistration: 'CLIENT_NUMBER' });
      const customer = await f.org({ portalId: portal.id, domains: ['customer.test'], name: 'Customer Co' });
      const site = await f.site(customer.id, { abbreviation: 'CUST-HQ' });
      const partner = await f.org({
        portalId: portal.id,
        domains: ['partner.test'],
        kind: 'PARTNER',
        name: 'Partner Ltd',
      });
      const admin = bearer(ctx.tokenFor(await f.staff('ADMIN')));
      const link = await ctx.http
        .post(`/api/v1/organizations/${customer.id}/partners`)
        .set(admin)
        .send({
          partnerOrganizationId: partner.id,
          consentedByName: 'Jane Doe',
          consentedAt: '2025-01-15T10:00:00Z',
          requestedBy: { name: 'Jane Doe', email: 'jane@customer.test' },
        })
        .expect(201);
      // an unrelated organisation listing the domain in a portal closed to self-registration is not joined
      const closed = await f.org({
        portalId: (await f.portal({ selfRegistration: 'OFF' })).id,
        domains: ['partner.test'],
      });

      await register({ email: 'bob@partner.test', clientNumber: 'CUST-HQ' }).expect(202);
      await verify(await tokenFromMail(ctx, 'bob@partner.test', 'identity.verify-email')).expect(200);
      const bob = await ctx.prisma.user.findUniqueOrThrow({
        where: { email: 'bob@partner.test' },
        include: { memberships: true },
      });
      const shape = (ms: typeof bob.memberships) =>
        ms
          .map((m) => ({ organizationId: m.organizationId, homeSiteId: m.homeSiteId, partnerLinkId: m.partnerLinkId }))
          .sort((a, b) => a.organizationId.localeCompare(b.organizationId));
      expect(shape(bob.memberships)).toEqual(
        [
          { organizationId: customer.id, homeSiteId: site.id, partnerLinkId: link.body.id },
          { organizationId: partner.id, homeSiteId: null, partnerLinkId: null },
        ].sort((a, b) => a.organizationId.localeCompare(b.organizationId)),
      );
      expect(bob.memberships.map((m) => m.organizationId)).not.toContain(closed.id);
      expect(bob.defaultOrganizationId).toBe(customer.id);
      const me = await ctx.http
        .get('/api/v1/me')
        .set(bearer((await login('bob@partner.test', NEW_PASSWORD).expect(200)).body.accessToken))
        .expect(200);
      expect(me.body.memberships.map((m: { organizationId: string }) => m.organizationId).sort()).toEqual(
        [customer.id, partner.id].sort(),
      );

      // the same organisations (of portals open to self-registration) as a partner user staff create
      const created = await ctx.http
        .post('/api/v1/users')
        .set(admin)
        .send({ email: 'pat@partner.test', name: 'Pat', password: 'A-long-passphrase-42!' })
        .expect(201);
      const pat = await ctx.prisma.membership.findMany({
        where: { userId: created.body.id, organizationId: { not: closed.id } },
      });
      expect(pat.map((m) => m.organizationId).sort()).toEqual([customer.id, partner.id].sort());
      // unlinking removes what the link gave, as for the staff-created user
      await ctx.http
        .delete(`/api/v1/organizations/${customer.id}/partners/${link.body.id}`)
        .query({ requestedByName: 'Jane Doe', requestedByEmail: 'jane@customer.test' })
        .set(admin)
        .expect(204);
      expect(
        await ctx.prisma.membership.findMany({ where: { userId: bob.id }, select: { organizationId: true } }),
      ).toEqual([{ organizationId: partner.id }]);
    });

    it('verify-email refuses empty, unknown and expired tokens', async () => {
      await clientNumberPortal();
      await verify('').expect(400);
      await verify('ve_nope').expect(400);
      await register({ email: 'slow@acme.test', clientNumber: 'ACME-HQ' }).expect(202);
      const token = await tokenFromMail(ctx, 'slow@acme.test', 'identity.verify-email');
      await ctx.prisma.oneTimeToken.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
      await verify(token).expect(400);
    });
  });

  describe('password forgot / reset', () => {
    it('same response for known and unknown emails; the link resets once, ends sessions and notifies', async () => {
      const u = await f.user({ email: 'ada@example.test', name: 'Ada' });
      const session = (await login(u.email, PASSWORD).expect(200)).body;
      const known = await ctx.http.post('/api/v1/auth/password/forgot').send({ email: 'ADA@example.test' }).expect(202);
      const unknown = await ctx.http
        .post('/api/v1/auth/password/forgot')
        .send({ email: 'nobody@example.test' })
        .expect(202);
      expect(known.body).toEqual(unknown.body);
      expect(await ctx.prisma.outboxMessage.count({ where: { toEmail: 'nobody@example.test' } })).toBe(0);
      const token = await tokenFromMail(ctx, u.email, 'identity.password-reset');
      const t = await ctx.prisma.oneTimeToken.findFirstOrThrow({ where: { userId: u.id, purpose: 'RESET_PASSWORD' } });
      expect(t.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(3600 * 1000);
      const tooLong = await ctx.http
        .post('/api/v1/auth/password/reset')
        .send({ token, password: 'x'.repeat(73) })
        .expect(400);
      expect(tooLong.body.errors[0]).toEqual({ field: 'password', message: 'must be at most 72 bytes (UTF-8)' });
      await ctx.http.post('/api/v1/auth/password/reset').send({ token, password: 'brand-new-password' }).expect(204);
      await ctx.http.post('/api/v1/auth/password/reset').send({ token, password: 'another-new-password' }).expect(400);
      await ctx.http.post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken }).expect(401);
      await ctx.http.get('/api/v1/me').set(bearer(session.accessToken)).expect(401);
      await login(u.email, PASSWORD).expect(401);
      await login(u.email, 'brand-new-password').expect(200);
      expect(
        await ctx.prisma.outboxMessage.count({ where: { toEmail: u.email, kind: 'identity.password-changed' } }),
      ).toBe(1);
    });

    it('empty, reused or expired tokens ⇒ 400; a newer link replaces an older one', async () => {
      const u = await f.user();
      await ctx.http
        .post('/api/v1/auth/password/reset')
        .send({ token: '', password: 'brand-new-password' })
        .expect(400);
      await ctx.http.post('/api/v1/auth/password/forgot').send({ email: u.email }).expect(202);
      const older = await tokenFromMail(ctx, u.email, 'identity.password-reset');
      await ctx.http.post('/api/v1/auth/password/forgot').send({ email: u.email }).expect(202);
      const newer = await tokenFromMail(ctx, u.email, 'identity.password-reset');
      await ctx.http
        .post('/api/v1/auth/password/reset')
        .send({ token: older, password: 'brand-new-password' })
        .expect(400);
      await ctx.prisma.oneTimeToken.updateMany({
        where: { userId: u.id },
        data: { expiresAt: new Date(Date.now() - 1) },
      });
      const expired = await ctx.http
        .post('/api/v1/auth/password/reset')
        .send({ token: newer, password: 'brand-new-password' })
        .expect(400);
      expect(expired.body.detail).toMatch(/invalid, already used or expired/);
    });

    it('a reset clears a login lockout', async () => {
      const u = await f.user();
      await ctx.prisma.user.update({ where: { id: u.id }, data: { lockedUntil: new Date(Date.now() + 3600_000) } });
      await login(u.email, PASSWORD).expect(429);
      await ctx.http.post('/api/v1/auth/password/forgot').send({ email: u.email }).expect(202);
      await ctx.http
        .post('/api/v1/auth/password/reset')
        .send({ token: await tokenFromMail(ctx, u.email, 'identity.password-reset'), password: 'brand-new-password' })
        .expect(204);
      await login(u.email, 'brand-new-password').expect(200);
    });
  });

  describe('outbound mail cap (MAIL_MAX_PER_HOUR=3)', () => {
    it('bursts of forgot requests ⇒ 429 with Retry-After, identically for known and unknown addresses', async () => {
      const u = await f.user({ email: 'burst@example.test' });
      const statuses = async (email: string) => {
        const out: number[] = [];
        for (let i = 0; i < 5; i++)
          out.push((await ctx.http.post('/api/v1/auth/password/forgot').send({ email })).status);
        return out;
      };
      const known = await statuses(u.email);
      const unknown = await statuses('burst-nobody@example.test');
      expect(known).toEqual([202, 202, 202, 429, 429]);
      expect(unknown).toEqual(known);
      const r = await ctx.http.post('/api/v1/auth/password/forgot').send({ email: u.email }).expect(429);
      expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
      expect(await ctx.prisma.outboxMessage.count({ where: { recipientUserId: u.id } })).toBe(3);
    });

    it('the per-user cap in the outbox holds even when the request counter does not (another instance)', async () => {
      const u = await f.user({ email: 'capped@example.test' });
      await ctx.prisma.outboxMessage.createMany({
        data: Array.from({ length: 3 }, () => ({
          recipientUserId: u.id,
          toEmail: u.email,
          kind: 'identity.password-reset',
          subject: 's',
          body: 'b',
        })),
      });
      await ctx.http.post('/api/v1/auth/password/forgot').send({ email: u.email }).expect(202);
      expect(await ctx.prisma.outboxMessage.count({ where: { recipientUserId: u.id } })).toBe(3);
      const res = await ctx.http
        .post('/api/v1/me/email')
        .set(bearer(ctx.tokenFor(u)))
        .send({ newEmail: 'new@example.test', password: PASSWORD })
        .expect(429);
      expect(stable(res.body)).toMatchObject({ status: 429 });
    });

    it('register bursts are capped the same way', async () => {
      await clientNumberPortal();
      const out: number[] = [];
      for (let i = 0; i < 4; i++)
        out.push((await register({ email: 'again@acme.test', clientNumber: 'ACME-HQ' })).status);
      expect(out).toEqual([202, 202, 202, 429]);
    });
  });
});

describe('self-registration and one-time links: outlived, replayed, raced or misused', () => {
  const { ctx, f, as } = useApp({ RATE_LIMIT_ENABLED: 'false' });
  const statuses = (rs: { status: number }[]) => rs.map((r) => r.status).sort();

  describe('self-registration links', () => {
    const register = (email: string, clientNumber?: string) =>
      ctx.http
        .post('/api/v1/auth/register')
        .send({
          email,
          name: 'New Member',
          password: 'a long unusual passphrase',
          ...(clientNumber ? { clientNumber } : {}),
        })
        .expect(202);

    it('grants no membership when the portal closed registration (or stopped being ACTIVE) before the link was used', async () => {
      const portal = await f.portal({ selfRegistration: 'CLIENT_NUMBER' });
      const o = await f.org({ portalId: portal.id });
      const site = await f.site(o.id, { abbreviation: 'CLOSE-1' });
      await register('late@example.test', 'CLOSE-1');
      await register('early@example.test', 'CLOSE-1');
      const late = await tokenFromMail(ctx, 'late@example.test', 'identity.verify-email');
      const early = await tokenFromMail(ctx, 'early@example.test', 'identity.verify-email');
      await ctx.http.post('/api/v1/auth/verify-email').send({ token: early }).expect(200);
      await ctx.prisma.portal.update({ where: { id: portal.id }, data: { selfRegistration: 'OFF' } });
      await ctx.http.post('/api/v1/auth/verify-email').send({ token: late }).expect(200);
      const members = await ctx.prisma.membership.findMany({
        where: { organizationId: o.id },
        include: { user: { select: { email: true } } },
      });
      expect(members.map((m) => [m.user.email, m.homeSiteId])).toEqual([['early@example.test', site.id]]);
      const lateUser = await ctx.prisma.user.findUniqueOrThrow({ where: { email: 'late@example.test' } });
      expect(lateUser.defaultOrganizationId).toBeNull();

      const domainPortal = await f.portal({ selfRegistration: 'EMAIL_DOMAIN' });
      const d = await f.org({ portalId: domainPortal.id, domains: ['dom.example'] });
      await register('someone@dom.example');
      const token = await tokenFromMail(ctx, 'someone@dom.example', 'identity.verify-email');
      await ctx.prisma.portal.update({ where: { id: domainPortal.id }, data: { status: 'DISABLED' } });
      await ctx.http.post('/api/v1/auth/verify-email').send({ token }).expect(200);
      expect(await ctx.prisma.membership.count({ where: { organizationId: d.id } })).toBe(0);
    });

    it('does not let a registration plant a password on, or rename, an account staff invited', async () => {
      const portal = await f.portal({ selfRegistration: 'EMAIL_DOMAIN' });
      await f.org({ portalId: portal.id, domains: ['invited.example'] });
      const admin = await f.staff('ADMIN');
      // An invited user with no organisation yet (no membership, no password, not verified).
      const created = await ctx.http
        .post('/api/v1/users')
        .set(as(admin))
        .send({ email: 'victim@elsewhere.example', name: 'Victim Name' })
        .expect(201);
      await ctx.prisma.organizationDomain.create({
        data: {
          organizationId: (await ctx.prisma.organization.findFirstOrThrow()).id,
          domain: 'elsewhere.example',
          kind: 'ASSOCIATED',
        },
      });
      await ctx.http
        .post('/api/v1/auth/register')
        .send({ email: 'victim@elsewhere.example', name: 'Mallory', password: 'attacker chosen passphrase' })
        .expect(202);
      const user = await ctx.prisma.user.findUniqueOrThrow({ where: { id: created.body.id } });
      expect(user.name).toBe('Victim Name');
      expect(await ctx.prisma.oneTimeToken.count({ where: { userId: user.id, purpose: 'VERIFY_EMAIL' } })).toBe(0);
      const invite = await tokenFromMail(ctx, 'victim@elsewhere.example', 'identity.invitation');
      await ctx.http
        .post('/api/v1/auth/invitation/accept')
        .send({ token: invite, password: 'a secret of her own choosing' })
        .expect(204);
      await ctx.http
        .post('/api/v1/auth/login')
        .send({ email: 'victim@elsewhere.example', password: 'attacker chosen passphrase' })
        .expect(401);
      await ctx.http
        .post('/api/v1/auth/login')
        .send({ email: 'victim@elsewhere.example', password: 'a secret of her own choosing' })
        .expect(200);
    });

    it('keeps a pending account unchanged until a link is used (a second registration cannot rename it)', async () => {
      const portal = await f.portal({ selfRegistration: 'EMAIL_DOMAIN' });
      await f.org({ portalId: portal.id, domains: ['pending.example'] });
      await register('p@pending.example');
      await ctx.http
        .post('/api/v1/auth/register')
        .send({
          email: 'p@pending.example',
          name: 'Someone Else',
          password: 'another unusual passphrase',
          locale: 'de',
        })
        .expect(202);
      const row = await ctx.prisma.user.findUniqueOrThrow({ where: { email: 'p@pending.example' } });
      expect([row.name, row.locale, row.passwordHash]).toEqual(['New Member', null, null]);
      const token = await tokenFromMail(ctx, 'p@pending.example', 'identity.verify-email');
      await ctx.http.post('/api/v1/auth/verify-email').send({ token }).expect(200);
      const done = await ctx.prisma.user.findUniqueOrThrow({ where: { email: 'p@pending.example' } });
      expect([done.name, done.locale]).toEqual(['Someone Else', 'de']);
    });
  });

  it('creates one pending account when the same address registers in parallel', async () => {
    const portal = await f.portal({ selfRegistration: 'EMAIL_DOMAIN' });
    await f.org({ portalId: portal.id, domains: ['parallel.example'] });
    const rs = await Promise.all(
      Array.from({ length: 4 }, (_, i) =>
        ctx.http
          .post('/api/v1/auth/register')
          .send({ email: 'same@parallel.example', name: `Racer ${i}`, password: 'a long unusual passphrase' }),
      ),
    );
    expect(statuses(rs)).toEqual([202, 202, 202, 202]);
    expect(await ctx.prisma.user.count({ where: { email: 'same@parallel.example' } })).toBe(1);
    const user = await ctx.prisma.user.findUniqueOrThrow({ where: { email: 'same@parallel.example' } });
    expect(
      await ctx.prisma.oneTimeToken.count({ where: { userId: user.id, purpose: 'VERIFY_EMAIL', usedAt: null } }),
    ).toBe(1);
    expect(await ctx.prisma.membership.count({ where: { userId: user.id } })).toBe(0);
  });

  describe('one-time tokens', () => {
    it('accepts a reset link once; a second use, even with another password, is refused and changes nothing', async () => {
      const u = await f.user({ email: 'reset-me@example.test' });
      await ctx.http.post('/api/v1/auth/password/forgot').send({ email: u.email }).expect(202);
      const token = await tokenFromMail(ctx, u.email, 'identity.password-reset');
      await ctx.http
        .post('/api/v1/auth/password/reset')
        .send({ token, password: 'first new passphrase 1' })
        .expect(204);
      await ctx.http
        .post('/api/v1/auth/password/reset')
        .send({ token, password: 'second new passphrase 2' })
        .expect(400);
      await ctx.http
        .post('/api/v1/auth/login')
        .send({ email: u.email, password: 'first new passphrase 1' })
        .expect(200);
      await ctx.http
        .post('/api/v1/auth/login')
        .send({ email: u.email, password: 'second new passphrase 2' })
        .expect(401);
    });

    it('does not accept a token of one purpose for another (reset ↔ verification ↔ invitation)', async () => {
      const u = await f.user({ email: 'purpose@example.test' });
      await ctx.http.post('/api/v1/auth/password/forgot').send({ email: u.email }).expect(202);
      const reset = await tokenFromMail(ctx, u.email, 'identity.password-reset');
      await ctx.http.post('/api/v1/auth/verify-email').send({ token: reset }).expect(400);
      await ctx.http
        .post('/api/v1/auth/invitation/accept')
        .send({ token: reset, password: 'some new passphrase 9' })
        .expect(400);
      // Still unused after the wrong-purpose attempts.
      await ctx.http
        .post('/api/v1/auth/password/reset')
        .send({ token: reset, password: 'some new passphrase 9' })
        .expect(204);
    });

    it('consumes a reset link once when it is used in parallel', async () => {
      const u = await f.user({ email: 'parallel-reset@example.test' });
      await ctx.http.post('/api/v1/auth/password/forgot').send({ email: u.email }).expect(202);
      const token = await tokenFromMail(ctx, u.email, 'identity.password-reset');
      const results = await Promise.all(
        [
          'passphrase number one 1',
          'passphrase number two 2',
          'passphrase number three 3',
          'passphrase number four 4',
        ].map((password) => ctx.http.post('/api/v1/auth/password/reset').send({ token, password })),
      );
      expect(results.map((r) => r.status).sort()).toEqual([204, 400, 400, 400]);
    });

    it('verifies a registration once when the link is used in parallel: one account, one membership', async () => {
      const portal = await f.portal({ selfRegistration: 'CLIENT_NUMBER' });
      const org = await f.org({ portalId: portal.id });
      await f.site(org.id, { abbreviation: 'RACE-1' });
      await ctx.http
        .post('/api/v1/auth/register')
        .send({
          email: 'racer@example.test',
          name: 'Race Er',
          password: 'a long unusual passphrase',
          clientNumber: 'RACE-1',
        })
        .expect(202);
      const token = await tokenFromMail(ctx, 'racer@example.test', 'identity.verify-email');
      const results = await Promise.all(
        Array.from({ length: 5 }, () => ctx.http.post('/api/v1/auth/verify-email').send({ token })),
      );
      expect(results.filter((r) => r.status === 200)).toHaveLength(1);
      expect(results.filter((r) => r.status === 400)).toHaveLength(4);
      const user = await ctx.prisma.user.findUniqueOrThrow({ where: { email: 'racer@example.test' } });
      expect(await ctx.prisma.membership.count({ where: { userId: user.id } })).toBe(1);
    });
  });
});
