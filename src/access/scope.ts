import { Prisma } from '../generated/prisma/client.js';
import { sitesOf, type MembershipContext } from './principal.js';

/**
 * The one scope vocabulary of the engine. A scope is a conjunction of conditions on a row; a
 * condition that is absent does not narrow. `{}` reaches every row (staff). Every resource tells
 * the engine which of its columns hold each fact (`Columns`), and the same scope is then matched
 * in memory (`scopeMatches`) and compiled to SQL (`compileScope`).
 */
export interface Scope {
  /** The row's organisation. */
  organizationId?: string;
  /** A site id: rows of that site; null: rows without a site. */
  siteId?: string | null;
  /** The row's owner (a ticket's requester). */
  ownerId?: string;
  /** The user stands in this relation to the row (CC'd on a ticket). */
  relation?: { name: string; userId: string };
  /** A department: rows of that department; null: no row (a member without department). */
  department?: string | null;
  /** The portal the row is published to. */
  portalId?: string;
  /** Fixed attribute values, e.g. `{ direction: ['SOLD'] }`. */
  values?: Readonly<Record<string, readonly string[]>>;
}

/** The facts of one row that scopes look at, in the vocabulary of `Scope`. */
export interface RowFacts {
  organizationId: string | null;
  siteId?: string | null;
  ownerId?: string | null;
  department?: string | null;
  portalId?: string | null;
  values?: Readonly<Record<string, string>>;
  /** The relations the principal holds to the row, e.g. `{ cc: true }`. */
  relations?: Readonly<Record<string, boolean>>;
}

/** Where a resource keeps each fact: column expressions on the resource's alias. */
export interface Columns {
  organizationId: string;
  siteId?: string;
  ownerId?: string;
  department?: string;
  portalId?: string;
  /** Column and SQL type of each fixed attribute. */
  values?: Record<string, { column: string; type: string }>;
  /** The SQL that holds when `userId` stands in the relation to the row. */
  relations?: Record<string, (userId: string) => Prisma.Sql>;
}

export function scopeMatches(s: Scope, r: RowFacts): boolean {
  if (s.organizationId !== undefined && r.organizationId !== s.organizationId) return false;
  if (s.siteId !== undefined && (r.siteId ?? null) !== s.siteId) return false;
  if (s.ownerId !== undefined && r.ownerId !== s.ownerId) return false;
  if (s.relation !== undefined && r.relations?.[s.relation.name] !== true) return false;
  if (s.department !== undefined && (s.department === null || r.department !== s.department)) return false;
  if (s.portalId !== undefined && r.portalId !== s.portalId) return false;
  for (const [name, allowed] of Object.entries(s.values ?? {})) {
    const v = r.values?.[name];
    if (v === undefined || !allowed.includes(v)) return false;
  }
  return true;
}

const sql = Prisma.sql;

/**
 * The SQL of one scope on the resource's columns. `organizationIds` (a page builder's fold of
 * scopes that differ only in their organisation) compiles to one `= ANY(…)`.
 */
export function compileScope(s: Scope & { organizationIds?: string[] }, c: Columns): Prisma.Sql {
  const col = (expr: string | undefined, fact: string): Prisma.Sql => {
    if (!expr) throw new Error(`the resource has no column for ${fact}`);
    return Prisma.raw(expr);
  };
  const parts: Prisma.Sql[] = [];
  if (s.relation !== undefined) {
    const rel = c.relations?.[s.relation.name];
    if (!rel) throw new Error(`the resource has no relation ${s.relation.name}`);
    parts.push(rel(s.relation.userId));
  }
  if (s.ownerId !== undefined) parts.push(sql`${col(c.ownerId, 'owner')} = ${s.ownerId}::uuid`);
  if (s.organizationIds !== undefined)
    parts.push(sql`${col(c.organizationId, 'organization')} = ANY(${s.organizationIds}::uuid[])`);
  else if (s.organizationId !== undefined)
    parts.push(sql`${col(c.organizationId, 'organization')} = ${s.organizationId}::uuid`);
  if (s.siteId === null) parts.push(sql`${col(c.siteId, 'site')} IS NULL`);
  else if (s.siteId !== undefined) parts.push(sql`${col(c.siteId, 'site')} = ${s.siteId}::uuid`);
  if (s.department === null) parts.push(sql`FALSE`);
  else if (s.department !== undefined) parts.push(sql`${col(c.department, 'department')} = ${s.department}`);
  if (s.portalId !== undefined) parts.push(sql`${col(c.portalId, 'portal')} = ${s.portalId}::uuid`);
  for (const [name, allowed] of Object.entries(s.values ?? {})) {
    const v = c.values?.[name];
    if (!v) throw new Error(`the resource has no attribute ${name}`);
    parts.push(
      allowed.length === 1
        ? sql`${Prisma.raw(v.column)} = ${allowed[0]}::${Prisma.raw(v.type)}`
        : sql`${Prisma.raw(v.column)} = ANY(${allowed}::${Prisma.raw(v.type + '[]')})`,
    );
  }
  return parts.length ? Prisma.join(parts, ' AND ') : sql`TRUE`;
}

/**
 * A predicate true for exactly the rows some scope reaches; no scope ⇒ FALSE (fail closed).
 * Scopes that differ only in their organisation are folded into one `organization_id = ANY(…)`,
 * so a partner in many organisations gets one term per kind of grant, not one per organisation.
 */
export function compileScopes(scopes: readonly Scope[], c: Columns): Prisma.Sql {
  if (scopes.length === 0) return sql`FALSE`;
  if (scopes.some(isUnbounded)) return sql`TRUE`;
  return sql`(${Prisma.join(
    foldOrganizations(scopes, () => true).map((s) => sql`(${compileScope(s, c)})`),
    ' OR ',
  )})`;
}

/**
 * Folds the scopes (those `when` accepts) that are equal but for their organisation into one
 * scope over `organizationIds`; each group takes the place of its first scope, and a group of one
 * stays an exact-match scope.
 */
export function foldOrganizations(
  scopes: readonly Scope[],
  when: (s: Scope) => boolean,
): (Scope & { organizationIds?: string[] })[] {
  const keyOf = (s: Scope) => {
    const { organizationId: _org, ...rest } = s;
    return canonicalKey(rest);
  };
  const groups = new Map<string, string[]>();
  for (const s of scopes) {
    if (s.organizationId === undefined || !when(s)) continue;
    const orgs = groups.get(keyOf(s));
    if (orgs) orgs.push(s.organizationId);
    else groups.set(keyOf(s), [s.organizationId]);
  }
  const emitted = new Set<string>();
  const out: (Scope & { organizationIds?: string[] })[] = [];
  for (const s of scopes) {
    const orgs = s.organizationId === undefined || !when(s) ? undefined : groups.get(keyOf(s));
    if (!orgs || orgs.length === 1) out.push(s);
    else if (!emitted.has(keyOf(s))) {
      emitted.add(keyOf(s));
      const { organizationId: _org, ...rest } = s;
      out.push({ ...rest, organizationIds: orgs });
    }
  }
  return out;
}

export const isUnbounded = (s: Scope): boolean => Object.keys(s).length === 0;

/** Whether scope `wide` reaches every row that `narrow` reaches (a sufficient test, not a complete one). */
function covers(wide: Scope, narrow: Scope): boolean {
  for (const key of Object.keys(wide) as (keyof Scope)[]) {
    if (JSON.stringify(wide[key]) !== JSON.stringify(narrow[key])) return false;
  }
  return true;
}

/**
 * Reduces scopes to a minimal set for SQL: a scope another one covers goes (`{}` covers all, an
 * organisation covers its sites), and so do duplicates.
 */
export function normalizeScopes(scopes: readonly Scope[]): Scope[] {
  const unique = [...new Map(scopes.map((s) => [canonicalKey(s), s])).values()];
  return unique.filter((s, i) => !unique.some((w, j) => j !== i && covers(w, s) && !covers(s, w)));
}

function canonicalKey(s: Scope): string {
  return JSON.stringify(
    Object.keys(s)
      .sort()
      .map((k) => [k, s[k as keyof Scope]]),
  );
}

/** A scope restricted to one organisation filter: kept, narrowed, or dropped (null). */
export function withinOrganization(s: Scope, organizationId: string | undefined): Scope | null {
  if (!organizationId) return s;
  if (s.organizationId === undefined) return s;
  return s.organizationId === organizationId ? s : null;
}

/** The member's own sites (home, read and write); a member without site: the rows without site. */
export function siteReach(m: MembershipContext): Scope[] {
  const sites = sitesOf(m);
  if (sites.length === 0) return [{ organizationId: m.organizationId, siteId: null }];
  return sites.map((siteId) => ({ organizationId: m.organizationId, siteId }));
}

/**
 * What an organisation-wide grant of a member reaches (SPEC §2 "External support mode"): the whole
 * organisation, or in external support mode only the member's own sites — a member without site
 * only the rows without site.
 */
export function orgReach(m: MembershipContext): Scope[] {
  if (!m.org.externalSupportMode) return [{ organizationId: m.organizationId }];
  return siteReach(m);
}

/** How a scope reads in explanations, e.g. `own tickets, organization …`. */
export function describeScope(s: Scope, noun = 'rows'): string {
  if (isUnbounded(s)) return 'every organization';
  const parts: string[] = [];
  if (s.ownerId !== undefined) parts.push(`own ${noun}`);
  if (s.relation !== undefined)
    parts.push(s.relation.name === 'cc' ? `${noun} CC'd to the user` : `${noun} related (${s.relation.name})`);
  if (s.values) for (const [k, v] of Object.entries(s.values)) parts.push(`${k} ${v.join('/')}`);
  if (s.department === null) parts.push('no department');
  else if (s.department !== undefined) parts.push(`department ${s.department}`);
  if (s.siteId === null) parts.push(`${noun} without site`);
  else if (s.siteId !== undefined) parts.push(`site ${s.siteId}`);
  if (s.portalId !== undefined) parts.push(`portal ${s.portalId}`);
  if (s.organizationId !== undefined) parts.push(`organization ${s.organizationId}`);
  return parts.join(', ');
}
