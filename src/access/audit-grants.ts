import { grantingMemberships, isAdmin, type Principal } from './principal.js';
import { defineResource, type Grant } from './resource.js';
import { rolesGiving } from './roles.js';

/**
 * The audit resource (SPEC §3 Audit): ADMIN reads every event; a member whose roles give
 * `manageRoles` (CUSTOMER_APPROVER, CHANGE_MANAGER) the events of that organisation.
 */
export type AuditGrant = Grant<'read'> & { source: 'ADMIN' | 'ROLE' };

export function auditGrants(p: Principal): AuditGrant[] {
  if (isAdmin(p)) return [{ source: 'ADMIN', scope: {}, capabilities: ['read'], via: 'staff role ADMIN' }];
  return grantingMemberships(p).flatMap((m): AuditGrant[] => {
    const roles = rolesGiving(m, 'manageRoles');
    return roles.length
      ? [
          {
            source: 'ROLE',
            scope: { organizationId: m.organizationId },
            capabilities: ['read'],
            via: `role ${roles.join('/')} in organization ${m.organizationId}`,
          },
        ]
      : [];
  });
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
