import type { TicketFacts } from '../access/ticket-grants.js';
import type { Tx } from '../database/prisma.service.js';

/** The ticket columns a decision looks at, for a Prisma `select`. */
export const TICKET_FACT_COLUMNS = { organizationId: true, siteId: true, requesterId: true } as const satisfies Record<
  Exclude<keyof TicketFacts, 'callerIsCc'>,
  true
>;

/** Prisma `include`/`select` fragment loading the one CC row of `userId` (or none) with a ticket. */
export const ccOf = (userId: string) => ({ ccs: { where: { userId }, select: { userId: true } } }) as const;

type FactColumns = Pick<TicketFacts, 'organizationId' | 'siteId' | 'requesterId'>;

/**
 * The facts of a ticket for one user: from a row loaded with `ccOf(userId)`, or from the ticket's
 * columns and whether the user is CC'd (e.g. from `ccUserIds`).
 */
export function ticketFacts(t: FactColumns & { ccs: readonly unknown[] }): TicketFacts;
export function ticketFacts(t: FactColumns, callerIsCc: boolean): TicketFacts;
export function ticketFacts(t: FactColumns & { ccs?: readonly unknown[] }, callerIsCc?: boolean): TicketFacts {
  return {
    organizationId: t.organizationId,
    siteId: t.siteId,
    requesterId: t.requesterId,
    callerIsCc: callerIsCc ?? (t.ccs ?? []).length > 0,
  };
}

/** The facts of one ticket for `userId`; null when there is no such ticket. */
export async function loadTicketFacts(db: Tx, ticketId: string, userId: string): Promise<TicketFacts | null> {
  const t = await db.ticket.findUnique({
    where: { id: ticketId },
    select: { ...TICKET_FACT_COLUMNS, ...ccOf(userId) },
  });
  return t && ticketFacts(t);
}

/** Everyone CC'd on a ticket: the batch form, for deciding about many users at once. */
export async function ccUserIds(db: Tx, ticketId: string): Promise<Set<string>> {
  const rows = await db.ticketCc.findMany({ where: { ticketId }, select: { userId: true } });
  return new Set(rows.map((c) => c.userId));
}
