import { useApp } from '../helpers/setup.js';
import { PrincipalLoader } from '../../src/auth/principal.loader.js';
import { tickets as ticketResource } from '../../src/access/ticket-grants.js';
import type { Principal } from '../../src/access/principal.js';
import type { TicketFacts } from '../../src/access/ticket-grants.js';
import { member, ORG_A, ORG_B, staff, USER_ID } from '../helpers/principals.js';

import { CASES, type Case, type T } from '../helpers/policy-cases.js';

const decideTicket = ticketResource.decide;

/**
 * Every case of the policy matrix (test/helpers/policy-cases.ts) run against decide() AND against the
 * HTTP list endpoint and single GETs, so the two evaluators of the policy cannot drift apart.
 */
describe('policy matrix: decide() and the list endpoint agree on every case', () => {
  const { ctx, f } = useApp();
  let principals: PrincipalLoader;

  beforeAll(async () => {
    principals = ctx.app.get(PrincipalLoader);
  });

  async function world(c: Case) {
    const portal = await f.portal({ externalSupportMode: !!c.esm });
    const o = await f.org({ portalId: portal.id, ticketAccess: c.orgAccess ?? 'OWN' });
    const x = await f.org({ portalId: portal.id, ticketAccess: 'ORG_EDIT' });
    const s1 = await f.site(o.id);
    const s2 = await f.site(o.id);
    const colleague = await f.member(o.id, { homeSiteId: s1.id });
    const xUser = await f.member(x.id);
    let userId: string;
    const outsiderOwn: string | null = null;
    if (c.persona === 'agent' || c.persona === 'admin') {
      userId = (await f.staff(c.persona === 'agent' ? 'AGENT' : 'ADMIN')).id;
    } else if (c.persona === 'outsider') {
      userId = xUser.id;
    } else {
      userId = (
        await f.member(o.id, {
          roles: c.roles ?? ['PORTAL_USER'],
          ticketAccess: c.userAccess ?? 'OWN',
          homeSiteId: c.homeSite === null ? null : s1.id,
          readSiteIds: (c.readSites ?? []).map(() => s2.id),
          writeSiteIds: (c.writeSites ?? []).map(() => s2.id),
        })
      ).id;
    }
    // "own" is raised by the persona when the persona is a member of O, else by the colleague
    const ownRequester = c.persona === undefined || c.persona === 'member' ? userId : colleague.id;
    const tickets: Record<T, { id: string; organizationId: string; createdAt: Date }> = {
      own: await f.ticket(o.id, ownRequester, { siteId: s1.id }),
      colS1: await f.ticket(o.id, colleague.id, { siteId: s1.id }),
      colS2: await f.ticket(o.id, colleague.id, { siteId: s2.id }),
      noSite: await f.ticket(o.id, colleague.id, { siteId: null }),
      cc: await f.ticket(o.id, colleague.id, { siteId: s2.id }),
      foreign: await f.ticket(x.id, xUser.id),
    };
    await f.cc(tickets.cc, userId);
    void outsiderOwn;
    return { userId, tickets };
  }

  it('the in-memory principal builder builds what the loader loads', async () => {
    const portal = await f.portal({ externalSupportMode: true });
    // the loader orders memberships by organisation name
    const o = await f.org({ name: 'Alpha', portalId: portal.id, ticketAccess: 'ORG_READ' });
    const x = await f.org({ name: 'Beta', portalId: portal.id });
    const s1 = await f.site(o.id);
    const u = await f.member(o.id, { roles: ['PORTAL_USER_PLUS'], homeSiteId: s1.id, department: 'IT' });
    const mx = await f.addMembership(u.id, x.id, { writeSiteIds: [s1.id] });
    const built = member(
      { id: o.id, name: o.name, ticketAccess: 'ORG_READ', portalId: portal.id, externalSupportMode: true },
      { id: u.membership.id, roles: ['PORTAL_USER_PLUS'], homeSiteId: s1.id, department: 'IT' },
      { userId: u.id, email: u.email, name: u.name },
    ).and(
      { id: x.id, name: x.name, portalId: portal.id, externalSupportMode: true },
      { id: mx.id, writeSiteIds: [s1.id] },
    );
    expect(await principals.load(u.id)).toEqual(built);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { userId, tickets } = await world(c);
    const principal = (await principals.load(userId))!;
    const names = Object.keys(tickets) as T[];

    // decide(), one ticket at a time
    for (const action of ['read', 'comment', 'update'] as const) {
      const allowed: T[] = [];
      for (const n of names) {
        const t = await ctx.prisma.ticket.findUniqueOrThrow({
          where: { id: tickets[n].id },
          include: { ccs: { where: { userId } } },
        });
        if (ticketResource.decide(principal, action, { ...t, callerIsCc: t.ccs.length > 0 }).allowed) allowed.push(n);
      }
      expect({ action, allowed: allowed.sort() }).toEqual({ action, allowed: [...c[action]].sort() });
    }

    // the list endpoint: exactly the readable tickets, in a stable newest-first order
    const token = ctx.tokenFor({ id: userId });
    const res = await ctx.http.get('/api/v1/tickets?limit=100').set('authorization', `Bearer ${token}`).expect(200);
    const listed = (res.body.data as { id: string }[]).map((t) => names.find((n) => tickets[n].id === t.id));
    expect(listed.sort()).toEqual([...c.read].sort());
    expect(res.body.nextCursor).toBeNull();

    // single GETs: 200 exactly for the readable ones, 404 (same body as nonexistent) otherwise
    const missing = await ctx.http
      .get('/api/v1/tickets/00000000-0000-7000-8000-000000000000')
      .set('authorization', `Bearer ${token}`)
      .expect(404);
    for (const n of names) {
      const r = await ctx.http.get(`/api/v1/tickets/${tickets[n].id}`).set('authorization', `Bearer ${token}`);
      if (c.read.includes(n)) {
        expect({ n, status: r.status }).toEqual({ n, status: 200 });
      } else {
        expect({ n, status: r.status }).toEqual({ n, status: 404 });
        expect({ ...r.body, requestId: 0, instance: 0 }).toEqual({ ...missing.body, requestId: 0, instance: 0 });
      }
    }

    // comments over HTTP agree with decide(): 201 when allowed, 403 when visible only, 404 when hidden
    for (const n of names) {
      const r = await ctx.http
        .post(`/api/v1/tickets/${tickets[n].id}/comments`)
        .set('authorization', `Bearer ${token}`)
        .send({ body: 'hello' });
      const expected = c.comment.includes(n) ? 201 : c.read.includes(n) ? 403 : 404;
      expect({ n, status: r.status }).toEqual({ n, status: expected });
    }
  });
});

describe('policy matrix in memory: decide() on built principals, no database', () => {
  const [O, X] = [ORG_A, ORG_B];
  const S1 = '00000000-0000-7000-8000-000000000051';
  const S2 = '00000000-0000-7000-8000-000000000052';
  const COLLEAGUE = '00000000-0000-7000-8000-0000000000c0';
  const X_USER = '00000000-0000-7000-8000-0000000000c1';

  /** The persona of a case, as world() above creates it in the database. */
  function persona(c: Case): Principal {
    if (c.persona === 'agent') return staff('AGENT');
    if (c.persona === 'admin') return staff('ADMIN');
    const esm = { externalSupportMode: !!c.esm };
    if (c.persona === 'outsider') return member({ id: X, ticketAccess: 'ORG_EDIT', ...esm });
    return member(
      { id: O, ticketAccess: c.orgAccess ?? 'OWN', ...esm },
      {
        roles: c.roles ?? ['PORTAL_USER'],
        ticketAccess: c.userAccess ?? 'OWN',
        homeSiteId: c.homeSite === null ? null : S1,
        readSiteIds: (c.readSites ?? []).map(() => S2),
        writeSiteIds: (c.writeSites ?? []).map(() => S2),
      },
    );
  }

  function tickets(c: Case): Record<T, TicketFacts> {
    const memberOfO = c.persona === undefined || c.persona === 'member';
    const inO = (siteId: string | null, requesterId = COLLEAGUE, callerIsCc = false) => ({
      organizationId: O,
      siteId,
      requesterId,
      callerIsCc,
    });
    return {
      own: inO(S1, memberOfO ? USER_ID : COLLEAGUE),
      colS1: inO(S1),
      colS2: inO(S2),
      noSite: inO(null),
      cc: inO(S2, COLLEAGUE, true),
      foreign: {
        organizationId: X,
        siteId: null,
        requesterId: c.persona === 'outsider' ? USER_ID : X_USER,
        callerIsCc: false,
      },
    };
  }

  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const p = persona(c);
    const all = tickets(c);
    for (const action of ['read', 'comment', 'update'] as const) {
      const allowed = (Object.keys(all) as T[]).filter((n) => decideTicket(p, action, all[n]).allowed).sort();
      expect({ action, allowed }).toEqual({ action, allowed: [...c[action]].sort() });
    }
  });
});
