import { refuse } from './decisions.js';
import { TICKET_STATUSES, type Principal, type TicketStatus } from './principal.js';
import type { Decision } from './resource.js';
import { tickets, type TicketFacts } from './ticket-grants.js';
import { decideInternal, decideTicketFields, decideTicketStatus } from './ticket-rules.js';
import { canTransition, TRANSITIONS } from './ticket-workflow.js';

/**
 * What the caller may do with one ticket (SPEC §7 "Capabilities on every object"). Each action has
 * one decision function here, and the service that performs the action calls the same function:
 * a capability shown true is an action that succeeds, one shown false is refused, by construction.
 */

/** The fields of `PATCH tickets/{id}`, in the order the capabilities list them. */
export const TICKET_EDITABLE_FIELDS = [
  'subject',
  'description',
  'priority',
  'type',
  'groupId',
  'assigneeId',
  'ciIds',
  'organizationId',
  'siteId',
] as const;
export type TicketEditableField = (typeof TICKET_EDITABLE_FIELDS)[number];

/** A ticket's facts and its status: what every ticket capability looks at. */
export interface TicketState extends TicketFacts {
  status: TicketStatus;
}

/** Commenting (`POST tickets/{id}/comments`): the ticket's `comment`; an internal comment is staff-only too. */
export function decideComment(p: Principal, t: TicketFacts, internal: boolean): Decision {
  const d = tickets.decide(p, 'comment', t);
  if (!d.allowed || !internal) return d;
  const i = decideInternal(p, 'write');
  return i.allowed ? d : i;
}

/**
 * Adding a file to a ticket or to one of its comments: whoever may comment may attach (the
 * ticket's `attach` action needs the `comment` capability); a file on an internal comment is
 * staff-only, as the comment is.
 */
export function decideAttachment(p: Principal, t: TicketFacts, onInternalComment = false): Decision {
  const d = tickets.decide(p, 'attach', t);
  if (!d.allowed || !onInternalComment) return d;
  const i = decideInternal(p, 'write');
  return i.allowed ? d : i;
}

/** `PATCH tickets/{id}` with these fields: the ticket's `update`, then the staff-only fields. */
export function decideTicketUpdate(p: Principal, t: TicketFacts, fields: readonly string[]): Decision {
  const d = tickets.decide(p, 'update', t);
  if (!d.allowed) return d;
  const f = decideTicketFields(p, fields);
  return f.allowed ? d : f;
}

/** A transition's decision; `invalid`: the workflow does not lead there (409, not 403). */
export interface TransitionDecision extends Decision {
  invalid: boolean;
}

/**
 * `POST tickets/{id}/transitions` to `to`: the ticket's `transition` (404 hidden, 403 refused),
 * the membership's `allowedStatuses` (403), then the workflow from the current status (409).
 */
export function decideTransition(p: Principal, t: TicketState, to: TicketStatus): TransitionDecision {
  const d = tickets.decide(p, 'transition', t);
  if (!d.allowed) return { ...d, invalid: false };
  const status = decideTicketStatus(p, t.organizationId, to);
  if (!status.allowed) return { ...status, invalid: false };
  if (!canTransition(t.status, to)) {
    return {
      ...refuse(
        `cannot go from ${t.status} to ${to}; allowed: ${TRANSITIONS[t.status].join(', ') || 'none (final status)'}`,
      ),
      invalid: true,
    };
  }
  return { ...d, invalid: false };
}

/** Managing CCs (`POST`/`DELETE tickets/{id}/ccs`): staff and the requester. */
export const decideManageCcs = (p: Principal, t: TicketFacts): Decision => tickets.decide(p, 'manage_cc', t);

export interface TicketCapabilities {
  comment: boolean;
  commentInternal: boolean;
  update: boolean;
  editableFields: TicketEditableField[];
  transitions: TicketStatus[];
  manageCcs: boolean;
  addAttachment: boolean;
}

/** The capabilities of one ticket for the caller: each one the decision its action is enforced by. */
export function ticketCapabilities(p: Principal, t: TicketState): TicketCapabilities {
  return {
    comment: decideComment(p, t, false).allowed,
    commentInternal: decideComment(p, t, true).allowed,
    update: decideTicketUpdate(p, t, []).allowed,
    editableFields: TICKET_EDITABLE_FIELDS.filter((f) => decideTicketUpdate(p, t, [f]).allowed),
    transitions: TICKET_STATUSES.filter((s) => decideTransition(p, t, s).allowed),
    manageCcs: decideManageCcs(p, t).allowed,
    addAttachment: decideAttachment(p, t).allowed,
  };
}

export interface CommentCapabilities {
  addAttachment: boolean;
}

/** The capabilities of one comment: adding a file to it (the ticket's rule; internal comments: staff). */
export function commentCapabilities(p: Principal, t: TicketFacts, comment: { internal: boolean }): CommentCapabilities {
  return { addAttachment: decideAttachment(p, t, comment.internal).allowed };
}
