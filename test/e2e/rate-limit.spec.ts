import { useApp } from '../helpers/setup.js';

/** Rate limits: per user, per IP, stricter for auth; 429 problem+json with Retry-After and RateLimit-* headers. */
describe('rate limits (memory store)', () => {
  const { ctx, f } = useApp(
    {
      TRUST_PROXY: 'true',
      RATE_LIMIT_PER_USER: '3',
      RATE_LIMIT_PER_IP: '5',
      RATE_LIMIT_AUTH_PER_IP: '2',
      RATE_LIMIT_WINDOW_SECONDS: '60',
    },
    { truncate: false },
  );

  // TRUST_PROXY=true: the client IP is taken from X-Forwarded-For, so each test uses its own address.
  const from = (ip: string) => ({ 'x-forwarded-for': ip });

  it('limits each user: the 4th request in the window ⇒ 429 problem+json with Retry-After and RateLimit-*', async () => {
    const a = await f.user();
    const b = await f.user();
    const auth = `Bearer ${ctx.tokenFor(a)}`;
    for (let i = 1; i <= 3; i++) {
      const ok = await ctx.http.get('/api/v1/me').set('authorization', auth).set(from('10.1.0.1')).expect(200);
      expect(ok.headers['ratelimit-limit']).toBe('3');
      expect(ok.headers['ratelimit-remaining']).toBe(String(3 - i));
      expect(Number(ok.headers['ratelimit-reset'])).toBeGreaterThan(0);
      expect(ok.headers['ratelimit-policy']).toBe('3;w=60');
    }
    const res = await ctx.http.get('/api/v1/me').set('authorization', auth).set(from('10.1.0.1')).expect(429);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({
      status: 429,
      title: 'Too many requests',
      type: 'https://outpost.dev/problems/too-many-requests',
    });
    expect(res.body.detail).toMatch(/for your account/);
    expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(res.headers['ratelimit-remaining']).toBe('0');
    // The user's budget follows the user to another address; another user is not affected.
    await ctx.http.get('/api/v1/me').set('authorization', auth).set(from('10.1.0.2')).expect(429);
    await ctx.http
      .get('/api/v1/me')
      .set('authorization', `Bearer ${ctx.tokenFor(b)}`)
      .set(from('10.1.0.2'))
      .expect(200);
  });

  it('limits each IP (anonymous requests too), and other IPs are not affected', async () => {
    for (let i = 0; i < 5; i++) await ctx.http.get('/api/v1/tickets').set(from('10.2.0.1')).expect(401);
    const res = await ctx.http.get('/api/v1/tickets').set(from('10.2.0.1')).expect(429);
    expect(res.body.detail).toMatch(/from your address/);
    await ctx.http.get('/api/v1/tickets').set(from('10.2.0.2')).expect(401);
  });

  it('is stricter on the auth endpoints, and health checks are never limited', async () => {
    const login = () =>
      ctx.http
        .post('/api/v1/auth/login')
        .set(from('10.3.0.1'))
        .send({ email: 'nobody@example.test', password: 'wrong-password' });
    await login().expect(401);
    await login().expect(401);
    const res = await login().expect(429);
    expect(res.body.detail).toMatch(/sign-in endpoints/);
    expect(res.headers['ratelimit-limit']).toBe('2');
    // The rest of the API still answers from that address (3 of its 5 requests used).
    await ctx.http.get('/api/v1/tickets').set(from('10.3.0.1')).expect(401);
    for (let i = 0; i < 10; i++) await ctx.http.get('/health/live').set(from('10.3.0.1')).expect(200);
  });

  it('a forged token does not count against the user it names', async () => {
    const victim = await f.user();
    const forged = `${ctx.tokenFor(victim).slice(0, -4)}AAAA`;
    for (let i = 0; i < 4; i++)
      await ctx.http
        .get('/api/v1/me')
        .set('authorization', `Bearer ${forged}`)
        .set(from(`10.4.0.${i}`))
        .expect(401);
    await ctx.http
      .get('/api/v1/me')
      .set('authorization', `Bearer ${ctx.tokenFor(victim)}`)
      .set(from('10.4.1.1'))
      .expect(200);
  });
});

describe('rate limits without a trusted proxy', () => {
  const { ctx } = useApp(
    { TRUST_PROXY: 'false', RATE_LIMIT_PER_IP: '2', RATE_LIMIT_WINDOW_SECONDS: '1' },
    { truncate: false },
  );

  it('ignores X-Forwarded-For (a client cannot pick its own address), and the window resets', async () => {
    await ctx.http.get('/api/v1/tickets').set('x-forwarded-for', '10.9.0.1').expect(401);
    await ctx.http.get('/api/v1/tickets').set('x-forwarded-for', '10.9.0.2').expect(401);
    await ctx.http.get('/api/v1/tickets').set('x-forwarded-for', '10.9.0.3').expect(429);
    await new Promise((r) => setTimeout(r, 1100));
    await ctx.http.get('/api/v1/tickets').expect(401);
  });
});

describe('rate limits disabled', () => {
  const { ctx } = useApp({ RATE_LIMIT_ENABLED: 'false', RATE_LIMIT_PER_IP: '1' }, { truncate: false });

  it('lets everything through and sends no RateLimit headers', async () => {
    for (let i = 0; i < 3; i++) {
      const r = await ctx.http.get('/api/v1/tickets').expect(401);
      expect(r.headers['ratelimit-limit']).toBeUndefined();
    }
  });
});
