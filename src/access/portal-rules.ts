import { isStaff, type MembershipContext, type Principal } from './principal.js';
import { hasFeature, type Feature } from './roles.js';

/**
 * What `GET me/portal` shows (SPEC §3): staff preview any portal that is ENABLED or ACTIVE with
 * every tile; a member sees their ACTIVE portals, and a page only when their roles give the
 * feature of every widget on it (`null`: a widget every member may use).
 */
export const previewsEveryPortal = (p: Principal): boolean => isStaff(p);

export function mayUseWidgets(m: MembershipContext, features: readonly (Feature | null)[]): boolean {
  return features.every((f) => f === null || hasFeature(m, f));
}
