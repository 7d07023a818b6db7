import { Prisma } from '../generated/prisma/client.js';
import { readDecision } from './read-decision.js';
import { isStaff, sitesOf, type MembershipContext, type Principal } from './principal.js';
import { rolesGiving } from './roles.js';

/**
 * CI visibility (SPEC §2 "Other resources"), one definition for decide and for lists:
 * - every member sees the CIs of their sites (home + read + write); a member without site sees
 *   the organisation's CIs without site;
 * - with the portal option `ciDepartmentFilter`, members whose roles lack "system info" see only
 *   CIs of their own department (no department ⇒ none);
 * - roles with "system info" see all the organisation's CIs — only their sites' (or, without
 *   site, the site-less CIs) in external support mode;
 * - staff see every CI.
 */
export type CiScope =
  | { kind: 'all' }
  | { kind: 'org'; organizationId: string }
  | { kind: 'site'; organizationId: string; siteId: string; department?: string | null }
  | { kind: 'noSite'; organizationId: string; department?: string | null };

export interface CiGrant {
  source: 'STAFF' | 'MEMBER_SITES' | 'SYSTEM_INFO_ROLE';
  scope: CiScope;
  via: string;
}

function siteScopes(m: MembershipContext, department?: string | null): CiScope[] {
  const o = m.organizationId;
  const sites = sitesOf(m);
  if (sites.length === 0)
    return [{ kind: 'noSite', organizationId: o, ...(department !== undefined ? { department } : {}) }];
  return sites.map((siteId) => ({
    kind: 'site',
    organizationId: o,
    siteId,
    ...(department !== undefined ? { department } : {}),
  }));
}

export function membershipCiGrants(m: MembershipContext): CiGrant[] {
  const sysRoles = rolesGiving(m, 'systemInfo');
  if (sysRoles.length > 0) {
    const via = `role ${sysRoles.join(', ')} (system info)`;
    if (!m.org.externalSupportMode)
      return [{ source: 'SYSTEM_INFO_ROLE', scope: { kind: 'org', organizationId: m.organizationId }, via }];
    return siteScopes(m).map((scope) => ({ source: 'SYSTEM_INFO_ROLE', scope, via: `${via}, external support mode` }));
  }
  const filtered = m.org.ciDepartmentFilter;
  return siteScopes(m, filtered ? m.department : undefined).map((scope) => ({
    source: 'MEMBER_SITES',
    scope,
    via: filtered ? `member of the CI's site, department ${m.department ?? '(none)'}` : "member of the CI's site",
  }));
}

export function ciGrants(p: Principal): CiGrant[] {
  if (isStaff(p)) return [{ source: 'STAFF', scope: { kind: 'all' }, via: `staff role ${p.staffRole}` }];
  return p.memberships.flatMap(membershipCiGrants);
}

export interface CiFacts {
  organizationId: string;
  siteId: string | null;
  department: string | null;
}

export function ciScopeMatches(s: CiScope, c: CiFacts): boolean {
  switch (s.kind) {
    case 'all':
      return true;
    case 'org':
      return c.organizationId === s.organizationId;
    case 'site':
      return (
        c.organizationId === s.organizationId &&
        c.siteId === s.siteId &&
        (s.department === undefined || (s.department !== null && c.department === s.department))
      );
    case 'noSite':
      return (
        c.organizationId === s.organizationId &&
        c.siteId === null &&
        (s.department === undefined || (s.department !== null && c.department === s.department))
      );
  }
}

export function decideCiRead(p: Principal, c: CiFacts): { allowed: boolean; grants: CiGrant[]; reason: string } {
  return readDecision(
    ciGrants(p).filter((g) => ciScopeMatches(g.scope, c)),
    'CI',
  );
}

const sql = Prisma.sql;

function deptSql(d: string | null | undefined): Prisma.Sql {
  if (d === undefined) return Prisma.empty;
  if (d === null) return sql` AND FALSE`;
  return sql` AND c.department = ${d}`;
}

/** The predicate on alias `c` (cis) for the given scopes; no scope ⇒ FALSE (fail closed). */
export function compileCiPredicate(scopes: CiScope[], organizationId?: string): Prisma.Sql {
  const parts = scopes
    .filter((s) => !organizationId || s.kind === 'all' || s.organizationId === organizationId)
    .map((s) => {
      switch (s.kind) {
        case 'all':
          return sql`TRUE`;
        case 'org':
          return sql`c.organization_id = ${s.organizationId}::uuid`;
        case 'site':
          return sql`(c.organization_id = ${s.organizationId}::uuid AND c.site_id = ${s.siteId}::uuid${deptSql(s.department)})`;
        case 'noSite':
          return sql`(c.organization_id = ${s.organizationId}::uuid AND c.site_id IS NULL${deptSql(s.department)})`;
      }
    });
  if (parts.length === 0) return sql`FALSE`;
  return sql`(${Prisma.join(parts, ' OR ')})`;
}
