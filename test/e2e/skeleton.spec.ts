import { useApp } from '../helpers/setup.js';
import { PASSWORD } from '../factories/index.js';

describe('walking skeleton: auth, problem+json, health', () => {
  const { ctx, f } = useApp();

  describe('POST /api/v1/auth/login', () => {
    it('returns an access token and a refresh token for good credentials', async () => {
      const u = await f.user({ email: 'ada@example.test' });
      const res = await ctx.http
        .post('/api/v1/auth/login')
        .send({ email: 'ADA@example.test', password: PASSWORD })
        .expect(200);
      expect(res.body).toMatchObject({ tokenType: 'Bearer', expiresIn: 900 });
      expect(res.body.refreshToken).toMatch(/^rt_/);
      const me = await ctx.http.get('/api/v1/me').set('authorization', `Bearer ${res.body.accessToken}`).expect(200);
      expect(me.body).toMatchObject({ id: u.id, email: 'ada@example.test', staffRole: null });
    });

    it('gives the same 401 body for a wrong password and an unknown user', async () => {
      await f.user({ email: 'known@example.test' });
      const wrong = await ctx.http
        .post('/api/v1/auth/login')
        .send({ email: 'known@example.test', password: 'not-the-password' })
        .expect(401);
      const unknown = await ctx.http
        .post('/api/v1/auth/login')
        .send({ email: 'nobody@example.test', password: 'not-the-password' })
        .expect(401);
      const strip = (b: Record<string, unknown>) => ({ ...b, requestId: undefined });
      expect(strip(wrong.body)).toEqual(strip(unknown.body));
      expect(wrong.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(wrong.body).toMatchObject({ status: 401, title: 'Unauthenticated', detail: 'Invalid email or password' });
    });

    it('refuses an unverified or deactivated account with the same 401', async () => {
      await f.user({ email: 'unverified@example.test', verified: false });
      await f.user({ email: 'inactive@example.test', active: false });
      for (const email of ['unverified@example.test', 'inactive@example.test']) {
        const res = await ctx.http.post('/api/v1/auth/login').send({ email, password: PASSWORD }).expect(401);
        expect(res.body.detail).toBe('Invalid email or password');
      }
    });
  });

  describe('the guard', () => {
    it('refuses a missing, malformed or forged token with 401 problem+json', async () => {
      await ctx.http.get('/api/v1/me').expect(401);
      await ctx.http.get('/api/v1/me').set('authorization', 'Bearer not-a-jwt').expect(401);
      const forged = 'eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJ4IiwiZXAiOjAsInR5cCI6ImFjY2VzcyJ9.';
      const res = await ctx.http.get('/api/v1/me').set('authorization', `Bearer ${forged}`).expect(401);
      expect(res.body.type).toMatch(/unauthenticated$/);
    });

    it('re-reads the user on every request: a deactivated user is refused at once', async () => {
      const u = await f.user();
      const token = ctx.tokenFor(u);
      await ctx.http.get('/api/v1/me').set('authorization', `Bearer ${token}`).expect(200);
      await ctx.prisma.user.update({ where: { id: u.id }, data: { active: false } });
      await ctx.http.get('/api/v1/me').set('authorization', `Bearer ${token}`).expect(401);
    });

    it('refuses a token issued before the session epoch was bumped', async () => {
      const u = await f.user();
      const token = ctx.tokenFor(u);
      await ctx.prisma.user.update({ where: { id: u.id }, data: { sessionEpoch: { increment: 1 } } });
      await ctx.http.get('/api/v1/me').set('authorization', `Bearer ${token}`).expect(401);
    });
  });

  describe('problem+json for bad input', () => {
    it('names each invalid field', async () => {
      const res = await ctx.http.post('/api/v1/auth/login').send({ email: 'not-an-email', password: '' }).expect(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.type).toMatch(/validation$/);
      expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['email', 'password']);
    });

    it('rejects unknown properties with 400 naming them', async () => {
      const res = await ctx.http
        .post('/api/v1/auth/login')
        .send({ email: 'a@example.test', password: 'x', isAdmin: true })
        .expect(400);
      expect(res.body.errors).toEqual([{ field: 'isAdmin', message: 'property isAdmin should not exist' }]);
    });

    it('answers malformed JSON with 400 and no parser internals', async () => {
      const res = await ctx.http
        .post('/api/v1/auth/login')
        .set('content-type', 'application/json')
        .send('{"email":')
        .expect(400);
      expect(res.body).toMatchObject({ status: 400 });
      expect(JSON.stringify(res.body)).not.toMatch(/at .*\.js|stack/i);
    });

    it('answers an unknown route with a 404 problem', async () => {
      const res = await ctx.http.get('/api/v1/no-such-thing').expect(404);
      expect(res.body).toMatchObject({ status: 404, title: 'Not found', detail: 'No such route' });
    });

    it('echoes a request id in the header and the problem', async () => {
      const res = await ctx.http.get('/api/v1/no-such-thing').set('x-request-id', 'trace-123').expect(404);
      expect(res.headers['x-request-id']).toBe('trace-123');
      expect(res.body.requestId).toBe('trace-123');
    });
  });

  describe('health', () => {
    it('is live and ready outside the API prefix', async () => {
      await ctx.http.get('/health/live').expect(200, { status: 'ok' });
      await ctx.http.get('/health/ready').expect(200, { status: 'ok' });
    });
  });

  describe('Swagger UI', () => {
    it('serves /docs and the generated document', async () => {
      const html = await ctx.http.get('/docs').redirects(1).expect(200);
      expect(html.text).toMatch(/swagger-ui/i);
      const doc = await ctx.http.get('/docs/openapi.json').expect(200);
      expect(doc.body.openapi).toBe('3.1.0');
      expect(doc.body.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    });
  });
});

describe('hostile input never reaches the database as a 500', () => {
  const { ctx, f } = useApp({}, { truncate: false });

  it('refuses NUL characters in bodies and query strings with a 400 naming the field', async () => {
    const org = await f.org();
    const u = await f.member(org.id);
    const token = `Bearer ${ctx.tokenFor(u)}`;
    const body = await ctx.http
      .post('/api/v1/tickets')
      .set('authorization', token)
      .send({ type: 'INCIDENT', subject: 'a\u0000b' })
      .expect(400);
    expect(body.body.errors).toEqual([{ field: 'subject', message: 'must not contain NUL characters' }]);
    const query = await ctx.http.get('/api/v1/tickets?q=%00').set('authorization', token).expect(400);
    expect(query.body.errors[0].field).toBe('q');
    expect(await ctx.prisma.ticket.count()).toBe(0);
  });

  it('answers non-object JSON bodies with 400', async () => {
    const org = await f.org();
    const u = await f.member(org.id);
    for (const raw of ['[]', 'null', '"x"', '123']) {
      const r = await ctx.http
        .post('/api/v1/tickets')
        .set('authorization', `Bearer ${ctx.tokenFor(u)}`)
        .set('content-type', 'application/json')
        .send(raw);
      expect({ raw, status: r.status }).toEqual({ raw, status: 400 });
    }
  });
});
