import { grantingMemberships, isStaff, type MembershipContext, type Principal } from './principal.js';
import { defineResource, type Grant } from './resource.js';
import { rolesGiving } from './roles.js';
import { orgReach } from './scope.js';

/**
 * The contract resource (SPEC §2 "Other resources"):
 * - staff see every contract, SOLD and PURCHASED, and are the only ones who change or delete one;
 * - an external member sees only SOLD contracts, and only through a role with "SLA": all the
 *   organisation's SOLD contracts, or (`orgReach`) in external support mode only those of the
 *   member's sites;
 * - PURCHASED contracts (the provider's supplier contracts) are never visible to externals.
 * Every external scope carries direction SOLD, so no external grant can ever reach a PURCHASED row.
 */
/** A contract's supplier (of PURCHASED contracts) is shown to staff only. */
export const seesContractSupplier = (p: Principal): boolean => isStaff(p);

export type ContractCapability = 'read' | 'write';
export type ContractAction = 'read' | 'update' | 'delete';
export type ContractGrant = Grant<ContractCapability> & { source: 'STAFF' | 'SLA_ROLE' };

const SOLD = { direction: ['SOLD'] } as const;

export function membershipContractGrants(m: MembershipContext): ContractGrant[] {
  const slaRoles = rolesGiving(m, 'sla');
  if (slaRoles.length === 0) return [];
  const via = `role ${slaRoles.join(', ')} (SLA), sold contracts${m.org.externalSupportMode ? ', external support mode' : ''}`;
  return orgReach(m).map((scope) => ({
    source: 'SLA_ROLE',
    scope: { ...scope, values: SOLD },
    capabilities: ['read'],
    via,
  }));
}

export function contractGrants(p: Principal): ContractGrant[] {
  if (isStaff(p))
    return [{ source: 'STAFF', scope: {}, capabilities: ['read', 'write'], via: `staff role ${p.staffRole}` }];
  return grantingMemberships(p).flatMap(membershipContractGrants);
}

export interface ContractFacts {
  organizationId: string;
  siteId: string | null;
  direction: 'SOLD' | 'PURCHASED';
}

export const contracts = defineResource<ContractFacts, ContractAction, ContractCapability>({
  name: 'contract',
  noun: 'contract',
  table: 'contracts',
  grants: contractGrants,
  visibleWith: 'read',
  actions: { read: { capability: 'read' }, update: { capability: 'write' }, delete: { capability: 'write' } },
  facts: (k) => ({ organizationId: k.organizationId, siteId: k.siteId, values: { direction: k.direction } }),
  columns: {
    organizationId: 'k.organization_id',
    siteId: 'k.site_id',
    values: { direction: { column: 'k.direction', type: '"ContractDirection"' } },
  },
});
