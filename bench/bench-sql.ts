import pg from 'pg';
import type { Principal } from '#app/access/principal.js';
import { tickets } from '#app/access/ticket-grants.js';
import {
  compileTicketCount,
  compileTicketPage,
  DEFAULT_TICKET_SORT,
  sortKeysOf,
  ticketOrderSql,
  type Cursor,
  type SortKeyRow,
  type SortPosition,
  type TicketListFilters,
  type TicketSort,
} from '#app/access/ticket-query.js';
import { PrincipalLoader } from '#app/auth/principal.loader.js';
import { Prisma } from '#app/generated/prisma/client.js';
import { TICKET_COLUMNS } from '#app/tickets/tickets.mapper.js';

/**
 * The exact SQL `TicketsRepository.page()` and `.count()` run for a principal's ticket list: the
 * compiled id page (tickets.scopes + compileTicketPage, limit + 1 rows, in the order of the sort)
 * joined back to the columns of the list, and the bounded count. Shared by the benchmark's
 * references and the EXPLAIN report.
 */
export interface CompiledQuery {
  text: string;
  values: unknown[];
  /** Run as an unnamed statement (planned per call), as Outpost runs a text search. */
  unnamed?: boolean;
}

export interface ListShape {
  sort?: TicketSort;
  filters?: TicketListFilters;
}

export function ticketListSql(
  p: Principal,
  cursor: Cursor | SortPosition | null,
  limit = 50,
  shape: ListShape = {},
): CompiledQuery {
  const sort = shape.sort ?? DEFAULT_TICKET_SORT;
  const filters = shape.filters ?? {};
  const scopes = tickets.scopes(p, 'read', filters.organizationId);
  const ids = compileTicketPage(scopes, filters, cursor, limit + 1, sort);
  const q = Prisma.sql`SELECT ${Prisma.raw(TICKET_COLUMNS)} FROM (${ids}) p JOIN tickets t ON t.id = p.id ORDER BY ${ticketOrderSql(sort)}`;
  return { text: q.text, values: q.values as unknown[] };
}

/** `GET tickets/count`'s SQL: counted up to `cap` + 1. */
export function ticketCountSql(p: Principal, filters: TicketListFilters = {}, cap = 10_000): CompiledQuery {
  const q = compileTicketCount(tickets.scopes(p, 'read', filters.organizationId), filters, cap);
  return { text: q.text, values: q.values as unknown[] };
}

export async function loadPrincipal(pool: pg.Pool, userId: string): Promise<Principal> {
  const p = await new PrincipalLoader(pool).load(userId);
  if (!p) throw new Error(`no active user ${userId}`);
  return p;
}

/**
 * A position `depth` rows deep into the principal's list in the order of `sort` (or 60 rows
 * before its end when the list is shorter), found through the same compiled SQL.
 */
export async function deepCursor(
  pool: pg.Pool,
  p: Principal,
  depth: number,
  sort: TicketSort = DEFAULT_TICKET_SORT,
): Promise<{ cursor: SortPosition; depth: number; total: number }> {
  const scopes = tickets.scopes(p, 'read');
  const ids = compileTicketPage(scopes, {}, null, depth, sort);
  const q = Prisma.sql`SELECT t.id, t.created_at, t.updated_at, t.resolution_due_at, t.priority FROM (${ids}) p JOIN tickets t ON t.id = p.id ORDER BY ${ticketOrderSql(sort)}`;
  const { rows } = await pool.query<SortKeyRow & { id: string }>({
    text: q.text,
    values: q.values as unknown[],
  });
  if (rows.length < 2) throw new Error('the list is too short for a deep page');
  const at = rows.length >= depth ? depth - 1 : Math.max(0, rows.length - 60);
  return { cursor: { keys: sortKeysOf(sort, rows[at]), id: rows[at].id }, depth: at + 1, total: rows.length };
}
