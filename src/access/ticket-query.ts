import { createHash } from 'node:crypto';
import { Prisma } from '../generated/prisma/client.js';
import type { TicketPriority, TicketStatus, TicketType } from './principal.js';
import { compileScope, foldOrganizations, isUnbounded, type Columns, type Scope } from './scope.js';
import { TICKET_COLUMNS } from './ticket-grants.js';
import type { SlaState } from '../sla/sla-clock.js';
import { slaStatePredicate } from '../sla/sla-state-sql.js';

/**
 * Compiles the grants of `ticket-grants.ts` into SQL. Each reachable scope becomes one
 * index-backed, keyset-ordered, LIMITed branch; the branches are UNIONed and the page is cut from
 * their merge. "No grant" compiles to a query that matches nothing (fail closed).
 */
const sql = Prisma.sql;

export interface TicketListFilters {
  organizationId?: string;
  siteId?: string;
  status?: TicketStatus[];
  type?: TicketType;
  priority?: TicketPriority;
  requesterId?: string;
  /** Case-insensitive substring of the subject. */
  q?: string;
  overdue?: boolean;
  slaState?: SlaState;
  /** Extra predicate on alias `t` supplied by a caller (e.g. CHANGE tickets only). */
  extra?: Prisma.Sql;
}

export interface Cursor {
  createdAt: Date;
  id: string;
}

function filterSql(f: TicketListFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (f.organizationId) parts.push(sql`t.organization_id = ${f.organizationId}::uuid`);
  if (f.siteId) parts.push(sql`t.site_id = ${f.siteId}::uuid`);
  if (f.status?.length) parts.push(sql`t.status = ANY(${f.status}::"TicketStatus"[])`);
  if (f.type) parts.push(sql`t.type = ${f.type}::"TicketType"`);
  if (f.priority) parts.push(sql`t.priority = ${f.priority}::"TicketPriority"`);
  if (f.requesterId) parts.push(sql`t.requester_id = ${f.requesterId}::uuid`);
  if (f.q) parts.push(sql`t.subject ILIKE ${'%' + f.q.replace(/[\\%_]/g, (c) => '\\' + c) + '%'}`);
  if (f.overdue) parts.push(sql`t.resolution_due_at < now() AND t.status NOT IN ('RESOLVED', 'CLOSED', 'CANCELLED')`);
  if (f.slaState) parts.push(slaStatePredicate(f.slaState));
  if (f.extra) parts.push(f.extra);
  return parts.length ? sql` AND ${Prisma.join(parts, ' AND ')}` : Prisma.empty;
}

/**
 * What one branch of a list reads: a scope, or the requester (CC) scopes one user holds in several
 * organisations folded into one branch over `organization_id = ANY(…)`. A partner in 20
 * organisations then runs 2 branches instead of 40, and every partner shares one statement
 * shape whatever the number of organisations (docs/PERFORMANCE.md).
 */
type BranchScope = Scope & { organizationIds?: string[] };

/** Only requester and CC scopes fold: an organisation or site branch keeps its own index. */
export const branchScopes = (scopes: readonly Scope[]): BranchScope[] =>
  foldOrganizations(scopes, (s) => (s.ownerId !== undefined || s.relation !== undefined) && s.siteId === undefined);

const isCc = (s: Scope) => s.relation?.name === 'cc';

/** A CC branch reads `ticket_ccs c`, which carries the ticket's organisation and created_at. */
const CC_COLUMNS: Columns = {
  organizationId: 'c.organization_id',
  relations: { cc: (userId) => sql`c.user_id = ${userId}::uuid` },
};

/**
 * The page size is inlined as a literal (a validated integer), not a parameter: under the generic
 * plan of a prepared statement a `LIMIT $n` is costed as an unknown row count and the planner
 * picks a full sort (an agent's list went from 0.2 ms to 190 ms; docs/PERFORMANCE.md).
 */
function limitSql(limit: number): Prisma.Sql {
  if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) throw new Error(`invalid page limit ${limit}`);
  return Prisma.raw(String(limit));
}

function branch(s: BranchScope, filters: Prisma.Sql, cursor: Cursor | null, limit: number): Prisma.Sql {
  if (isCc(s)) {
    const keyset = cursor
      ? sql` AND (c.ticket_created_at, c.ticket_id) < (${cursor.createdAt}::timestamptz, ${cursor.id}::uuid)`
      : Prisma.empty;
    // Without filters on the ticket, the CC row alone answers (ticket_ccs.ticket_id references
    // tickets ON DELETE CASCADE and carries the ticket's organisation and created_at).
    const from =
      filters === Prisma.empty ? sql`FROM ticket_ccs c` : sql`FROM ticket_ccs c JOIN tickets t ON t.id = c.ticket_id`;
    return sql`(SELECT c.ticket_id AS id, c.ticket_created_at AS created_at ${from} WHERE ${compileScope(s, CC_COLUMNS)}${keyset}${filters} ORDER BY c.ticket_created_at DESC, c.ticket_id DESC LIMIT ${limitSql(limit)})`;
  }
  const keyset = cursor
    ? sql` AND (t.created_at, t.id) < (${cursor.createdAt}::timestamptz, ${cursor.id}::uuid)`
    : Prisma.empty;
  return sql`(SELECT t.id, t.created_at FROM tickets t WHERE ${compileScope(s, TICKET_COLUMNS)}${keyset}${filters} ORDER BY t.created_at DESC, t.id DESC LIMIT ${limitSql(limit)})`;
}

/**
 * SELECT of the ids (and created_at) of one page of tickets the scopes reach, newest first.
 * `limit` rows are returned; ask for page size + 1 to learn whether a next page exists.
 */
export function compileTicketPage(
  scopes: Scope[],
  f: TicketListFilters,
  cursor: Cursor | null,
  limit: number,
): Prisma.Sql {
  limitSql(limit);
  if (scopes.length === 0) return sql`SELECT NULL::uuid AS id, NULL::timestamptz AS created_at WHERE FALSE`;
  const filters = filterSql(f);
  const branches = branchScopes(scopes).map((s) => branch(s, filters, cursor, limit));
  if (branches.length === 1) return branches[0];
  // UNION ALL of branches that are each ordered by (created_at, id) lets PostgreSQL merge them
  // lazily (Merge Append) and stop after `limit` rows; DISTINCT on the same keys drops a ticket
  // reached through two grants (adjacent in that order) without a sort of every branch's rows.
  return sql`SELECT DISTINCT u.id, u.created_at FROM (${Prisma.join(branches, ' UNION ALL ')}) u ORDER BY u.created_at DESC, u.id DESC LIMIT ${limitSql(limit)}`;
}

/**
 * A boolean predicate on alias `t` that is true for exactly the tickets the scopes reach (for
 * joins such as the validations inbox). Same scopes, same rules as the list.
 */
export function compileTicketPredicate(scopes: Scope[]): Prisma.Sql {
  if (scopes.length === 0) return sql`FALSE`;
  if (scopes.some(isUnbounded)) return sql`TRUE`;
  const parts = branchScopes(scopes).map((s) => sql`(${compileScope(s, TICKET_COLUMNS)})`);
  return sql`(${Prisma.join(parts, ' OR ')})`;
}

const MAX_NAMED_STATEMENTS = 500;
/** SQL text → statement name (a Map lookup instead of a SHA-1 per request). */
const namedStatements = new Map<string, string>();

/**
 * A name for running a compiled list query as a server-side prepared statement (pg's `name`),
 * keyed by the SQL text: PostgreSQL then plans each query shape once per connection instead of
 * on every call (a partner's 40-branch list: 574 → 2,508 queries/s raw; docs/PERFORMANCE.md).
 * Every list shape has a good generic plan (literal page size, one index-ordered branch per
 * grant). Returns undefined — run unnamed — for a text search (its best plan depends on the
 * pattern) and once 500 shapes are named, which bounds the statements each connection keeps.
 */
export function listStatementName(text: string, f: TicketListFilters): string | undefined {
  if (f.q) return undefined;
  const known = namedStatements.get(text);
  if (known) return known;
  if (namedStatements.size >= MAX_NAMED_STATEMENTS) return undefined;
  const name = 'tl_' + createHash('sha1').update(text).digest('base64url').slice(0, 24);
  namedStatements.set(text, name);
  return name;
}
