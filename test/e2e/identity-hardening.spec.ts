import bcrypt from 'bcrypt';
import jwt from 'jsonwebtoken';
import { createTestApp } from '../helpers/app.js';
import { useApp } from '../helpers/setup.js';
import { bearer, codeAt, stepSafeBase } from '../helpers/identity.js';
import { PASSWORD } from '../factories/index.js';
import { ConfigError, loadConfig } from '../../src/config/config.js';

/** 72 bytes exactly: 36 two-byte characters, and 70 ASCII bytes plus one two-byte character. */
const MULTIBYTE_72 = 'é'.repeat(36);
const MIXED_72 = 'k'.repeat(70) + 'ß';
const LIMIT_ERROR = 'must be at most 72 bytes (UTF-8)';

describe('identity hardening: 72-byte passwords, token subjects, required 2FA at login', () => {
  const { ctx, f } = useApp();

  const login = (email: string, password: string) => ctx.http.post('/api/v1/auth/login').send({ email, password });
  const userWithPassword = (email: string, password: string) =>
    ctx.prisma.user.create({
      data: { email, name: 'Byte Counter', passwordHash: bcrypt.hashSync(password, 4), emailVerifiedAt: new Date() },
    });

  describe('a password is at most 72 bytes', () => {
    it('a 72-byte password signs in, and the same password with any suffix never does', async () => {
      expect(Buffer.byteLength(MIXED_72)).toBe(72);
      for (const [i, password] of [MULTIBYTE_72, MIXED_72, 'p'.repeat(72)].entries()) {
        const email = `bytes${i}@example.test`;
        await userWithPassword(email, password);
        await login(email, password).expect(200);
        for (const suffix of ['x', 'é', ' and then some more text']) {
          const res = await login(email, password + suffix).expect(401);
          expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
          expect(res.body.detail).toBe('Invalid email or password');
        }
        // the refused candidates were counted as failures: the success resets, so three here
        expect((await ctx.prisma.user.findUniqueOrThrow({ where: { email } })).failedLoginCount).toBe(3);
        await login(email, password).expect(200);
      }
    });

    it('a candidate over 72 bytes is refused wherever a current password is checked', async () => {
      const u = await userWithPassword('checker@example.test', MULTIBYTE_72);
      const token = ctx.tokenFor(u);
      const change = await ctx.http
        .post('/api/v1/me/password')
        .set(bearer(token))
        .send({ currentPassword: MULTIBYTE_72 + 'x', newPassword: 'a brand new passphrase' });
      expect(change.status).toBe(403);
      const email = await ctx.http
        .post('/api/v1/me/email')
        .set(bearer(token))
        .send({ newEmail: 'elsewhere@example.test', password: MULTIBYTE_72 + 'x' });
      expect(email.status).toBe(403);
      await ctx.http
        .post('/api/v1/me/password')
        .set(bearer(token))
        .send({ currentPassword: MULTIBYTE_72, newPassword: 'a brand new passphrase' })
        .expect(200);
    });

    it('a candidate over 72 bytes costs a bcrypt compare like a wrong password (no timing shortcut)', async () => {
      const slow = await createTestApp({ BCRYPT_ROUNDS: '10' });
      try {
        await slow.prisma.user.create({
          data: {
            email: 'timing@example.test',
            name: 'Timing',
            passwordHash: bcrypt.hashSync(PASSWORD, 10),
            emailVerifiedAt: new Date(),
          },
        });
        const time = async (password: string) => {
          const t0 = process.hrtime.bigint();
          await slow.http.post('/api/v1/auth/login').send({ email: 'timing@example.test', password }).expect(401);
          return Number(process.hrtime.bigint() - t0) / 1e6;
        };
        await time('wrong-password-123');
        const wrong: number[] = [];
        const long: number[] = [];
        for (let i = 0; i < 4; i++) {
          wrong.push(await time('wrong-password-123'));
          long.push(await time('L'.repeat(100 + i)));
        }
        const ratio = Math.min(...long) / Math.min(...wrong);
        expect(ratio).toBeGreaterThan(0.6);
        expect(ratio).toBeLessThan(1.6);
      } finally {
        await slow.close();
      }
    });

    it('setting a password over 72 bytes is a 400 naming the limit on the password field, 72 bytes are accepted (multibyte counted in bytes)', async () => {
      const over = MIXED_72 + 'é'; // 71 characters, 74 bytes
      const expectLimit = (
        res: { status: number; headers: Record<string, string>; body: { errors: unknown } },
        field: string,
      ) => {
        expect(res.status).toBe(400);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(res.body.errors).toEqual([{ field, message: LIMIT_ERROR }]);
      };
      // registration
      const portal = await f.portal({ selfRegistration: 'CLIENT_NUMBER' });
      const org = await f.org({ portalId: portal.id });
      await f.site(org.id, { abbreviation: 'BYTES-1' });
      const register = (email: string, password: string) =>
        ctx.http.post('/api/v1/auth/register').send({ email, name: 'Reg Istrant', password, clientNumber: 'BYTES-1' });
      expectLimit(await register('over@example.test', over), 'password');
      await register('exact@example.test', MULTIBYTE_72).expect(202);
      // user creation by an admin
      const admin = await f.staff('ADMIN');
      const create = (email: string, password: string) =>
        ctx.http
          .post('/api/v1/users')
          .set(bearer(ctx.tokenFor(admin)))
          .send({ email, name: 'Cre Ated', password });
      expectLimit(await create('made-over@example.test', over), 'password');
      await create('made-exact@example.test', MIXED_72).expect(201);
      await login('made-exact@example.test', MIXED_72).expect(200);
      // password change
      const u = await f.user({ email: 'changer@example.test' });
      const change = (newPassword: string) =>
        ctx.http
          .post('/api/v1/me/password')
          .set(bearer(ctx.tokenFor(u)))
          .send({ currentPassword: PASSWORD, newPassword });
      expectLimit(await change(over), 'newPassword');
      await change(MULTIBYTE_72).expect(200);
      await login('changer@example.test', MULTIBYTE_72).expect(200);
      // reset
      await ctx.http.post('/api/v1/auth/password/forgot').send({ email: 'changer@example.test' }).expect(202);
      const mail = await ctx.prisma.outboxMessage.findFirstOrThrow({
        where: { toEmail: 'changer@example.test', kind: 'identity.password-reset' },
      });
      const token = decodeURIComponent(/token=([^\s&]+)/.exec(mail.body)![1]);
      expectLimit(await ctx.http.post('/api/v1/auth/password/reset').send({ token, password: over }), 'password');
      await ctx.http.post('/api/v1/auth/password/reset').send({ token, password: MIXED_72 }).expect(204);
      await login('changer@example.test', MIXED_72).expect(200);
    });

    it('ADMIN_PASSWORD over 72 bytes stops the boot with the limit named; 72 multibyte bytes are accepted', () => {
      const env = {
        DATABASE_URL: 'postgresql://u@localhost/db',
        JWT_SECRET: 'j'.repeat(48),
        TOTP_ENCRYPTION_KEY: 't'.repeat(32),
        ADMIN_EMAIL: 'root@example.test',
      };
      expect(() => loadConfig({ ...env, ADMIN_PASSWORD: MULTIBYTE_72 + 'é' })).toThrow(ConfigError);
      expect(() => loadConfig({ ...env, ADMIN_PASSWORD: MULTIBYTE_72 + 'é' })).toThrow(/ADMIN_PASSWORD.*72 bytes/);
      expect(loadConfig({ ...env, ADMIN_PASSWORD: MULTIBYTE_72 }).adminPassword).toBe(MULTIBYTE_72);
    });
  });

  describe('token subjects', () => {
    const sign = (claims: Record<string, unknown>) =>
      jwt.sign(claims, ctx.config.jwtKey, {
        algorithm: 'HS256',
        expiresIn: 600,
        issuer: ctx.config.jwtIssuer,
        audience: ctx.config.jwtAudience,
      });

    it('a validly signed access token whose sub is not a UUID is a 401 like any invalid token', async () => {
      const u = await f.user();
      for (const sub of ['not-a-uuid', '', '1', `${u.id}x`, u.id.replace(/-/g, ''), "' OR 1=1 --"]) {
        const res = await ctx.http.get('/api/v1/me').set(bearer(sign({ sub, ep: 0, typ: 'access' })));
        expect([sub, res.status]).toEqual([sub, 401]);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(res.headers['www-authenticate']).toBeDefined();
      }
      await ctx.http
        .get('/api/v1/me')
        .set(bearer(sign({ sub: u.id, ep: 0, typ: 'access' })))
        .expect(200);
    });

    it('an mfa token whose sub is not a UUID is the usual 401 at the second login step', async () => {
      const res = await ctx.http
        .post('/api/v1/auth/login/2fa')
        .send({ mfaToken: sign({ sub: 'not-a-uuid', ep: 0, typ: 'mfa' }), code: '123456' });
      expect(res.status).toBe(401);
    });
  });

  describe('login and a portal that requires 2FA', () => {
    it('says mfaEnrolmentRequired: true when a portal of the user requires 2FA and the account has none; false otherwise, on every token response', async () => {
      const portal = await f.portal({ require2fa: true });
      const org = await f.org({ portalId: portal.id });
      const m = await f.member(org.id);
      const first = await login(m.email, PASSWORD).expect(200);
      expect(first.body).toMatchObject({ tokenType: 'Bearer', mfaEnrolmentRequired: true });
      const refreshed = await ctx.http
        .post('/api/v1/auth/refresh')
        .send({ refreshToken: first.body.refreshToken })
        .expect(200);
      expect(refreshed.body.mfaEnrolmentRequired).toBe(true);
      // the hint matches what the next call meets
      await ctx.http.patch('/api/v1/me').set(bearer(first.body.accessToken)).send({ name: 'Someone' }).expect(403);

      const free = await f.member((await f.org()).id);
      expect((await login(free.email, PASSWORD).expect(200)).body.mfaEnrolmentRequired).toBe(false);
      const staff = await f.staff();
      expect((await login(staff.email, PASSWORD).expect(200)).body.mfaEnrolmentRequired).toBe(false);
      // a deactivated membership of the requiring portal does not count
      const former = await f.member(org.id);
      await ctx.prisma.membership.updateMany({ where: { userId: former.id }, data: { active: false } });
      const alsoFree = await f.member((await f.org()).id);
      await ctx.prisma.membership.create({
        data: { userId: alsoFree.id, organizationId: org.id, roles: ['PORTAL_USER'], active: false },
      });
      expect((await login(alsoFree.email, PASSWORD).expect(200)).body.mfaEnrolmentRequired).toBe(false);

      // after enrolling: the login asks for the code, and the tokens after it need nothing more
      const base = await stepSafeBase();
      const { body: enrol } = await ctx.http
        .post('/api/v1/me/2fa/enrol')
        .set(bearer(first.body.accessToken))
        .expect(200);
      await ctx.http
        .post('/api/v1/me/2fa/confirm')
        .set(bearer(first.body.accessToken))
        .send({ code: await codeAt(enrol.secret, base) })
        .expect(200);
      const step = await login(m.email, PASSWORD).expect(200);
      expect(step.body).toEqual({ mfaRequired: true, mfaToken: expect.any(String), mfaEnrolmentRequired: false });
      const done = await ctx.http
        .post('/api/v1/auth/login/2fa')
        .send({ mfaToken: step.body.mfaToken, code: await codeAt(enrol.secret, base, 1) })
        .expect(200);
      expect(done.body.mfaEnrolmentRequired).toBe(false);
    });

    it('is a required boolean of both login answers in the OpenAPI document', async () => {
      const doc = (await ctx.http.get('/docs/openapi.json').expect(200)).body as {
        components: { schemas: Record<string, { required?: string[]; properties: Record<string, { type?: string }> }> };
      };
      for (const name of ['TokensDto', 'MfaRequiredDto']) {
        const schema = doc.components.schemas[name];
        expect(schema.required).toContain('mfaEnrolmentRequired');
        expect(schema.properties.mfaEnrolmentRequired.type).toBe('boolean');
      }
    });
  });
});
