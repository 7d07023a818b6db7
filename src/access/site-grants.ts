import { grantingMemberships, isStaff, type Principal } from './principal.js';
import { defineResource, type Grant } from './resource.js';
import { orgReach } from './scope.js';

/**
 * The site resource (locations, whose abbreviation is the customer's client number):
 * - staff see every site;
 * - a member sees every site of the organisation (`orgReach`), except in external support mode
 *   (strict per-site isolation), where only their own sites are visible — a member without site
 *   sees none. Otherwise a member of site S1 could read the client number of S2 and self-register
 *   with it, i.e. obtain S2's tickets, CIs and contracts.
 * A site's own id is its site column, so the per-site scopes of `orgReach` name the site itself.
 */
export type SiteGrant = Grant<'read'> & { source: 'STAFF' | 'MEMBER' };

export function siteGrants(p: Principal): SiteGrant[] {
  if (isStaff(p)) return [{ source: 'STAFF', scope: {}, capabilities: ['read'], via: `staff role ${p.staffRole}` }];
  return grantingMemberships(p).flatMap((m) =>
    orgReach(m).map((scope): SiteGrant => ({
      source: 'MEMBER',
      scope,
      capabilities: ['read'],
      via: m.org.externalSupportMode ? 'own site, external support mode' : 'member of the organization',
    })),
  );
}

export interface SiteFacts {
  id: string;
  organizationId: string;
}

export const sites = defineResource<SiteFacts, 'read', 'read'>({
  name: 'site',
  noun: 'site',
  table: 'sites',
  grants: siteGrants,
  visibleWith: 'read',
  actions: { read: { capability: 'read' } },
  facts: (s) => ({ organizationId: s.organizationId, siteId: s.id }),
  columns: { organizationId: 's.organization_id', siteId: 's.id' },
});
