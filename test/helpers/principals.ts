import type { MembershipContext, OrgContext, Principal, StaffRole } from '../../src/access/principal.js';

/**
 * In-memory principals for the fast tier: the shape the principal loader returns, without a database.
 *
 *   staff('AGENT')
 *   member()                                           // PORTAL_USER of ORG_A, everything OWN
 *   member({ externalSupportMode: true }, { roles: ['PORTAL_USER_PLUS'], homeSiteId: S1 })
 *   member({}, { roles: ['PORTAL_USER'] }).and({}, { roles: ['CONTROLLER'] })   // a second organisation, ORG_B
 *   nobody()                                           // signed in, no membership, not staff
 */

/** Organisation ids used when a test does not name its own: the n-th membership gets the n-th id. */
export const ORG_A = '00000000-0000-7000-8000-00000000000a';
export const ORG_B = '00000000-0000-7000-8000-00000000000b';
export const ORG_C = '00000000-0000-7000-8000-00000000000c';
export const USER_ID = '00000000-0000-7000-8000-0000000000ff';
export const PORTAL_ID = '00000000-0000-7000-8000-0000000000e0';

export type OrgOpts = Partial<OrgContext>;
/** The organisation comes from OrgOpts, so `organizationId` and `org` are not set here. */
export type MembershipOpts = Partial<Omit<MembershipContext, 'organizationId' | 'org'>>;
export type PrincipalOpts = Partial<Omit<Principal, 'memberships'>>;

/** A principal that can take one more membership: `member(...).and(orgOpts, membershipOpts)`. */
export type BuiltPrincipal = Principal & { and(org?: OrgOpts, membership?: MembershipOpts): BuiltPrincipal };

const orgId = (index: number): string =>
  `00000000-0000-7000-8000-0000000000${(10 + index).toString(16).padStart(2, '0')}`;

/** Defaults: a customer on an ACTIVE portal, ticket access OWN, external support mode and filters off. */
export function org(opts: OrgOpts = {}, index = 0): OrgContext {
  return {
    id: orgId(index),
    name: `Org ${String.fromCharCode(65 + index)}`,
    kind: 'CUSTOMER',
    ticketAccess: 'OWN',
    portalId: PORTAL_ID,
    portalStatus: 'ACTIVE',
    externalSupportMode: false,
    ciDepartmentFilter: false,
    require2fa: false,
    ...opts,
  };
}

/** Defaults: PORTAL_USER, ticket access OWN, no home/read/write site, no department, no restrictions. */
export function membership(orgOpts: OrgOpts = {}, opts: MembershipOpts = {}, index = 0): MembershipContext {
  const o = org(orgOpts, index);
  return {
    id: `m-${o.id}`,
    organizationId: o.id,
    roles: ['PORTAL_USER'],
    homeSiteId: null,
    department: null,
    ticketAccess: 'OWN',
    readSiteIds: [],
    writeSiteIds: [],
    allowedTicketTypes: null,
    allowedStatuses: null,
    allowedResponsibles: null,
    ...opts,
    org: o,
  };
}

function chain(p: Principal): BuiltPrincipal {
  // Not enumerable: toEqual, spreads and JSON see a plain Principal.
  return Object.defineProperty(p, 'and', {
    enumerable: false,
    value: (orgOpts: OrgOpts = {}, opts: MembershipOpts = {}) =>
      chain({ ...p, memberships: [...p.memberships, membership(orgOpts, opts, p.memberships.length)] }),
  }) as BuiltPrincipal;
}

/** A signed-in user with no membership and no staff role; the base of the other builders. */
export function nobody(opts: PrincipalOpts = {}): BuiltPrincipal {
  return chain({
    userId: USER_ID,
    email: 'user@example.test',
    name: 'User',
    staffRole: null,
    defaultOrganizationId: null,
    emailVerified: true,
    totpEnabled: false,
    sessionEpoch: 0,
    memberships: [],
    ...opts,
  });
}

/** A staff user (no memberships unless chained with `.and`). */
export function staff(role: StaffRole = 'AGENT', opts: PrincipalOpts = {}): BuiltPrincipal {
  return nobody({ staffRole: role, ...opts });
}

/** A portal user with one membership; its organisation is the default unless `opts` says otherwise. */
export function member(
  orgOpts: OrgOpts = {},
  membershipOpts: MembershipOpts = {},
  opts: PrincipalOpts = {},
): BuiltPrincipal {
  const m = membership(orgOpts, membershipOpts);
  return chain({ ...nobody({ defaultOrganizationId: m.organizationId, ...opts }), memberships: [m] });
}
