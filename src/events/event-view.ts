import type { Principal } from '../access/principal.js';
import { tickets } from '../access/ticket-grants.js';
import { decideInternal } from '../access/ticket-rules.js';
import { validations } from '../access/validation-grants.js';
import type { Tx } from '../database/prisma.service.js';
import type { Ticket } from '../generated/prisma/client.js';
import type { CommentDto, TicketDto } from '../tickets/dto/ticket.dto.js';
import { ticketFacts } from '../tickets/ticket-facts.js';
import { toTicketDto } from '../tickets/tickets.mapper.js';
import type { ValidationDetailDto } from '../validations/dto/validation.dto.js';
import { toValidationDetailDto, type LoadedValidation } from '../validations/validations.mapper.js';
import type { EventType } from './event-log.js';
import { nameVisibility } from '../access/name-rules.js';
import type { AttachmentDto } from '../attachments/dto/attachment.dto.js';
import { toAttachmentDto, WITH_UPLOADER } from '../attachments/attachments.service.js';
import { loadAllTicketNames, namesFor, type NameBook } from '../tickets/ticket-names.js';

/** One row of the event log. */
export interface EventRow {
  id: string;
  type: EventType;
  organizationId: string | null;
  ticketId: string | null;
  commentId: string | null;
  validationId: string | null;
  actorId: string | null;
  data: Record<string, unknown>;
  createdAt: Date;
}

/** The payload of a webhook delivery and of an SSE `data:` line (Standard Webhooks' `type`/`timestamp`/`data`). */
export interface EventPayload {
  type: EventType;
  /** When the change happened (ISO 8601). */
  timestamp: string;
  /** The event's id in the log: the SSE `id:`, and what `Last-Event-ID` resumes after. */
  eventId: string;
  data: {
    ticket?: TicketDto;
    comment?: CommentDto;
    validation?: ValidationDetailDto;
    /** ticket.updated: the fields that changed. */
    changes?: string[];
    /** ticket.status_changed: the statuses. */
    from?: string;
    to?: string;
    /** ping: the endpoint tested. */
    webhookId?: string;
  };
}

type CommentRow = {
  id: string;
  ticketId: string;
  authorId: string;
  body: string;
  internal: boolean;
  createdAt: Date;
  author: { name: string };
};

/** What a payload is built from, loaded once for every receiver of the event. */
export interface EventContext {
  event: EventRow;
  ticket: Ticket | null;
  ccs: ReadonlySet<string>;
  comment: CommentRow | null;
  validation: LoadedValidation | null;
  /** The names of the ticket and validation, filtered per receiver by `namesFor`. */
  names: NameBook;
  /** The files of the comment. */
  commentFiles: AttachmentDto[];
}

export type EventView = { visible: true; payload: EventPayload } | { visible: false; reason: string };

const EVENT_SELECT = `id::text AS id, type, organization_id AS "organizationId", ticket_id AS "ticketId",
  comment_id AS "commentId", validation_id AS "validationId", actor_id AS "actorId", data, created_at AS "createdAt"`;

/** Events by id, in id order (ids of pruned events are left out). */
export async function loadEvents(db: Tx, ids: string[]): Promise<EventRow[]> {
  if (ids.length === 0) return [];
  return db.$queryRawUnsafe<EventRow[]>(
    `SELECT ${EVENT_SELECT} FROM events WHERE id = ANY($1::bigint[]) ORDER BY id`,
    ids,
  );
}

/** The events after `afterId`, oldest first, at most `limit` (the SSE resume). */
export async function eventsAfter(db: Tx, afterId: string, limit: number): Promise<EventRow[]> {
  return db.$queryRawUnsafe<EventRow[]>(
    `SELECT ${EVENT_SELECT} FROM events WHERE id > $1::bigint AND type <> 'ping' ORDER BY id LIMIT $2`,
    afterId,
    limit,
  );
}

/** The current rows of a batch of events: tickets, their CCs, comments and validations, in four queries. */
export async function loadContexts(db: Tx, events: EventRow[]): Promise<EventContext[]> {
  const ids = (pick: (e: EventRow) => string | null) => [...new Set(events.map(pick).filter((x): x is string => !!x))];
  const ticketIds = ids((e) => e.ticketId);
  const [ticketRows, ccRows, comments, validationRows] = await Promise.all([
    ticketIds.length ? db.ticket.findMany({ where: { id: { in: ticketIds } } }) : [],
    ticketIds.length
      ? db.ticketCc.findMany({ where: { ticketId: { in: ticketIds } }, select: { ticketId: true, userId: true } })
      : [],
    ids((e) => e.commentId).length
      ? db.ticketComment.findMany({
          where: { id: { in: ids((e) => e.commentId) } },
          include: { author: { select: { name: true } } },
        })
      : [],
    ids((e) => e.validationId).length
      ? db.validation.findMany({
          where: { id: { in: ids((e) => e.validationId) } },
          include: {
            ticket: { select: { number: true, subject: true, organizationId: true } },
            decisions: {
              include: { user: { select: { name: true } } },
              orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
            },
          },
        })
      : [],
  ]);
  const ticketsById = new Map(ticketRows.map((t) => [t.id, t]));
  const ccs = new Map<string, Set<string>>();
  for (const c of ccRows) (ccs.get(c.ticketId) ?? ccs.set(c.ticketId, new Set()).get(c.ticketId)!).add(c.userId);
  const commentsById = new Map(comments.map((c) => [c.id, c]));
  const validationsById = new Map(validationRows.map((v) => [v.id, v as LoadedValidation]));
  const [names, files] = await Promise.all([
    loadAllTicketNames(
      db,
      ticketRows,
      validationRows.map((v) => ({ organizationId: v.ticket.organizationId, requestedById: v.requestedById })),
    ),
    comments.length
      ? db.ticketAttachment.findMany({
          where: { commentId: { in: comments.map((c) => c.id) } },
          include: WITH_UPLOADER,
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        })
      : [],
  ]);
  const filesOf = (commentId: string | null) =>
    commentId ? files.filter((f) => f.commentId === commentId).map(toAttachmentDto) : [];
  return events.map((event) => ({
    names,
    commentFiles: filesOf(event.commentId),
    event,
    ticket: event.ticketId ? (ticketsById.get(event.ticketId) ?? null) : null,
    ccs: (event.ticketId && ccs.get(event.ticketId)) || new Set<string>(),
    comment: event.commentId ? (commentsById.get(event.commentId) ?? null) : null,
    validation: event.validationId ? (validationsById.get(event.validationId) ?? null) : null,
  }));
}

const toCommentDto = (c: CommentRow, attachments: AttachmentDto[]): CommentDto => ({
  id: c.id,
  ticketId: c.ticketId,
  authorId: c.authorId,
  authorName: c.author.name,
  author: { id: c.authorId, name: c.author.name },
  attachments,
  body: c.body,
  internal: c.internal,
  createdAt: c.createdAt,
});

/**
 * The event as `p` may see it now, decided by the engine and built with the API's mappers: the
 * ticket must be readable by `p` (its current organisation, site, requester and CCs), an internal
 * comment only reaches those who read internal comments, a validation only those who see it.
 * Anything else is not visible, with the reason (a skipped delivery records it).
 */
export function viewEvent(p: Principal, ctx: EventContext): EventView {
  const { event: e } = ctx;
  const base = { type: e.type, timestamp: new Date(e.createdAt).toISOString(), eventId: e.id };
  if (e.type === 'ping') return { visible: true, payload: { ...base, data: { webhookId: String(e.data.webhookId) } } };
  if (!ctx.ticket) return { visible: false, reason: 'the ticket no longer exists' };
  const facts = ticketFacts(ctx.ticket, ctx.ccs.has(p.userId));
  if (!tickets.decide(p, 'read', facts).allowed)
    return { visible: false, reason: 'the receiver may not read the ticket now' };
  const data: EventPayload['data'] = {
    ticket: Object.assign(toTicketDto(ctx.ticket), namesFor(ctx.names, p, ctx.ticket)),
  };
  switch (e.type) {
    case 'ticket.created':
      break;
    case 'ticket.updated':
      data.changes = Array.isArray(e.data.changes) ? (e.data.changes as string[]) : [];
      break;
    case 'ticket.status_changed':
      data.from = String(e.data.from);
      data.to = String(e.data.to);
      break;
    case 'ticket.commented': {
      if (!ctx.comment) return { visible: false, reason: 'the comment no longer exists' };
      if (ctx.comment.internal && !decideInternal(p, 'read').allowed)
        return { visible: false, reason: 'internal comments are staff-only' };
      data.comment = toCommentDto(ctx.comment, ctx.commentFiles);
      break;
    }
    case 'validation.requested':
    case 'validation.decided': {
      const v = ctx.validation;
      if (!v) return { visible: false, reason: 'the validation no longer exists' };
      const vfacts = { kind: v.kind, ticket: facts };
      if (!validations.decide(p, 'read', vfacts).allowed)
        return { visible: false, reason: 'the receiver may not see the validation now' };
      const decide = validations.decide(p, 'decide', vfacts).allowed;
      const seen = nameVisibility(p, { organizationId: v.ticket.organizationId, siteId: null });
      data.validation = Object.assign(toValidationDetailDto(v, p.userId, decide), {
        capabilities: { decide: decide && v.status === 'OPEN' && !v.decisions.some((d) => d.userId === p.userId) },
        organization: ctx.names.organization(v.ticket.organizationId, seen.organization),
        requestedBy: ctx.names.person(v.requestedById, seen.parties),
      });
      break;
    }
  }
  return { visible: true, payload: { ...base, data } };
}
