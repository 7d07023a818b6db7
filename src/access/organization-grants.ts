import { grantingMemberships, isStaff, type Principal } from './principal.js';
import { defineResource, type Grant } from './resource.js';

/**
 * Organisations (SPEC §2): staff see every organisation, a member the organisations of their
 * (active) memberships. An organisation's own id is its organisation column.
 */
export type OrganizationGrant = Grant<'read'> & { source: 'STAFF' | 'MEMBER' };

export function organizationGrants(p: Principal): OrganizationGrant[] {
  if (isStaff(p)) return [{ source: 'STAFF', scope: {}, capabilities: ['read'], via: `staff role ${p.staffRole}` }];
  return grantingMemberships(p).map((m) => ({
    source: 'MEMBER',
    scope: { organizationId: m.organizationId },
    capabilities: ['read'],
    via: 'member of the organization',
  }));
}

export interface OrganizationFacts {
  id: string;
}

export const organizations = defineResource<OrganizationFacts, 'read', 'read'>({
  name: 'organization',
  noun: 'organization',
  table: 'organizations',
  grants: organizationGrants,
  visibleWith: 'read',
  actions: { read: { capability: 'read' } },
  facts: (o) => ({ organizationId: o.id }),
  columns: { organizationId: 'o.id' },
});
