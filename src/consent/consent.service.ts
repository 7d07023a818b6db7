import { Injectable } from '@nestjs/common';
import type { Principal } from '../access/principal.js';
import { decideConsentRead } from '../access/member-grants.js';
import { toGrantView } from '../access/resource.js';
import { memberTicketReach } from '../access/ticket-reach.js';
import { audit } from '../audit/audit.js';
import { PrincipalLoader } from '../auth/principal.loader.js';
import { forbidden, notFound, unprocessable } from '../common/errors.js';
import { PrismaService } from '../database/prisma.service.js';
import { partnerLinkInclude, toPartnerLinkDto } from '../partners/partners.service.js';
import type { AccessSummaryDto, PermissionContactDto, TicketReaderDto } from './dto/consent.dto.js';

const contactInclude = { membership: { select: { id: true, user: { select: { name: true, email: true } } } } } as const;

const toContactDto = (c: {
  organizationId: string;
  userId: string;
  createdAt: Date;
  membership: { id: string; user: { name: string; email: string } };
}): PermissionContactDto => ({
  organizationId: c.organizationId,
  userId: c.userId,
  membershipId: c.membership.id,
  name: c.membership.user.name,
  email: c.membership.user.email,
  createdAt: c.createdAt,
});

/**
 * SPEC §3 Consent: an organisation's permission contacts (the members entitled to ask for a change
 * of its permission set) and its access summary, whose "who sees all tickets" comes from the
 * ticket grants of the policy engine.
 */
@Injectable()
export class ConsentService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly principals: PrincipalLoader,
  ) {}

  /** Staff, and the organisation's role managers (approvers, change managers). */
  private async assertMayReadConsent(p: Principal, organizationId: string): Promise<{ name: string }> {
    const d = decideConsentRead(p, organizationId);
    if (!d.visible) throw notFound('organization');
    if (!d.allowed) throw forbidden(d.reason);
    const o = await this.prisma.organization.findUnique({ where: { id: organizationId }, select: { name: true } });
    if (!o) throw notFound('organization');
    return o;
  }

  async listContacts(p: Principal, organizationId: string): Promise<PermissionContactDto[]> {
    await this.assertMayReadConsent(p, organizationId);
    return this.contacts(organizationId);
  }

  private async contacts(organizationId: string): Promise<PermissionContactDto[]> {
    const rows = await this.prisma.permissionContact.findMany({
      where: { organizationId },
      include: contactInclude,
      orderBy: [{ createdAt: 'asc' }, { userId: 'asc' }],
    });
    return rows.map(toContactDto);
  }

  /** Idempotent: naming a contact twice changes nothing and records one event. */
  async addContact(p: Principal, organizationId: string, userId: string): Promise<PermissionContactDto> {
    return this.prisma.$transaction(async (tx) => {
      if (!(await tx.organization.findUnique({ where: { id: organizationId }, select: { id: true } })))
        throw notFound('organization');
      const known = await tx.permissionContact.findUnique({
        where: { userId_organizationId: { userId, organizationId } },
        include: contactInclude,
      });
      if (known) return toContactDto(known);
      const m = await tx.membership.findUnique({
        where: { userId_organizationId: { userId, organizationId } },
        select: { active: true, user: { select: { active: true } } },
      });
      if (!m || !m.active || !m.user.active)
        throw unprocessable('userId', 'a permission contact must be an active member of the organization');
      const c = await tx.permissionContact.create({
        data: { organizationId, userId, createdById: p.userId },
        include: contactInclude,
      });
      await audit(tx, {
        actorId: p.userId,
        organizationId,
        action: 'permission_contact.added',
        targetType: 'membership',
        targetId: c.membership.id,
        after: toContactDto(c),
      });
      return toContactDto(c);
    });
  }

  async removeContact(p: Principal, organizationId: string, userId: string): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const c = await tx.permissionContact.findUnique({
        where: { userId_organizationId: { userId, organizationId } },
        include: contactInclude,
      });
      if (!c) throw notFound('permission contact');
      await tx.permissionContact.delete({ where: { userId_organizationId: { userId, organizationId } } });
      await audit(tx, {
        actorId: p.userId,
        organizationId,
        action: 'permission_contact.removed',
        targetType: 'membership',
        targetId: c.membership.id,
        before: toContactDto(c),
      });
    });
  }

  async accessSummary(p: Principal, organizationId: string): Promise<AccessSummaryDto> {
    await this.assertMayReadConsent(p, organizationId);
    const org = await this.prisma.organization.findUniqueOrThrow({
      where: { id: organizationId },
      select: { id: true, name: true, ticketAccess: true, portal: { select: { externalSupportMode: true } } },
    });
    const [permissionContacts, links, members] = await Promise.all([
      this.contacts(organizationId),
      this.prisma.partnerLink.findMany({
        where: { organizationId },
        include: partnerLinkInclude,
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      }),
      this.prisma.membership.findMany({
        where: { organizationId, active: true, user: { active: true, staffRole: null } },
        select: { id: true, userId: true },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      }),
    ]);
    // The members' principals as the guard loads them, so the grants are those `explain` shows.
    const principals = await this.principals.loadMany(members.map((m) => m.userId));
    const ticketReaders: TicketReaderDto[] = [];
    for (const m of members) {
      const principal = principals.get(m.userId);
      const reach = principal && memberTicketReach(principal, organizationId);
      if (!principal || !reach) continue;
      ticketReaders.push({
        membershipId: m.id,
        userId: m.userId,
        name: principal.name,
        email: principal.email,
        reach: reach.reach,
        grants: reach.grants.map((g) => ({
          ...toGrantView(g, 'tickets'),
          ...(g.scope.siteId !== undefined ? { siteId: g.scope.siteId } : {}),
        })),
      });
    }
    return {
      organizationId: org.id,
      name: org.name,
      ticketAccess: org.ticketAccess,
      externalSupportMode: org.portal?.externalSupportMode ?? false,
      permissionContacts,
      partnerLinks: links.map(toPartnerLinkDto),
      ticketReaders,
    };
  }
}
