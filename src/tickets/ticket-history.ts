import type { Tx } from '../database/prisma.service.js';
import type { Prisma } from '../generated/prisma/client.js';

const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue;

/**
 * Appends one entry to a ticket's history, in the caller's transaction. `before`/`after` are stored
 * as JSON (null: not stored); `internal` entries (internal comments) are shown to staff only.
 */
export async function writeTicketHistory(
  tx: Tx,
  t: { id: string; organizationId: string },
  actorId: string | null,
  action: string,
  before: unknown,
  after: unknown,
  internal = false,
): Promise<void> {
  await tx.ticketHistory.create({
    data: {
      ticketId: t.id,
      organizationId: t.organizationId,
      actorId,
      action,
      internal,
      before: before === null ? undefined : json(before),
      after: after === null ? undefined : json(after),
    },
  });
}
