import { allow, hidden, reachesOrganization, refuse } from './decisions.js';
import { isAdmin, isStaff, membershipIn, type Principal } from './principal.js';
import { defineResource, type Decision, type Grant } from './resource.js';
import { roleGrants, rolesWith } from './roles.js';

/**
 * Partner links (SPEC §1 Professional partners), keyed by the customer organisation: staff read
 * every link, a member whose roles give "manageRoles" the links of their organisation; only an
 * ADMIN links and unlinks partners.
 */
export type PartnerLinkGrant = Grant<'read' | 'manage'> & { source: 'STAFF' | 'ADMIN' | 'ROLE' };

export function partnerLinkGrants(p: Principal): PartnerLinkGrant[] {
  if (isAdmin(p)) return [{ source: 'ADMIN', scope: {}, capabilities: ['read', 'manage'], via: 'staff role ADMIN' }];
  if (isStaff(p)) return [{ source: 'STAFF', scope: {}, capabilities: ['read'], via: `staff role ${p.staffRole}` }];
  return roleGrants(p, 'manageRoles', ['read'] as const);
}

export interface PartnerLinkFacts {
  organizationId: string;
}

export const partnerLinks = defineResource<PartnerLinkFacts, 'read' | 'manage', 'read' | 'manage'>({
  name: 'partnerLink',
  noun: 'partner link',
  table: 'partner_links',
  grants: partnerLinkGrants,
  visibleWith: 'read',
  actions: { read: { capability: 'read' }, manage: { capability: 'manage' } },
  facts: (l) => ({ organizationId: l.organizationId }),
  columns: { organizationId: 'l.organization_id' },
  refusal: (_p, action) => (action === 'manage' ? 'only an ADMIN links and unlinks partners' : undefined),
});

/** Listing a customer's partner links: 404 for a non-member, 403 for a member without the role. */
export function decidePartnerLinkList(p: Principal, organizationId: string): Decision {
  const allowing = partnerLinkGrants(p).filter((g) => reachesOrganization(g, organizationId));
  if (allowing.length > 0) return allow(allowing);
  if (!membershipIn(p, organizationId)) return hidden('organization');
  return refuse(`partner links are shown to ${rolesWith('manageRoles').join(' and ')} members`);
}

/** Linking (`link`) and unlinking (`unlink`) partners: ADMIN only, refused before anything is looked up. */
export function decidePartnerLinkChange(p: Principal, change: 'link' | 'unlink'): Decision {
  const allowing = partnerLinkGrants(p).filter((g) => g.capabilities.includes('manage'));
  return allowing.length > 0 ? allow(allowing) : refuse(`only an ADMIN ${change}s partners`);
}
