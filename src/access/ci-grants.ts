import { grantingMemberships, isStaff, type MembershipContext, type Principal } from './principal.js';
import { defineResource, type Grant } from './resource.js';
import { rolesGiving } from './roles.js';
import { orgReach, siteReach } from './scope.js';

/**
 * The CI resource (SPEC §2 "Other resources"):
 * - every member sees the CIs of their sites (home + read + write); a member without site sees
 *   the organisation's CIs without site;
 * - with the portal option `ciDepartmentFilter`, members whose roles lack "system info" see only
 *   CIs of their own department (no department ⇒ none);
 * - roles with "system info" see all the organisation's CIs (`orgReach`: only their sites' in
 *   external support mode);
 * - staff see every CI and are the only ones who change or delete one.
 */
export type CiCapability = 'read' | 'write';
export type CiAction = 'read' | 'update' | 'delete';
export type CiGrant = Grant<CiCapability> & { source: 'STAFF' | 'MEMBER_SITES' | 'SYSTEM_INFO_ROLE' };

export function membershipCiGrants(m: MembershipContext): CiGrant[] {
  const sysRoles = rolesGiving(m, 'systemInfo');
  if (sysRoles.length > 0) {
    const via = `role ${sysRoles.join(', ')} (system info)${m.org.externalSupportMode ? ', external support mode' : ''}`;
    return orgReach(m).map((scope) => ({ source: 'SYSTEM_INFO_ROLE', scope, capabilities: ['read'], via }));
  }
  const filtered = m.org.ciDepartmentFilter;
  return siteReach(m).map((scope) => ({
    source: 'MEMBER_SITES',
    scope: filtered ? { ...scope, department: m.department } : scope,
    capabilities: ['read'],
    via: filtered ? `member of the CI's site, department ${m.department ?? '(none)'}` : "member of the CI's site",
  }));
}

export function ciGrants(p: Principal): CiGrant[] {
  if (isStaff(p))
    return [{ source: 'STAFF', scope: {}, capabilities: ['read', 'write'], via: `staff role ${p.staffRole}` }];
  return grantingMemberships(p).flatMap(membershipCiGrants);
}

export interface CiFacts {
  organizationId: string;
  siteId: string | null;
  department: string | null;
}

export const cis = defineResource<CiFacts, CiAction, CiCapability>({
  name: 'ci',
  noun: 'CI',
  table: 'cis',
  grants: ciGrants,
  visibleWith: 'read',
  actions: { read: { capability: 'read' }, update: { capability: 'write' }, delete: { capability: 'write' } },
  facts: (c) => ({ organizationId: c.organizationId, siteId: c.siteId, department: c.department }),
  columns: { organizationId: 'c.organization_id', siteId: 'c.site_id', department: 'c.department' },
});
