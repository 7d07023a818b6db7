import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { DomainError } from '../common/errors.js';
import { PrismaService } from '../database/prisma.service.js';
import { AccessTokenService } from '../auth/access-token.service.js';
import { PasswordService } from './password.service.js';
import { SessionService } from './session.service.js';
import type { LoginDto, MfaRequiredDto, TokensDto } from './dto/login.dto.js';

const invalidCredentials = () => new DomainError('UNAUTHENTICATED', 'Invalid email or password');

@Injectable()
export class AuthService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly prisma: PrismaService,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly access: AccessTokenService,
  ) {}

  /**
   * Wrong password, unknown user, inactive or unverified account: one status, one body, about
   * the same time. An attempt is reserved atomically *before* the bcrypt compare, so N parallel
   * bad logins can never exceed the lockout threshold.
   */
  async login(dto: LoginDto): Promise<TokensDto | MfaRequiredDto> {
    const email = dto.email.toLowerCase();
    const user = await this.prisma.user.findUnique({
      where: { email },
      select: { id: true, passwordHash: true, active: true, emailVerifiedAt: true, sessionEpoch: true, totpEnabledAt: true },
    });
    if (!user) {
      await this.passwords.verify(dto.password, null);
      throw invalidCredentials();
    }
    const reserved = await this.prisma.$queryRaw<{ failed_login_count: number }[]>`
      UPDATE users SET failed_login_count = failed_login_count + 1
      WHERE id = ${user.id}::uuid AND failed_login_count < ${this.config.loginMaxFailures}
        AND (locked_until IS NULL OR locked_until <= now())
      RETURNING failed_login_count`;
    if (reserved.length === 0) throw await this.lockedOut(user.id);
    const ok = await this.passwords.verify(dto.password, user.passwordHash);
    if (!ok || !user.active || !user.emailVerifiedAt) {
      if (reserved[0].failed_login_count >= this.config.loginMaxFailures) {
        await this.prisma.$executeRaw`
          UPDATE users SET locked_until = now() + make_interval(secs => ${this.config.lockoutSeconds}), failed_login_count = 0
          WHERE id = ${user.id}::uuid`;
      }
      throw invalidCredentials();
    }
    await this.prisma.$executeRaw`UPDATE users SET failed_login_count = 0, locked_until = NULL WHERE id = ${user.id}::uuid`;
    if (user.totpEnabledAt) {
      return { mfaRequired: true, mfaToken: this.access.sign({ sub: user.id, ep: user.sessionEpoch, typ: 'mfa' }, 300) };
    }
    return this.sessions.issue(user);
  }

  private async lockedOut(userId: string): Promise<DomainError> {
    const rows = await this.prisma.$queryRaw<{ retry: number }[]>`
      SELECT GREATEST(1, CEIL(EXTRACT(EPOCH FROM (locked_until - now()))))::int AS retry FROM users WHERE id = ${userId}::uuid`;
    const retry = rows[0]?.retry ?? this.config.lockoutSeconds;
    return new DomainError('TOO_MANY_REQUESTS', 'Too many failed attempts; try again later', [], { 'retry-after': String(retry) });
  }
}
