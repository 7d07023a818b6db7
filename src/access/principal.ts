/**
 * The principal: everything the policy engine needs about the caller, loaded in one query per
 * request (src/auth/principal.loader.ts). Plain data; no Nest, no HTTP, no database here.
 */
export const STAFF_ROLES = ['ADMIN', 'AGENT'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const PORTAL_ROLES = [
  'PORTAL_USER',
  'PORTAL_USER_PLUS',
  'CUSTOMER_APPROVER',
  'CHANGE_MANAGER',
  'CONTROLLER',
] as const;
export type PortalRole = (typeof PORTAL_ROLES)[number];

export const TICKET_ACCESS_LEVELS = ['OWN', 'ORG_READ', 'ORG_COMMENT', 'ORG_EDIT'] as const;
export type TicketAccess = (typeof TICKET_ACCESS_LEVELS)[number];

export const TICKET_TYPES = ['INCIDENT', 'SERVICE_REQUEST', 'CHANGE', 'QUESTION'] as const;
export type TicketType = (typeof TICKET_TYPES)[number];

export const TICKET_STATUSES = ['NEW', 'OPEN', 'PENDING_CUSTOMER', 'RESOLVED', 'CLOSED', 'CANCELLED'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const TICKET_PRIORITIES = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

export interface ResponsibleRestriction {
  groupIds: string[];
  agentIds: string[];
}

export interface OrgContext {
  id: string;
  name: string;
  kind: 'CUSTOMER' | 'PARTNER';
  ticketAccess: TicketAccess;
  portalId: string | null;
  portalStatus: 'DISABLED' | 'ENABLED' | 'ACTIVE' | null;
  externalSupportMode: boolean;
  ciDepartmentFilter: boolean;
  require2fa: boolean;
}

export interface MembershipContext {
  id: string;
  organizationId: string;
  roles: PortalRole[];
  homeSiteId: string | null;
  department: string | null;
  ticketAccess: TicketAccess;
  readSiteIds: string[];
  writeSiteIds: string[];
  /** null = unrestricted */
  allowedTicketTypes: TicketType[] | null;
  allowedStatuses: TicketStatus[] | null;
  allowedResponsibles: ResponsibleRestriction | null;
  org: OrgContext;
}

export interface Principal {
  userId: string;
  email: string;
  name: string;
  staffRole: StaffRole | null;
  defaultOrganizationId: string | null;
  emailVerified: boolean;
  totpEnabled: boolean;
  sessionEpoch: number;
  /** Active memberships only. */
  memberships: MembershipContext[];
}

export const isStaff = (p: Principal): boolean => p.staffRole !== null;
export const isAdmin = (p: Principal): boolean => p.staffRole === 'ADMIN';

/**
 * Portal status gates every grant (SPEC §2): a membership in an organisation whose portal is not
 * ACTIVE yields none. An organisation without a portal is served with the provider's defaults and
 * is not gated.
 */
export const portalOpen = (m: MembershipContext): boolean =>
  m.org.portalStatus === null || m.org.portalStatus === 'ACTIVE';

const granting = new WeakMap<readonly MembershipContext[], MembershipContext[]>();

/** The memberships that yield grants: every rule of the engine starts here, never at `p.memberships`. */
export function grantingMemberships(p: Principal): MembershipContext[] {
  if (p.memberships.every(portalOpen)) return p.memberships;
  let open = granting.get(p.memberships);
  if (!open)
    granting.set(p.memberships, (open = Object.freeze(p.memberships.filter(portalOpen)) as MembershipContext[]));
  return open;
}

/** The caller's granting membership in an organisation (none when its portal is not active). */
export function membershipIn(p: Principal, organizationId: string): MembershipContext | undefined {
  return grantingMemberships(p).find((m) => m.organizationId === organizationId);
}

/**
 * Why an organisation-level action of the caller in `organizationId` is refused by the portal's
 * status (the caller is a member there, the portal is not ACTIVE), or null.
 */
export function portalGateReason(p: Principal, organizationId: string): string | null {
  const m = p.memberships.find((x) => x.organizationId === organizationId);
  if (!m || portalOpen(m)) return null;
  return `the portal of organization ${m.org.name} is ${m.org.portalStatus}: its members have no access until it is ACTIVE`;
}

/** Home site plus read and write sites, without duplicates. */
export function sitesOf(m: MembershipContext): string[] {
  const s = new Set<string>();
  if (m.homeSiteId) s.add(m.homeSiteId);
  for (const id of m.readSiteIds) s.add(id);
  for (const id of m.writeSiteIds) s.add(id);
  return [...s];
}

/** Sites where the member may create tickets: the home site and the write sites. */
export function writableSitesOf(m: MembershipContext): string[] {
  const s = new Set<string>(m.writeSiteIds);
  if (m.homeSiteId) s.add(m.homeSiteId);
  return [...s];
}
