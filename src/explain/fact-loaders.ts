import type { Resource } from '../access/resource.js';
import type { RowFacts } from '../access/scope.js';
import type { PrismaService } from '../database/prisma.service.js';
import { Prisma } from '../generated/prisma/client.js';
import { ccOf, loadTicketFacts, TICKET_FACT_COLUMNS, ticketFacts } from '../tickets/ticket-facts.js';

/**
 * How explain finds the facts of one row. A plain resource's facts are its columns, read by
 * `loadRowFacts` from what the resource declares; the others (a relation to the caller, or a
 * requirement on another resource) have their loader here. null: no such row.
 */
type Loader = (db: PrismaService, id: string, userId: string) => Promise<unknown>;

export const FACT_LOADERS: Record<string, Loader> = {
  ticket: (db, id, userId) => loadTicketFacts(db, id, userId),
  change: async (db, id, userId) => {
    const t = await db.ticket.findUnique({
      where: { id },
      select: { ...TICKET_FACT_COLUMNS, ...ccOf(userId), type: true },
    });
    return t && t.type === 'CHANGE' ? ticketFacts(t) : null;
  },
  validation: async (db, id, userId) => {
    const v = await db.validation.findUnique({
      where: { id },
      select: { kind: true, ticket: { select: { ...TICKET_FACT_COLUMNS, ...ccOf(userId) } } },
    });
    return v && { kind: v.kind, ticket: ticketFacts(v.ticket) };
  },
};

/** The facts of one row of a plain resource, read from the columns it declares. */
export async function loadRowFacts(db: PrismaService, r: Resource, id: string): Promise<RowFacts | null> {
  const c = r.columns;
  const alias = c.organizationId.split('.')[0];
  const pick = (expr: string | undefined, as: string) => (expr ? [`${expr} AS "${as}"`] : []);
  const values = Object.entries(c.values ?? {}).map(([name, v]) => `${v.column}::text AS "v_${name}"`);
  const select = [
    ...pick(c.organizationId, 'organizationId'),
    ...pick(c.siteId, 'siteId'),
    ...pick(c.ownerId, 'ownerId'),
    ...pick(c.department, 'department'),
    ...pick(c.portalId, 'portalId'),
    ...values,
  ].join(', ');
  const rows = await db.$queryRaw<Record<string, string | null>[]>(
    Prisma.sql`SELECT ${Prisma.raw(select)} FROM ${Prisma.raw(r.table)} ${Prisma.raw(alias)} WHERE ${Prisma.raw(alias)}.id = ${id}::uuid`,
  );
  if (rows.length === 0) return null;
  const row = rows[0];
  const facts: RowFacts = { organizationId: row.organizationId };
  if (c.siteId) facts.siteId = row.siteId;
  if (c.ownerId) facts.ownerId = row.ownerId;
  if (c.department) facts.department = row.department;
  if (c.portalId) facts.portalId = row.portalId;
  if (c.values) facts.values = Object.fromEntries(Object.keys(c.values).map((name) => [name, row[`v_${name}`] ?? '']));
  return facts;
}
