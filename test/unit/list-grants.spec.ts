import type { PortalRole, Principal } from '../../src/access/principal.js';
import { contractGrants } from '../../src/access/contract-grants.js';
import { featureGrants, GATED_LISTS, listDeniedReason, type GatedList } from '../../src/access/feature-grants.js';
import { member, nobody, staff } from '../helpers/principals.js';

const withRoles = (...roles: PortalRole[]) => member({}, { roles });

/** SPEC §2: may the principal use a role-gated list at all (null = yes), and why not. */
describe('listDeniedReason', () => {
  const rows: [string, Principal, GatedList, string | null][] = [
    [
      'portal user, contracts',
      withRoles('PORTAL_USER'),
      'contracts',
      'requires CUSTOMER_APPROVER or CHANGE_MANAGER or CONTROLLER',
    ],
    [
      'portal user plus, contracts',
      withRoles('PORTAL_USER_PLUS'),
      'contracts',
      'requires CUSTOMER_APPROVER or CHANGE_MANAGER or CONTROLLER',
    ],
    ['approver, contracts', withRoles('CUSTOMER_APPROVER'), 'contracts', null],
    ['approver, changes', withRoles('CUSTOMER_APPROVER'), 'changes', 'requires CHANGE_MANAGER or CONTROLLER'],
    ['change manager, changes', withRoles('CHANGE_MANAGER'), 'changes', null],
    ['change manager, invoices', withRoles('CHANGE_MANAGER'), 'invoices', 'requires CONTROLLER'],
    ['controller, invoices', withRoles('CONTROLLER'), 'invoices', null],
    [
      'the role in a second organisation only',
      withRoles('PORTAL_USER').and({}, { roles: ['CONTROLLER'] }),
      'invoices',
      null,
    ],
    ['no membership at all', nobody(), 'contracts', 'requires CUSTOMER_APPROVER or CHANGE_MANAGER or CONTROLLER'],
    ['staff', staff('AGENT'), 'invoices', null],
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
