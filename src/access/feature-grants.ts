import { Prisma } from '../generated/prisma/client.js';
import { isStaff, type Principal } from './principal.js';
import { rolesGiving, rolesWith, type Feature } from './roles.js';

/**
 * Organisation-wide, role-gated resources (SPEC §2): invoices (`CONTROLLER`), changes (roles with
 * "changes"), downloads (every member). One definition feeds decide (in memory) and the SQL
 * predicate (lists). A caller none of whose roles opens the feature gets a 403 naming the roles
 * it needs; a caller that has the feature somewhere but not in the object's organisation gets 404.
 */
export type OrgScope = { kind: 'all' } | { kind: 'org'; organizationId: string };

export interface OrgGrant {
  source: 'STAFF' | 'ROLE';
  scope: OrgScope;
  via: string;
}

export function featureGrants(p: Principal, feature: Feature): OrgGrant[] {
  if (isStaff(p)) return [{ source: 'STAFF', scope: { kind: 'all' }, via: `staff role ${p.staffRole}` }];
  return p.memberships.flatMap((m) => {
    const roles = rolesGiving(m, feature);
    return roles.length
      ? [
          {
            source: 'ROLE' as const,
            scope: { kind: 'org' as const, organizationId: m.organizationId },
            via: `role ${roles.join(', ')} in the organization`,
          },
        ]
      : [];
  });
}

/** The reason for the 403 when the caller may not use the feature at all, else null. */
export function featureDeniedReason(p: Principal, feature: Feature): string | null {
  if (featureGrants(p, feature).length > 0) return null;
  return `requires ${rolesWith(feature).join(' or ')}`;
}

/**
 * Role-gated lists (SPEC §2) and the feature a role must open for the caller to use them at all:
 * contracts (and their by-site report) need "SLA", changes "changes", invoices "invoices". The CI
 * list is not among them: every member may list the CIs of their sites.
 */
export const GATED_LISTS = { contracts: 'sla', changes: 'changes', invoices: 'invoices' } as const satisfies Record<
  string,
  Feature
>;
export type GatedList = keyof typeof GATED_LISTS;

/**
 * Why the caller may not use the list at all — none of its memberships holds a role that opens
 * it (the 403 reason names the roles that do) — or null: staff, and a caller holding such a role
 * in at least one organisation, get the list filtered to what their grants reach.
 */
export function listDeniedReason(p: Principal, list: GatedList): string | null {
  return featureDeniedReason(p, GATED_LISTS[list]);
}

export function decideOrgRead(grants: OrgGrant[], organizationId: string): boolean {
  return grants.some((g) => g.scope.kind === 'all' || g.scope.organizationId === organizationId);
}

/** Organisation ids a list may reach (`null` = every organisation), narrowed by a filter. */
export function orgIdsOf(grants: OrgGrant[], organizationId?: string): string[] | null {
  if (grants.some((g) => g.scope.kind === 'all')) return organizationId ? [organizationId] : null;
  const ids = [...new Set(grants.flatMap((g) => (g.scope.kind === 'org' ? [g.scope.organizationId] : [])))];
  return organizationId ? ids.filter((id) => id === organizationId) : ids;
}

/** Predicate `<column> reaches the grants`; no grant ⇒ FALSE. */
export function compileOrgPredicate(column: string, grants: OrgGrant[], organizationId?: string): Prisma.Sql {
  const ids = orgIdsOf(grants, organizationId);
  const col = Prisma.raw(column);
  if (ids === null) return Prisma.sql`TRUE`;
  if (ids.length === 0) return Prisma.sql`FALSE`;
  return Prisma.sql`${col} = ANY(${ids}::uuid[])`;
}
