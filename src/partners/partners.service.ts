import { Injectable } from '@nestjs/common';
import { decidePartnerLinkChange, decidePartnerLinkList } from '../access/partner-grants.js';
import type { Principal } from '../access/principal.js';
import { audit } from '../audit/audit.js';
import { conflict, forbidden, notFound, unprocessable } from '../common/errors.js';
import { PrismaService, type Tx } from '../database/prisma.service.js';
import { assertSeatsAvailable } from '../portals/seats.js';
import type { CreatePartnerLinkDto, PartnerLinkDto, RemovePartnerLinkQuery } from './dto/partner-link.dto.js';
import { resolveRequestedBy } from '../consent/requested-by.js';

export const partnerLinkInclude = {
  partner: { select: { name: true } },
  domains: { select: { domain: true }, orderBy: { domain: 'asc' } },
  _count: { select: { memberships: true } },
} as const;

type LinkRow = {
  id: string;
  organizationId: string;
  partnerOrganizationId: string;
  consentedByName: string;
  consentedByEmail: string | null;
  consentedAt: Date;
  requestedByUserId: string | null;
  requestedByName: string;
  requestedByEmail: string | null;
  createdById: string | null;
  createdAt: Date;
  partner: { name: string };
  domains: { domain: string }[];
  _count: { memberships: number };
};

export const toPartnerLinkDto = (l: LinkRow): PartnerLinkDto => ({
  id: l.id,
  organizationId: l.organizationId,
  partnerOrganizationId: l.partnerOrganizationId,
  partnerOrganizationName: l.partner.name,
  consentedByName: l.consentedByName,
  consentedByEmail: l.consentedByEmail,
  consentedAt: l.consentedAt,
  requestedBy: { userId: l.requestedByUserId, name: l.requestedByName, email: l.requestedByEmail },
  createdById: l.createdById,
  associatedDomains: l.domains.map((d) => d.domain),
  memberships: l._count.memberships,
  createdAt: l.createdAt,
});

/**
 * Professional partners (SPEC §1): an ADMIN links a PARTNER organisation to a CUSTOMER one with the
 * customer's recorded consent. The partner's primary domains become associated domains of the
 * customer (so partner users created later join both, see users/domain-assignment.ts);
 * `applyToExisting` adds memberships for the partner's current users. Unlinking removes the
 * memberships and domains held through the link; tickets stay with the customer. Every change is
 * audited in its transaction.
 */
@Injectable()
export class PartnersService {
  constructor(private readonly prisma: PrismaService) {}

  /** Staff, and the customer's role managers, see its partner links. */
  async list(p: Principal, organizationId: string): Promise<PartnerLinkDto[]> {
    const d = decidePartnerLinkList(p, organizationId);
    if (!d.visible) throw notFound('organization');
    if (!d.allowed) throw forbidden(d.reason);
    if (!(await this.prisma.organization.findUnique({ where: { id: organizationId }, select: { id: true } })))
      throw notFound('organization');
    const rows = await this.prisma.partnerLink.findMany({
      where: { organizationId },
      include: partnerLinkInclude,
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
    return rows.map(toPartnerLinkDto);
  }

  async create(p: Principal, organizationId: string, dto: CreatePartnerLinkDto): Promise<PartnerLinkDto> {
    const d = decidePartnerLinkChange(p, 'link');
    if (!d.allowed) throw forbidden(d.reason);
    if (dto.consentedAt.getTime() > Date.now() + 60_000)
      throw unprocessable('consentedAt', 'consent cannot be in the future');
    return this.prisma.$transaction(async (tx) => {
      const customer = await tx.organization.findUnique({ where: { id: organizationId } });
      if (!customer) throw notFound('organization');
      if (customer.kind !== 'CUSTOMER') throw conflict('only a CUSTOMER organization can have professional partners');
      if (dto.partnerOrganizationId === organizationId)
        throw unprocessable('partnerOrganizationId', 'an organization cannot be its own partner');
      const partner = await tx.organization.findUnique({
        where: { id: dto.partnerOrganizationId },
        include: { domains: { where: { kind: 'PRIMARY' } } },
      });
      if (!partner) throw unprocessable('partnerOrganizationId', 'no such organization');
      if (partner.kind !== 'PARTNER') throw unprocessable('partnerOrganizationId', 'the organization is not a PARTNER');
      if (
        await tx.partnerLink.findUnique({
          where: { partnerOrganizationId_organizationId: { partnerOrganizationId: partner.id, organizationId } },
        })
      ) {
        throw conflict('the partner is already linked to this organization');
      }
      const requestedBy = await resolveRequestedBy(tx, organizationId, dto.requestedBy);
      const link = await tx.partnerLink.create({
        data: {
          partnerOrganizationId: partner.id,
          organizationId,
          consentedByName: dto.consentedByName,
          consentedByEmail: dto.consentedByEmail?.toLowerCase() ?? null,
          requestedByUserId: requestedBy.userId,
          requestedByName: requestedBy.name,
          requestedByEmail: requestedBy.email,
          consentedAt: dto.consentedAt,
          createdById: p.userId,
        },
      });
      // The partner's primary domains, unless the customer already lists them.
      const listed = new Set(
        (await tx.organizationDomain.findMany({ where: { organizationId }, select: { domain: true } })).map(
          (d) => d.domain,
        ),
      );
      const domains = partner.domains.map((d) => d.domain).filter((d) => !listed.has(d));
      if (domains.length) {
        await tx.organizationDomain.createMany({
          data: domains.map((domain) => ({
            organizationId,
            domain,
            kind: 'ASSOCIATED' as const,
            partnerLinkId: link.id,
          })),
        });
      }
      const added = dto.applyToExisting
        ? await this.addExistingPartnerUsers(tx, p, partner.id, organizationId, link.id)
        : [];
      const row = await tx.partnerLink.findUniqueOrThrow({ where: { id: link.id }, include: partnerLinkInclude });
      await audit(tx, {
        actorId: p.userId,
        organizationId,
        action: 'partner_link.created',
        targetType: 'partner_link',
        targetId: link.id,
        after: { ...toPartnerLinkDto(row), applyToExisting: !!dto.applyToExisting, addedUserIds: added },
        requestedBy,
      });
      return toPartnerLinkDto(row);
    });
  }

  /** Memberships for the partner's active users who are not yet members of the customer; seat limit first. */
  private async addExistingPartnerUsers(
    tx: Tx,
    p: Principal,
    partnerId: string,
    organizationId: string,
    linkId: string,
  ): Promise<string[]> {
    const partnerMembers = await tx.membership.findMany({
      where: {
        organizationId: partnerId,
        active: true,
        user: { active: true, staffRole: null, memberships: { none: { organizationId } } },
      },
      select: { userId: true },
      orderBy: { createdAt: 'asc' },
    });
    const userIds = partnerMembers.map((m) => m.userId);
    await assertSeatsAvailable(
      tx,
      userIds.map((userId) => ({ organizationId, userId })),
    );
    for (const userId of userIds) {
      const m = await tx.membership.create({
        data: { userId, organizationId, roles: ['PORTAL_USER'], partnerLinkId: linkId },
      });
      await audit(tx, {
        actorId: p.userId,
        organizationId,
        action: 'membership.created',
        targetType: 'membership',
        targetId: m.id,
        after: { userId, organizationId, roles: m.roles, partnerLinkId: linkId },
      });
    }
    return userIds;
  }

  async remove(p: Principal, organizationId: string, linkId: string, q: RemovePartnerLinkQuery): Promise<void> {
    const d = decidePartnerLinkChange(p, 'unlink');
    if (!d.allowed) throw forbidden(d.reason);
    await this.prisma.$transaction(async (tx) => {
      const link = await tx.partnerLink.findUnique({ where: { id: linkId }, include: partnerLinkInclude });
      if (!link || link.organizationId !== organizationId) throw notFound('partner link');
      const asked = q.requestedByUserId ?? q.requestedByName ?? q.requestedByEmail;
      const requestedBy = await resolveRequestedBy(
        tx,
        organizationId,
        asked === undefined
          ? undefined
          : { userId: q.requestedByUserId, name: q.requestedByName, email: q.requestedByEmail },
      );
      const memberships = await tx.membership.findMany({ where: { partnerLinkId: linkId, organizationId } });
      await tx.membership.deleteMany({ where: { partnerLinkId: linkId, organizationId } });
      for (const m of memberships) {
        // A user whose default organisation was the customer falls back to another of their organisations.
        const other = await tx.membership.findFirst({
          where: { userId: m.userId, active: true },
          orderBy: { createdAt: 'asc' },
          select: { organizationId: true },
        });
        await tx.user.updateMany({
          where: { id: m.userId, defaultOrganizationId: organizationId },
          data: { defaultOrganizationId: other?.organizationId ?? null },
        });
        await audit(tx, {
          actorId: p.userId,
          organizationId,
          action: 'membership.deleted',
          targetType: 'membership',
          targetId: m.id,
          before: { userId: m.userId, organizationId, roles: m.roles, partnerLinkId: linkId },
        });
      }
      await tx.organizationDomain.deleteMany({ where: { partnerLinkId: linkId } });
      await tx.partnerLink.delete({ where: { id: linkId } });
      await audit(tx, {
        actorId: p.userId,
        organizationId,
        action: 'partner_link.deleted',
        targetType: 'partner_link',
        targetId: linkId,
        before: { ...toPartnerLinkDto(link), removedUserIds: memberships.map((m) => m.userId) },
        requestedBy,
      });
    });
  }
}
