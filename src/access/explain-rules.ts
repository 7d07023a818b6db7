import { allow, refuse } from './decisions.js';
import { isAdmin, type Principal } from './principal.js';
import type { Decision } from './resource.js';

/**
 * Who may ask the engine to explain access (`GET access/explain`): admins about anyone, everybody
 * else only about themselves. `detailed`: admins also learn that a row does not exist (404) and
 * why a row is invisible; for everybody else a missing and an invisible row answer alike.
 */
export function decideExplain(caller: Principal, subjectUserId: string): Decision & { detailed: boolean } {
  const detailed = isAdmin(caller);
  if (detailed)
    return { ...allow([{ source: 'ADMIN', scope: {}, capabilities: ['explain'], via: 'staff role ADMIN' }]), detailed };
  if (subjectUserId !== caller.userId)
    return { ...refuse('only admins may explain the access of another user'), detailed };
  return {
    allowed: true,
    visible: true,
    grants: [],
    reason: 'the user explains their own access',
    detailed,
  };
}
