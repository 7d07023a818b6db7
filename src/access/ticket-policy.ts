import {
  isStaff,
  membershipIn,
  portalGateReason,
  sitesOf,
  TICKET_TYPES,
  writableSitesOf,
  type Principal,
  type TicketType,
} from './principal.js';
import { ticketTypesOf } from './ticket-rules.js';

export interface CreateDecision {
  allowed: boolean;
  status: 'ok' | 'forbidden' | 'unprocessable';
  field?: 'organizationId' | 'siteId';
  organizationId: string;
  siteId: string | null;
  reason: string;
}

const NO_ORGANIZATION = 'the user is not a member of any organization';

/**
 * The organisation a ticket is for when the caller names none (SPEC §1: "a user with several
 * organisations must say which organisation a new ticket is for (default: the default
 * organisation)"): the named one, else the default, else the only one. A user with several
 * organisations and no default gets no organisation and a reason naming the choice.
 */
export function ticketOrganization(
  p: Principal,
  named: string | undefined,
): { organizationId: string; reason?: undefined } | { organizationId: null; reason: string } {
  const organizationId =
    named ?? p.defaultOrganizationId ?? (p.memberships.length === 1 ? p.memberships[0].organizationId : undefined);
  if (organizationId) return { organizationId };
  if (p.memberships.length === 0) return { organizationId: null, reason: NO_ORGANIZATION };
  return {
    organizationId: null,
    reason: `the user belongs to several organizations and has no default: name one of ${p.memberships
      .map((m) => m.organizationId)
      .join(', ')}`,
  };
}

export interface TicketTypesDecision {
  /** false: the caller must name the organisation (422 on organizationId with `reason`). */
  allowed: boolean;
  reason: string;
  organizationId: string | null;
  types: TicketType[];
}

/**
 * The ticket types the caller may raise in an organisation (`ticketOrganization`: the named
 * one, else the default, else the only one): staff every type; in external support mode a member
 * without a site none (as `decideTicketCreate` refuses them); otherwise the membership's allowed
 * types. Not a member: none. Several organisations and no default: refused as `decideTicketCreate`
 * refuses.
 */
export function creatableTicketTypes(p: Principal, organizationId: string | undefined): TicketTypesDecision {
  const answer = (orgId: string | null, types: TicketType[], reason: string): TicketTypesDecision => ({
    allowed: true,
    reason,
    organizationId: orgId,
    types,
  });
  if (isStaff(p)) return answer(organizationId ?? null, [...TICKET_TYPES], `staff role ${p.staffRole}`);
  const chosen = ticketOrganization(p, organizationId);
  if (chosen.organizationId === null && p.memberships.length > 0)
    return { allowed: false, reason: chosen.reason!, organizationId: null, types: [] };
  const m = chosen.organizationId ? membershipIn(p, chosen.organizationId) : undefined;
  if (!m) return answer(organizationId ?? null, [], 'not one of the organizations of the user');
  if (m.org.externalSupportMode && sitesOf(m).length === 0)
    return answer(m.organizationId, [], 'external support mode: a member without a site cannot create tickets');
  return answer(m.organizationId, ticketTypesOf(m), 'member of the organization');
}

/**
 * Where may the caller create a ticket? Organisation: the named one (must be one of theirs) or the
 * default. Site: defaults to the home site; must be the home site or a write site.
 */
export function decideTicketCreate(
  p: Principal,
  organizationId: string | undefined,
  siteId: string | undefined,
): CreateDecision {
  if (isStaff(p)) {
    return organizationId
      ? { allowed: true, status: 'ok', organizationId, siteId: siteId ?? null, reason: `staff role ${p.staffRole}` }
      : {
          allowed: false,
          status: 'unprocessable',
          field: 'organizationId',
          organizationId: '',
          siteId: null,
          reason: 'staff must name the organization',
        };
  }
  const chosen = ticketOrganization(p, organizationId);
  const orgId = chosen.organizationId;
  const gate = orgId ? portalGateReason(p, orgId) : null;
  if (gate) return { allowed: false, status: 'forbidden', organizationId: orgId!, siteId: null, reason: gate };
  const m = orgId ? membershipIn(p, orgId) : undefined;
  if (!orgId || !m) {
    return {
      allowed: false,
      status: 'unprocessable',
      field: 'organizationId',
      organizationId: orgId ?? '',
      siteId: null,
      reason:
        chosen.reason ?? (p.memberships.length === 0 ? NO_ORGANIZATION : 'not one of the organizations of the user'),
    };
  }
  if (m.org.externalSupportMode && sitesOf(m).length === 0) {
    return {
      allowed: false,
      status: 'forbidden',
      organizationId: orgId,
      siteId: null,
      reason: 'external support mode: a member without a site cannot create tickets',
    };
  }
  const site = siteId ?? m.homeSiteId ?? null;
  if (site === null) {
    if (m.org.externalSupportMode) {
      return {
        allowed: false,
        status: 'unprocessable',
        field: 'siteId',
        organizationId: orgId,
        siteId: null,
        reason: 'external support mode: a site is required',
      };
    }
    return {
      allowed: true,
      status: 'ok',
      organizationId: orgId,
      siteId: null,
      reason: 'member of the organization (no site)',
    };
  }
  if (!writableSitesOf(m).includes(site)) {
    return {
      allowed: false,
      status: 'unprocessable',
      field: 'siteId',
      organizationId: orgId,
      siteId: site,
      reason: 'must be the home site or a write site of the user',
    };
  }
  return {
    allowed: true,
    status: 'ok',
    organizationId: orgId,
    siteId: site,
    reason: site === m.homeSiteId ? 'home site' : `write site ${site}`,
  };
}

/** The types that need a site in external support mode (SPEC §2). */
export const SITE_BOUND_TICKET_TYPES: readonly TicketType[] = ['INCIDENT', 'SERVICE_REQUEST'];

/** The requester's membership in an organisation whose portal isolates data per site, if any. */
const externalSupportMembership = (requester: Principal, organizationId: string) =>
  requester.memberships.find((m) => m.organizationId === organizationId && m.org.externalSupportMode);

export interface PlacementFacts {
  /** undefined: not given (the requester's home site in external support mode). */
  siteId: string | null | undefined;
  type: TicketType;
  cis: readonly { id: string; siteId: string | null }[];
}

export interface PlacementDecision {
  allowed: boolean;
  field?: 'siteId' | 'type' | 'ciIds';
  siteId: string | null;
  reason: string;
}

/**
 * External support mode binds staff too (SPEC §2): a ticket staff raise or edit for a requester in
 * such an organisation defaults to the requester's home site, its site is one of the requester's
 * sites, without a site it is not an INCIDENT or SERVICE_REQUEST, and its CIs are of its site (no
 * site: CIs without site). Outside that mode, or for a member's own ticket (`decideTicketCreate`),
 * the site is what was given.
 */
export function decideRequesterPlacement(
  caller: Principal,
  requester: Principal,
  organizationId: string,
  facts: PlacementFacts,
): PlacementDecision {
  const m = isStaff(caller) ? externalSupportMembership(requester, organizationId) : undefined;
  if (!m) return { allowed: true, siteId: facts.siteId ?? null, reason: 'no external support mode' };
  const siteId = facts.siteId === undefined ? m.homeSiteId : facts.siteId;
  const refuse = (field: PlacementDecision['field'], reason: string): PlacementDecision => ({
    allowed: false,
    field,
    siteId,
    reason: `external support mode: ${reason}`,
  });
  if (siteId !== null && !sitesOf(m).includes(siteId))
    return refuse('siteId', 'must be one of the sites of the requester (home, read or write)');
  if (siteId === null && SITE_BOUND_TICKET_TYPES.includes(facts.type))
    return refuse('type', `a ticket without site cannot be ${SITE_BOUND_TICKET_TYPES.join(' or ')}`);
  const foreign = facts.cis.find((c) => c.siteId !== siteId);
  if (foreign)
    return refuse('ciIds', `CI ${foreign.id} is not ${siteId === null ? 'without site' : "of the ticket's site"}`);
  return {
    allowed: true,
    siteId,
    reason: siteId === null ? 'external support mode: no site' : 'site of the requester',
  };
}

/**
 * The ticket types staff may raise for a requester (`GET ticket-types?requesterId=`): every type,
 * except INCIDENT and SERVICE_REQUEST for a requester without a site in external support mode.
 * The requester must be a member of the organisation (named, else their default, else their only one).
 */
export function requesterTicketTypes(
  requester: Principal,
  organizationId: string | undefined,
): TicketTypesDecision & { field?: 'organizationId' | 'requesterId' } {
  const chosen = ticketOrganization(requester, organizationId);
  if (chosen.organizationId === null)
    return { allowed: false, field: 'organizationId', reason: chosen.reason, organizationId: null, types: [] };
  if (!requester.memberships.some((m) => m.organizationId === chosen.organizationId))
    return {
      allowed: false,
      field: 'requesterId',
      reason: 'must be an active member of the organization',
      organizationId: chosen.organizationId,
      types: [],
    };
  const m = externalSupportMembership(requester, chosen.organizationId);
  if (m && sitesOf(m).length === 0)
    return {
      allowed: true,
      reason: 'external support mode: the requester has no site',
      organizationId: chosen.organizationId,
      types: TICKET_TYPES.filter((t) => !SITE_BOUND_TICKET_TYPES.includes(t)),
    };
  return {
    allowed: true,
    reason: 'staff for a member',
    organizationId: chosen.organizationId,
    types: [...TICKET_TYPES],
  };
}
