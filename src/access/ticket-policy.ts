import {
  isStaff,
  grantingMemberships,
  membershipIn,
  portalGateReason,
  sitesOf,
  TICKET_TYPES,
  writableSitesOf,
  type Principal,
  type TicketType,
} from './principal.js';

export interface CreateDecision {
  allowed: boolean;
  status: 'ok' | 'forbidden' | 'unprocessable';
  field?: 'organizationId' | 'siteId';
  organizationId: string;
  siteId: string | null;
  reason: string;
}

/**
 * The ticket types the caller may raise in an organisation (the named one, else the default, else
 * the first): staff every type; in external support mode a member without a site none (as
 * `decideTicketCreate` refuses them); otherwise the membership's allowed types (all when
 * unrestricted). Not a member: none.
 */
export function creatableTicketTypes(
  p: Principal,
  organizationId: string | undefined,
): { organizationId: string | null; types: TicketType[] } {
  if (isStaff(p)) return { organizationId: organizationId ?? null, types: [...TICKET_TYPES] };
  const orgId = organizationId ?? p.defaultOrganizationId ?? grantingMemberships(p)[0]?.organizationId;
  const m = orgId ? membershipIn(p, orgId) : undefined;
  if (!m) return { organizationId: organizationId ?? null, types: [] };
  if (m.org.externalSupportMode && sitesOf(m).length === 0) return { organizationId: m.organizationId, types: [] };
  const allowed = m.allowedTicketTypes;
  return {
    organizationId: m.organizationId,
    types: allowed ? TICKET_TYPES.filter((t) => allowed.includes(t)) : [...TICKET_TYPES],
  };
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
  const orgId =
    organizationId ??
    p.defaultOrganizationId ??
    (p.memberships.length === 1 ? p.memberships[0].organizationId : undefined);
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
        p.memberships.length === 0
          ? 'the user is not a member of any organization'
          : 'not one of the organizations of the user',
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
