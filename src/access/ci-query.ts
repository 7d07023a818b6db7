import { Prisma } from '../generated/prisma/client.js';
import { cis } from './ci-grants.js';
import { compileScope, type Scope } from './scope.js';

/**
 * The CI list as a keyset page ordered by (name, id). Each scope of `cis` becomes one branch that
 * an index serves — (organization_id, site_id, name, id) for site and no-site scopes,
 * (organization_id, name, id) for whole organisations — LIMITed on its own; the branches are
 * UNIONed and the page is cut from their merge. No scope ⇒ nothing (fail closed).
 */
const sql = Prisma.sql;

export interface CiListFilters {
  organizationId?: string;
  siteId?: string;
  type?: string;
  /** Case-insensitive substring of name, serial or type. */
  q?: string;
}

export interface CiCursor {
  name: string;
  id: string;
}

const like = (q: string) => '%' + q.replace(/[\\%_]/g, (c) => '\\' + c) + '%';

function filterSql(f: CiListFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (f.organizationId) parts.push(sql`c.organization_id = ${f.organizationId}::uuid`);
  if (f.siteId) parts.push(sql`c.site_id = ${f.siteId}::uuid`);
  if (f.type) parts.push(sql`c.type = ${f.type}`);
  if (f.q) {
    const pattern = like(f.q);
    parts.push(sql`(c.name ILIKE ${pattern} OR c.serial ILIKE ${pattern} OR c.type ILIKE ${pattern})`);
  }
  return parts.length ? sql` AND ${Prisma.join(parts, ' AND ')}` : Prisma.empty;
}

/**
 * SELECT of (id, name) of one page of the CIs the scopes reach, by name then id. Ask for page
 * size + 1 rows to learn whether a next page exists.
 */
export function compileCiPage(
  scopes: readonly Scope[],
  f: CiListFilters,
  cursor: CiCursor | null,
  limit: number,
): Prisma.Sql {
  if (scopes.length === 0) return sql`SELECT NULL::uuid AS id, NULL::text AS name WHERE FALSE`;
  const filters = filterSql(f);
  const keyset = cursor ? sql` AND (c.name, c.id) > (${cursor.name}, ${cursor.id}::uuid)` : Prisma.empty;
  const branch = (s: Scope) =>
    sql`(SELECT c.id, c.name FROM cis c WHERE ${compileScope(s, cis.columns)}${keyset}${filters} ORDER BY c.name, c.id LIMIT ${limit})`;
  if (scopes.length === 1) return branch(scopes[0]);
  return sql`SELECT u.id, u.name FROM (${Prisma.join(scopes.map(branch), ' UNION ')}) u ORDER BY u.name, u.id LIMIT ${limit}`;
}
