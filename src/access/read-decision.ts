/** A read decision from the grants that matched one resource: allowed if any did, explained either way. */
export function readDecision<G extends { via: string }>(
  matching: G[],
  what: string,
): { allowed: boolean; grants: G[]; reason: string } {
  return matching.length
    ? { allowed: true, grants: matching, reason: `allowed by ${matching.map((g) => g.via).join('; ')}` }
    : { allowed: false, grants: [], reason: `no grant makes this ${what} visible to the user` };
}
