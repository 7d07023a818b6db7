import type { Tx } from '../database/prisma.service.js';
import { Prisma } from '../generated/prisma/client.js';

/** The events webhooks subscribe to and `GET events` streams (`ping` only to the endpoint tested). */
export const EVENT_TYPES = [
  'ticket.created',
  'ticket.updated',
  'ticket.commented',
  'ticket.status_changed',
  'validation.requested',
  'validation.decided',
  'ping',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export interface EventInput {
  type: EventType;
  organizationId: string | null;
  ticketId?: string | null;
  commentId?: string | null;
  validationId?: string | null;
  actorId?: string | null;
  /** Small facts of the change (status from/to, changed field names); never a copy of the rows. */
  data?: Record<string, unknown>;
  /** Deliver to this endpoint only (a test ping) instead of to every subscribed endpoint. */
  endpointId?: string;
}

/**
 * Records one event in the transaction of the change that causes it: the event row, one pending
 * delivery per enabled endpoint subscribed to its type (endpoints of its organisation and global
 * ones). One statement; a rolled-back change leaves no event and no delivery. (No NOTIFY here: a
 * notifying transaction holds one database-wide lock through its commit, which serialises every
 * change that records an event; instances follow the table instead, see EventsHub.)
 */
export async function recordEvent(tx: Tx, e: EventInput): Promise<string> {
  const endpoints = e.endpointId
    ? Prisma.sql`w.id = ${e.endpointId}::uuid`
    : Prisma.sql`w.enabled AND ev.type = ANY(w.event_types)
        AND (w.organization_id IS NULL OR w.organization_id = ev.organization_id)`;
  const rows = await tx.$queryRaw<{ id: string }[]>`
    WITH ev AS (
      INSERT INTO events (type, organization_id, ticket_id, comment_id, validation_id, actor_id, data)
      VALUES (${e.type}, ${e.organizationId}::uuid, ${e.ticketId ?? null}::uuid, ${e.commentId ?? null}::uuid,
              ${e.validationId ?? null}::uuid, ${e.actorId ?? null}::uuid, ${JSON.stringify(e.data ?? {})}::jsonb)
      RETURNING id, type, organization_id
    ), deliveries AS (
      INSERT INTO webhook_deliveries (id, endpoint_id, organization_id, event_id, event_type)
      SELECT gen_random_uuid(), w.id, w.organization_id, ev.id, ev.type
        FROM ev JOIN webhook_endpoints w ON ${endpoints}
      RETURNING id
    )
    SELECT ev.id::text AS id, (SELECT count(*) FROM deliveries)::int AS deliveries
      FROM ev`;
  return rows[0].id;
}

/** Deletes events older than the retention (bounded log); deliveries keep their own record. */
export async function pruneEvents(db: Tx, olderThan: Date): Promise<number> {
  return db.$executeRaw`DELETE FROM events WHERE created_at < ${olderThan}`;
}
