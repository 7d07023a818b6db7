import { isAdmin, type Principal } from './principal.js';
import { rolesGiving } from './roles.js';

/**
 * Who reads the audit trail (SPEC §3 Audit): ADMIN every event; a member whose roles give
 * `manageRoles` (CUSTOMER_APPROVER, CHANGE_MANAGER) the events of that organisation. One
 * definition: `auditGrants()` feeds both `decideAuditRead()` (one event in memory) and
 * `compileAuditPredicate()` (the SQL for lists); no grant compiles to FALSE.
 */
export type AuditGrant = { kind: 'all'; via: string } | { kind: 'org'; organizationId: string; via: string };

export function auditGrants(p: Principal): AuditGrant[] {
  if (isAdmin(p)) return [{ kind: 'all', via: 'staff role ADMIN' }];
  const out: AuditGrant[] = [];
  for (const m of p.memberships) {
    const roles = rolesGiving(m, 'manageRoles');
    if (roles.length)
      out.push({
        kind: 'org',
        organizationId: m.organizationId,
        via: `role ${roles.join('/')} in organization ${m.organizationId}`,
      });
  }
  return out;
}

export interface AuditDecision {
  allowed: boolean;
  grants: AuditGrant[];
  reason: string;
}

export function decideAuditRead(p: Principal, event: { organizationId: string | null }): AuditDecision {
  const grants = auditGrants(p).filter((g) => g.kind === 'all' || g.organizationId === event.organizationId);
  return grants.length
    ? { allowed: true, grants, reason: grants.map((g) => g.via).join('; ') }
    : {
        allowed: false,
        grants: [],
        reason: 'the audit trail is shown to admins and to the approvers of the organization',
      };
}

/**
 * The same grants as a boolean SQL predicate on alias `a` (audit_events). `param(v)` registers a
 * bind value and returns its placeholder.
 */
export function compileAuditPredicate(grants: AuditGrant[], param: (v: unknown) => string): string {
  if (grants.some((g) => g.kind === 'all')) return 'TRUE';
  const orgIds = grants.flatMap((g) => (g.kind === 'org' ? [g.organizationId] : []));
  if (orgIds.length === 0) return 'FALSE';
  return `a.organization_id = ANY(${param(orgIds)}::uuid[])`;
}
