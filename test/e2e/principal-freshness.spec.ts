import { useApp } from '../helpers/setup.js';
import { AccessTokenService } from '../../src/auth/access-token.service.js';
import { PRINCIPAL_QUERY } from '../../src/auth/principal.loader.js';

/**
 * The principal is re-read on every request, but its memberships part is rebuilt only when
 * `users.access_version` moved (database triggers, migration `list_performance`). These tests
 * change access the way no route does — raw SQL — after the caller's memberships were cached by a
 * first request, and expect the very next request to see the change.
 */
describe('principal freshness: access changes take effect on the next request', () => {
  const { ctx, f, as: auth } = useApp();
  const version = async (userId: string) =>
    Number(
      (await ctx.pool.query<{ v: string }>('SELECT access_version::text AS v FROM users WHERE id = $1', [userId]))
        .rows[0].v,
    );

  async function world() {
    const portal = await f.portal({ status: 'ACTIVE' });
    const org = await f.org({ portalId: portal.id, ticketAccess: 'OWN' });
    const hq = await f.site(org.id);
    const user = await f.member(org.id, { homeSiteId: hq.id });
    const colleague = await f.member(org.id, { homeSiteId: hq.id });
    const own = await f.ticket(org.id, user.id, { siteId: hq.id });
    const theirs = await f.ticket(org.id, colleague.id, { siteId: null });
    return { portal, org, hq, user, colleague, own, theirs };
  }

  const ids = async (u: { id: string }, query = '') =>
    ((await ctx.http.get(`/api/v1/tickets${query}`).set(auth(u)).expect(200)).body.data as { id: string }[])
      .map((t) => t.id)
      .sort();

  it("an organisation's access setting changed in SQL: the next list follows, and the members' access version moved", async () => {
    const w = await world();
    expect(await ids(w.user)).toEqual([w.own.id]);
    const before = await version(w.user.id);
    await ctx.pool.query(`UPDATE organizations SET ticket_access = 'ORG_READ' WHERE id = $1`, [w.org.id]);
    expect(await version(w.user.id)).toBeGreaterThan(before);
    expect(await version(w.colleague.id)).toBeGreaterThan(0);
    expect(await ids(w.user)).toEqual([w.own.id, w.theirs.id].sort());
    // A change of a column the principal does not use moves nothing.
    const settled = await version(w.user.id);
    await ctx.pool.query(`UPDATE organizations SET updated_at = now() WHERE id = $1`, [w.org.id]);
    expect(await version(w.user.id)).toBe(settled);
  });

  it("the portal switched to external support mode in SQL: organisation-wide access narrows to the member's sites at once", async () => {
    const w = await world();
    await ctx.pool.query(`UPDATE organizations SET ticket_access = 'ORG_READ' WHERE id = $1`, [w.org.id]);
    expect(await ids(w.user)).toEqual([w.own.id, w.theirs.id].sort());
    await ctx.pool.query(`UPDATE portals SET external_support_mode = true WHERE id = $1`, [w.portal.id]);
    // The colleague's ticket has no site: outside the user's sites now.
    expect(await ids(w.user)).toEqual([w.own.id]);
  });

  it('a membership deactivated, then deleted, in SQL: the next request no longer has it', async () => {
    const w = await world();
    await ctx.http.get(`/api/v1/tickets/${w.own.id}`).set(auth(w.user)).expect(200);
    await ctx.pool.query(`UPDATE memberships SET active = false WHERE user_id = $1`, [w.user.id]);
    expect(await ids(w.user)).toEqual([]);
    await ctx.http.get(`/api/v1/tickets/${w.own.id}`).set(auth(w.user)).expect(404);
    await ctx.pool.query(`UPDATE memberships SET active = true WHERE user_id = $1`, [w.user.id]);
    expect(await ids(w.user)).toEqual([w.own.id]);
    await ctx.pool.query(`DELETE FROM memberships WHERE user_id = $1`, [w.user.id]);
    expect(await ids(w.user)).toEqual([]);
  });

  it('portal status changed and the portal deleted (ON DELETE SET NULL on organisations) in SQL: my portal follows at once', async () => {
    const w = await world();
    const portalIds = async () =>
      (
        (await ctx.http.get('/api/v1/me/portal').set(auth(w.user)).expect(200)).body.organizations as {
          portalId: string;
        }[]
      ).map((o) => o.portalId);
    expect(await portalIds()).toEqual([w.portal.id]);
    await ctx.pool.query(`UPDATE portals SET status = 'DISABLED' WHERE id = $1`, [w.portal.id]);
    expect(await portalIds()).toEqual([]);
    await ctx.pool.query(`UPDATE portals SET status = 'ACTIVE' WHERE id = $1`, [w.portal.id]);
    expect(await portalIds()).toEqual([w.portal.id]);
    const before = await version(w.user.id);
    await ctx.pool.query(`DELETE FROM portals WHERE id = $1`, [w.portal.id]);
    expect(await version(w.user.id)).toBeGreaterThan(before);
    expect(await portalIds()).toEqual([]);
  });

  it('a user in several organisations sees requester and CC tickets of exactly those organisations (one folded branch each), not of one they left', async () => {
    const [a, b, c] = [await f.org(), await f.org(), await f.org()];
    const partner = await f.member(a.id);
    await f.addMembership(partner.id, b.id);
    const left = await f.addMembership(partner.id, c.id);
    const other = await f.member(a.id);
    await f.addMembership(other.id, b.id);
    await f.addMembership(other.id, c.id);
    const mine = [await f.ticket(a.id, partner.id), await f.ticket(b.id, partner.id)];
    const ccd = [await f.ticket(a.id, other.id), await f.ticket(b.id, other.id)];
    for (const t of ccd) await f.cc(t, partner.id);
    const inC = [await f.ticket(c.id, partner.id), await f.ticket(c.id, other.id)];
    await f.cc(inC[1], partner.id);
    await f.ticket(a.id, other.id); // neither requester nor CC
    expect(await ids(partner)).toEqual([...mine, ...ccd, ...inC].map((t) => t.id).sort());
    await ctx.prisma.membership.delete({ where: { id: left.id } });
    expect(await ids(partner)).toEqual([...mine, ...ccd].map((t) => t.id).sort());
    expect(await ids(partner, `?organizationId=${b.id}`)).toEqual([mine[1], ccd[1]].map((t) => t.id).sort());
    expect(await ids(partner, `?organizationId=${c.id}`)).toEqual([]);
    // Paging through the folded branches: 2 per page, every ticket once, newest first.
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { data: { id: string }[]; nextCursor: string | null } } = await ctx.http
        .get(`/api/v1/tickets?limit=2${cursor ? `&cursor=${cursor}` : ''}`)
        .set(auth(partner))
        .expect(200);
      seen.push(...page.body.data.map((t) => t.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen.slice().sort()).toEqual([...mine, ...ccd].map((t) => t.id).sort());
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('a token that verified once is refused after it expires (the verification cache re-checks the expiry)', async () => {
    const w = await world();
    // exp is counted in whole seconds from a floored iat: a 3 s token is good for at least 2 s after
    // signing, which the first request needs even on a loaded machine, and gone 3.1 s later.
    const token = ctx.app.get(AccessTokenService).sign({ sub: w.user.id, ep: 0, typ: 'access' }, 3);
    await ctx.http.get('/api/v1/me').set('authorization', `Bearer ${token}`).expect(200);
    await new Promise((r) => setTimeout(r, 3100));
    const res = await ctx.http.get('/api/v1/me').set('authorization', `Bearer ${token}`).expect(401);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('a deactivated user is refused on the next request although the memberships are cached', async () => {
    const w = await world();
    await ids(w.user);
    await ctx.pool.query('UPDATE users SET active = false WHERE id = $1', [w.user.id]);
    await ctx.http.get('/api/v1/tickets').set(auth(w.user)).expect(401);
  });

  it('skips the memberships subquery in PostgreSQL when the version sent is current, and runs it when it is not', async () => {
    const w = await world();
    const plan = async (v: string) =>
      (
        await ctx.pool.query<{ 'QUERY PLAN': string }>({
          text: `EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) ${PRINCIPAL_QUERY}`,
          values: [w.user.id, v],
        })
      ).rows
        .map((r) => r['QUERY PLAN'])
        .join('\n');
    const current = String(await version(w.user.id));
    expect(await plan(current)).toMatch(/SubPlan[\s\S]*never executed/);
    expect(await plan('-1')).not.toMatch(/never executed/);
    const { rows } = await ctx.pool.query<{ memberships: unknown[] | null }>({
      text: PRINCIPAL_QUERY,
      values: [w.user.id, current],
    });
    expect(rows[0].memberships).toBeNull();
  });
});
