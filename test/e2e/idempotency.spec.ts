import pg from 'pg';
import { useApp } from '../helpers/setup.js';
import { PASSWORD } from '../factories/index.js';

/** SPEC §4: creates accept an Idempotency-Key; the same key returns the first result, never a duplicate. */
describe('Idempotency-Key on creates', () => {
  const { ctx, f } = useApp();

  async function member() {
    const org = await f.org();
    const m = await f.member(org.id);
    return { org, m, auth: `Bearer ${ctx.tokenFor(m)}` };
  }
  const ticketCount = () => ctx.prisma.ticket.count();

  it('the same key and body replays the first response (status, body, Location, ETag) and creates nothing more', async () => {
    const { auth } = await member();
    const body = { type: 'INCIDENT', subject: 'Printer jams' };
    const first = await ctx.http
      .post('/api/v1/tickets')
      .set('authorization', auth)
      .set('idempotency-key', 'k-1')
      .send(body)
      .expect(201);
    expect(first.headers.location).toBe(`/api/v1/tickets/${first.body.id}`);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    // Same body with the keys in another order is the same request.
    const second = await ctx.http
      .post('/api/v1/tickets')
      .set('authorization', auth)
      .set('idempotency-key', 'k-1')
      .send({ subject: 'Printer jams', type: 'INCIDENT' })
      .expect(201);
    expect(second.body).toEqual(first.body);
    expect(second.headers.location).toBe(first.headers.location);
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(await ticketCount()).toBe(1);
  });

  it('without a key, two identical POSTs create two tickets', async () => {
    const { auth } = await member();
    const body = { type: 'INCIDENT', subject: 'Twice' };
    const a = await ctx.http.post('/api/v1/tickets').set('authorization', auth).send(body).expect(201);
    const b = await ctx.http.post('/api/v1/tickets').set('authorization', auth).send(body).expect(201);
    expect(a.body.id).not.toBe(b.body.id);
    expect(await ticketCount()).toBe(2);
  });

  it('the same key with another body ⇒ 422 naming the header, nothing created', async () => {
    const { auth } = await member();
    await ctx.http
      .post('/api/v1/tickets')
      .set('authorization', auth)
      .set('idempotency-key', 'k-2')
      .send({ type: 'INCIDENT', subject: 'A' })
      .expect(201);
    const res = await ctx.http
      .post('/api/v1/tickets')
      .set('authorization', auth)
      .set('idempotency-key', 'k-2')
      .send({ type: 'INCIDENT', subject: 'B' })
      .expect(422);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.errors).toEqual([{ field: 'Idempotency-Key', message: 'already used with another request body' }]);
    expect(await ticketCount()).toBe(1);
  });

  it('the same key on another create route ⇒ 422', async () => {
    const { auth } = await member();
    const t = await ctx.http
      .post('/api/v1/tickets')
      .set('authorization', auth)
      .set('idempotency-key', 'k-3')
      .send({ type: 'INCIDENT', subject: 'A' })
      .expect(201);
    await ctx.http
      .post(`/api/v1/tickets/${t.body.id}/comments`)
      .set('authorization', auth)
      .set('idempotency-key', 'k-3')
      .send({ body: 'hello' })
      .expect(422);
    expect(await ctx.prisma.ticketComment.count()).toBe(0);
  });

  it('keys are per user: another user with the same key and body gets their own ticket', async () => {
    const a = await member();
    const b = await member();
    const body = { type: 'INCIDENT', subject: 'Same' };
    const ra = await ctx.http
      .post('/api/v1/tickets')
      .set('authorization', a.auth)
      .set('idempotency-key', 'shared')
      .send(body)
      .expect(201);
    const rb = await ctx.http
      .post('/api/v1/tickets')
      .set('authorization', b.auth)
      .set('idempotency-key', 'shared')
      .send(body)
      .expect(201);
    expect(rb.headers['idempotent-replayed']).toBeUndefined();
    expect(ra.body.id).not.toBe(rb.body.id);
    expect(rb.body.requesterId).toBe(b.m.id);
    expect(await ticketCount()).toBe(2);
  });

  it('the same key while the first request is in flight ⇒ 409 with Retry-After; afterwards it replays', async () => {
    const { auth } = await member();
    const body = { type: 'INCIDENT', subject: 'Slow' };
    const locker = new pg.Client({ connectionString: ctx.databaseUrl });
    await locker.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE tickets IN ACCESS EXCLUSIVE MODE');
      const first = ctx.http
        .post('/api/v1/tickets')
        .set('authorization', auth)
        .set('idempotency-key', 'slow')
        .send(body)
        .then((r) => r);
      // Wait until the first request holds the key (its insert of the ticket is blocked by the lock).
      for (let i = 0; i < 100; i++) {
        const { rows } = await locker.query(`SELECT state FROM idempotency_keys WHERE key = 'slow'`);
        if (rows[0]?.state === 'IN_PROGRESS') break;
        await new Promise((r) => setTimeout(r, 20));
      }
      const second = await ctx.http
        .post('/api/v1/tickets')
        .set('authorization', auth)
        .set('idempotency-key', 'slow')
        .send(body)
        .expect(409);
      expect(second.headers['retry-after']).toBe('1');
      expect(second.body.detail).toMatch(/still being processed/);
      await locker.query('COMMIT');
      const done = await first;
      expect(done.status).toBe(201);
      const third = await ctx.http
        .post('/api/v1/tickets')
        .set('authorization', auth)
        .set('idempotency-key', 'slow')
        .send(body)
        .expect(201);
      expect(third.body.id).toBe(done.body.id);
      expect(await ticketCount()).toBe(1);
    } finally {
      await locker.end();
    }
  });

  it('a failed request releases its key: the client may retry with the same key', async () => {
    const { auth } = await member();
    const otherOrg = await f.org();
    const otherSite = await f.site(otherOrg.id);
    // A site of another organization ⇒ 422 from the service; the key must not stay taken.
    await ctx.http
      .post('/api/v1/tickets')
      .set('authorization', auth)
      .set('idempotency-key', 'retry')
      .send({ type: 'INCIDENT', subject: 'X', siteId: otherSite.id })
      .expect(422);
    expect(await ctx.prisma.idempotencyKey.count()).toBe(0);
    // So is a validation error (400).
    await ctx.http
      .post('/api/v1/tickets')
      .set('authorization', auth)
      .set('idempotency-key', 'retry')
      .send({ type: 'NOPE', subject: 'X' })
      .expect(400);
    const ok = await ctx.http
      .post('/api/v1/tickets')
      .set('authorization', auth)
      .set('idempotency-key', 'retry')
      .send({ type: 'INCIDENT', subject: 'X' })
      .expect(201);
    expect(ok.headers['idempotent-replayed']).toBeUndefined();
    expect(await ticketCount()).toBe(1);
  });

  it('keys expire after 24 h: an expired key creates anew', async () => {
    const { auth } = await member();
    const body = { type: 'INCIDENT', subject: 'Old' };
    await ctx.http
      .post('/api/v1/tickets')
      .set('authorization', auth)
      .set('idempotency-key', 'old')
      .send(body)
      .expect(201);
    const row = await ctx.prisma.idempotencyKey.findFirstOrThrow({ where: { key: 'old' } });
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(24 * 3600 * 1000);
    await ctx.pool.query(`UPDATE idempotency_keys SET expires_at = now() - interval '1 second' WHERE key = 'old'`);
    const again = await ctx.http
      .post('/api/v1/tickets')
      .set('authorization', auth)
      .set('idempotency-key', 'old')
      .send(body)
      .expect(201);
    expect(again.headers['idempotent-replayed']).toBeUndefined();
    expect(await ticketCount()).toBe(2);
  });

  it('applies to every create of this branch: organizations, sites, members, users, groups, comments, CCs', async () => {
    const admin = await f.staff('ADMIN');
    const auth = `Bearer ${ctx.tokenFor(admin)}`;
    const post = (url: string, key: string, body: object) =>
      ctx.http.post(url).set('authorization', auth).set('idempotency-key', key).send(body);
    const twice = async (url: string, key: string, body: object) => {
      const a = await post(url, key, body).expect(201);
      const b = await post(url, key, body).expect(201);
      expect(b.body).toEqual(a.body);
      expect(b.headers['idempotent-replayed']).toBe('true');
      return a;
    };
    const org = await twice('/api/v1/organizations', 'o', { name: 'Idem Org' });
    expect(org.headers.location).toBe(`/api/v1/organizations/${org.body.id}`);
    const site = await twice(`/api/v1/organizations/${org.body.id}/sites`, 's', {
      name: 'HQ',
      abbreviation: 'IDEM-HQ',
    });
    expect(site.headers.location).toBe(`/api/v1/sites/${site.body.id}`);
    const user = await twice('/api/v1/users', 'u', { email: 'idem@example.test', name: 'Idem User' });
    expect(user.headers.location).toBe(`/api/v1/users/${user.body.id}`);
    const other = await f.user();
    const mem = await twice(`/api/v1/organizations/${org.body.id}/members`, 'm', { userId: other.id });
    expect(mem.headers.location).toBe(`/api/v1/memberships/${mem.body.id}`);
    await twice('/api/v1/groups', 'g', { name: 'Idem Group' });
    const t = await twice('/api/v1/tickets', 't', {
      organizationId: org.body.id,
      requesterId: other.id,
      type: 'QUESTION',
      subject: 'Q',
    });
    await twice(`/api/v1/tickets/${t.body.id}/comments`, 'c', { body: 'first' });
    const cc = await f.user();
    await twice(`/api/v1/tickets/${t.body.id}/ccs`, 'cc', { userId: cc.id });
    expect(await ctx.prisma.organization.count({ where: { name: 'Idem Org' } })).toBe(1);
    expect(await ctx.prisma.site.count({ where: { abbreviation: 'IDEM-HQ' } })).toBe(1);
    expect(await ctx.prisma.group.count({ where: { name: 'Idem Group' } })).toBe(1);
    expect(await ctx.prisma.membership.count({ where: { userId: other.id } })).toBe(1);
    expect(await ctx.prisma.ticket.count()).toBe(1);
    expect(await ctx.prisma.ticketComment.count()).toBe(1);
    expect(await ctx.prisma.ticketCc.count()).toBe(1);
  });

  it('refuses a malformed key with 400', async () => {
    const { auth } = await member();
    const res = await ctx.http
      .post('/api/v1/tickets')
      .set('authorization', auth)
      .set('idempotency-key', 'x'.repeat(256))
      .send({ type: 'INCIDENT', subject: 'X' })
      .expect(400);
    expect(res.body.errors).toEqual([
      { field: 'Idempotency-Key', message: 'must be 1 to 255 visible ASCII characters' },
    ]);
    expect(await ticketCount()).toBe(0);
  });

  it('is ignored where it does not apply: updates and public routes', async () => {
    const { org, m, auth } = await member();
    const t = await f.ticket(org.id, m.id);
    const etag = (await ctx.http.get(`/api/v1/tickets/${t.id}`).set('authorization', auth).expect(200)).headers.etag;
    const p = await ctx.http
      .patch(`/api/v1/tickets/${t.id}`)
      .set('authorization', auth)
      .set('if-match', etag)
      .set('idempotency-key', 'p')
      .send({ subject: 'x' })
      .expect(200);
    expect(p.headers['idempotent-replayed']).toBeUndefined();
    const u = await f.user({ email: 'login@example.test' });
    for (let i = 0; i < 2; i++) {
      const r = await ctx.http
        .post('/api/v1/auth/login')
        .set('idempotency-key', 'login')
        .send({ email: u.email, password: PASSWORD })
        .expect(200);
      expect(r.headers['idempotent-replayed']).toBeUndefined();
    }
    expect(await ctx.prisma.idempotencyKey.count()).toBe(0);
  });
});
