/** Any scope: `all`, or something inside one organisation (ticket, CI, ... scopes share this shape). */
export type AnyScope = { kind: 'all' } | { kind: string; organizationId: string };

/**
 * Reduces scopes to a minimal set for SQL compilation: `all` absorbs everything; an `org` scope
 * absorbs every narrower scope of the same organisation; duplicates go.
 */
export function normalizeScopes<S extends AnyScope>(scopes: S[]): S[] {
  if (scopes.some((s) => s.kind === 'all')) return scopes.filter((s) => s.kind === 'all').slice(0, 1);
  const orgOf = (s: S) => (s as { organizationId: string }).organizationId;
  const wholeOrgs = new Set(scopes.filter((s) => s.kind === 'org').map(orgOf));
  const seen = new Set<string>();
  return scopes.filter((s) => {
    if (s.kind !== 'org' && wholeOrgs.has(orgOf(s))) return false;
    const key = JSON.stringify(s);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
