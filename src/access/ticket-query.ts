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
  /**
   * Text search: a case-insensitive substring of the subject, or a full-text match
   * (`websearch_to_tsquery('simple', q)`) of the ticket's document — subject, description and
   * public comments (`tickets.search_vector`, kept by the database).
   */
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

/**
 * The sorts of a ticket list. A sort is its key columns (ticket alias `t`, and the copies the CC
 * rows keep of them, alias `c`) and one direction for all of them and the id, so that a keyset
 * cursor is a single row comparison and every branch reads one index in order. Each key is
 * indexed for every kind of branch (staff, organisation, site, requester, CC); see the migrations.
 */
export const TICKET_SORTS = [
  'createdAt',
  '-createdAt',
  'updatedAt',
  '-updatedAt',
  'resolutionDueAt',
  'priority',
] as const;
export type TicketSort = (typeof TICKET_SORTS)[number];
/** Newest first, as the list has always been. */
export const DEFAULT_TICKET_SORT: TicketSort = '-createdAt';

interface SortKey {
  /** Expression on alias `t`, expression on alias `c` (ticket_ccs), output column, SQL type. */
  t: string;
  c: string;
  as: string;
  type: string;
}

const CREATED: SortKey = { t: 't.created_at', c: 'c.ticket_created_at', as: 'created_at', type: 'timestamptz' };
const UPDATED: SortKey = { t: 't.updated_at', c: 'c.ticket_updated_at', as: 'updated_at', type: 'timestamptz' };
/** No due time sorts after every due time: the key is 'infinity' for it (an index expression). */
const DUE: SortKey = {
  t: "COALESCE(t.resolution_due_at, 'infinity'::timestamptz)",
  c: "COALESCE(c.ticket_resolution_due_at, 'infinity'::timestamptz)",
  as: 'due_at',
  type: 'timestamptz',
};
const PRIORITY: SortKey = { t: 't.priority', c: 'c.ticket_priority', as: 'priority', type: '"TicketPriority"' };

interface SortSpec {
  keys: SortKey[];
  dir: 'ASC' | 'DESC';
}

const SORTS: Record<TicketSort, SortSpec> = {
  '-createdAt': { keys: [CREATED], dir: 'DESC' },
  createdAt: { keys: [CREATED], dir: 'ASC' },
  '-updatedAt': { keys: [UPDATED], dir: 'DESC' },
  updatedAt: { keys: [UPDATED], dir: 'ASC' },
  // Soonest due first (overdue ones lead), tickets without a due time last.
  resolutionDueAt: { keys: [DUE], dir: 'ASC' },
  // Most urgent first (CRITICAL, HIGH, MEDIUM, LOW: the enum's order, descending), newest first within one.
  priority: { keys: [PRIORITY, CREATED], dir: 'DESC' },
};

/** A position in a sorted list: the sort's key values (text, as in the cursor) and the ticket id. */
export interface SortPosition {
  keys: readonly string[];
  id: string;
}

/** The columns of a ticket row the sort keys are read from (timestamps as ISO strings or Dates). */
export interface SortKeyRow {
  created_at: unknown;
  updated_at: unknown;
  resolution_due_at: unknown;
  priority: unknown;
}

/** The values of the sort keys of a ticket row, as a cursor holds them. */
export function sortKeysOf(sort: TicketSort, row: SortKeyRow): string[] {
  const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : String(v));
  return SORTS[sort].keys.map((k) => {
    if (k === DUE) return row.resolution_due_at == null ? 'infinity' : iso(row.resolution_due_at);
    if (k === PRIORITY) return String(row.priority);
    return iso(k === CREATED ? row.created_at : row.updated_at);
  });
}

/** The number of key values a cursor of `sort` holds, and whether key `i` may be 'infinity' / is a priority. */
export const sortKeyKinds = (sort: TicketSort): ('timestamp' | 'due' | 'priority')[] =>
  SORTS[sort].keys.map((k) => (k === DUE ? 'due' : k === PRIORITY ? 'priority' : 'timestamp'));

/** `ORDER BY` of a sort on the ticket alias `t` (for the outer query that joins the page back to its tickets). */
export function ticketOrderSql(sort: TicketSort): Prisma.Sql {
  const { keys, dir } = SORTS[sort];
  return Prisma.raw([...keys.map((k) => `${k.t} ${dir}`), `t.id ${dir}`].join(', '));
}

const positionOf = (c: Cursor | SortPosition): SortPosition =>
  'createdAt' in c ? { keys: [c.createdAt.toISOString()], id: c.id } : c;

function filterSql(f: TicketListFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (f.organizationId) parts.push(sql`t.organization_id = ${f.organizationId}::uuid`);
  if (f.siteId) parts.push(sql`t.site_id = ${f.siteId}::uuid`);
  if (f.status?.length) parts.push(sql`t.status = ANY(${f.status}::"TicketStatus"[])`);
  if (f.type) parts.push(sql`t.type = ${f.type}::"TicketType"`);
  if (f.priority) parts.push(sql`t.priority = ${f.priority}::"TicketPriority"`);
  if (f.requesterId) parts.push(sql`t.requester_id = ${f.requesterId}::uuid`);
  if (f.q)
    parts.push(
      sql`(t.subject ILIKE ${'%' + f.q.replace(/[\\%_]/g, (c) => '\\' + c) + '%'} OR t.search_vector @@ websearch_to_tsquery('simple', ${f.q}))`,
    );
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
/** The largest LIMIT a page builder inlines: a page of 100 + 1, or a bounded count of 10,000 + 1. */
const MAX_LIMIT = 10_001;

function limitSql(limit: number): Prisma.Sql {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) throw new Error(`invalid page limit ${limit}`);
  return Prisma.raw(String(limit));
}

/** `(k1, …, id) < ($1, …, $id)` (or `>` ascending) on one alias: one row comparison, one index range. */
function keysetSql(spec: SortSpec, alias: 't' | 'c', at: SortPosition): Prisma.Sql {
  const cols = [...spec.keys.map((k) => k[alias]), alias === 't' ? 't.id' : 'c.ticket_id'].join(', ');
  const values = spec.keys.map((k, i) => sql`${at.keys[i]}::${Prisma.raw(k.type)}`);
  const op = spec.dir === 'DESC' ? '<' : '>';
  return sql` AND (${Prisma.raw(cols)}) ${Prisma.raw(op)} (${Prisma.join([...values, sql`${at.id}::uuid`], ', ')})`;
}

function branch(
  s: BranchScope,
  filters: Prisma.Sql,
  spec: SortSpec,
  at: SortPosition | null,
  limit: number,
): Prisma.Sql {
  const alias = isCc(s) ? 'c' : 't';
  const id = alias === 't' ? 't.id' : 'c.ticket_id';
  const select = Prisma.raw(
    [alias === 't' ? 't.id' : 'c.ticket_id AS id', ...spec.keys.map((k) => `${k[alias]} AS ${k.as}`)].join(', '),
  );
  const order = Prisma.raw([...spec.keys.map((k) => `${k[alias]} ${spec.dir}`), `${id} ${spec.dir}`].join(', '));
  const keyset = at ? keysetSql(spec, alias, at) : Prisma.empty;
  if (alias === 'c') {
    // Without filters on the ticket, the CC row alone answers: ticket_ccs.ticket_id references
    // tickets ON DELETE CASCADE, and the row carries the ticket's organisation and sort keys.
    const from =
      filters === Prisma.empty ? sql`FROM ticket_ccs c` : sql`FROM ticket_ccs c JOIN tickets t ON t.id = c.ticket_id`;
    return sql`(SELECT ${select} ${from} WHERE ${compileScope(s, CC_COLUMNS)}${keyset}${filters} ORDER BY ${order} LIMIT ${limitSql(limit)})`;
  }
  return sql`(SELECT ${select} FROM tickets t WHERE ${compileScope(s, TICKET_COLUMNS)}${keyset}${filters} ORDER BY ${order} LIMIT ${limitSql(limit)})`;
}

/**
 * SELECT of the ids (and sort keys) of one page of tickets the scopes reach, in the order of
 * `sort` (default newest first), after the position `cursor`. `limit` rows are returned; ask for
 * page size + 1 to learn whether a next page exists.
 */
export function compileTicketPage(
  scopes: Scope[],
  f: TicketListFilters,
  cursor: Cursor | SortPosition | null,
  limit: number,
  sort: TicketSort = DEFAULT_TICKET_SORT,
): Prisma.Sql {
  limitSql(limit);
  const spec = SORTS[sort];
  const outputs = spec.keys.map((k) => `u.${k.as}`);
  if (scopes.length === 0)
    return sql`SELECT NULL::uuid AS id, ${Prisma.raw(spec.keys.map((k) => `NULL::${k.type} AS ${k.as}`).join(', '))} WHERE FALSE`;
  const filters = filterSql(f);
  const at = cursor ? positionOf(cursor) : null;
  if (at && at.keys.length !== spec.keys.length) throw new Error(`a cursor of ${at.keys.length} keys for sort ${sort}`);
  const branches = branchScopes(scopes).map((s) => branch(s, filters, spec, at, limit));
  if (branches.length === 1) return branches[0];
  // UNION ALL of branches that are each ordered by the sort keys and id lets PostgreSQL merge them
  // lazily (Merge Append) and stop after `limit` rows; DISTINCT on the same keys drops a ticket
  // reached through two grants (adjacent in that order) without a sort of every branch's rows.
  const order = [...outputs.map((o) => `${o} ${spec.dir}`), `u.id ${spec.dir}`].join(', ');
  return sql`SELECT DISTINCT u.id, ${Prisma.raw(outputs.join(', '))} FROM (${Prisma.join(branches, ' UNION ALL ')}) u ORDER BY ${Prisma.raw(order)} LIMIT ${limitSql(limit)}`;
}

/**
 * The number of tickets the scopes reach with the filters, counted up to `cap` + 1: the page
 * builder's index-ordered branches, each LIMITed to `cap` + 1 rows, so a count reads at most that
 * many index entries per branch whatever the size of the organisation. More than `cap` ⇒ the
 * caller answers `{ count: cap, exact: false }`.
 */
export function compileTicketCount(scopes: Scope[], f: TicketListFilters, cap: number): Prisma.Sql {
  return sql`SELECT count(*)::int AS n FROM (${compileTicketPage(scopes, f, null, cap + 1)}) c`;
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
