import { grantingMemberships, isAdmin, isStaff, membershipIn, type PortalRole, type Principal } from './principal.js';
import { allow, hidden, reachesOrganization, refuse } from './decisions.js';
import { defineResource, type Decision, type Grant } from './resource.js';
import { rolesGiving, rolesWith, type Feature } from './roles.js';

/**
 * Memberships and contacts (SPEC §3 Identity). Both are rows of `memberships` (alias `m`):
 * - `memberships`: staff read every membership; a member whose roles give "manageRoles" those of
 *   their organisation (and may list them); everybody their own;
 * - `contacts` (the directory): staff every member; a member whose roles give "allContacts" the
 *   members of their organisation; everybody else their own entry.
 */
export type MemberGrant = Grant<'read'> & { source: 'STAFF' | 'ROLE' | 'SELF' };

export interface MemberFacts {
  organizationId: string;
  userId: string;
}

const MEMBER_COLUMNS = { organizationId: 'm.organization_id', ownerId: 'm.user_id' };

/** Staff: every row; a member with `feature`: their organisation's rows; everybody: their own. */
function memberGrants(p: Principal, feature: Feature): MemberGrant[] {
  if (isStaff(p)) return [{ source: 'STAFF', scope: {}, capabilities: ['read'], via: `staff role ${p.staffRole}` }];
  return grantingMemberships(p).map((m): MemberGrant => {
    const roles = rolesGiving(m, feature);
    return roles.length
      ? {
          source: 'ROLE',
          scope: { organizationId: m.organizationId },
          capabilities: ['read'],
          via: `role ${roles.join(', ')} in the organization`,
        }
      : {
          source: 'SELF',
          scope: { organizationId: m.organizationId, ownerId: p.userId },
          capabilities: ['read'],
          via: 'own membership',
        };
  });
}

const mapFacts = (m: MemberFacts) => ({ organizationId: m.organizationId, ownerId: m.userId });

export const memberships = defineResource<MemberFacts, 'read' | 'list', 'read'>({
  name: 'membership',
  noun: 'membership',
  table: 'memberships',
  grants: (p) => {
    if (isStaff(p)) return memberGrants(p, 'manageRoles');
    // Every user reads their own memberships, in any organisation (also inactive ones).
    const self: MemberGrant = {
      source: 'SELF',
      scope: { ownerId: p.userId },
      capabilities: ['read'],
      via: 'own membership',
    };
    return [...memberGrants(p, 'manageRoles').filter((g) => g.source === 'ROLE'), self];
  },
  visibleWith: 'read',
  // Listing an organisation's members is for staff and its role managers (others use contacts).
  actions: { read: { capability: 'read' }, list: { capability: 'read', sources: ['STAFF', 'ROLE'] } },
  facts: mapFacts,
  columns: MEMBER_COLUMNS,
});

export const contacts = defineResource<MemberFacts, 'read', 'read'>({
  name: 'contact',
  noun: 'contact',
  table: 'memberships',
  grants: (p) => memberGrants(p, 'allContacts'),
  visibleWith: 'read',
  actions: { read: { capability: 'read' } },
  facts: mapFacts,
  columns: MEMBER_COLUMNS,
});

const roleManagers = (joiner: string) => rolesWith('manageRoles').join(joiner);

/**
 * Whether the caller may list the members of an organisation: staff and its role managers; a
 * member without such a role is refused (403), a non-member does not see the organisation (404).
 */
export function decideMemberList(p: Principal, organizationId: string): Decision {
  const allowing = memberships.grants(p).filter((g) => g.source !== 'SELF' && reachesOrganization(g, organizationId));
  if (allowing.length > 0) return allow(allowing);
  if (!membershipIn(p, organizationId)) return hidden('organization');
  return refuse(`listing members requires ${roleManagers(' or ')} (or use GET /contacts)`);
}

/**
 * Whether the caller may read an organisation's consent (its permission contacts and access
 * summary): staff and its role managers, as for the member list.
 */
export function decideConsentRead(p: Principal, organizationId: string): Decision {
  const d = decideMemberList(p, organizationId);
  if (d.allowed || !d.visible) return d;
  return refuse(`an organization's consent is shown to its ${roleManagers(' and ')} members`);
}

/** Roles a role manager may grant or remove: the two basic ones and their own. */
export function manageableRoles(own: readonly PortalRole[]): Set<PortalRole> {
  return new Set<PortalRole>(['PORTAL_USER', 'PORTAL_USER_PLUS', ...own]);
}

export interface MembershipChange {
  /** The membership to change. */
  target: { userId: string; organizationId: string; roles: readonly PortalRole[] };
  /** The fields the request sets (undefined fields left out). */
  fields: readonly string[];
  /** The roles the request sets, if it does. */
  roles?: readonly PortalRole[];
}

/**
 * Who may change a membership (SPEC §3 Identity): an ADMIN anything; a role manager of the
 * organisation only the roles of another member, and only the basic roles and their own. Agents
 * may not change memberships. Not visible ⇒ 404 (the caller cannot read the membership).
 */
export function decideMembershipChange(p: Principal, change: MembershipChange): Decision {
  const { target } = change;
  const read = memberships.decide(p, 'read', target);
  if (!read.visible) return read;
  if (isAdmin(p)) return { ...read, reason: 'staff role ADMIN' };
  if (isStaff(p)) return refuse('only an ADMIN may change memberships');
  const mine = membershipIn(p, target.organizationId);
  const managing = mine ? rolesGiving(mine, 'manageRoles') : [];
  if (!mine || managing.length === 0)
    return refuse(`changing roles requires ${roleManagers(' or ')} in this organization`);
  const other = change.fields.filter((k) => k !== 'roles');
  if (other.length) return refuse(`only an ADMIN may change ${other.join(', ')}`);
  if (target.userId === p.userId) return refuse('you cannot change your own roles');
  if (change.roles) {
    const allowed = manageableRoles(mine.roles);
    const changed = [
      ...change.roles.filter((r) => !target.roles.includes(r)),
      ...target.roles.filter((r) => !change.roles!.includes(r)),
    ];
    const refused = changed.filter((r) => !allowed.has(r));
    if (refused.length) return refuse(`you may not grant or remove ${refused.join(', ')}`);
  }
  return {
    allowed: true,
    visible: true,
    grants: read.grants,
    reason: `role ${managing.join(', ')} in the organization`,
  };
}
