import { Inject, Injectable } from '@nestjs/common';
import { assertSeatsAvailable, seatsUsed } from '../portals/seats.js';
import { audit } from '../audit/audit.js';
import { conflict, DomainError } from '../common/errors.js';
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
  /** Set when the client number gave this membership. */
  homeSiteId: string | null;
  /** The email's domain gave this membership (older tokens: every membership without a home site). */
  viaDomain?: boolean;
}

/** Fullness is a property of the portal: every address gets this answer, known or not. */
export const registrationFull = () => new DomainError('CONFLICT', 'registration closed: no free seats');

/** Portals whose organisations self-registration may join through the email's domain. */
const OPEN_FOR_DOMAIN = ['CLIENT_NUMBER', 'EMAIL_DOMAIN'] as const;

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
 * Self-registration per portal option, and email verification. Nothing about the address shows in
 * the response: existing address, unknown client number, registration closed — the same 202; a
 * portal with no free seat answers 409 for every address, before anything is sent. The password
 * and the memberships wait in the verification token's payload: the account has no password and
 * no membership (no seat) until the emailed link is used, so whoever registers an address first
 * cannot plant a password on it.
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
        if (plan) await this.assertFreeSeats(tx, plan.memberships);
        const existing = await tx.user.findUnique({
          where: { email },
          select: {
            id: true,
            name: true,
            email: true,
            emailVerifiedAt: true,
            passwordHash: true,
            staffRole: true,
            _count: { select: { memberships: true, oneTimeTokens: { where: { purpose: 'INVITE' } } } },
          },
        });
        // Pending = an earlier self-registration that was never confirmed. A user staff invited is an
        // account (it only waits for its password): registering its address must not plant a password.
        const pending =
          existing &&
          !existing.emailVerifiedAt &&
          !existing.passwordHash &&
          !existing.staffRole &&
          existing._count.memberships === 0 &&
          existing._count.oneTimeTokens === 0;
        if (existing && !pending) {
          if (await this.throttle.allows(tx, existing.id))
            await enqueue(tx, [mails.accountExists(existing, this.config.publicUrl)]);
          return;
        }
        if (!plan) return;
        // Name and locale of a pending account wait in the token with the password: whoever registers an address cannot rename it.
        const user = existing
          ? { id: existing.id, email: existing.email, name: dto.name }
          : await tx.user.create({
              data: { email, name: dto.name, locale: dto.locale ?? null, emailVerifiedAt: null },
              select: { id: true, email: true, name: true },
            });
        if (!(await this.throttle.allows(tx, user.id))) return;
        const payload: RegistrationPayload = {
          kind: 'registration',
          passwordHash,
          name: dto.name,
          locale: dto.locale ?? null,
          ...plan,
        };
        const token = await this.tokens.issue(tx, user.id, 'VERIFY_EMAIL', payload as unknown as Prisma.InputJsonValue);
        await enqueue(tx, [mails.verifyEmail(user, this.config.publicUrl, token)]);
      });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err; // a concurrent registration of the same address won
    }
  }

  /**
   * Refuses a registration that could not be completed: a planned portal without a free seat. Same
   * lock as the completion's check (src/portals/seats.ts), which stays the authority: pending
   * registrations hold no seat, so two registrants may still race for the last one.
   */
  private async assertFreeSeats(tx: Tx, planned: PlannedMembership[]): Promise<void> {
    const portalIds = [...new Set(planned.map((m) => m.portalId))].sort();
    const portals = await tx.$queryRawUnsafe<{ id: string; seat_limit: number | null }[]>(
      `SELECT id::text, seat_limit FROM portals WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
      portalIds,
    );
    for (const p of portals) {
      if (p.seat_limit !== null && (await seatsUsed(tx, p.id)) >= p.seat_limit) throw registrationFull();
    }
  }

  /**
   * Memberships the portals' options allow. A registration is accepted by a client number (a site
   * abbreviation in a CLIENT_NUMBER portal) or by the email's domain (listed by an organisation of
   * an EMAIL_DOMAIN portal). Once accepted, the email-domain assignment adds every organisation
   * listing the domain whose portal is open to self-registration (a partner's own organisation,
   * and the customers it is linked to), as for a user staff create.
   */
  private async plan(
    email: string,
    clientNumber: string | undefined,
  ): Promise<Omit<RegistrationPayload, 'kind' | 'passwordHash'> | null> {
    const planned = new Map<string, PlannedMembership>();
    let defaultOrganizationId: string | null = null;
    if (clientNumber) {
      const site = await this.prisma.site.findFirst({
        where: {
          abbreviation: { equals: clientNumber, mode: 'insensitive' },
          organization: { portal: { selfRegistration: 'CLIENT_NUMBER', status: 'ACTIVE' } },
        },
        select: { id: true, organizationId: true, organization: { select: { portalId: true } } },
      });
      if (site?.organization.portalId) {
        planned.set(site.organizationId, {
          organizationId: site.organizationId,
          portalId: site.organization.portalId,
          homeSiteId: site.id,
        });
        defaultOrganizationId = site.organizationId;
      }
    }
    const domain = email.slice(email.lastIndexOf('@') + 1);
    const orgs = await this.prisma.organization.findMany({
      where: {
        domains: { some: { domain } },
        portal: { selfRegistration: { in: [...OPEN_FOR_DOMAIN] }, status: 'ACTIVE' },
      },
      select: {
        id: true,
        portalId: true,
        portal: { select: { selfRegistration: true } },
        domains: { where: { domain }, select: { kind: true } },
      },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
    });
    const byDomain = orgs.filter((o) => o.portal?.selfRegistration === 'EMAIL_DOMAIN');
    if (planned.size === 0 && byDomain.length === 0) return null;
    for (const o of orgs) {
      if (!o.portalId) continue;
      const known = planned.get(o.id);
      if (known) known.viaDomain = true;
      else planned.set(o.id, { organizationId: o.id, portalId: o.portalId, homeSiteId: null, viaDomain: true });
    }
    defaultOrganizationId ??=
      byDomain.find((o) => o.domains.some((d) => d.kind === 'PRIMARY'))?.id ?? byDomain[0]?.id ?? null;
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
      const defaultOrganizationId = joined.some((m) => m.organizationId === payload.defaultOrganizationId)
        ? payload.defaultOrganizationId
        : joined[0]?.organizationId;
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
  private async addMemberships(
    tx: Tx,
    userId: string,
    email: string,
    planned: PlannedMembership[],
  ): Promise<PlannedMembership[]> {
    const live = await this.stillOpen(tx, email, planned);
    await assertSeatsAvailable(
      tx,
      live.map((m) => ({ organizationId: m.organizationId, userId })),
    );
    for (const m of live) {
      const created = await tx.membership.create({
        data: {
          userId,
          organizationId: m.organizationId,
          roles: ['PORTAL_USER'],
          homeSiteId: m.homeSiteId,
          partnerLinkId: m.partnerLinkId,
        },
        select: { id: true, roles: true, homeSiteId: true, partnerLinkId: true },
      });
      await audit(tx, {
        actorId: userId,
        organizationId: m.organizationId,
        action: 'membership.self-registered',
        targetType: 'membership',
        targetId: created.id,
        after: { userId, roles: created.roles, homeSiteId: created.homeSiteId, partnerLinkId: created.partnerLinkId },
      });
    }
    return live;
  }

  /**
   * The planned memberships that the portals still allow when the link is used (up to 24 h later):
   * the organisation's portal must still be ACTIVE; a client-number membership needs the portal's
   * CLIENT_NUMBER mode and its site still in the organisation; a domain membership needs a portal
   * open to self-registration and the organisation still listing the domain (the partner link of
   * that listing, if any, is the membership's). Closing registration (or moving, disabling,
   * unlisting) therefore also stops the links already sent.
   */
  private async stillOpen(
    tx: Tx,
    email: string,
    planned: PlannedMembership[],
  ): Promise<Array<PlannedMembership & { partnerLinkId: string | null }>> {
    const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
    const orgs = await tx.organization.findMany({
      where: { id: { in: planned.map((m) => m.organizationId) } },
      select: {
        id: true,
        portal: { select: { status: true, selfRegistration: true } },
        domains: { where: { domain }, select: { partnerLinkId: true } },
      },
    });
    const sites = await tx.site.findMany({
      where: { id: { in: planned.flatMap((m) => (m.homeSiteId ? [m.homeSiteId] : [])) } },
      select: { id: true, organizationId: true },
    });
    return planned.flatMap((m) => {
      const o = orgs.find((x) => x.id === m.organizationId);
      if (!o?.portal || o.portal.status !== 'ACTIVE') return [];
      const bySite =
        !!m.homeSiteId &&
        o.portal.selfRegistration === 'CLIENT_NUMBER' &&
        sites.some((s) => s.id === m.homeSiteId && s.organizationId === m.organizationId);
      const byDomain =
        (m.viaDomain ?? !m.homeSiteId) &&
        (OPEN_FOR_DOMAIN as readonly string[]).includes(o.portal.selfRegistration) &&
        o.domains.length > 0;
      if (!bySite && !byDomain) return [];
      return [
        {
          ...m,
          homeSiteId: bySite ? m.homeSiteId : null,
          partnerLinkId: byDomain ? (o.domains[0].partnerLinkId ?? null) : null,
        },
      ];
    });
  }

  private async finishEmailChange(tx: Tx, t: ConsumedToken): Promise<VerifyEmailResultDto> {
    const newEmail = (t.payload as { newEmail?: string } | null)?.newEmail;
    const user = await tx.user.findUnique({
      where: { id: t.userId },
      select: { id: true, email: true, name: true, active: true },
    });
    if (!user || !user.active || !newEmail) throw invalidLink();
    if (await tx.user.findUnique({ where: { email: newEmail }, select: { id: true } }))
      throw conflict('That email address is already in use');
    await tx.user.update({ where: { id: user.id }, data: { email: newEmail, emailVerifiedAt: new Date() } });
    await this.sessions.revokeAll(user.id, tx);
    await audit(tx, {
      actorId: user.id,
      organizationId: null,
      action: 'user.email.changed',
      targetType: 'user',
      targetId: user.id,
      before: { email: user.email },
      after: { email: newEmail },
    });
    await enqueue(tx, [mails.emailChanged(user, user.email, newEmail)]);
    return { result: 'EMAIL_CHANGED', email: newEmail };
  }
}
