import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '../access/principal.js';
import { validationException } from '../common/validation.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { PrismaService, type Tx } from '../database/prisma.service.js';
import { enqueue } from '../notifications/outbox.js';
import { LockoutService } from './lockout.service.js';
import { MailThrottle } from './mail-throttle.service.js';
import { mails } from './mails.js';
import { invalidLink, OneTimeTokenService } from './one-time-token.service.js';
import { PasswordService } from './password.service.js';
import { SessionService } from './session.service.js';
import { wrongCredentials } from './two-factor.service.js';
import type { TokensDto } from './dto/login.dto.js';

/**
 * Passwords after sign-up: forgotten-password links, reset, change, and staff invitations (a
 * single-use set-password link). Every password change ends every session of the user.
 */
@Injectable()
export class CredentialsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly prisma: PrismaService,
    private readonly passwords: PasswordService,
    private readonly tokens: OneTimeTokenService,
    private readonly sessions: SessionService,
    private readonly lockout: LockoutService,
    private readonly throttle: MailThrottle,
  ) {}

  /** Same answer for known and unknown addresses; a link only to an active, verified account. */
  async forgot(rawEmail: string): Promise<void> {
    const email = rawEmail.toLowerCase();
    this.throttle.hitAnonymous('forgot', email);
    await this.prisma.$transaction(async (tx) => {
      const user = await tx.user.findUnique({
        where: { email },
        select: { id: true, email: true, name: true, active: true, emailVerifiedAt: true },
      });
      if (!user || !user.active || !user.emailVerifiedAt) return;
      if (!(await this.throttle.allows(tx, user.id))) return;
      const token = await this.tokens.issue(tx, user.id, 'RESET_PASSWORD');
      await enqueue(tx, [mails.passwordReset(user, this.config.publicUrl, token)]);
    });
  }

  /** Sets a new password with a reset link (single use, 1 h); clears the lockout; ends every session. */
  async reset(token: string, password: string): Promise<void> {
    await this.setWithToken(token, password, 'RESET_PASSWORD');
  }

  /** Accepting an invitation: sets the first password and confirms the address (the link proved it). */
  async acceptInvitation(token: string, password: string): Promise<void> {
    await this.setWithToken(token, password, 'INVITE');
  }

  private async setWithToken(token: string, password: string, purpose: 'RESET_PASSWORD' | 'INVITE'): Promise<void> {
    const peeked = await this.tokens.peek(this.prisma, token, [purpose]);
    if (!peeked) throw invalidLink();
    const user = await this.prisma.user.findUnique({
      where: { id: peeked.userId },
      select: { id: true, email: true, name: true, active: true },
    });
    if (!user || !user.active) throw invalidLink();
    this.passwords.assertAcceptable(password, user); // before consuming: a refused password keeps the link usable
    const hash = await this.passwords.hash(password);
    await this.prisma.$transaction(async (tx) => {
      const t = await this.tokens.consume(tx, token, [purpose]);
      await tx.user.update({
        where: { id: t.userId },
        data: {
          passwordHash: hash,
          failedLoginCount: 0,
          lockedUntil: null,
          ...(purpose === 'INVITE' ? { emailVerifiedAt: new Date() } : {}),
        },
      });
      await this.tokens.revoke(tx, t.userId, purpose);
      await this.sessions.revokeAll(t.userId, tx);
      if (purpose === 'RESET_PASSWORD') await enqueue(tx, [mails.passwordChanged(user)]);
    });
  }

  /** Needs the current password (counted by the login lockout); ends every session and returns a fresh one. */
  async change(p: Principal, currentPassword: string, newPassword: string): Promise<TokensDto> {
    const u = await this.prisma.user.findUnique({ where: { id: p.userId }, select: { passwordHash: true } });
    const attempt = await this.lockout.reserve('login', p.userId);
    if (!(await this.passwords.verify(currentPassword, u?.passwordHash))) {
      await this.lockout.failed('login', p.userId, attempt);
      throw wrongCredentials('The current password');
    }
    await this.lockout.succeeded('login', p.userId);
    this.passwords.assertAcceptable(newPassword, p, 'newPassword');
    if (newPassword === currentPassword)
      throw validationException([{ field: 'newPassword', message: 'must differ from the current password' }]);
    const hash = await this.passwords.hash(newPassword);
    return this.prisma.$transaction(async (tx) => {
      await tx.user.update({ where: { id: p.userId }, data: { passwordHash: hash } });
      await this.sessions.revokeAll(p.userId, tx);
      await enqueue(tx, [mails.passwordChanged({ id: p.userId, email: p.email, name: p.name })]);
      const { sessionEpoch } = await tx.user.findUniqueOrThrow({
        where: { id: p.userId },
        select: { sessionEpoch: true },
      });
      return this.sessions.issue({ id: p.userId, sessionEpoch }, undefined, tx);
    });
  }

  /**
   * For other modules (staff creating a user without a password): emails a single-use link to set
   * the password (72 h). Call inside the transaction that creates or re-invites the user.
   */
  async invite(tx: Tx, user: { id: string; email: string; name: string }): Promise<void> {
    const token = await this.tokens.issue(tx, user.id, 'INVITE');
    await enqueue(tx, [mails.invitation(user, this.config.publicUrl, token)]);
  }
}
