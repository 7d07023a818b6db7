import { decideAttachment } from './ticket-capabilities.js';
import { refuse } from './decisions.js';
import { isStaff, type Principal, type TicketStatus } from './principal.js';
import type { Decision } from './resource.js';
import { tickets, type TicketFacts } from './ticket-grants.js';
import { decideInternal } from './ticket-rules.js';

/**
 * Files on tickets and comments (SPEC §7 Attachments) rest on the ticket: whoever may comment may
 * attach (a file on an internal comment needs the internal-comment rule too); a file is visible
 * with its ticket, and a file of an internal comment to staff only; it is removed by staff or its
 * uploader while the ticket is still open. Each answers in the engine's `Decision` shape, with
 * `visible: false` where the answer must be a 404 indistinguishable from a file that does not exist.
 */

/** The statuses in which a ticket's files can no longer be removed (its work is done). */
export const ATTACHMENTS_FROZEN_IN: readonly TicketStatus[] = ['RESOLVED', 'CLOSED', 'CANCELLED'];

export interface AttachmentFacts {
  /** A file of an internal comment: staff-only. */
  internal: boolean;
  uploaderId: string;
}

/** May the caller attach a file to the ticket (to an internal comment when `internal`)? The comment rule. */
export function decideAttachmentAdd(p: Principal, ticket: TicketFacts, internal = false): Decision {
  // The rule the ticket's `capabilities.addAttachment` shows, stated once (ticket-capabilities.ts).
  const onTicket = tickets.decide(p, 'attach', ticket);
  if (!onTicket.allowed) return onTicket;
  const d = decideAttachment(p, ticket, internal);
  return d.allowed ? d : { ...d, visible: true };
}

/** May the caller read this file of the ticket? Not visible ⇒ 404, like the ticket. */
export function decideAttachmentRead(p: Principal, ticket: TicketFacts, file: AttachmentFacts): Decision {
  const d = tickets.decide(p, 'read', ticket);
  if (!d.allowed || !file.internal) return d;
  const i = decideInternal(p, 'read');
  return i.allowed ? d : { ...i, visible: false };
}

/** May the caller remove this file: staff or its uploader, while the ticket is open (`conflict`: 409)? */
export function decideAttachmentDelete(
  p: Principal,
  ticket: TicketFacts & { status: TicketStatus },
  file: AttachmentFacts,
): Decision & { conflict?: boolean } {
  const read = decideAttachmentRead(p, ticket, file);
  if (!read.allowed) return read;
  if (!isStaff(p) && file.uploaderId !== p.userId)
    return { ...refuse('only staff or the uploader may remove a file'), visible: true };
  if (ATTACHMENTS_FROZEN_IN.includes(ticket.status))
    return {
      ...refuse(`the ticket is ${ticket.status}: its files can be removed only while it is open`),
      visible: true,
      conflict: true,
    };
  return read;
}
