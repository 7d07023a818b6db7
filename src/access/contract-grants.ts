import { Prisma } from '../generated/prisma/client.js';
import { readDecision } from './read-decision.js';
import { isStaff, sitesOf, type MembershipContext, type Principal } from './principal.js';
import { rolesGiving } from './roles.js';

/**
 * Contract visibility (SPEC §2 "Other resources"), one definition for decide and for lists:
 * - staff see every contract, SOLD and PURCHASED;
 * - an external member sees only SOLD contracts, and only through a role with "SLA": all the
 *   organisation's SOLD contracts, or in external support mode only those of the member's sites
 *   (home + read + write; a member without site: the contracts without site);
 * - PURCHASED contracts (the provider's supplier contracts) are never visible to externals.
 * Every external scope carries direction SOLD, so no external grant can ever reach a PURCHASED row.
 */
export type ContractScope =
  | { kind: 'all' }
  | { kind: 'org'; organizationId: string; direction: 'SOLD' }
  | { kind: 'site'; organizationId: string; siteId: string; direction: 'SOLD' }
  | { kind: 'noSite'; organizationId: string; direction: 'SOLD' };

export interface ContractGrant {
  source: 'STAFF' | 'SLA_ROLE';
  scope: ContractScope;
  via: string;
}

export function membershipContractGrants(m: MembershipContext): ContractGrant[] {
  const slaRoles = rolesGiving(m, 'sla');
  if (slaRoles.length === 0) return [];
  const o = m.organizationId;
  const via = `role ${slaRoles.join(', ')} (SLA), sold contracts`;
  if (!m.org.externalSupportMode)
    return [{ source: 'SLA_ROLE', scope: { kind: 'org', organizationId: o, direction: 'SOLD' }, via }];
  const sites = sitesOf(m);
  if (sites.length === 0)
    return [
      {
        source: 'SLA_ROLE',
        scope: { kind: 'noSite', organizationId: o, direction: 'SOLD' },
        via: `${via}, external support mode, member without site`,
      },
    ];
  return sites.map((siteId) => ({
    source: 'SLA_ROLE',
    scope: { kind: 'site', organizationId: o, siteId, direction: 'SOLD' },
    via: `${via}, external support mode`,
  }));
}

export function contractGrants(p: Principal): ContractGrant[] {
  if (isStaff(p)) return [{ source: 'STAFF', scope: { kind: 'all' }, via: `staff role ${p.staffRole}` }];
  return p.memberships.flatMap(membershipContractGrants);
}

/** True when the principal may use contracts at all (some grant exists). */
export const mayUseContracts = (p: Principal): boolean => contractGrants(p).length > 0;

export interface ContractFacts {
  organizationId: string;
  siteId: string | null;
  direction: 'SOLD' | 'PURCHASED';
}

export function contractScopeMatches(s: ContractScope, c: ContractFacts): boolean {
  switch (s.kind) {
    case 'all':
      return true;
    case 'org':
      return c.direction === s.direction && c.organizationId === s.organizationId;
    case 'site':
      return c.direction === s.direction && c.organizationId === s.organizationId && c.siteId === s.siteId;
    case 'noSite':
      return c.direction === s.direction && c.organizationId === s.organizationId && c.siteId === null;
  }
}

export function decideContractRead(
  p: Principal,
  c: ContractFacts,
): { allowed: boolean; grants: ContractGrant[]; reason: string } {
  return readDecision(
    contractGrants(p).filter((g) => contractScopeMatches(g.scope, c)),
    'contract',
  );
}

const sql = Prisma.sql;

/** The predicate on alias `k` (contracts) for the given grants; no grant ⇒ FALSE (fail closed). */
export function compileContractPredicate(grants: ContractGrant[], organizationId?: string): Prisma.Sql {
  const parts = grants
    .map((g) => g.scope)
    .filter((s) => !organizationId || s.kind === 'all' || s.organizationId === organizationId)
    .map((s) => {
      switch (s.kind) {
        case 'all':
          return sql`TRUE`;
        case 'org':
          return sql`(k.direction = 'SOLD' AND k.organization_id = ${s.organizationId}::uuid)`;
        case 'site':
          return sql`(k.direction = 'SOLD' AND k.organization_id = ${s.organizationId}::uuid AND k.site_id = ${s.siteId}::uuid)`;
        case 'noSite':
          return sql`(k.direction = 'SOLD' AND k.organization_id = ${s.organizationId}::uuid AND k.site_id IS NULL)`;
      }
    });
  if (parts.length === 0) return sql`FALSE`;
  return sql`(${Prisma.join(parts, ' OR ')})`;
}
