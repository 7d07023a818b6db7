import { Inject, Injectable } from '@nestjs/common';
import { Prisma } from '../generated/prisma/client.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { DomainError } from '../common/errors.js';
import { PrismaService } from '../database/prisma.service.js';
import { retryAfterSeconds, WindowCounter } from './throttle.js';

export type AttemptKind = 'login' | 'mfa';

const COLUMNS: Record<AttemptKind, { count: Prisma.Sql; until: Prisma.Sql }> = {
  login: { count: Prisma.raw('failed_login_count'), until: Prisma.raw('locked_until') },
  mfa: { count: Prisma.raw('failed_mfa_count'), until: Prisma.raw('mfa_locked_until') },
};

export const tooManyAttempts = (retryAfter: number) =>
  new DomainError('TOO_MANY_REQUESTS', 'Too many failed attempts; try again later', [], { 'retry-after': String(retryAfter) });

/**
 * Per-account lockout for passwords and second factors. An attempt is *reserved* with one atomic
 * `UPDATE … WHERE count < N` before the (slow) check, so N parallel wrong attempts can never get
 * more than N checks. The N-th failure locks the account for `LOCKOUT_SECONDS`.
 */
@Injectable()
export class LockoutService {
  /** Unknown emails are "locked" the same way, in memory, so lockout does not reveal accounts. */
  private readonly ghosts = new WindowCounter();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly prisma: PrismaService,
  ) {}

  private max(kind: AttemptKind): number {
    return kind === 'login' ? this.config.loginMaxFailures : this.config.mfaMaxFailures;
  }

  /** Reserves one attempt; throws 429 with Retry-After while the account is locked. Returns the attempt number. */
  async reserve(kind: AttemptKind, userId: string): Promise<number> {
    const { count, until } = COLUMNS[kind];
    const rows = await this.prisma.$queryRaw<{ n: number }[]>`
      UPDATE users SET ${count} = ${count} + 1
       WHERE id = ${userId}::uuid AND ${count} < ${this.max(kind)} AND (${until} IS NULL OR ${until} <= now())
      RETURNING ${count} AS n`;
    if (rows.length === 0) throw tooManyAttempts(await this.retryAfter(kind, userId));
    return rows[0].n;
  }

  /** The reserved attempt failed: the last allowed one locks the account. */
  async failed(kind: AttemptKind, userId: string, attempt: number): Promise<void> {
    if (attempt < this.max(kind)) return;
    const { count, until } = COLUMNS[kind];
    await this.prisma.$executeRaw`
      UPDATE users SET ${until} = now() + make_interval(secs => ${this.config.lockoutSeconds}), ${count} = 0
       WHERE id = ${userId}::uuid`;
  }

  async succeeded(kind: AttemptKind, userId: string): Promise<void> {
    const { count, until } = COLUMNS[kind];
    await this.prisma.$executeRaw`UPDATE users SET ${count} = 0, ${until} = NULL WHERE id = ${userId}::uuid`;
  }

  /** The same lockout for an email that has no account (per instance). */
  unknownAccountFailure(email: string): void {
    const key = `login:${email}`;
    const e = this.ghosts.peek(key);
    if (e && e.count >= this.config.loginMaxFailures) throw tooManyAttempts(retryAfterSeconds(e.resetAt));
    this.ghosts.hit(key, this.config.lockoutSeconds * 1000);
  }

  private async retryAfter(kind: AttemptKind, userId: string): Promise<number> {
    const { until } = COLUMNS[kind];
    const rows = await this.prisma.$queryRaw<{ retry: number | null }[]>`
      SELECT CEIL(EXTRACT(EPOCH FROM (${until} - now())))::int AS retry FROM users WHERE id = ${userId}::uuid`;
    return Math.max(1, rows[0]?.retry ?? this.config.lockoutSeconds);
  }
}
