import { isStaff, sitesOf, type MembershipContext, type Principal, type TicketAccess } from './principal.js';
import { rolesGiving } from './roles.js';

/**
 * The one definition of ticket access (SPEC §2). `ticketGrants(principal)` lists every grant the
 * caller holds; `decide()` matches them against one ticket in memory and `compileTicketScopes()`
 * turns the same grants into SQL for lists. Neither evaluator has rules of its own.
 */
export type Capability = 'read' | 'comment' | 'update';

export type GrantSource =
  'STAFF' | 'REQUESTER' | 'CC' | 'ORGANIZATION_SETTING' | 'USER_SETTING' | 'ROLE' | 'READ_SITE' | 'WRITE_SITE';

/** Which tickets a grant reaches. Every scope but `all` is inside one organisation. */
export type Scope =
  | { kind: 'all' }
  | { kind: 'org'; organizationId: string }
  | { kind: 'site'; organizationId: string; siteId: string }
  | { kind: 'noSite'; organizationId: string }
  | { kind: 'requester'; organizationId: string; userId: string }
  | { kind: 'cc'; organizationId: string; userId: string };

export interface Grant {
  source: GrantSource;
  scope: Scope;
  capabilities: Capability[];
  /** Human-readable origin, e.g. `organization ticketAccess=ORG_READ`. */
  via: string;
}

export const LEVEL_CAPABILITIES: Record<TicketAccess, Capability[]> = {
  OWN: [],
  ORG_READ: ['read'],
  ORG_COMMENT: ['read', 'comment'],
  ORG_EDIT: ['read', 'comment', 'update'],
};

const ALL: Capability[] = ['read', 'comment', 'update'];

/**
 * The scopes an organisation-wide grant (sources 3–5) reaches: the whole organisation, or in
 * external support mode only the member's sites (no site ⇒ only tickets without a site).
 */
function orgWideScopes(m: MembershipContext): Scope[] {
  const o = m.organizationId;
  if (!m.org.externalSupportMode) return [{ kind: 'org', organizationId: o }];
  const sites = sitesOf(m);
  if (sites.length === 0) return [{ kind: 'noSite', organizationId: o }];
  return sites.map((siteId) => ({ kind: 'site', organizationId: o, siteId }));
}

export function membershipTicketGrants(userId: string, m: MembershipContext): Grant[] {
  const o = m.organizationId;
  const grants: Grant[] = [
    {
      source: 'REQUESTER',
      scope: { kind: 'requester', organizationId: o, userId },
      capabilities: ALL,
      via: 'requester of the ticket',
    },
    {
      source: 'CC',
      scope: { kind: 'cc', organizationId: o, userId },
      capabilities: ['read', 'comment'],
      via: "CC'd on the ticket",
    },
  ];
  const wide = (source: GrantSource, level: TicketAccess, via: string) => {
    const capabilities = LEVEL_CAPABILITIES[level];
    if (capabilities.length === 0) return;
    for (const scope of orgWideScopes(m)) grants.push({ source, scope, capabilities, via });
  };
  wide('ORGANIZATION_SETTING', m.org.ticketAccess, `organization ticketAccess=${m.org.ticketAccess}`);
  wide('USER_SETTING', m.ticketAccess, `membership ticketAccess=${m.ticketAccess}`);
  const editRoles = rolesGiving(m, 'allTickets');
  if (editRoles.length > 0) wide('ROLE', 'ORG_EDIT', `role ${editRoles.join(', ')}`);
  for (const siteId of m.readSiteIds) {
    grants.push({
      source: 'READ_SITE',
      scope: { kind: 'site', organizationId: o, siteId },
      capabilities: ['read'],
      via: `read site ${siteId}`,
    });
  }
  for (const siteId of m.writeSiteIds) {
    grants.push({
      source: 'WRITE_SITE',
      scope: { kind: 'site', organizationId: o, siteId },
      capabilities: ALL,
      via: `write site ${siteId}`,
    });
  }
  return grants;
}

export function ticketGrants(p: Principal): Grant[] {
  if (isStaff(p)) {
    return [{ source: 'STAFF', scope: { kind: 'all' }, capabilities: ALL, via: `staff role ${p.staffRole}` }];
  }
  return p.memberships.flatMap((m) => membershipTicketGrants(p.userId, m));
}

/** The facts about one ticket that scopes look at. */
export interface TicketFacts {
  organizationId: string;
  siteId: string | null;
  requesterId: string;
  /** Whether the principal is CC'd on the ticket. */
  callerIsCc: boolean;
}

export function scopeMatches(scope: Scope, t: TicketFacts): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'org':
      return t.organizationId === scope.organizationId;
    case 'site':
      return t.organizationId === scope.organizationId && t.siteId === scope.siteId;
    case 'noSite':
      return t.organizationId === scope.organizationId && t.siteId === null;
    case 'requester':
      return t.organizationId === scope.organizationId && t.requesterId === scope.userId;
    case 'cc':
      return t.organizationId === scope.organizationId && t.callerIsCc;
  }
}
