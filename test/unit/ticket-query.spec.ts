import {
  compileTicketCount,
  compileTicketPage,
  compileTicketPredicate,
  listStatementName,
  TICKET_SORTS,
} from '../../src/access/ticket-query.js';
import { normalizeScopes, type Scope } from '../../src/access/scope.js';
import { tickets, type Capability } from '../../src/access/ticket-grants.js';
import type { Principal } from '../../src/access/principal.js';
import { member, nobody, ORG_A, type MembershipOpts, type OrgOpts } from '../helpers/principals.js';

const O = ORG_A;
const S1 = '00000000-0000-7000-8000-000000000001';
const U = '00000000-0000-7000-8000-0000000000ff';

/** A PORTAL_USER of O with home site S1. */
const portalUser = (m: MembershipOpts = {}, o: OrgOpts = {}) => member(o, { homeSiteId: S1, ...m }, { userId: U });

const ticketScopes = (p: Principal, capability: Capability, organizationId?: string) =>
  tickets.scopes(p, capability, organizationId);
/** The shape of a scope, as the page compiler branches on it. */
const kindOf = (s: Scope) =>
  s.relation
    ? 'cc'
    : s.ownerId
      ? 'requester'
      : s.siteId === null
        ? 'noSite'
        : s.siteId
          ? 'site'
          : s.organizationId
            ? 'org'
            : 'all';

describe('the ticket SQL compiler', () => {
  it('compiles "no grant" to a query that matches nothing (fail closed)', () => {
    const none = nobody({ userId: U });
    expect(ticketScopes(none, 'read')).toEqual([]);
    expect(compileTicketPage([], {}, null, 51).text).toMatch(/WHERE FALSE/);
    expect(compileTicketPredicate([]).text).toBe('FALSE');
  });

  it('folds the requester and CC scopes of a user in several organisations into one branch each (organization_id = ANY)', () => {
    const O2 = '00000000-0000-7000-8000-00000000000b';
    const O3 = '00000000-0000-7000-8000-00000000000c';
    const partner = portalUser().and({ id: O2 }, { homeSiteId: S1 }).and({ id: O3 }, { homeSiteId: S1 });
    const scopes = ticketScopes(partner, 'read');
    expect(scopes.map(kindOf)).toEqual(['requester', 'cc', 'requester', 'cc', 'requester', 'cc']);
    const q = compileTicketPage(scopes, {}, null, 51);
    // Two branches whatever the number of organisations: the same statement text for every partner.
    expect(q.text.match(/\(SELECT /g)).toHaveLength(2);
    expect(q.text).toContain('t.requester_id = $1::uuid AND t.organization_id = ANY($2::uuid[])');
    expect(q.text).toContain('c.user_id = $3::uuid AND c.organization_id = ANY($4::uuid[])');
    expect(q.values).toEqual([U, [O, O2, O3], U, [O, O2, O3]]);
    // A single organisation keeps the exact-match branch (its own index).
    expect(compileTicketPage(ticketScopes(partner, 'read', O2), {}, null, 51).text).toContain(
      't.requester_id = $1::uuid AND t.organization_id = $2::uuid',
    );
    // The predicate form (joins such as the validations inbox) folds the same way.
    expect(compileTicketPredicate(scopes).text).toContain('t.organization_id = ANY(');
  });

  it('derives the scopes of a frozen (cached) memberships array once and returns the same frozen result', () => {
    const p = portalUser();
    Object.freeze(p.memberships);
    const a = ticketScopes(p, 'read');
    expect(ticketScopes(p, 'read')).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    // Other capabilities and organisation filters are separate entries; the result is the same as uncached.
    expect(ticketScopes(p, 'update')).toEqual(ticketScopes(portalUser(), 'update'));
    expect(ticketScopes(p, 'read', '00000000-0000-7000-8000-00000000000e')).toEqual([]);
  });

  it('gives a portal user one requester branch and one CC branch, each index-ordered and limited', () => {
    const q = compileTicketPage(ticketScopes(portalUser(), 'read'), {}, null, 51);
    // The page size is a literal: a `LIMIT $n` turns the generic plan of a prepared statement into a full sort.
    expect(q.text.match(/LIMIT 51\b/g)).toHaveLength(3);
    expect(q.text).not.toMatch(/LIMIT \$/);
    expect(q.text).toContain('t.requester_id = $1::uuid AND t.organization_id = $2::uuid');
    // Without ticket filters the CC branch reads the CC index alone.
    expect(q.text).toContain('FROM ticket_ccs c WHERE');
    expect(q.text).toContain('ORDER BY c.ticket_created_at DESC, c.ticket_id DESC');
    // UNION ALL of ordered branches (merged lazily), duplicates dropped by DISTINCT on the sort keys.
    expect(q.text).toContain(' UNION ALL ');
    expect(q.text).toMatch(/^SELECT DISTINCT u.id, u.created_at FROM/);
  });

  it('joins the ticket in the CC branch when a filter looks at the ticket', () => {
    const q = compileTicketPage(ticketScopes(portalUser(), 'read'), { status: ['OPEN'] }, null, 51);
    expect(q.text).toContain('FROM ticket_ccs c JOIN tickets t ON t.id = c.ticket_id WHERE');
    expect(q.text.match(/t\.status = ANY\(/g)).toHaveLength(2);
  });

  it('refuses a page size that is not a small positive integer (it is inlined into the SQL)', () => {
    expect(() => compileTicketPage(ticketScopes(portalUser(), 'read'), {}, null, 1.5)).toThrow(/invalid page limit/);
    expect(() => compileTicketPage([], {}, null, 0)).toThrow(/invalid page limit/);
  });

  it('lets an organisation-wide grant absorb the narrower ones', () => {
    const scopes = ticketScopes(portalUser({ roles: ['PORTAL_USER_PLUS'] }), 'read');
    expect(scopes).toEqual([{ organizationId: O }]);
    const q = compileTicketPage(scopes, { status: ['NEW'] }, null, 51);
    expect(q.text).not.toContain('UNION');
    expect(q.text).toContain('t.status = ANY(');
  });

  it('reaches only the member’s sites in external support mode', () => {
    const scopes = ticketScopes(portalUser({ roles: ['PORTAL_USER_PLUS'] }, { externalSupportMode: true }), 'read');
    expect(normalizeScopes(scopes).filter((s) => kindOf(s) === 'site')).toEqual([{ organizationId: O, siteId: S1 }]);
  });

  it('narrows, never widens, with an organisation filter', () => {
    expect(
      ticketScopes(portalUser({ roles: ['PORTAL_USER_PLUS'] }), 'read', '00000000-0000-7000-8000-0000000000bb'),
    ).toEqual([]);
  });
});

describe('the sorts of the ticket list', () => {
  const at = (keys: string[]) => ({ keys, id: U });

  it('orders every branch by the sort keys and id in one direction, with a one-comparison keyset', () => {
    const scopes = ticketScopes(portalUser(), 'read');
    const expected = {
      createdAt: ['t.created_at ASC, t.id ASC', 'c.ticket_created_at ASC, c.ticket_id ASC', '>'],
      '-createdAt': ['t.created_at DESC, t.id DESC', 'c.ticket_created_at DESC, c.ticket_id DESC', '<'],
      updatedAt: ['t.updated_at ASC, t.id ASC', 'c.ticket_updated_at ASC, c.ticket_id ASC', '>'],
      '-updatedAt': ['t.updated_at DESC, t.id DESC', 'c.ticket_updated_at DESC, c.ticket_id DESC', '<'],
      resolutionDueAt: [
        "COALESCE(t.resolution_due_at, 'infinity'::timestamptz) ASC, t.id ASC",
        "COALESCE(c.ticket_resolution_due_at, 'infinity'::timestamptz) ASC, c.ticket_id ASC",
        '>',
      ],
      priority: [
        't.priority DESC, t.created_at DESC, t.id DESC',
        'c.ticket_priority DESC, c.ticket_created_at DESC, c.ticket_id DESC',
        '<',
      ],
    } as const;
    for (const sort of TICKET_SORTS) {
      const [tOrder, cOrder, op] = expected[sort];
      const keys = sort === 'priority' ? ['HIGH', '2026-01-01T00:00:00.000Z'] : ['2026-01-01T00:00:00.000Z'];
      const q = compileTicketPage(scopes, {}, at(keys), 51, sort);
      expect(q.text).toContain(`ORDER BY ${tOrder} LIMIT 51)`);
      // The CC branch reads the copies of the ticket's sort keys that its CC row keeps (no join).
      expect(q.text).toContain(`FROM ticket_ccs c WHERE`);
      expect(q.text).toContain(`ORDER BY ${cOrder} LIMIT 51)`);
      const tKeys = tOrder.replace(/ (ASC|DESC)/g, '');
      expect(q.text).toContain(`AND (${tKeys}) ${op} (`);
      expect(q.text).toContain(`AND (${cOrder.replace(/ (ASC|DESC)/g, '')}) ${op} (`);
      expect(q.values).toEqual(expect.arrayContaining([...keys, U]));
      expect(q.text).not.toMatch(/OFFSET/);
    }
    expect(compileTicketPage(scopes, {}, null, 51, 'priority').text).toMatch(
      /^SELECT DISTINCT u\.id, u\.priority, u\.created_at FROM .* ORDER BY u\.priority DESC, u\.created_at DESC, u\.id DESC LIMIT 51$/,
    );
  });

  it('keeps the default order’s SQL: newest first by (created_at, id)', () => {
    const scopes = ticketScopes(portalUser(), 'read');
    const cursor = { createdAt: new Date('2026-01-01T00:00:00.000Z'), id: U };
    expect(compileTicketPage(scopes, {}, cursor, 51).text).toBe(
      compileTicketPage(scopes, {}, at(['2026-01-01T00:00:00.000Z']), 51, '-createdAt').text,
    );
    expect(compileTicketPage(scopes, {}, cursor, 51).text).toContain(
      'AND (t.created_at, t.id) < ($3::timestamptz, $4::uuid)',
    );
  });

  it('refuses a cursor with the wrong number of keys for its sort', () => {
    expect(() => compileTicketPage(ticketScopes(portalUser(), 'read'), {}, at(['x']), 51, 'priority')).toThrow(
      /cursor of 1 keys/,
    );
  });
});

describe('text search and counts', () => {
  it('searches the subject by substring or the full-text document with websearch_to_tsquery', () => {
    const q = compileTicketPage(ticketScopes(portalUser(), 'read'), { q: '50%_off' }, null, 51);
    expect(q.text).toContain("OR t.search_vector @@ websearch_to_tsquery('simple', ");
    expect(q.values).toEqual(expect.arrayContaining(['%50\\%\\_off%', '50%_off']));
    // A filter on the ticket: the CC branch joins it.
    expect(q.text).toContain('FROM ticket_ccs c JOIN tickets t ON t.id = c.ticket_id WHERE');
  });

  it('counts through the page builder, LIMITed to the cap + 1 in every branch', () => {
    const q = compileTicketCount(ticketScopes(portalUser(), 'read'), { status: ['OPEN'] }, 10_000);
    expect(q.text).toMatch(/^SELECT count\(\*\)::int AS n FROM \(SELECT DISTINCT u\.id, u\.created_at FROM/);
    expect(q.text.match(/LIMIT 10001\b/g)).toHaveLength(3);
    expect(compileTicketCount([], {}, 10_000).text).toMatch(/WHERE FALSE/);
    expect(() => compileTicketCount([], {}, 10_001)).toThrow(/invalid page limit/);
  });
});

describe('listStatementName', () => {
  it('names a list query by its SQL text, the same text giving the same name', () => {
    const a = compileTicketPage(ticketScopes(portalUser(), 'read'), {}, null, 51);
    const b = compileTicketPage(ticketScopes(portalUser({ roles: ['PORTAL_USER_PLUS'] }), 'read'), {}, null, 51);
    expect(listStatementName(a.text, {})).toMatch(/^tl_[\w-]{24}$/);
    expect(listStatementName(a.text, {})).toBe(listStatementName(a.text, {}));
    expect(listStatementName(b.text, {})).not.toBe(listStatementName(a.text, {}));
  });

  it('leaves a text search unnamed (its best plan depends on the pattern)', () => {
    const q = compileTicketPage(ticketScopes(portalUser(), 'read'), { q: 'printer' }, null, 51);
    expect(listStatementName(q.text, { q: 'printer' })).toBeUndefined();
  });
});
