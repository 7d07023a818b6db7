import { membershipIn, type Principal } from './principal.js';
import { ticketGrants, type Grant } from './ticket-grants.js';

/**
 * Who sees the tickets of an organisation beyond their own and their CCs (SPEC §3 Consent, the
 * access summary), derived from the same ticket grants `GET access/explain` shows. A member sees
 * all of the organisation's tickets when a grant on the whole organisation (no site) gives read.
 * In external support mode those grants reach sites only, so the site grants are what counts.
 */
export type TicketReach = 'ALL_TICKETS' | 'SITE_TICKETS';

export interface MemberTicketReach {
  reach: TicketReach;
  /** The grants that give the reach: organisation setting, membership setting, role, read or write site. */
  grants: Grant[];
}

const givesRead = (g: Grant) => g.capabilities.includes('read');

/** Neither owner nor relation nor any other narrowing than the site. */
const isWide = (g: Grant) =>
  g.scope.ownerId === undefined &&
  g.scope.relation === undefined &&
  g.scope.department === undefined &&
  g.scope.values === undefined &&
  g.scope.portalId === undefined;

export function memberTicketReach(p: Principal, organizationId: string): MemberTicketReach | null {
  const m = membershipIn(p, organizationId);
  if (!m) return null;
  const grants = ticketGrants(p).filter((g) => g.scope.organizationId === organizationId && givesRead(g) && isWide(g));
  if (!m.org.externalSupportMode) {
    const whole = grants.filter((g) => g.scope.siteId === undefined);
    return whole.length ? { reach: 'ALL_TICKETS', grants: whole } : null;
  }
  const sited = grants.filter((g) => g.scope.siteId !== undefined);
  return sited.length ? { reach: 'SITE_TICKETS', grants: sited } : null;
}
