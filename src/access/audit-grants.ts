import { allow, hidden, reachesOrganization, refuse } from './decisions.js';
import { isAdmin, isStaff, membershipIn, type Principal } from './principal.js';
import { defineResource, type Decision, type Grant } from './resource.js';
import { roleGrants, rolesWith } from './roles.js';

/**
 * The audit resource (SPEC §3 Audit): ADMIN reads every event; a member whose roles give
 * `manageRoles` (CUSTOMER_APPROVER, CHANGE_MANAGER) the events of that organisation.
 */
export type AuditGrant = Grant<'read'> & { source: 'ADMIN' | 'ROLE' };

export function auditGrants(p: Principal): AuditGrant[] {
  if (isAdmin(p)) return [{ source: 'ADMIN', scope: {}, capabilities: ['read'], via: 'staff role ADMIN' }];
  return roleGrants(p, 'manageRoles', ['read'] as const);
}

export interface AuditFacts {
  organizationId: string | null;
}

export const auditEvents = defineResource<AuditFacts, 'read', 'read'>({
  name: 'audit',
  noun: 'audit event',
  table: 'audit_events',
  grants: auditGrants,
  visibleWith: 'read',
  actions: { read: { capability: 'read' } },
  facts: (a) => ({ organizationId: a.organizationId }),
  columns: { organizationId: 'a.organization_id' },
});

/**
 * Whether the caller may list the audit trail (narrowed to one organisation when named): agents
 * are refused (403), a member naming an organisation they do not belong to does not see it
 * (404), a member without a role giving "manageRoles" there is refused (403).
 */
export function decideAuditList(p: Principal, organizationId?: string): Decision {
  const grants = auditGrants(p);
  const allowing = organizationId ? grants.filter((g) => reachesOrganization(g, organizationId)) : grants;
  if (allowing.length > 0) return allow(allowing);
  if (isStaff(p)) return refuse('the audit trail is shown to admins');
  if (organizationId && !membershipIn(p, organizationId)) return hidden('organization');
  return refuse(`the audit trail is shown to ${rolesWith('manageRoles').join(' and ')} members of the organization`);
}
