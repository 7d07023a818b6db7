import { Inject, Injectable } from '@nestjs/common';
import { assertSeatsAvailable } from '../portals/seats.js';
import { audit } from '../audit/audit.js';
import { conflict } from '../common/errors.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { PrismaService, type Tx } from '../database/prisma.service.js';
import type { Prisma } from '../generated/prisma/client.js';
import { enqueue } from '../notifications/outbox.js';
import { MailThrottle } from './mail-throttle.service.js';
import { mails } from './mails.js';
import { invalidLink, OneTimeTokenService, type ConsumedToken } from './one-time-token.service.js';
import { PasswordService } from './password.service.js';
import { SessionService } from './session.service.js';
import type { RegisterDto, VerifyEmailResultDto } from './dto/register.dto.js';

export const isUniqueViolation = (err: unknown): boolean =>
  typeof err === 'object' && err !== null && (err as { code?: string }).code === 'P2002';

interface PlannedMembership {
  organizationId: string;
  portalId: string;
  homeSiteId: string | null;
}

/** What a verified registration creates; kept in the verification token until the link is used. */
interface RegistrationPayload {
  kind: 'registration';
  passwordHash: string;
  /** Applied when the link is used (older tokens may lack them). */
  name?: string;
  locale?: string | null;
  memberships: PlannedMembership[];
  defaultOrganizationId: string | null;
}

/**
 * Self-registration per portal option, and email verification. Nothing about the request's outcome
 * shows in the response: existing address, unknown client number, registration closed — the same
 * 202. The password and the memberships wait in the verification token's payload: the account has
 * no password and no membership (no seat) until the emailed link is used, so whoever registers an
 * address first cannot plant a password on it.
 */
@Injectable()
export class RegistrationService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly prisma: PrismaService,
    private readonly passwords: PasswordService,
    private readonly tokens: OneTimeTokenService,
    private readonly sessions: SessionService,
    private readonly throttle: MailThrottle,
  ) {}

  async register(dto: RegisterDto): Promise<void> {
    const email = dto.email.toLowerCase();
    this.passwords.assertAcceptable(dto.password, { email, name: dto.name });
    this.throttle.hitAnonymous('register', email);
    const passwordHash = await this.passwords.hash(dto.password); // always: same time either way
    const plan = await this.plan(email, dto.clientNumber?.trim());
    try {
      await this.prisma.$transaction(async (tx) => {
        const existing = await tx.user.findUnique({
          where: { email },
          select: {
            id: true, name: true, email: true, emailVerifiedAt: true, passwordHash: true, staffRole: true,
            _count: { select: { memberships: true, oneTimeTokens: { where: { purpose: 'INVITE' } } } },
          },
        });
        // Pending = an earlier self-registration that was never confirmed. A user staff invited is an
        // account (it only waits for its password): registering its address must not plant a password.
        const pending = existing && !existing.emailVerifiedAt && !existing.passwordHash && !existing.staffRole && existing._count.memberships === 0 && existing._count.oneTimeTokens === 0;
        if (existing && !pending) {
          if (await this.throttle.allows(tx, existing.id)) await enqueue(tx, [mails.accountExists(existing, this.config.publicUrl)]);
          return;
        }
        if (!plan) return;
        // Name and locale of a pending account wait in the token with the password: whoever registers an address cannot rename it.
        const user = existing
          ? { id: existing.id, email: existing.email, name: dto.name }
          : await tx.user.create({ data: { email, name: dto.name, locale: dto.locale ?? null, emailVerifiedAt: null }, select: { id: true, email: true, name: true } });
        if (!(await this.throttle.allows(tx, user.id))) return;
        const payload: RegistrationPayload = { kind: 'registration', passwordHash, name: dto.name, locale: dto.locale ?? null, ...plan };
        const token = await this.tokens.issue(tx, user.id, 'VERIFY_EMAIL', payload as unknown as Prisma.InputJsonValue);
        await enqueue(tx, [mails.verifyEmail(user, this.config.publicUrl, token)]);
      });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err; // a concurrent registration of the same address won
    }
  }

  /** Memberships the portals' options allow: a client number (site abbreviation) and/or the email's domain. */
  private async plan(email: string, clientNumber: string | undefined): Promise<Omit<RegistrationPayload, 'kind' | 'passwordHash'> | null> {
    const planned = new Map<string, PlannedMembership>();
    let defaultOrganizationId: string | null = null;
    if (clientNumber) {
      const site = await this.prisma.site.findFirst({
        where: { abbreviation: { equals: clientNumber, mode: 'insensitive' }, organization: { portal: { selfRegistration: 'CLIENT_NUMBER', status: 'ACTIVE' } } },
        select: { id: true, organizationId: true, organization: { select: { portalId: true } } },
      });
      if (site?.organization.portalId) {
        planned.set(site.organizationId, { organizationId: site.organizationId, portalId: site.organization.portalId, homeSiteId: site.id });
        defaultOrganizationId = site.organizationId;
      }
    }
    const domain = email.slice(email.lastIndexOf('@') + 1);
    const orgs = await this.prisma.organization.findMany({
      where: { domains: { some: { domain } }, portal: { selfRegistration: 'EMAIL_DOMAIN', status: 'ACTIVE' } },
      select: { id: true, portalId: true, domains: { where: { domain }, select: { kind: true } } },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
    });
    for (const o of orgs) {
      if (!o.portalId || planned.has(o.id)) continue;
      planned.set(o.id, { organizationId: o.id, portalId: o.portalId, homeSiteId: null });
    }
    defaultOrganizationId ??= orgs.find((o) => o.domains.some((d) => d.kind === 'PRIMARY'))?.id ?? orgs[0]?.id ?? null;
    if (planned.size === 0) return null;
    return { memberships: [...planned.values()], defaultOrganizationId };
  }

  /** Uses an emailed link: finishes a registration, or an email change. */
  async verifyEmail(token: string): Promise<VerifyEmailResultDto> {
    try {
      return await this.prisma.$transaction(async (tx) => {
        const t = await this.tokens.consume(tx, token, ['VERIFY_EMAIL', 'CHANGE_EMAIL']);
        return t.purpose === 'CHANGE_EMAIL' ? this.finishEmailChange(tx, t) : this.finishRegistration(tx, t);
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw conflict('That email address is already in use');
      throw err;
    }
  }

  private async finishRegistration(tx: Tx, t: ConsumedToken): Promise<VerifyEmailResultDto> {
    const user = await tx.user.findUnique({ where: { id: t.userId }, select: { id: true, email: true, active: true } });
    if (!user || !user.active) throw invalidLink();
    const payload = t.payload as unknown as RegistrationPayload | null;
    if (payload?.kind === 'registration') {
      const joined = await this.addMemberships(tx, user.id, user.email, payload.memberships);
      const defaultOrganizationId = joined.some((m) => m.organizationId === payload.defaultOrganizationId) ? payload.defaultOrganizationId : joined[0]?.organizationId;
      await tx.user.update({
        where: { id: user.id },
        data: {
          passwordHash: payload.passwordHash,
          defaultOrganizationId: defaultOrganizationId ?? undefined,
          ...(payload.name ? { name: payload.name, locale: payload.locale ?? null } : {}),
        },
      });
    }
    await tx.user.update({ where: { id: user.id }, data: { emailVerifiedAt: new Date() } });
    await this.tokens.revoke(tx, user.id, 'VERIFY_EMAIL');
    return { result: 'EMAIL_VERIFIED', email: user.email };
  }

  /** Seat limits (src/portals/seats.ts) lock the portal rows: parallel verifications cannot overshoot. */
  private async addMemberships(tx: Tx, userId: string, email: string, planned: PlannedMembership[]): Promise<PlannedMembership[]> {
    const live = await this.stillOpen(tx, email, planned);
    await assertSeatsAvailable(tx, live.map((m) => ({ organizationId: m.organizationId, userId })));
    for (const m of live) {
      const site = m.homeSiteId ? await tx.site.findFirst({ where: { id: m.homeSiteId, organizationId: m.organizationId }, select: { id: true } }) : null;
      const created = await tx.membership.create({
        data: { userId, organizationId: m.organizationId, roles: ['PORTAL_USER'], homeSiteId: site?.id ?? null },
        select: { id: true, roles: true, homeSiteId: true },
      });
      await audit(tx, {
        actorId: userId,
        organizationId: m.organizationId,
        action: 'membership.self-registered',
        targetType: 'membership',
        targetId: created.id,
        after: { userId, roles: created.roles, homeSiteId: created.homeSiteId },
      });
    }
    return live;
  }

  /**
   * The planned memberships that the portals still allow when the link is used (up to 24 h later):
   * the organisation's portal must still be ACTIVE with the same self-registration mode, a
   * client-number membership's site must still belong to the organisation, and a domain membership's
   * organisation must still list the domain. Closing registration (or moving, disabling, unlisting)
   * therefore also stops the links already sent.
   */
  private async stillOpen(tx: Tx, email: string, planned: PlannedMembership[]): Promise<PlannedMembership[]> {
    const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
    const orgs = await tx.organization.findMany({
      where: { id: { in: planned.map((m) => m.organizationId) } },
      select: { id: true, portal: { select: { status: true, selfRegistration: true } }, domains: { where: { domain }, select: { id: true } } },
    });
    const sites = await tx.site.findMany({ where: { id: { in: planned.flatMap((m) => (m.homeSiteId ? [m.homeSiteId] : [])) } }, select: { id: true, organizationId: true } });
    return planned.filter((m) => {
      const o = orgs.find((x) => x.id === m.organizationId);
      if (!o?.portal || o.portal.status !== 'ACTIVE') return false;
      if (m.homeSiteId) return o.portal.selfRegistration === 'CLIENT_NUMBER' && sites.some((s) => s.id === m.homeSiteId && s.organizationId === m.organizationId);
      return o.portal.selfRegistration === 'EMAIL_DOMAIN' && o.domains.length > 0;
    });
  }

  private async finishEmailChange(tx: Tx, t: ConsumedToken): Promise<VerifyEmailResultDto> {
    const newEmail = (t.payload as { newEmail?: string } | null)?.newEmail;
    const user = await tx.user.findUnique({ where: { id: t.userId }, select: { id: true, email: true, name: true, active: true } });
    if (!user || !user.active || !newEmail) throw invalidLink();
    if (await tx.user.findUnique({ where: { email: newEmail }, select: { id: true } })) throw conflict('That email address is already in use');
    await tx.user.update({ where: { id: user.id }, data: { email: newEmail, emailVerifiedAt: new Date() } });
    await this.sessions.revokeAll(user.id, tx);
    await audit(tx, { actorId: user.id, organizationId: null, action: 'user.email.changed', targetType: 'user', targetId: user.id, before: { email: user.email }, after: { email: newEmail } });
    await enqueue(tx, [mails.emailChanged(user, user.email, newEmail)]);
    return { result: 'EMAIL_CHANGED', email: newEmail };
  }
}
