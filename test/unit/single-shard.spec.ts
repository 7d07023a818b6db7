import { cis } from '../../src/access/ci-grants.js';
import { compileCiPage } from '../../src/access/ci-query.js';
import type { Principal } from '../../src/access/principal.js';
import { tickets } from '../../src/access/ticket-grants.js';
import { compileTicketPage } from '../../src/access/ticket-query.js';
import type { Prisma } from '../../src/generated/prisma/client.js';
import { member, ORG_A, ORG_B, staff } from '../helpers/principals.js';

/**
 * Distribution by organisation (docs/SCALING.md): a caller with one organisation must compile to
 * SQL in which every branch pins `organization_id` to that organisation, which is what lets Citus
 * route the list to one shard. Checked on the compiled text and values, for the personas whose
 * grants differ in shape (own, CC, organisation, sites, external support mode, departments).
 */
const S1 = '00000000-0000-7000-8000-000000000001';
const S2 = '00000000-0000-7000-8000-000000000002';

/** The branches of a compiled page: each `(SELECT …)` of a UNION, or the whole statement. */
function branches(q: Prisma.Sql): string[] {
  const parts = q.text.split('(SELECT ').slice(1);
  return parts.length ? parts : [q.text];
}

/** The organisation ids each branch is pinned to by `<alias>.organization_id = $n::uuid`. */
function pinnedOrganizations(q: Prisma.Sql): (string | null)[] {
  return branches(q).map((b) => {
    const m = /\b\w+\.organization_id = \$(\d+)::uuid/.exec(b);
    return m ? (q.values[Number(m[1]) - 1] as string) : null;
  });
}

const single: [string, Principal][] = [
  ['a portal user (own tickets and CCs)', member({}, { homeSiteId: S1 })],
  ['a member who reads the organisation', member({ ticketAccess: 'ORG_READ' }, { homeSiteId: S1 })],
  ['a member who reads two sites', member({}, { homeSiteId: S1, readSiteIds: [S1, S2] })],
  [
    'a PORTAL_USER_PLUS in external support mode',
    member({ externalSupportMode: true }, { roles: ['PORTAL_USER_PLUS'], homeSiteId: S1 }),
  ],
  [
    'a controller with the department filter',
    member({ ciDepartmentFilter: true }, { roles: ['CONTROLLER'], department: 'IT', homeSiteId: S1 }),
  ],
];

describe('lists of a caller with one organisation stay on its shard', () => {
  it.each(single)('the ticket list of %s pins every branch to its organisation', (_name, p) => {
    const scopes = tickets.scopes(p, 'read');
    expect(scopes.length).toBeGreaterThan(0);
    const q = compileTicketPage(scopes, {}, null, 51);
    expect(pinnedOrganizations(q)).toEqual(branches(q).map(() => ORG_A));
  });

  it.each(single)('the CI list of %s pins every branch to its organisation', (_name, p) => {
    const scopes = cis.scopes(p, 'read');
    expect(scopes.length).toBeGreaterThan(0);
    const q = compileCiPage(scopes, {}, null, 51);
    expect(pinnedOrganizations(q)).toEqual(branches(q).map(() => ORG_A));
  });

  it('staff naming an organisation (?organizationId=) pin it too; without one their list spans every shard', () => {
    const agent = staff('AGENT');
    const named = compileTicketPage(tickets.scopes(agent, 'read', ORG_B), { organizationId: ORG_B }, null, 51);
    expect(pinnedOrganizations(named)).toEqual([ORG_B]);
    const all = compileTicketPage(tickets.scopes(agent, 'read'), {}, null, 51);
    expect(pinnedOrganizations(all)).toEqual([null]);
  });

  it('a partner in two organisations fans out over exactly those (organization_id = ANY), unless it names one', () => {
    const partner = member({}, { homeSiteId: S1 }).and({}, { homeSiteId: S1 });
    const both = compileTicketPage(tickets.scopes(partner, 'read'), {}, null, 51);
    expect(both.text).toContain('organization_id = ANY(');
    expect(both.values).toContainEqual([ORG_A, ORG_B]);
    const one = compileTicketPage(tickets.scopes(partner, 'read', ORG_B), { organizationId: ORG_B }, null, 51);
    expect(pinnedOrganizations(one)).toEqual(branches(one).map(() => ORG_B));
  });
});
