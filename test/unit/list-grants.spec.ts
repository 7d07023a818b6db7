import type { MembershipContext, PortalRole, Principal } from '../../src/access/principal.js';
import { contractGrants } from '../../src/access/contract-grants.js';
import { featureGrants, GATED_LISTS, listDeniedReason, type GatedList } from '../../src/access/feature-grants.js';

const A = '00000000-0000-7000-8000-00000000000a';
const B = '00000000-0000-7000-8000-00000000000b';

const membership = (organizationId: string, roles: PortalRole[]): MembershipContext => ({
  id: `m-${organizationId}`,
  organizationId,
  roles,
  homeSiteId: null,
  department: null,
  ticketAccess: 'OWN',
  readSiteIds: [],
  writeSiteIds: [],
  allowedTicketTypes: null,
  allowedStatuses: null,
  allowedResponsibles: null,
  org: {
    id: organizationId,
    name: 'O',
    kind: 'CUSTOMER',
    ticketAccess: 'OWN',
    portalId: null,
    portalStatus: null,
    externalSupportMode: false,
    ciDepartmentFilter: false,
    require2fa: false,
  },
});
const principal = (...memberships: MembershipContext[]): Principal => ({
  userId: 'u',
  email: 'u@x',
  name: 'U',
  staffRole: null,
  defaultOrganizationId: A,
  emailVerified: true,
  totpEnabled: false,
  sessionEpoch: 0,
  memberships,
});
const staff: Principal = { ...principal(), staffRole: 'AGENT' };

/** SPEC §2: may the principal use a role-gated list at all (null = yes), and why not. */
describe('listDeniedReason', () => {
  const rows: [string, Principal, GatedList, string | null][] = [
    [
      'portal user, contracts',
      principal(membership(A, ['PORTAL_USER'])),
      'contracts',
      'requires CUSTOMER_APPROVER or CHANGE_MANAGER or CONTROLLER',
    ],
    [
      'portal user plus, contracts',
      principal(membership(A, ['PORTAL_USER_PLUS'])),
      'contracts',
      'requires CUSTOMER_APPROVER or CHANGE_MANAGER or CONTROLLER',
    ],
    ['approver, contracts', principal(membership(A, ['CUSTOMER_APPROVER'])), 'contracts', null],
    [
      'approver, changes',
      principal(membership(A, ['CUSTOMER_APPROVER'])),
      'changes',
      'requires CHANGE_MANAGER or CONTROLLER',
    ],
    ['change manager, changes', principal(membership(A, ['CHANGE_MANAGER'])), 'changes', null],
    ['change manager, invoices', principal(membership(A, ['CHANGE_MANAGER'])), 'invoices', 'requires CONTROLLER'],
    ['controller, invoices', principal(membership(A, ['CONTROLLER'])), 'invoices', null],
    [
      'the role in a second organisation only',
      principal(membership(A, ['PORTAL_USER']), membership(B, ['CONTROLLER'])),
      'invoices',
      null,
    ],
    ['no membership at all', principal(), 'contracts', 'requires CUSTOMER_APPROVER or CHANGE_MANAGER or CONTROLLER'],
    ['staff', staff, 'invoices', null],
  ];
  it.each(rows)('%s', (_name, p, list, reason) => {
    expect(listDeniedReason(p, list)).toBe(reason);
  });

  it('agrees with the grants the lists compile: allowed exactly when some grant exists', () => {
    for (const [, p, list] of rows) {
      const grants = list === 'contracts' ? contractGrants(p) : featureGrants(p, GATED_LISTS[list]);
      expect(listDeniedReason(p, list) === null).toBe(grants.length > 0);
    }
  });
});
