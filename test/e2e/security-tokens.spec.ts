import { createSecretKey } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { useApp } from '../helpers/setup.js';
import { PASSWORD } from '../factories/index.js';
import { bearer, stable, tokenFromMail } from '../helpers/identity.js';

/**
 * Security review — tokens: forged, expired and mis-addressed JWTs, token-type confusion, refresh
 * reuse and parallel rotation, sessions after password change or deactivation, and one-time
 * tokens used twice, in parallel, or for another purpose.
 */
describe('security: access tokens, refresh tokens, one-time tokens', () => {
  const { ctx, f } = useApp({ RATE_LIMIT_ENABLED: 'false' });

  const me = (token: string) => ctx.http.get('/api/v1/me').set(bearer(token));
  const login = async (email: string, password = PASSWORD) =>
    (await ctx.http.post('/api/v1/auth/login').send({ email, password }).expect(200)).body as {
      accessToken: string;
      refreshToken: string;
    };
  const sign = (claims: object, opts: jwt.SignOptions = {}, key: jwt.Secret = ctx.config.jwtKey) =>
    jwt.sign(claims, key, {
      algorithm: 'HS256',
      expiresIn: 600,
      issuer: ctx.config.jwtIssuer,
      audience: ctx.config.jwtAudience,
      ...opts,
    });

  describe('JWT verification', () => {
    it('accepts a well-formed token (the control case) and refuses every forged or mis-addressed variant with the same 401', async () => {
      const u = await f.user();
      const good = sign({ sub: u.id, ep: 0, typ: 'access' });
      await me(good).expect(200);

      const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
      const payload = {
        sub: u.id,
        ep: 0,
        typ: 'access',
        iss: ctx.config.jwtIssuer,
        aud: ctx.config.jwtAudience,
        exp: Math.floor(Date.now() / 1000) + 600,
      };
      const variants: Record<string, string> = {
        algNone: `${b64({ alg: 'none', typ: 'JWT' })}.${b64(payload)}.`,
        wrongKey: sign(
          { sub: u.id, ep: 0, typ: 'access' },
          {},
          createSecretKey(Buffer.from('another-secret-another-secret-0123456789')),
        ),
        expired: jwt.sign(
          { sub: u.id, ep: 0, typ: 'access', exp: Math.floor(Date.now() / 1000) - 10 },
          ctx.config.jwtKey,
          { algorithm: 'HS256', issuer: ctx.config.jwtIssuer, audience: ctx.config.jwtAudience },
        ),
        wrongAudience: sign({ sub: u.id, ep: 0, typ: 'access' }, { audience: 'someone-else' }),
        wrongIssuer: sign({ sub: u.id, ep: 0, typ: 'access' }, { issuer: 'evil' }),
        noAudience: jwt.sign({ sub: u.id, ep: 0, typ: 'access' }, ctx.config.jwtKey, {
          algorithm: 'HS256',
          expiresIn: 600,
          issuer: ctx.config.jwtIssuer,
        }),
        mfaType: sign({ sub: u.id, ep: 0, typ: 'mfa' }),
        noType: sign({ sub: u.id, ep: 0 }),
        noEpoch: sign({ sub: u.id, typ: 'access' }),
        staleEpoch: sign({ sub: u.id, ep: 7, typ: 'access' }),
        unknownUser: sign({ sub: '0190a0a0-0000-7000-8000-000000000000', ep: 0, typ: 'access' }),
        tamperedPayload: `${good.split('.')[0]}.${b64({ ...payload, sub: u.id, ep: 0, typ: 'access', staffRole: 'ADMIN' })}.${good.split('.')[2]}`,
      };
      const bodies = [];
      for (const [name, token] of Object.entries(variants)) {
        const res = await me(token);
        expect({ name, status: res.status }).toEqual({ name, status: 401 });
        bodies.push(stable(res.body));
      }
      // One answer for every reason: nothing tells the caller which check failed.
      expect(new Set(bodies.map((b) => JSON.stringify(b))).size).toBe(1);
    });

    it('does not take an mfaToken as an access token, nor an access token as an mfaToken', async () => {
      const u = await f.user();
      await ctx.prisma.user.update({ where: { id: u.id }, data: { totpEnabledAt: new Date() } });
      const first = await ctx.http.post('/api/v1/auth/login').send({ email: u.email, password: PASSWORD }).expect(200);
      expect(first.body).toMatchObject({ mfaRequired: true });
      expect(first.body.accessToken).toBeUndefined();
      await me(first.body.mfaToken).expect(401);
      await ctx.http.get('/api/v1/tickets').set(bearer(first.body.mfaToken)).expect(401);
      const access = ctx.tokenFor(u);
      await me(access).expect(200);
      await ctx.http.post('/api/v1/auth/login/2fa').send({ mfaToken: access, code: '123456' }).expect(401);
    });
  });

  describe('sessions end when they must', () => {
    it('refuses the access and refresh tokens of a deactivated user, and of a user after a password change', async () => {
      const a = await f.user();
      const sa = await login(a.email);
      await me(sa.accessToken).expect(200);
      await ctx.prisma.user.update({ where: { id: a.id }, data: { active: false } });
      await me(sa.accessToken).expect(401);
      await ctx.http.post('/api/v1/auth/refresh').send({ refreshToken: sa.refreshToken }).expect(401);

      const b = await f.user();
      const before = await login(b.email);
      const other = await login(b.email); // a second device
      const changed = await ctx.http
        .post('/api/v1/me/password')
        .set(bearer(before.accessToken))
        .send({ currentPassword: PASSWORD, newPassword: 'a brand new passphrase 42' })
        .expect(200);
      await me(before.accessToken).expect(401);
      await me(other.accessToken).expect(401);
      await ctx.http.post('/api/v1/auth/refresh').send({ refreshToken: other.refreshToken }).expect(401);
      await ctx.http.post('/api/v1/auth/refresh').send({ refreshToken: before.refreshToken }).expect(401);
      await me(changed.body.accessToken).expect(200);
    });

    it('treats a reused refresh token as theft: the whole family dies, the token issued to the winner included', async () => {
      const u = await f.user();
      const s = await login(u.email);
      const rotated = await ctx.http.post('/api/v1/auth/refresh').send({ refreshToken: s.refreshToken }).expect(200);
      await ctx.http.post('/api/v1/auth/refresh').send({ refreshToken: s.refreshToken }).expect(401);
      await ctx.http.post('/api/v1/auth/refresh').send({ refreshToken: rotated.body.refreshToken }).expect(401);
      // Another session of the same user (another family) is untouched.
      const other = await login(u.email);
      await ctx.http.post('/api/v1/auth/refresh').send({ refreshToken: other.refreshToken }).expect(200);
    });

    it('rotates a refresh token once when it is presented in parallel', async () => {
      const u = await f.user();
      const s = await login(u.email);
      const results = await Promise.all(
        Array.from({ length: 6 }, () => ctx.http.post('/api/v1/auth/refresh').send({ refreshToken: s.refreshToken })),
      );
      expect(results.filter((r) => r.status === 200)).toHaveLength(1);
      expect(results.filter((r) => r.status === 401)).toHaveLength(5);
      const live = await ctx.prisma.refreshToken.count({ where: { userId: u.id, revokedAt: null, rotatedAt: null } });
      expect(live).toBeLessThanOrEqual(1);
    });

    it('logout revokes the refresh token; a logged-out token cannot be refreshed', async () => {
      const u = await f.user();
      const s = await login(u.email);
      await ctx.http.post('/api/v1/auth/logout').send({ refreshToken: s.refreshToken }).expect(204);
      await ctx.http.post('/api/v1/auth/refresh').send({ refreshToken: s.refreshToken }).expect(401);
    });
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
