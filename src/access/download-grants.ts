import { grantingMemberships, isStaff, type Principal } from './principal.js';
import { defineResource, type Grant } from './resource.js';

/**
 * The download resource (SPEC §3 "Utilities"): staff see all; a member sees what was published to
 * one of their organisations or to the portal of one of their organisations.
 */
export type DownloadGrant = Grant<'read'> & { source: 'STAFF' | 'MEMBER' };

export function downloadGrants(p: Principal): DownloadGrant[] {
  if (isStaff(p)) return [{ source: 'STAFF', scope: {}, capabilities: ['read'], via: `staff role ${p.staffRole}` }];
  return grantingMemberships(p).flatMap((m): DownloadGrant[] => [
    {
      source: 'MEMBER',
      scope: { organizationId: m.organizationId },
      capabilities: ['read'],
      via: 'published to an organization of the user',
    },
    ...(m.org.portalId
      ? [
          {
            source: 'MEMBER' as const,
            scope: { portalId: m.org.portalId },
            capabilities: ['read' as const],
            via: 'published to the portal of an organization of the user',
          },
        ]
      : []),
  ]);
}

export interface DownloadFacts {
  portalId: string | null;
  organizationId: string | null;
}

export const downloads = defineResource<DownloadFacts, 'read', 'read'>({
  name: 'download',
  noun: 'download',
  table: 'downloads',
  grants: downloadGrants,
  visibleWith: 'read',
  actions: { read: { capability: 'read' } },
  facts: (d) => ({ organizationId: d.organizationId, portalId: d.portalId }),
  columns: { organizationId: 'd.organization_id', portalId: 'd.portal_id' },
});
