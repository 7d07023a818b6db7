import { allow, hidden } from './decisions.js';
import { isStaff, membershipIn, type Principal } from './principal.js';
import type { Decision } from './resource.js';

/**
 * Whose CC candidates of an organisation the caller may list (`GET tickets/cc-candidates`): the
 * same people who may add CCs there (SPEC §3 Tickets: staff, and the requester of a ticket of
 * the organisation — any member with a grant there may be one). Whom a candidate may be is
 * `decideCcTarget`'s rule for the requester: a verified, active member of the organisation.
 * Another organisation is not visible (404), like any organisation the caller is not a member of;
 * a member whose portal is not active is refused by the portal gate (403) before this.
 */
export function decideCcCandidates(p: Principal, organizationId: string): Decision {
  if (isStaff(p))
    return allow([{ source: 'STAFF', scope: {}, capabilities: ['read'], via: `staff role ${p.staffRole}` }]);
  const m = membershipIn(p, organizationId);
  if (!m) return hidden('organization');
  return allow([
    {
      source: 'MEMBER',
      scope: { organizationId },
      capabilities: ['read'],
      via: 'member of the organization: may CC its verified members on own tickets',
    },
  ]);
}
