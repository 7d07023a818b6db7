import { Injectable } from '@nestjs/common';
import type { Principal } from '../access/principal.js';
import { audit } from '../audit/audit.js';
import { DomainError, conflict, notFound } from '../common/errors.js';
import { PrismaService } from '../database/prisma.service.js';
import { enqueue } from '../notifications/outbox.js';
import { LockoutService } from './lockout.service.js';
import { mails } from './mails.js';
import { PasswordService } from './password.service.js';
import { TotpService } from './totp.service.js';
import type { EnrolmentDto, RecoveryCodesDto } from './dto/two-factor.dto.js';

export type SecondFactor = 'totp' | 'recovery';

export const wrongCredentials = (what: string) => new DomainError('FORBIDDEN', `${what} is incorrect`);

/**
 * TOTP enrolment, confirmation, removal, and the check of a second factor (a TOTP code, accepted
 * once, or a single-use recovery code). Every check of a code goes through the `mfa` lockout.
 */
@Injectable()
export class TwoFactorService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly totp: TotpService,
    private readonly lockout: LockoutService,
    private readonly passwords: PasswordService,
  ) {}

  /** A new pending secret (replacing any earlier pending one). Refused while 2FA is on. */
  async enrol(p: Principal): Promise<EnrolmentDto> {
    const secret = this.totp.newSecret();
    const updated = await this.prisma.user.updateMany({
      where: { id: p.userId, totpEnabledAt: null },
      data: { totpSecretEnc: this.totp.encrypt(secret, p.userId), totpLastStep: null },
    });
    if (updated.count === 0)
      throw conflict('Two-factor authentication is already on; turn it off first to enrol a new device');
    const otpauthUri = this.totp.uri(secret, p.email);
    return {
      secret,
      otpauthUri,
      qrCodeDataUrl: await this.totp.qrDataUrl(otpauthUri),
      qrCodeUrl: '/api/v1/me/2fa/qr.png',
    };
  }

  /** The QR code of the pending enrolment as PNG. The secret of an active 2FA is never shown again. */
  async qrPng(p: Principal): Promise<Buffer> {
    const u = await this.prisma.user.findUnique({
      where: { id: p.userId },
      select: { totpSecretEnc: true, totpEnabledAt: true },
    });
    if (u?.totpEnabledAt) throw conflict('Two-factor authentication is already on');
    if (!u?.totpSecretEnc) throw notFound('pending 2FA enrolment');
    return this.totp.qrPng(this.totp.uri(this.totp.decrypt(u.totpSecretEnc, p.userId), p.email));
  }

  /** Turns 2FA on with a first code; returns the recovery codes (shown this once). */
  async confirm(p: Principal, code: string): Promise<RecoveryCodesDto> {
    const u = await this.prisma.user.findUnique({
      where: { id: p.userId },
      select: { totpSecretEnc: true, totpEnabledAt: true },
    });
    if (u?.totpEnabledAt) throw conflict('Two-factor authentication is already on');
    if (!u?.totpSecretEnc) throw conflict('Start with POST /api/v1/me/2fa/enrol');
    const attempt = await this.lockout.reserve('mfa', p.userId);
    const step = await this.totp.verifyCode(this.totp.decrypt(u.totpSecretEnc, p.userId), code, null);
    if (step === null) {
      await this.lockout.failed('mfa', p.userId, attempt);
      throw wrongCredentials('The code');
    }
    const codes = this.totp.newRecoveryCodes();
    await this.prisma.$transaction(async (tx) => {
      const done = await tx.user.updateMany({
        where: { id: p.userId, totpEnabledAt: null, totpSecretEnc: u.totpSecretEnc },
        data: { totpEnabledAt: new Date(), totpLastStep: step, failedMfaCount: 0, mfaLockedUntil: null },
      });
      if (done.count === 0) throw conflict('The enrolment changed meanwhile; start again');
      await tx.recoveryCode.deleteMany({ where: { userId: p.userId } });
      await tx.recoveryCode.createMany({
        data: codes.map((c) => ({ userId: p.userId, codeHash: this.totp.hashRecoveryCode(c) })),
      });
      await audit(tx, {
        actorId: p.userId,
        organizationId: null,
        action: 'user.2fa.enabled',
        targetType: 'user',
        targetId: p.userId,
        before: { totpEnabled: false },
        after: { totpEnabled: true },
      });
      await enqueue(tx, [mails.twoFactorEnabled({ id: p.userId, email: p.email, name: p.name })]);
    });
    return { recoveryCodes: codes };
  }

  /** Turns 2FA off; needs the password and a current code (or a recovery code). */
  async disable(p: Principal, password: string, code: string): Promise<void> {
    const u = await this.prisma.user.findUnique({
      where: { id: p.userId },
      select: { passwordHash: true, totpEnabledAt: true },
    });
    if (!u?.totpEnabledAt) throw conflict('Two-factor authentication is not on');
    const attempt = await this.lockout.reserve('mfa', p.userId);
    const passwordOk = await this.passwords.verify(password, u.passwordHash);
    const factor = passwordOk ? await this.check(p.userId, code) : null;
    if (!passwordOk || !factor) {
      await this.lockout.failed('mfa', p.userId, attempt);
      throw wrongCredentials('The password or the code');
    }
    await this.prisma.$transaction(async (tx) => {
      const done = await tx.user.updateMany({
        where: { id: p.userId, totpEnabledAt: { not: null } },
        data: { totpEnabledAt: null, totpSecretEnc: null, totpLastStep: null, failedMfaCount: 0, mfaLockedUntil: null },
      });
      if (done.count === 0) throw conflict('Two-factor authentication is not on');
      await tx.recoveryCode.deleteMany({ where: { userId: p.userId } });
      await audit(tx, {
        actorId: p.userId,
        organizationId: null,
        action: 'user.2fa.disabled',
        targetType: 'user',
        targetId: p.userId,
        before: { totpEnabled: true },
        after: { totpEnabled: false },
      });
      await enqueue(tx, [mails.twoFactorDisabled({ id: p.userId, email: p.email, name: p.name })]);
    });
  }

  /**
   * Checks a second factor of a user with 2FA on, without the lockout (callers reserve an attempt).
   * A TOTP code is accepted once: the accepted time step is stored by a conditional UPDATE, so the
   * same code (or an older one) is refused afterwards, even by a concurrent request. A recovery
   * code is consumed the same way.
   */
  async check(userId: string, code: string): Promise<SecondFactor | null> {
    const trimmed = code.trim();
    if (/^\d{6}$/.test(trimmed)) {
      const u = await this.prisma.user.findUnique({
        where: { id: userId },
        select: { totpSecretEnc: true, totpEnabledAt: true, totpLastStep: true },
      });
      if (!u?.totpEnabledAt || !u.totpSecretEnc) return null;
      const last = u.totpLastStep === null ? null : Number(u.totpLastStep);
      const step = await this.totp.verifyCode(this.totp.decrypt(u.totpSecretEnc, userId), trimmed, last);
      if (step === null) return null;
      const accepted = await this.prisma.$executeRaw`
        UPDATE users SET totp_last_step = ${step}
         WHERE id = ${userId}::uuid AND totp_enabled_at IS NOT NULL AND (totp_last_step IS NULL OR totp_last_step < ${step})`;
      return accepted === 1 ? 'totp' : null;
    }
    if (TotpService.looksLikeRecoveryCode(trimmed)) {
      const used = await this.prisma.$executeRaw`
        UPDATE recovery_codes SET used_at = now()
         WHERE user_id = ${userId}::uuid AND code_hash = ${this.totp.hashRecoveryCode(trimmed)} AND used_at IS NULL`;
      return used === 1 ? 'recovery' : null;
    }
    return null;
  }

  /** The `mfa` lockout around `check`: reserve, check, count the failure or clear the counter. */
  async checkWithLockout(userId: string, code: string): Promise<SecondFactor | null> {
    const attempt = await this.lockout.reserve('mfa', userId);
    const factor = await this.check(userId, code);
    if (factor) await this.lockout.succeeded('mfa', userId);
    else await this.lockout.failed('mfa', userId, attempt);
    return factor;
  }

  remainingRecoveryCodes(userId: string): Promise<number> {
    return this.prisma.recoveryCode.count({ where: { userId, usedAt: null } });
  }
}
