import bcrypt from 'bcrypt';
import jwt from 'jsonwebtoken';
import { createTestApp } from '../helpers/app.js';
import { useApp } from '../helpers/setup.js';
import { bearer, stable } from '../helpers/identity.js';
import { PASSWORD } from '../factories/index.js';

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
