import { grantingMemberships, type MembershipContext, type PortalRole, type Principal } from './principal.js';
import type { Grant } from './resource.js';

/**
 * What each portal role opens (SPEC §1 role table). A member holding several roles gets the union.
 */
export type Feature =
  | 'allTickets'
  | 'allContacts'
  | 'systemInfo'
  | 'sla'
  | 'changes'
  | 'invoices'
  | 'seeValidations'
  | 'decideValidation'
  | 'decideChange'
  | 'manageRoles';

export const ROLE_FEATURES: Record<PortalRole, readonly Feature[]> = {
  PORTAL_USER: [],
  PORTAL_USER_PLUS: ['allTickets', 'allContacts'],
  CUSTOMER_APPROVER: [
    'allTickets',
    'allContacts',
    'systemInfo',
    'sla',
    'seeValidations',
    'decideValidation',
    'manageRoles',
  ],
  CHANGE_MANAGER: [
    'allTickets',
    'allContacts',
    'systemInfo',
    'sla',
    'changes',
    'seeValidations',
    'decideValidation',
    'decideChange',
    'manageRoles',
  ],
  CONTROLLER: ['allTickets', 'allContacts', 'systemInfo', 'sla', 'changes', 'invoices', 'seeValidations'],
};

/** The roles that give a feature, for explanations ("requires one of ..."). */
export function rolesWith(feature: Feature): PortalRole[] {
  return (Object.keys(ROLE_FEATURES) as PortalRole[]).filter((r) => ROLE_FEATURES[r].includes(feature));
}

/** The roles of `m` that give `feature` (empty when none does). */
export function rolesGiving(m: MembershipContext, feature: Feature): PortalRole[] {
  return m.roles.filter((r) => ROLE_FEATURES[r].includes(feature));
}

export function hasFeature(m: MembershipContext, feature: Feature): boolean {
  return rolesGiving(m, feature).length > 0;
}

/** Portal tiles shown for a membership (`GET me/portal`). */
export function tilesOf(m: MembershipContext): Record<string, string | boolean> {
  return {
    tickets: hasFeature(m, 'allTickets') ? 'all' : 'own',
    contacts: hasFeature(m, 'allContacts') ? 'all' : 'own',
    systemInfo: hasFeature(m, 'systemInfo'),
    sla: hasFeature(m, 'sla'),
    changes: hasFeature(m, 'changes'),
    invoices: hasFeature(m, 'invoices'),
    validations: hasFeature(m, 'seeValidations'),
  };
}

/**
 * A grant on the organisation of every granting membership whose roles give `feature`, e.g.
 * invoices for a CONTROLLER, the audit trail for the role managers.
 */
export function roleGrants<C extends string>(
  p: Principal,
  feature: Feature,
  capabilities: readonly C[],
): (Grant<C> & { source: 'ROLE' })[] {
  return grantingMemberships(p).flatMap((m) => {
    const roles = rolesGiving(m, feature);
    return roles.length
      ? [
          {
            source: 'ROLE' as const,
            scope: { organizationId: m.organizationId },
            capabilities,
            via: `role ${roles.join(', ')} in the organization`,
          },
        ]
      : [];
  });
}
