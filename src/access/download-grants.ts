import { Prisma } from '../generated/prisma/client.js';
import { isStaff, type Principal } from './principal.js';

/**
 * Downloads (SPEC §3 "Utilities"): staff see all; a member sees what was published to one of
 * their organisations or to the portal of one of their organisations. One definition for decide
 * and for the SQL predicate (alias `d`); no grant ⇒ FALSE.
 */
export type DownloadScope =
  { kind: 'all' } | { kind: 'org'; organizationId: string } | { kind: 'portal'; portalId: string };

export function downloadScopes(p: Principal): DownloadScope[] {
  if (isStaff(p)) return [{ kind: 'all' }];
  const out: DownloadScope[] = [];
  const seen = new Set<string>();
  for (const m of p.memberships) {
    const add = (s: DownloadScope, key: string) => {
      if (seen.has(key)) return;
      seen.add(key);
      out.push(s);
    };
    add({ kind: 'org', organizationId: m.organizationId }, `o:${m.organizationId}`);
    if (m.org.portalId) add({ kind: 'portal', portalId: m.org.portalId }, `p:${m.org.portalId}`);
  }
  return out;
}

export interface DownloadFacts {
  portalId: string | null;
  organizationId: string | null;
}

export function decideDownloadRead(p: Principal, d: DownloadFacts): boolean {
  return downloadScopes(p).some((s) =>
    s.kind === 'all' ? true : s.kind === 'org' ? d.organizationId === s.organizationId : d.portalId === s.portalId,
  );
}

export function compileDownloadPredicate(scopes: DownloadScope[]): Prisma.Sql {
  if (scopes.some((s) => s.kind === 'all')) return Prisma.sql`TRUE`;
  const orgs = scopes.flatMap((s) => (s.kind === 'org' ? [s.organizationId] : []));
  const portals = scopes.flatMap((s) => (s.kind === 'portal' ? [s.portalId] : []));
  const parts: Prisma.Sql[] = [];
  if (orgs.length) parts.push(Prisma.sql`d.organization_id = ANY(${orgs}::uuid[])`);
  if (portals.length) parts.push(Prisma.sql`d.portal_id = ANY(${portals}::uuid[])`);
  return parts.length ? Prisma.sql`(${Prisma.join(parts, ' OR ')})` : Prisma.sql`FALSE`;
}
