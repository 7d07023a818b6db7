import bcrypt from 'bcrypt';
import jwt from 'jsonwebtoken';
import { createTestApp } from '../helpers/app.js';
import { useApp } from '../helpers/setup.js';
import { bearer, stable } from '../helpers/identity.js';
import { PASSWORD } from '../factories/index.js';
import { createSecretKey } from 'node:crypto';

describe('identity: sessions, refresh rotation, logout, lockout', () => {
  const { ctx, f } = useApp();

  const login = (email: string, password = PASSWORD) => ctx.http.post('/api/v1/auth/login').send({ email, password });
  const refresh = (refreshToken: string) => ctx.http.post('/api/v1/auth/refresh').send({ refreshToken });

  describe('refresh', () => {
    it('rotates: a new pair comes back, the access token works, the response is not cacheable', async () => {
      const u = await f.staff();
      const first = (await login(u.email).expect(200)).body;
      const res = await refresh(first.refreshToken).expect(200);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.body.refreshToken).toMatch(/^rt_/);
      expect(res.body.refreshToken).not.toBe(first.refreshToken);
      await ctx.http.get('/api/v1/me').set(bearer(res.body.accessToken)).expect(200);
      // stored hashed only
      const rows = await ctx.prisma.refreshToken.findMany({ where: { userId: u.id } });
      expect(rows).toHaveLength(2);
      expect(rows.some((r) => r.tokenHash.includes(first.refreshToken))).toBe(false);
      expect(new Set(rows.map((r) => r.familyId)).size).toBe(1);
    });

    it('reusing a rotated token revokes the whole family (the thief and the owner are both out)', async () => {
      const u = await f.staff();
      const t1 = (await login(u.email).expect(200)).body.refreshToken;
      const t2 = (await refresh(t1).expect(200)).body.refreshToken;
      const replay = await refresh(t1).expect(401);
      expect(replay.body.type).toMatch(/unauthenticated$/);
      await refresh(t2).expect(401); // the newest token of the family died with it
      const live = await ctx.prisma.refreshToken.count({ where: { userId: u.id, revokedAt: null } });
      expect(live).toBe(0);
    });

    it('leaves other sessions (families) alone when one family is revoked', async () => {
      const u = await f.staff();
      const a1 = (await login(u.email).expect(200)).body.refreshToken;
      const b1 = (await login(u.email).expect(200)).body.refreshToken;
      await refresh(a1).expect(200);
      await refresh(a1).expect(401);
      await refresh(b1).expect(200);
    });

    it('two concurrent uses of the same token: at most one wins', async () => {
      const u = await f.staff();
      const t = (await login(u.email).expect(200)).body.refreshToken;
      const results = await Promise.all([refresh(t), refresh(t), refresh(t)]);
      expect(results.filter((r) => r.status === 200).length).toBeLessThanOrEqual(1);
      expect(results.filter((r) => r.status === 401).length).toBeGreaterThanOrEqual(2);
    });

    it('refuses unknown, expired and malformed tokens', async () => {
      const u = await f.staff();
      await refresh('rt_doesnotexist').expect(401);
      const t = (await login(u.email).expect(200)).body.refreshToken;
      await ctx.prisma.refreshToken.updateMany({
        where: { userId: u.id },
        data: { expiresAt: new Date(Date.now() - 1000) },
      });
      await refresh(t).expect(401);
      await ctx.http.post('/api/v1/auth/refresh').send({}).expect(400);
    });

    it('refuses a deactivated user, and an external user whose memberships were all removed', async () => {
      const org = await f.org();
      const m = await f.member(org.id);
      const t = (await login(m.email).expect(200)).body.refreshToken;
      await ctx.prisma.membership.update({ where: { id: m.membership.id }, data: { active: false } });
      await refresh(t).expect(401);
      const s = await f.staff();
      const st = (await login(s.email).expect(200)).body.refreshToken;
      await ctx.prisma.user.update({ where: { id: s.id }, data: { active: false } });
      await refresh(st).expect(401);
      expect(await ctx.prisma.refreshToken.count({ where: { userId: { in: [m.id, s.id] }, revokedAt: null } })).toBe(0);
    });
  });

  describe('logout', () => {
    it('revokes the session: its refresh token no longer works; other sessions do', async () => {
      const u = await f.staff();
      const a = (await login(u.email).expect(200)).body.refreshToken;
      const b = (await login(u.email).expect(200)).body.refreshToken;
      await ctx.http.post('/api/v1/auth/logout').send({ refreshToken: a }).expect(204);
      await refresh(a).expect(401);
      await refresh(b).expect(200);
    });

    it('with everywhere: every session and every access token of the user ends', async () => {
      const u = await f.staff();
      const a = (await login(u.email).expect(200)).body;
      const b = (await login(u.email).expect(200)).body;
      await ctx.http.post('/api/v1/auth/logout').send({ refreshToken: a.refreshToken, everywhere: true }).expect(204);
      await refresh(b.refreshToken).expect(401);
      await ctx.http.get('/api/v1/me').set(bearer(b.accessToken)).expect(401);
    });

    it('answers 204 for an unknown token (no oracle)', async () => {
      await ctx.http.post('/api/v1/auth/logout').send({ refreshToken: 'rt_unknown' }).expect(204);
    });
  });

  describe('JWT checks', () => {
    const sign = (claims: object, opts: jwt.SignOptions) => jwt.sign(claims, ctx.config.jwtKey, opts);

    it('pins the algorithm and verifies issuer, audience, expiry and token type', async () => {
      const u = await f.staff();
      const claims = { sub: u.id, ep: 0, typ: 'access' };
      const good = {
        algorithm: 'HS256' as const,
        issuer: ctx.config.jwtIssuer,
        audience: ctx.config.jwtAudience,
        expiresIn: 60,
      };
      await ctx.http
        .get('/api/v1/me')
        .set(bearer(sign(claims, good)))
        .expect(200);
      await ctx.http
        .get('/api/v1/me')
        .set(bearer(sign(claims, { ...good, issuer: 'someone-else' })))
        .expect(401);
      await ctx.http
        .get('/api/v1/me')
        .set(bearer(sign(claims, { ...good, audience: 'other-api' })))
        .expect(401);
      await ctx.http
        .get('/api/v1/me')
        .set(bearer(sign(claims, { ...good, algorithm: 'HS512' })))
        .expect(401);
      await ctx.http
        .get('/api/v1/me')
        .set(
          bearer(
            sign(
              { ...claims, exp: Math.floor(Date.now() / 1000) - 10 },
              { algorithm: 'HS256', issuer: good.issuer, audience: good.audience },
            ),
          ),
        )
        .expect(401);
      await ctx.http
        .get('/api/v1/me')
        .set(bearer(sign({ ...claims, typ: 'mfa' }, good)))
        .expect(401);
    });

    it('issues a 15-minute access token', async () => {
      const u = await f.staff();
      const body = (await login(u.email).expect(200)).body;
      const decoded = jwt.decode(body.accessToken) as { exp: number; iat: number; iss: string; aud: string };
      expect(decoded.exp - decoded.iat).toBe(900);
      expect(body.expiresIn).toBe(900);
      expect(decoded).toMatchObject({ iss: ctx.config.jwtIssuer, aud: ctx.config.jwtAudience });
    });
  });

  describe('lockout', () => {
    it('50 parallel wrong passwords: exactly LOGIN_MAX_FAILURES are checked, the rest get 429 with Retry-After', async () => {
      const u = await f.user({ email: 'target@example.test' });
      const results = await Promise.all(Array.from({ length: 50 }, () => login(u.email, 'wrong-password-123')));
      const unauthorized = results.filter((r) => r.status === 401).length;
      const limited = results.filter((r) => r.status === 429);
      expect(unauthorized).toBe(ctx.config.loginMaxFailures);
      expect(limited).toHaveLength(50 - ctx.config.loginMaxFailures);
      for (const r of limited) expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
      // locked: even the right password is refused for the window
      const locked = await login(u.email).expect(429);
      expect(Number(locked.headers['retry-after'])).toBeGreaterThan(ctx.config.lockoutSeconds - 60);
      // the window ends
      await ctx.prisma.user.update({ where: { id: u.id }, data: { lockedUntil: new Date(Date.now() - 1000) } });
      await login(u.email).expect(200);
    });

    it('an unknown email is locked after the same number of failures, with the same answers', async () => {
      await f.user({ email: 'real@example.test' });
      const seq = async (email: string) => {
        const out: number[] = [];
        for (let i = 0; i < ctx.config.loginMaxFailures + 1; i++)
          out.push((await login(email, 'wrong-password-123')).status);
        return out;
      };
      const real = await seq('real@example.test');
      const ghost = await seq('ghost@example.test');
      expect(real).toEqual(ghost);
      expect(real.at(-1)).toBe(429);
      const a = await login('real@example.test', 'wrong-password-123');
      const b = await login('ghost@example.test', 'wrong-password-123');
      expect(stable(a.body)).toEqual(stable(b.body));
    });

    it('a successful login clears the counter', async () => {
      const u = await f.user();
      for (let i = 0; i < ctx.config.loginMaxFailures - 1; i++) await login(u.email, 'wrong-password-123').expect(401);
      await login(u.email).expect(200);
      for (let i = 0; i < ctx.config.loginMaxFailures - 1; i++) await login(u.email, 'wrong-password-123').expect(401);
      await login(u.email).expect(200);
    });

    it('wrong password and unknown user take about the same time (a bcrypt compare against a dummy hash)', async () => {
      const slow = await createTestApp({ BCRYPT_ROUNDS: '10' });
      try {
        const u = await slow.prisma.user.create({
          data: {
            email: 'timing@example.test',
            name: 'Timing',
            passwordHash: bcrypt.hashSync(PASSWORD, 10),
            emailVerifiedAt: new Date(),
          },
        });
        const time = async (email: string) => {
          const t0 = process.hrtime.bigint();
          await slow.http.post('/api/v1/auth/login').send({ email, password: 'wrong-password-123' }).expect(401);
          return Number(process.hrtime.bigint() - t0) / 1e6;
        };
        await time(u.email);
        const known: number[] = [];
        const unknown: number[] = [];
        for (let i = 0; i < 6; i++) {
          known.push(await time(u.email));
          unknown.push(await time(`nobody${i}@example.test`));
        }
        // the fastest run of each: robust against other test files loading the machine
        const ratio = Math.min(...unknown) / Math.min(...known);
        expect(ratio).toBeGreaterThan(0.6);
        expect(ratio).toBeLessThan(1.6);
      } finally {
        await slow.close();
      }
    });
  });
});

describe('access and refresh tokens: forged, confused, reused and outlived', () => {
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
});
