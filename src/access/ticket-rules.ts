import { allow, refuse } from './decisions.js';
import {
  isStaff,
  membershipIn,
  TICKET_TYPES,
  type MembershipContext,
  type Principal,
  type TicketStatus,
  type TicketType,
} from './principal.js';
import type { Decision, Grant } from './resource.js';

/**
 * The rules on tickets that are not row visibility (SPEC §2, §3 Tickets): internal comments and
 * history are staff-only; a membership may restrict the ticket types, responsibles and statuses
 * its member may set; only staff move tickets or raise them for someone else. Each answers in
 * the engine's `Decision` shape.
 */
const staffGrant = (p: Principal): Grant => ({
  source: 'STAFF',
  scope: {},
  capabilities: ['read', 'write'],
  via: `staff role ${p.staffRole}`,
});

const unrestricted = (via: string): Decision => ({ allowed: true, visible: true, grants: [], reason: via });

/** Internal comments and history entries: read and written by staff only. */
export function decideInternal(p: Principal, action: 'read' | 'write'): Decision {
  if (isStaff(p)) return allow([staffGrant(p)]);
  return refuse(action === 'write' ? 'internal comments are staff-only' : 'internal entries are staff-only');
}

/** Whether a comment answers the customer for the SLA: a public comment by staff. */
export function isFirstResponse(p: Principal, internal: boolean): boolean {
  return isStaff(p) && !internal;
}

/** The types a membership may raise or set, in the product's order (every type when unrestricted). */
export function ticketTypesOf(m: MembershipContext): TicketType[] {
  const allowed = m.allowedTicketTypes;
  return allowed ? TICKET_TYPES.filter((t) => allowed.includes(t)) : [...TICKET_TYPES];
}

/** May the caller give a ticket of the organisation this type (422 on `type` when not)? */
export function decideTicketType(p: Principal, organizationId: string, type: TicketType): Decision {
  const restricted = isStaff(p) ? null : membershipIn(p, organizationId)?.allowedTicketTypes;
  if (!restricted) return unrestricted('no ticket type restriction');
  if (restricted.includes(type)) return unrestricted(`allowed ticket types ${restricted.join(', ')}`);
  return refuse(`must be one of ${restricted.join(', ') || '(none)'} for this user`);
}

/** May the caller make this group (`groupId`) or agent (`assigneeId`) responsible (422 on the field when not)? */
export function decideResponsible(
  p: Principal,
  organizationId: string,
  field: 'groupId' | 'assigneeId',
  id: string,
): Decision {
  const r = isStaff(p) ? null : membershipIn(p, organizationId)?.allowedResponsibles;
  if (!r) return unrestricted('no responsible restriction');
  const [ids, noun] = field === 'groupId' ? [r.groupIds, 'groups'] : [r.agentIds, 'agents'];
  if (ids.includes(id)) return unrestricted(`allowed responsible ${noun}`);
  return refuse(`not one of the responsible ${noun} allowed for this user`);
}

/**
 * Must a new ticket of the caller name a responsible? A membership with `allowedResponsibles`
 * restricts who handles its tickets, so it must choose one of them (422 on `groupId` when it names
 * neither a group nor an agent).
 */
export function decideResponsibleNamed(
  p: Principal,
  organizationId: string,
  named: { groupId?: string | null; assigneeId?: string | null },
): Decision & { field: 'groupId' | 'assigneeId' } {
  const r = isStaff(p) ? null : membershipIn(p, organizationId)?.allowedResponsibles;
  const field = r && r.groupIds.length === 0 && r.agentIds.length > 0 ? 'assigneeId' : 'groupId';
  if (!r) return { ...unrestricted('no responsible restriction'), field };
  if (named.groupId || named.assigneeId) return { ...unrestricted('a responsible is named'), field };
  return {
    ...refuse(
      `a responsible is required for this user: a groupId among ${r.groupIds.join(', ') || '(none)'} or an assigneeId among ${r.agentIds.join(', ') || '(none)'}`,
    ),
    field,
  };
}

/** May the caller set this status on a ticket of the organisation (403 when not)? */
export function decideTicketStatus(p: Principal, organizationId: string, status: TicketStatus): Decision {
  const allowed = isStaff(p) ? null : membershipIn(p, organizationId)?.allowedStatuses;
  if (!allowed) return unrestricted('no status restriction');
  if (allowed.includes(status)) return unrestricted(`allowed statuses ${allowed.join(', ')}`);
  return refuse(`you may only set the statuses ${allowed.join(', ') || '(none)'}`);
}

/** Fields of a ticket only staff may change (moving it to another organisation or site). */
export const STAFF_ONLY_TICKET_FIELDS = ['organizationId', 'siteId'] as const;

/** May the caller change these ticket fields (403 naming the staff-only ones when not)? */
export function decideTicketFields(p: Principal, fields: readonly string[]): Decision {
  if (isStaff(p)) return allow([staffGrant(p)]);
  const staffOnly = STAFF_ONLY_TICKET_FIELDS.filter((k) => fields.includes(k));
  if (staffOnly.length) return refuse(`only staff may change ${staffOnly.join(', ')}`);
  return unrestricted('no staff-only field');
}

/**
 * Whose ticket the caller may raise: staff for any member (`onBehalf`: the requester named must
 * then be checked as a member), everybody else only their own.
 */
export function decideRequester(p: Principal, requesterId: string | undefined): Decision & { onBehalf: boolean } {
  if (isStaff(p)) return { ...allow([staffGrant(p)]), onBehalf: requesterId !== undefined };
  if (requesterId && requesterId !== p.userId)
    return { ...refuse('external users cannot raise tickets for someone else'), onBehalf: false };
  return { ...unrestricted('own ticket'), onBehalf: false };
}

export interface CcTargetFacts {
  exists: boolean;
  active: boolean;
  verified: boolean;
  /** An active member of the ticket's organisation. */
  member: boolean;
}

/**
 * Whom the caller may CC (SPEC §3 Tickets): staff any existing user; the requester only verified,
 * active members of the ticket's organisation — with one answer for "no such user" and "not a
 * member", so an external caller learns nothing about users outside the organisation (422 on userId).
 */
export function decideCcTarget(p: Principal, target: CcTargetFacts): Decision {
  if (isStaff(p)) return target.exists ? allow([staffGrant(p)]) : refuse('no such user');
  if (target.exists && target.member && target.active && target.verified) return unrestricted('verified member');
  return refuse("must be a verified member of the ticket's organization");
}
