import { Injectable } from '@nestjs/common';
import { contacts, decideMemberList, decideMembershipChange, memberships } from '../access/member-grants.js';
import type { Principal } from '../access/principal.js';
import { decideMembershipRemoval, membershipCapabilities } from '../access/capabilities.js';
import { isUnbounded } from '../access/scope.js';
import { audit } from '../audit/audit.js';
import { conflict, DomainError, forbidden, notFound, unprocessable } from '../common/errors.js';
import { afterCursor, keysetPage, mapPage, NEWEST_FIRST } from '../common/keyset.js';
import type { Page, PageQuery } from '../common/pagination.js';
import { PrismaService, type Tx } from '../database/prisma.service.js';
import { stalePrecondition, versioned } from '../common/etag.js';
import { Prisma } from '../generated/prisma/client.js';
import { PasswordService } from '../identity/password.service.js';
import { SessionService } from '../identity/session.service.js';
import { CredentialsService } from '../identity/credentials.service.js';
import { assignByEmailDomain } from './domain-assignment.js';
import { assertSeatAvailable, assertSeatsAvailable } from '../portals/seats.js';
import type {
  ContactDto,
  ContactQuery,
  CreateMembershipDto,
  CreateUserDto,
  MembershipDetailDto,
  MembershipDto,
  UpdateMembershipDto,
  UpdateUserDto,
  UserDto,
  UserListQuery,
} from './dto/user.dto.js';
import { toContactDto, toMembershipDto, toUserDto } from './users.mapper.js';
import { resolveRequestedBy } from '../consent/requested-by.js';

const withUser = { user: { select: { email: true, name: true } } } as const;
const jsonOrNull = (v: unknown) =>
  v === undefined ? undefined : v === null ? Prisma.DbNull : (v as Prisma.InputJsonValue);

type MembershipRow = Parameters<typeof toMembershipDto>[0];

/** The membership as the caller gets it from its own routes: with what the caller may do with it now. */
const membershipDetail = (p: Principal, m: MembershipRow): MembershipDetailDto => ({
  ...toMembershipDto(m),
  capabilities: membershipCapabilities(p, m),
});

@Injectable()
export class UsersService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly credentials: CredentialsService,
  ) {}

  async list(q: UserListQuery): Promise<Page<UserDto>> {
    const page = keysetPage(q);
    const rows = await this.prisma.user.findMany({
      where: {
        AND: [
          q.q
            ? {
                OR: [
                  { email: { contains: q.q, mode: 'insensitive' as const } },
                  { name: { contains: q.q, mode: 'insensitive' as const } },
                ],
              }
            : {},
          afterCursor(page.after),
        ],
      },
      orderBy: NEWEST_FIRST,
      take: page.take,
    });
    return mapPage(page.of(rows), toUserDto);
  }

  async get(id: string): Promise<UserDto> {
    const u = await this.prisma.user.findUnique({ where: { id } });
    if (!u) throw notFound('user');
    return toUserDto(u);
  }

  async create(p: Principal, dto: CreateUserDto): Promise<UserDto> {
    const email = dto.email.toLowerCase();
    if (dto.password) this.passwords.assertAcceptable(dto.password, { email, name: dto.name });
    if (dto.staffRole && (dto.organizationId || dto.roles))
      throw unprocessable('staffRole', 'staff users have no organization memberships');
    const passwordHash = dto.password ? await this.passwords.hash(dto.password) : null;
    return this.prisma.$transaction(async (tx) => {
      if (await tx.user.findUnique({ where: { email }, select: { id: true } }))
        throw conflict('a user with this email already exists');
      const u = await tx.user.create({
        data: {
          email,
          name: dto.name,
          phone: dto.phone ?? null,
          passwordHash,
          staffRole: dto.staffRole ?? null,
          emailVerifiedAt: passwordHash ? new Date() : null,
        },
      });
      let defaultOrganizationId: string | null = null;
      if (!dto.staffRole) {
        const assigned = await assignByEmailDomain(tx, u.id, email);
        defaultOrganizationId = assigned.defaultOrganizationId;
        if (dto.organizationId) {
          if (!(await tx.organization.findUnique({ where: { id: dto.organizationId }, select: { id: true } })))
            throw unprocessable('organizationId', 'no such organization');
          await assertSeatAvailable(tx, dto.organizationId, u.id);
          await tx.membership.upsert({
            where: { userId_organizationId: { userId: u.id, organizationId: dto.organizationId } },
            create: { userId: u.id, organizationId: dto.organizationId, roles: dto.roles ?? ['PORTAL_USER'] },
            update: { roles: dto.roles ?? ['PORTAL_USER'] },
          });
          defaultOrganizationId ??= dto.organizationId;
        } else if (dto.roles) {
          throw unprocessable('roles', 'roles need an organizationId');
        }
      }
      const saved = await tx.user.update({ where: { id: u.id }, data: { defaultOrganizationId } });
      // Without a password the user is invited: an email with a single-use set-password link.
      if (!passwordHash) await this.credentials.invite(tx, saved);
      const memberships = await tx.membership.findMany({ where: { userId: u.id } });
      await audit(tx, {
        actorId: p.userId,
        organizationId: null,
        action: 'user.created',
        targetType: 'user',
        targetId: u.id,
        after: {
          ...toUserDto(saved),
          memberships: memberships.map((m) => ({ organizationId: m.organizationId, roles: m.roles })),
        },
      });
      return toUserDto(saved);
    });
  }

  async update(p: Principal, id: string, dto: UpdateUserDto, expectedVersion: number): Promise<UserDto> {
    return this.prisma.$transaction(async (tx) => {
      const before = await tx.user.findUnique({ where: { id } });
      if (!before) throw notFound('user');
      if (before.version !== expectedVersion) throw stalePrecondition();
      if (id === p.userId && dto.active === false) throw forbidden('you cannot deactivate yourself');
      if (dto.defaultOrganizationId) {
        const m = await tx.membership.findUnique({
          where: { userId_organizationId: { userId: id, organizationId: dto.defaultOrganizationId } },
        });
        if (!m) throw unprocessable('defaultOrganizationId', 'the user is not a member of this organization');
      }
      if (!before.active && dto.active === true) {
        const ms = await tx.membership.findMany({
          where: { userId: id, active: true },
          select: { organizationId: true },
        });
        await assertSeatsAvailable(
          tx,
          ms.map((m) => ({ organizationId: m.organizationId, userId: id })),
        );
      }
      // One statement decides the race: the row is updated only while it still has the version read.
      const after = await versioned(
        tx.user.update({
          where: { id, version: expectedVersion },
          data: {
            name: dto.name,
            phone: dto.phone,
            active: dto.active,
            defaultOrganizationId: dto.defaultOrganizationId,
            version: { increment: 1 },
          },
        }),
      );
      if (before.active && dto.active === false) await this.sessions.revokeAll(id, tx);
      if (dto.active !== undefined && dto.active !== before.active) {
        await audit(tx, {
          actorId: p.userId,
          organizationId: null,
          action: dto.active ? 'user.activated' : 'user.deactivated',
          targetType: 'user',
          targetId: id,
          before: { active: before.active },
          after: { active: after.active },
        });
      }
      return toUserDto(after);
    });
  }

  // ── memberships ───────────────────────────────────────────────

  /** Staff see every membership of the organisation; its role managers see them too. */
  async listMembers(p: Principal, organizationId: string, q: PageQuery): Promise<Page<MembershipDto>> {
    const d = decideMemberList(p, organizationId);
    if (!d.visible) throw notFound('organization');
    if (!d.allowed) throw forbidden(d.reason);
    if (!(await this.prisma.organization.findUnique({ where: { id: organizationId }, select: { id: true } })))
      throw notFound('organization');
    const page = keysetPage(q);
    const rows = await this.prisma.membership.findMany({
      where: { AND: [{ organizationId }, afterCursor(page.after)] },
      include: withUser,
      orderBy: NEWEST_FIRST,
      take: page.take,
    });
    return mapPage(page.of(rows), toMembershipDto);
  }

  async getMembership(p: Principal, id: string): Promise<MembershipDetailDto> {
    const row = await this.prisma.membership.findUnique({ where: { id }, include: withUser });
    if (!row || !memberships.decide(p, 'read', row).visible) throw notFound('membership');
    return membershipDetail(p, row);
  }

  /** Sites, groups and agents named by a membership must exist (and sites belong to its organisation). */
  private async validateMembershipRefs(
    tx: Tx,
    organizationId: string,
    dto: Partial<CreateMembershipDto>,
  ): Promise<void> {
    const siteFields: [string, string[]][] = [
      ['homeSiteId', dto.homeSiteId ? [dto.homeSiteId] : []],
      ['readSiteIds', dto.readSiteIds ?? []],
      ['writeSiteIds', dto.writeSiteIds ?? []],
    ];
    for (const [field, ids] of siteFields) {
      if (ids.length === 0) continue;
      const n = await tx.site.count({ where: { id: { in: ids }, organizationId } });
      if (n !== new Set(ids).size) throw unprocessable(field, 'every site must be a site of the same organization');
    }
    const r = dto.allowedResponsibles;
    if (r) {
      if (
        r.groupIds.length &&
        (await tx.group.count({ where: { id: { in: r.groupIds } } })) !== new Set(r.groupIds).size
      ) {
        throw unprocessable('allowedResponsibles.groupIds', 'unknown group');
      }
      if (
        r.agentIds.length &&
        (await tx.user.count({ where: { id: { in: r.agentIds }, staffRole: { not: null } } })) !==
          new Set(r.agentIds).size
      ) {
        throw unprocessable('allowedResponsibles.agentIds', 'every agent must be a staff user');
      }
    }
  }

  async addMember(p: Principal, organizationId: string, dto: CreateMembershipDto): Promise<MembershipDetailDto> {
    return this.prisma.$transaction(async (tx) => {
      if (!(await tx.organization.findUnique({ where: { id: organizationId }, select: { id: true } })))
        throw notFound('organization');
      const user = await tx.user.findUnique({ where: { id: dto.userId } });
      if (!user) throw unprocessable('userId', 'no such user');
      if (user.staffRole) throw unprocessable('userId', 'staff users have no organization memberships');
      await this.validateMembershipRefs(tx, organizationId, dto);
      if (
        await tx.membership.findUnique({ where: { userId_organizationId: { userId: dto.userId, organizationId } } })
      ) {
        throw conflict('the user is already a member of this organization');
      }
      if (dto.active ?? true) await assertSeatAvailable(tx, organizationId, dto.userId);
      const shared = (dto.ticketAccess ?? 'OWN') !== 'OWN' || dto.requestedBy !== undefined;
      const requestedBy = shared ? await resolveRequestedBy(tx, organizationId, dto.requestedBy) : undefined;
      const m = await tx.membership.create({
        data: {
          userId: dto.userId,
          organizationId,
          roles: dto.roles ?? ['PORTAL_USER'],
          homeSiteId: dto.homeSiteId ?? null,
          department: dto.department ?? null,
          ticketAccess: dto.ticketAccess ?? 'OWN',
          readSiteIds: dto.readSiteIds ?? [],
          writeSiteIds: dto.writeSiteIds ?? [],
          allowedTicketTypes: jsonOrNull(dto.allowedTicketTypes ?? null),
          allowedStatuses: jsonOrNull(dto.allowedStatuses ?? null),
          allowedResponsibles: jsonOrNull(dto.allowedResponsibles ?? null),
          active: dto.active ?? true,
        },
        include: withUser,
      });
      if (!user.defaultOrganizationId)
        await tx.user.update({ where: { id: user.id }, data: { defaultOrganizationId: organizationId } });
      await audit(tx, {
        actorId: p.userId,
        organizationId,
        action: 'membership.created',
        targetType: 'membership',
        targetId: m.id,
        after: toMembershipDto(m),
        requestedBy,
      });
      return membershipDetail(p, m);
    });
  }

  async updateMembership(
    p: Principal,
    id: string,
    dto: UpdateMembershipDto,
    expectedVersion: number,
  ): Promise<MembershipDetailDto> {
    return this.prisma.$transaction(async (tx) => {
      const before = await tx.membership.findUnique({ where: { id }, include: withUser });
      if (!before) throw notFound('membership');
      const change = decideMembershipChange(p, {
        target: before,
        fields: Object.keys(dto).filter((k) => dto[k as keyof UpdateMembershipDto] !== undefined),
        roles: dto.roles,
      });
      if (!change.visible) throw notFound('membership');
      if (!change.allowed) throw forbidden(change.reason);
      if (before.version !== expectedVersion) throw stalePrecondition();
      await this.validateMembershipRefs(tx, before.organizationId, dto);
      if (!before.active && dto.active === true) await assertSeatAvailable(tx, before.organizationId, before.userId);
      const accessChange = dto.ticketAccess !== undefined && dto.ticketAccess !== before.ticketAccess;
      const requestedBy =
        accessChange || dto.requestedBy
          ? await resolveRequestedBy(tx, before.organizationId, dto.requestedBy)
          : undefined;
      const after = await versioned(
        tx.membership.update({
          where: { id, version: expectedVersion },
          data: {
            roles: dto.roles,
            homeSiteId: dto.homeSiteId,
            department: dto.department,
            ticketAccess: dto.ticketAccess,
            readSiteIds: dto.readSiteIds,
            writeSiteIds: dto.writeSiteIds,
            allowedTicketTypes: jsonOrNull(dto.allowedTicketTypes),
            allowedStatuses: jsonOrNull(dto.allowedStatuses),
            allowedResponsibles: jsonOrNull(dto.allowedResponsibles),
            active: dto.active,
            version: { increment: 1 },
          },
          include: withUser,
        }),
      );
      if (before.active && after.active === false) await this.revokeIfNoMembershipLeft(tx, after.userId);
      await audit(tx, {
        actorId: p.userId,
        organizationId: after.organizationId,
        action: 'membership.updated',
        targetType: 'membership',
        targetId: id,
        before: toMembershipDto(before),
        after: toMembershipDto(after),
        requestedBy,
      });
      return membershipDetail(p, after);
    });
  }

  private async revokeIfNoMembershipLeft(tx: Tx, userId: string): Promise<void> {
    const left = await tx.membership.count({ where: { userId, active: true } });
    if (left === 0) await this.sessions.revokeAll(userId, tx);
  }

  async removeMembership(p: Principal, id: string): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const before = await tx.membership.findUnique({ where: { id }, include: withUser });
      const removal = before && decideMembershipRemoval(p, before);
      if (!before || !removal!.visible) throw notFound('membership');
      if (!removal!.allowed) throw forbidden(removal!.reason);
      await tx.membership.delete({ where: { id } });
      await tx.user.updateMany({
        where: { id: before.userId, defaultOrganizationId: before.organizationId },
        data: { defaultOrganizationId: null },
      });
      await this.revokeIfNoMembershipLeft(tx, before.userId);
      await audit(tx, {
        actorId: p.userId,
        organizationId: before.organizationId,
        action: 'membership.deleted',
        targetType: 'membership',
        targetId: id,
        before: toMembershipDto(before),
      });
    });
  }

  // ── contacts ──────────────────────────────────────────────────

  /** PORTAL_USER: own entry; roles with "all contacts": every member of the organisation. */
  async contacts(p: Principal, q: ContactQuery): Promise<Page<ContactDto>> {
    const page = keysetPage(q);
    const scopes = contacts.scopes(p, 'read', q.organizationId);
    // A directory of every organisation is never listed at once: who reaches all names one.
    if (!q.organizationId && scopes.some(isUnbounded))
      throw new DomainError('VALIDATION', 'organizationId is required for staff', [
        { field: 'organizationId', message: 'is required for staff' },
      ]);
    if (scopes.length === 0) return { data: [], nextCursor: null };
    const scope = {
      ...(q.organizationId ? { organizationId: q.organizationId } : {}),
      OR: scopes.map((s) => ({ organizationId: s.organizationId, userId: s.ownerId })),
    };
    const rows = await this.prisma.membership.findMany({
      where: { AND: [scope, { active: true, user: { active: true } }, afterCursor(page.after)] },
      include: { user: true },
      orderBy: NEWEST_FIRST,
      take: page.take,
    });
    return mapPage(page.of(rows), toContactDto);
  }
}
