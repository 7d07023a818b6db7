import pg from 'pg';
import type { Principal } from '#app/access/principal.js';
import { tickets } from '#app/access/ticket-grants.js';
import { compileTicketPage, type Cursor } from '#app/access/ticket-query.js';
import { PrincipalLoader } from '#app/auth/principal.loader.js';
import { Prisma } from '#app/generated/prisma/client.js';
import { TICKET_COLUMNS } from '#app/tickets/tickets.mapper.js';

/**
 * The exact SQL `TicketsRepository.page()` runs for a principal's unfiltered ticket list: the
 * compiled id page (tickets.scopes + compileTicketPage, limit + 1 rows) joined back to the columns
 * of the list. Shared by the benchmark's references and the EXPLAIN report.
 */
export interface CompiledQuery {
  text: string;
  values: unknown[];
}

export function ticketListSql(p: Principal, cursor: Cursor | null, limit = 50): CompiledQuery {
  const scopes = tickets.scopes(p, 'read');
  const ids = compileTicketPage(scopes, {}, cursor, limit + 1);
  const q = Prisma.sql`SELECT ${Prisma.raw(TICKET_COLUMNS)} FROM (${ids}) p JOIN tickets t ON t.id = p.id ORDER BY t.created_at DESC, t.id DESC`;
  return { text: q.text, values: q.values as unknown[] };
}

export async function loadPrincipal(pool: pg.Pool, userId: string): Promise<Principal> {
  const p = await new PrincipalLoader(pool).load(userId);
  if (!p) throw new Error(`no active user ${userId}`);
  return p;
}

/**
 * A cursor `depth` rows deep into the principal's list (or 60 rows before its end when the list is
 * shorter), found through the same compiled SQL.
 */
export async function deepCursor(
  pool: pg.Pool,
  p: Principal,
  depth: number,
): Promise<{ cursor: Cursor; depth: number; total: number }> {
  const scopes = tickets.scopes(p, 'read');
  const q = compileTicketPage(scopes, {}, null, depth);
  const { rows } = await pool.query<{ id: string; created_at: Date }>({ text: q.text, values: q.values as unknown[] });
  if (rows.length < 2) throw new Error('the list is too short for a deep page');
  const at = rows.length >= depth ? depth - 1 : Math.max(0, rows.length - 60);
  return { cursor: { createdAt: rows[at].created_at, id: rows[at].id }, depth: at + 1, total: rows.length };
}
