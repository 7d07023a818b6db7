import { Injectable } from '@nestjs/common';
import { DomainError } from '../common/errors.js';
import { PrismaService } from '../database/prisma.service.js';
import { AccessTokenService } from '../auth/access-token.service.js';
import { LockoutService } from './lockout.service.js';
import { PasswordService } from './password.service.js';
import { SessionService } from './session.service.js';
import { TwoFactorService } from './two-factor.service.js';
import type { LoginDto, MfaRequiredDto, TokensDto } from './dto/login.dto.js';
import type { LoginSecondFactorDto } from './dto/session.dto.js';

const invalidCredentials = () => new DomainError('UNAUTHENTICATED', 'Invalid email or password');
const invalidCode = () =>
  new DomainError('UNAUTHENTICATED', 'Invalid or already used code, or the sign-in has expired');

/** The mfaToken lives this long: enough to open the authenticator app. */
export const MFA_TOKEN_TTL_SECONDS = 300;

@Injectable()
export class AuthService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly access: AccessTokenService,
    private readonly lockout: LockoutService,
    private readonly twoFactor: TwoFactorService,
  ) {}

  /**
   * Wrong password, unknown user, inactive or unverified account: one status, one body, about
   * the same time (a bcrypt compare against a dummy hash when there is no user), and the same
   * lockout (unknown emails are counted in PostgreSQL with the same statements, so every instance
   * sees the same counter). An attempt is reserved atomically *before* the bcrypt compare, so N
   * parallel bad logins can never exceed the lockout threshold.
   */
  async login(dto: LoginDto): Promise<TokensDto | MfaRequiredDto> {
    const email = dto.email.toLowerCase();
    const user = await this.prisma.user.findUnique({
      where: { email },
      select: {
        id: true,
        passwordHash: true,
        active: true,
        emailVerifiedAt: true,
        sessionEpoch: true,
        totpEnabledAt: true,
      },
    });
    if (!user) {
      const attempt = await this.lockout.reserveUnknown(email);
      await this.passwords.verify(dto.password, null);
      await this.lockout.failedUnknown(email, attempt);
      throw invalidCredentials();
    }
    const attempt = await this.lockout.reserve('login', user.id);
    const ok = await this.passwords.verify(dto.password, user.passwordHash);
    if (!ok || !user.active || !user.emailVerifiedAt) {
      await this.lockout.failed('login', user.id, attempt);
      throw invalidCredentials();
    }
    await this.lockout.succeeded('login', user.id);
    if (user.totpEnabledAt) {
      return {
        mfaRequired: true,
        mfaToken: this.access.sign({ sub: user.id, ep: user.sessionEpoch, typ: 'mfa' }, MFA_TOKEN_TTL_SECONDS),
        mfaEnrolmentRequired: false,
      };
    }
    return this.sessions.issue(user);
  }

  /** Second step of a 2FA login: the mfaToken plus a TOTP code (accepted once) or a recovery code. */
  async loginSecondFactor(dto: LoginSecondFactorDto): Promise<TokensDto> {
    const claims = this.access.verify(dto.mfaToken, 'mfa');
    if (!claims) throw invalidCode();
    const user = await this.prisma.user.findUnique({
      where: { id: claims.sub },
      select: { id: true, active: true, emailVerifiedAt: true, sessionEpoch: true, totpEnabledAt: true },
    });
    if (!user || !user.active || !user.emailVerifiedAt || !user.totpEnabledAt || user.sessionEpoch !== claims.ep)
      throw invalidCode();
    const factor = await this.twoFactor.checkWithLockout(user.id, dto.code);
    if (!factor) throw invalidCode();
    return this.sessions.issue(user);
  }
}
