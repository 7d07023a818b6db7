import { Injectable } from '@nestjs/common';
import type { Principal } from '../access/principal.js';
import { DomainError, notFound, unprocessable } from '../common/errors.js';
import { isValidTimeZone } from '../sla/business-time.js';
import { validationException } from '../common/validation.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { Inject } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service.js';
import { enqueue } from '../notifications/outbox.js';
import { LockoutService } from './lockout.service.js';
import { MailThrottle } from './mail-throttle.service.js';
import { mails } from './mails.js';
import { OneTimeTokenService } from './one-time-token.service.js';
import { PasswordService } from './password.service.js';
import { TwoFactorService, wrongCredentials } from './two-factor.service.js';
import type { ChangeEmailDto, MeDto, UpdateMeDto } from './dto/me.dto.js';

/** The user's own profile: `version` is the ETag of `GET|PATCH me`. */
export interface MeWithVersion {
  dto: MeDto;
  version: number;
}

export const etagOf = (version: number): string => `"${version}"`;

@Injectable()
export class MeService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly prisma: PrismaService,
    private readonly passwords: PasswordService,
    private readonly lockout: LockoutService,
    private readonly twoFactor: TwoFactorService,
    private readonly tokens: OneTimeTokenService,
    private readonly throttle: MailThrottle,
  ) {}

  async get(p: Principal): Promise<MeWithVersion> {
    const u = await this.prisma.user.findUnique({
      where: { id: p.userId },
      select: { email: true, name: true, phone: true, locale: true, timeZone: true, version: true },
    });
    if (!u) throw notFound('user');
    const siteIds = [
      ...new Set(
        p.memberships.flatMap((m) => [...(m.homeSiteId ? [m.homeSiteId] : []), ...m.readSiteIds, ...m.writeSiteIds]),
      ),
    ];
    const groupIds = [...new Set(p.memberships.flatMap((m) => m.allowedResponsibles?.groupIds ?? []))];
    const agentIds = [...new Set(p.memberships.flatMap((m) => m.allowedResponsibles?.agentIds ?? []))];
    const [siteRows, groupRows, agentRows] = await Promise.all([
      siteIds.length
        ? this.prisma.site.findMany({
            where: { id: { in: siteIds } },
            select: { id: true, name: true, abbreviation: true },
          })
        : [],
      groupIds.length
        ? this.prisma.group.findMany({ where: { id: { in: groupIds } }, select: { id: true, name: true } })
        : [],
      agentIds.length
        ? this.prisma.user.findMany({ where: { id: { in: agentIds } }, select: { id: true, name: true } })
        : [],
    ]);
    const site = new Map(siteRows.map((s) => [s.id, s]));
    const named = <T extends { id: string }>(rows: T[], ids: string[]) => {
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
    };
    return {
      version: u.version,
      dto: {
        id: p.userId,
        email: u.email,
        name: u.name,
        phone: u.phone,
        locale: u.locale,
        timeZone: u.timeZone,
        staffRole: p.staffRole,
        defaultOrganizationId: p.defaultOrganizationId,
        emailVerified: p.emailVerified,
        totpEnabled: p.totpEnabled,
        memberships: p.memberships.map((m) => ({
          id: m.id,
          organizationId: m.organizationId,
          organizationName: m.org.name,
          roles: m.roles,
          homeSiteId: m.homeSiteId,
          department: m.department,
          ticketAccess: m.ticketAccess,
          readSiteIds: m.readSiteIds,
          writeSiteIds: m.writeSiteIds,
          portalStatus: m.org.portalStatus,
          sites: {
            home: (m.homeSiteId && site.get(m.homeSiteId)) || null,
            read: named(siteRows, m.readSiteIds),
            write: named(siteRows, m.writeSiteIds),
          },
          allowedTicketTypes: m.allowedTicketTypes,
          allowedStatuses: m.allowedStatuses,
          allowedResponsibles: m.allowedResponsibles && {
            groups: named(groupRows, m.allowedResponsibles.groupIds),
            agents: named(agentRows, m.allowedResponsibles.agentIds),
          },
        })),
      },
    };
  }

  /** Name, phone, locale and time zone only (the DTO refuses anything else). `If-Match` is honoured when sent. */
  async update(p: Principal, dto: UpdateMeDto, version: number | undefined): Promise<MeWithVersion> {
    if (dto.timeZone !== undefined && !isValidTimeZone(dto.timeZone))
      throw unprocessable('timeZone', `unknown IANA time zone ${dto.timeZone}`);
    const data = { name: dto.name, phone: dto.phone, locale: dto.locale, timeZone: dto.timeZone };
    const where = { id: p.userId, ...(version !== undefined ? { version } : {}) };
    const r = await this.prisma.user.updateMany({ where, data: { ...data, version: { increment: 1 } } });
    if (r.count === 0)
      throw new DomainError('PRECONDITION_FAILED', 'The profile was changed meanwhile; reload it and retry');
    return this.get({ ...p, name: dto.name ?? p.name });
  }

  /**
   * Sends a confirmation link to the new address and a notice to the current one; the change
   * happens when the link is used (`POST auth/verify-email`). Needs the password, and a code when
   * 2FA is on. An address already in use gets the same answer and no mail.
   */
  async requestEmailChange(p: Principal, dto: ChangeEmailDto): Promise<void> {
    const newEmail = dto.newEmail.toLowerCase();
    if (newEmail === p.email)
      throw validationException([{ field: 'newEmail', message: 'is already your email address' }]);
    if (p.totpEnabled && !dto.code)
      throw validationException([{ field: 'code', message: 'is required when two-factor authentication is on' }]);
    await this.throttle.assertAllows(this.prisma, p.userId, 2);
    const u = await this.prisma.user.findUnique({ where: { id: p.userId }, select: { passwordHash: true } });
    const attempt = await this.lockout.reserve('login', p.userId);
    if (!(await this.passwords.verify(dto.password, u?.passwordHash))) {
      await this.lockout.failed('login', p.userId, attempt);
      throw wrongCredentials('The password');
    }
    await this.lockout.succeeded('login', p.userId);
    if (p.totpEnabled && !(await this.twoFactor.checkWithLockout(p.userId, dto.code ?? '')))
      throw wrongCredentials('The code');
    await this.prisma.$transaction(async (tx) => {
      const taken = await tx.user.findUnique({ where: { email: newEmail }, select: { id: true } });
      if (taken) return;
      const token = await this.tokens.issue(tx, p.userId, 'CHANGE_EMAIL', { newEmail });
      const me = { id: p.userId, email: p.email, name: p.name };
      await enqueue(tx, [
        mails.emailChange(me, this.config.publicUrl, token, newEmail),
        mails.emailChangeRequested(me, newEmail),
      ]);
    });
  }
}
