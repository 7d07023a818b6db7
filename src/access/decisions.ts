import { toGrantView, type Decision, type Grant } from './resource.js';

/**
 * Building blocks of the decisions that are not row visibility (organisation-level gates, field
 * restrictions): the same `Decision` shape as `Resource.decide`, so services act on every answer
 * alike — not visible ⇒ 404, visible but not allowed ⇒ 403 (or 422 where a field is named).
 */
export const allow = (grants: readonly Grant[], reason?: string): Decision => ({
  allowed: true,
  visible: true,
  grants: grants.map((g) => toGrantView(g)),
  reason: reason ?? `allowed by ${grants.map((g) => g.via).join('; ')}`,
});

export const refuse = (reason: string): Decision => ({ allowed: false, visible: true, grants: [], reason });

export const hidden = (noun: string): Decision => ({
  allowed: false,
  visible: false,
  grants: [],
  reason: `no grant makes this ${noun} visible to the user`,
});

/** Whether a grant reaches every row of the organisation (staff's `{}` or the organisation itself). */
export function reachesOrganization(g: Grant, organizationId: string): boolean {
  const keys = Object.keys(g.scope);
  return keys.length === 0 || (keys.length === 1 && g.scope.organizationId === organizationId);
}
