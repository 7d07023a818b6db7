import { isStaff, sitesOf, type MembershipContext, type Principal } from './principal.js';

/**
 * Which sites (locations, whose abbreviation is the customer's client number) a caller may see.
 * One definition for decide (one site) and for lists (a Prisma `where`):
 * - staff see every site;
 * - a member sees every site of the organisation, except in external support mode (strict
 *   per-site isolation), where only their own sites (home + read + write) are visible — a member
 *   without site sees none. Otherwise a member of site S1 could read the client number of S2 and
 *   self-register with it, i.e. obtain S2's tickets, CIs and contracts.
 */
export type SiteScope =
  | { kind: 'all' }
  | { kind: 'org'; organizationId: string }
  | { kind: 'sites'; organizationId: string; siteIds: string[] };

function membershipSiteScope(m: MembershipContext): SiteScope {
  if (!m.org.externalSupportMode) return { kind: 'org', organizationId: m.organizationId };
  return { kind: 'sites', organizationId: m.organizationId, siteIds: sitesOf(m) };
}

export function siteScopes(p: Principal): SiteScope[] {
  if (isStaff(p)) return [{ kind: 'all' }];
  return p.memberships.map(membershipSiteScope);
}

export function decideSiteRead(p: Principal, site: { id: string; organizationId: string }): boolean {
  return siteScopes(p).some((s) =>
    s.kind === 'all'
      ? true
      : s.organizationId === site.organizationId && (s.kind === 'org' || s.siteIds.includes(site.id)),
  );
}

/** Prisma `where` for the sites of one organisation the caller may see; no grant ⇒ matches nothing. */
export function siteListWhere(p: Principal, organizationId: string): { organizationId: string; id?: { in: string[] } } {
  const scopes = siteScopes(p).filter((s) => s.kind === 'all' || s.organizationId === organizationId);
  if (scopes.some((s) => s.kind === 'all' || s.kind === 'org')) return { organizationId };
  const ids = [...new Set(scopes.flatMap((s) => (s.kind === 'sites' ? s.siteIds : [])))];
  return { organizationId, id: { in: ids } };
}
