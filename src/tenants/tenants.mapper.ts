import type { Group, Organization, OrganizationDomain, Site } from '../generated/prisma/client.js';
import type { GroupDto, OrganizationDto, SiteDto } from './dto/organization.dto.js';

export const toOrganizationDto = (o: Organization & { domains: OrganizationDomain[] }): OrganizationDto => ({
  id: o.id,
  name: o.name,
  kind: o.kind,
  portalId: o.portalId,
  ticketAccess: o.ticketAccess,
  domains: o.domains.map((d) => ({ domain: d.domain, kind: d.kind })).sort((a, b) => a.domain.localeCompare(b.domain)),
  version: o.version,
  createdAt: o.createdAt,
  updatedAt: o.updatedAt,
});

export const toSiteDto = (s: Site): SiteDto => ({
  id: s.id,
  organizationId: s.organizationId,
  name: s.name,
  abbreviation: s.abbreviation,
  address: s.address,
  calendarId: s.calendarId,
  version: s.version,
  createdAt: s.createdAt,
});

export const toGroupDto = (g: Group & { members: { userId: string }[] }): GroupDto => ({
  id: g.id,
  name: g.name,
  agentIds: g.members.map((m) => m.userId),
});
