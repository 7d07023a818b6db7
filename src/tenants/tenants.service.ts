import { Injectable } from '@nestjs/common';
import { organizationsOf } from '../access/feature-grants.js';
import { organizations } from '../access/organization-grants.js';
import type { Principal } from '../access/principal.js';
import { sites } from '../access/site-grants.js';
import { Prisma } from '../generated/prisma/client.js';
import { audit } from '../audit/audit.js';
import { conflict, notFound, unprocessable } from '../common/errors.js';
import { PrismaService, type Tx } from '../database/prisma.service.js';
import { afterCursor, keysetPage, mapPage, NEWEST_FIRST, sortKeyPage } from '../common/keyset.js';
import type { Page, PageQuery } from '../common/pagination.js';
import { stalePrecondition, versioned } from '../common/etag.js';
import type { OrganizationListQuery } from './dto/organization.dto.js';
import type {
  CreateGroupDto,
  CreateOrganizationDto,
  CreateSiteDto,
  GroupDto,
  OrganizationDto,
  SiteDto,
  UpdateOrganizationDto,
  UpdateSiteDto,
} from './dto/organization.dto.js';
import { assertSeatsForOrganizationMove } from '../portals/seats.js';
import { toGroupDto, toOrganizationDto, toSiteDto } from './tenants.mapper.js';
import { resolveRequestedBy } from '../consent/requested-by.js';

const withDomains = { domains: true } as const;

@Injectable()
export class TenantsService {
  constructor(private readonly prisma: PrismaService) {}

  /** Staff see every organisation; members see theirs. */
  async listOrganizations(p: Principal, q: OrganizationListQuery): Promise<Page<OrganizationDto>> {
    const page = keysetPage(q);
    const reach = organizationsOf(organizations.scopes(p, 'read'));
    const scope = reach === null ? {} : { id: { in: reach } };
    const rows = await this.prisma.organization.findMany({
      where: {
        AND: [
          scope,
          q.q ? { name: { contains: q.q, mode: 'insensitive' as const } } : {},
          q.kind ? { kind: q.kind } : {},
          afterCursor(page.after),
        ],
      },
      include: withDomains,
      orderBy: NEWEST_FIRST,
      take: page.take,
    });
    return mapPage(page.of(rows), toOrganizationDto);
  }

  async getOrganization(p: Principal, id: string): Promise<OrganizationDto> {
    if (!organizations.decide(p, 'read', { id }).visible) throw notFound('organization');
    const o = await this.prisma.organization.findUnique({ where: { id }, include: withDomains });
    if (!o) throw notFound('organization');
    return toOrganizationDto(o);
  }

  private async assertPortal(tx: Tx, portalId: string | null | undefined): Promise<void> {
    if (!portalId) return;
    if (!(await tx.portal.findUnique({ where: { id: portalId }, select: { id: true } })))
      throw unprocessable('portalId', 'no such portal');
  }

  private async assertDomainsFree(tx: Tx, domains: string[], exceptOrgId?: string): Promise<void> {
    const taken = await tx.organizationDomain.findFirst({
      where: {
        domain: { in: domains },
        kind: 'PRIMARY',
        ...(exceptOrgId ? { organizationId: { not: exceptOrgId } } : {}),
      },
    });
    if (taken) throw conflict(`email domain ${taken.domain} is already the primary domain of another organization`);
  }

  async createOrganization(p: Principal, dto: CreateOrganizationDto): Promise<OrganizationDto> {
    const domains = [...new Set((dto.emailDomains ?? []).map((d) => d.toLowerCase()))];
    return this.prisma.$transaction(async (tx) => {
      await this.assertPortal(tx, dto.portalId);
      await this.assertDomainsFree(tx, domains);
      const o = await tx.organization.create({
        data: {
          name: dto.name,
          kind: dto.kind ?? 'CUSTOMER',
          portalId: dto.portalId ?? null,
          ticketAccess: dto.ticketAccess ?? 'OWN',
          domains: { create: domains.map((domain) => ({ domain, kind: 'PRIMARY' as const })) },
        },
        include: withDomains,
      });
      const shared = o.ticketAccess !== 'OWN' || dto.requestedBy !== undefined;
      await audit(tx, {
        actorId: p.userId,
        organizationId: o.id,
        action: 'organization.created',
        targetType: 'organization',
        targetId: o.id,
        after: toOrganizationDto(o),
        requestedBy: shared ? await resolveRequestedBy(tx, o.id, dto.requestedBy) : undefined,
      });
      return toOrganizationDto(o);
    });
  }

  async updateOrganization(
    p: Principal,
    id: string,
    dto: UpdateOrganizationDto,
    expectedVersion: number,
  ): Promise<OrganizationDto> {
    return this.prisma.$transaction(async (tx) => {
      const before = await tx.organization.findUnique({ where: { id }, include: withDomains });
      if (!before) throw notFound('organization');
      if (before.version !== expectedVersion) throw stalePrecondition();
      const accessChange = dto.ticketAccess !== undefined && dto.ticketAccess !== before.ticketAccess;
      const requestedBy =
        accessChange || dto.requestedBy ? await resolveRequestedBy(tx, id, dto.requestedBy) : undefined;
      await this.assertPortal(tx, dto.portalId);
      if (dto.portalId && dto.portalId !== before.portalId) await assertSeatsForOrganizationMove(tx, id, dto.portalId);
      if (dto.emailDomains) {
        const domains = [...new Set(dto.emailDomains.map((d) => d.toLowerCase()))];
        await this.assertDomainsFree(tx, domains, id);
        await tx.organizationDomain.deleteMany({
          where: { organizationId: id, kind: 'PRIMARY', domain: { notIn: domains } },
        });
        for (const domain of domains) {
          await tx.organizationDomain.upsert({
            where: { organizationId_domain: { organizationId: id, domain } },
            create: { organizationId: id, domain, kind: 'PRIMARY' },
            update: { kind: 'PRIMARY', partnerLinkId: null },
          });
        }
      }
      const after = await versioned(
        tx.organization.update({
          where: { id, version: expectedVersion },
          data: {
            name: dto.name,
            kind: dto.kind,
            portalId: dto.portalId,
            ticketAccess: dto.ticketAccess,
            version: { increment: 1 },
          },
          include: withDomains,
        }),
      );
      await audit(tx, {
        actorId: p.userId,
        organizationId: id,
        action: 'organization.updated',
        targetType: 'organization',
        targetId: id,
        before: toOrganizationDto(before),
        after: toOrganizationDto(after),
        requestedBy,
      });
      return toOrganizationDto(after);
    });
  }

  async listSites(p: Principal, organizationId: string, q: PageQuery): Promise<Page<SiteDto>> {
    if (!organizations.decide(p, 'read', { id: organizationId }).visible) throw notFound('organization');
    if (!(await this.prisma.organization.findUnique({ where: { id: organizationId }, select: { id: true } })))
      throw notFound('organization');
    const page = keysetPage(q);
    const keyset = page.after
      ? Prisma.sql` AND (s.created_at, s.id) < (${page.after.createdAt}::timestamptz, ${page.after.id}::uuid)`
      : Prisma.empty;
    const ids = await this.prisma.$queryRaw<{ id: string }[]>(
      Prisma.sql`SELECT s.id FROM sites s WHERE s.organization_id = ${organizationId}::uuid AND ${sites.predicate(p, 'read', organizationId)}${keyset} ORDER BY s.created_at DESC, s.id DESC LIMIT ${page.take}`,
    );
    const rows = await this.prisma.site.findMany({
      where: { id: { in: ids.map((r) => r.id) } },
      orderBy: NEWEST_FIRST,
    });
    return mapPage(page.of(rows), toSiteDto);
  }

  async getSite(p: Principal, id: string): Promise<SiteDto> {
    const s = await this.prisma.site.findUnique({ where: { id } });
    if (!s || !sites.decide(p, 'read', s).allowed) throw notFound('site');
    return toSiteDto(s);
  }

  async createSite(p: Principal, organizationId: string, dto: CreateSiteDto): Promise<SiteDto> {
    return this.prisma.$transaction(async (tx) => {
      if (!(await tx.organization.findUnique({ where: { id: organizationId }, select: { id: true } })))
        throw notFound('organization');
      const s = await tx.site.create({
        data: {
          organizationId,
          name: dto.name,
          abbreviation: dto.abbreviation.toUpperCase(),
          address: dto.address ?? null,
        },
      });
      await audit(tx, {
        actorId: p.userId,
        organizationId,
        action: 'site.created',
        targetType: 'site',
        targetId: s.id,
        after: toSiteDto(s),
      });
      return toSiteDto(s);
    });
  }

  async updateSite(p: Principal, id: string, dto: UpdateSiteDto, expectedVersion: number): Promise<SiteDto> {
    return this.prisma.$transaction(async (tx) => {
      const before = await tx.site.findUnique({ where: { id } });
      if (!before) throw notFound('site');
      if (before.version !== expectedVersion) throw stalePrecondition();
      if (dto.calendarId && !(await tx.slaCalendar.findUnique({ where: { id: dto.calendarId }, select: { id: true } })))
        throw unprocessable('calendarId', 'no such SLA calendar');
      const s = await versioned(
        tx.site.update({
          where: { id, version: expectedVersion },
          data: {
            name: dto.name,
            abbreviation: dto.abbreviation?.toUpperCase(),
            address: dto.address,
            calendarId: dto.calendarId,
            version: { increment: 1 },
          },
        }),
      );
      await audit(tx, {
        actorId: p.userId,
        organizationId: s.organizationId,
        action: 'site.updated',
        targetType: 'site',
        targetId: id,
        before: toSiteDto(before),
        after: toSiteDto(s),
      });
      return toSiteDto(s);
    });
  }

  /** Groups by name, then id (keyset on both; group names are unique, the id keeps the order total). */
  async listGroups(q: PageQuery): Promise<Page<GroupDto>> {
    const page = sortKeyPage(q);
    const after = page.after;
    const rows = await this.prisma.group.findMany({
      where: after ? { OR: [{ name: { gt: after.key } }, { name: after.key, id: { gt: after.id } }] } : {},
      include: { members: { select: { userId: true } } },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      take: page.take,
    });
    return mapPage(
      page.of(rows, (g) => ({ key: g.name, id: g.id })),
      toGroupDto,
    );
  }

  async createGroup(p: Principal, dto: CreateGroupDto): Promise<GroupDto> {
    const agentIds = [...new Set(dto.agentIds ?? [])];
    return this.prisma.$transaction(async (tx) => {
      const staff = await tx.user.count({ where: { id: { in: agentIds }, staffRole: { not: null } } });
      if (staff !== agentIds.length) throw unprocessable('agentIds', 'every member must be an existing staff user');
      const g = await tx.group.create({
        data: { name: dto.name, members: { create: agentIds.map((userId) => ({ userId })) } },
        include: { members: { select: { userId: true } } },
      });
      await audit(tx, {
        actorId: p.userId,
        organizationId: null,
        action: 'group.created',
        targetType: 'group',
        targetId: g.id,
        after: toGroupDto(g),
      });
      return toGroupDto(g);
    });
  }
}
