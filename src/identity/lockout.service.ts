import { createHash, createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Prisma } from '../generated/prisma/client.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { DomainError } from '../common/errors.js';
import { PrismaService } from '../database/prisma.service.js';

export type AttemptKind = 'login' | 'mfa';

const COLUMNS: Record<AttemptKind, { count: Prisma.Sql; until: Prisma.Sql }> = {
  login: { count: Prisma.raw('failed_login_count'), until: Prisma.raw('locked_until') },
  mfa: { count: Prisma.raw('failed_mfa_count'), until: Prisma.raw('mfa_locked_until') },
};

/** Unknown emails' rows are swept of expired ones after every this many of their failures (per instance). */
const SWEEP_EVERY = 64;
const SWEEP_BATCH = 500;

export const tooManyAttempts = (retryAfter: number) =>
  new DomainError('TOO_MANY_REQUESTS', 'Too many failed attempts; try again later', [], {
    'retry-after': String(retryAfter),
  });

/**
 * Per-account lockout for passwords and second factors. An attempt is *reserved* with one atomic
 * `UPDATE … WHERE count < N` before the (slow) check, so N parallel wrong attempts can never get
 * more than N checks. The N-th failure locks the account for `LOCKOUT_SECONDS`.
 *
 * Password failures of an email without an account are counted in PostgreSQL too
 * (`unknown_login_failures`, keyed by an HMAC of the email), with the same columns and the same
 * SQL: a known and an unknown address lock at the same attempt and get the same `Retry-After`, on
 * any number of instances. A login failure streak starts over after `LOCKOUT_SECONDS` without a
 * failure, for both, which lets the rows of unknown emails expire.
 */
@Injectable()
export class LockoutService {
  private readonly unknownKey: Buffer;
  private unknownFailures = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly prisma: PrismaService,
  ) {
    this.unknownKey = createHash('sha256').update('outpost:unknown-login:').update(config.totpKey).digest();
  }

  private max(kind: AttemptKind): number {
    return kind === 'login' ? this.config.loginMaxFailures : this.config.mfaMaxFailures;
  }

  /** Reserves one attempt; throws 429 with Retry-After while the account is locked. Returns the attempt number. */
  async reserve(kind: AttemptKind, userId: string): Promise<number> {
    const { count, until } = COLUMNS[kind];
    const rows =
      kind === 'login'
        ? await this.prisma.$queryRaw<{ n: number }[]>`
            UPDATE users t SET ${this.nextStreak()}
             WHERE t.id = ${userId}::uuid AND ${this.mayTry()}
            RETURNING t.failed_login_count AS n`
        : await this.prisma.$queryRaw<{ n: number }[]>`
            UPDATE users SET ${count} = ${count} + 1
             WHERE id = ${userId}::uuid AND ${count} < ${this.max(kind)} AND (${until} IS NULL OR ${until} <= now())
            RETURNING ${count} AS n`;
    if (rows.length === 0)
      throw tooManyAttempts(await this.retryAfter(Prisma.sql`users t WHERE t.id = ${userId}::uuid`, until));
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
    if (kind === 'login') {
      await this.prisma
        .$executeRaw`UPDATE users SET failed_login_count = 0, locked_until = NULL, last_failed_login_at = NULL WHERE id = ${userId}::uuid`;
      return;
    }
    const { count, until } = COLUMNS[kind];
    await this.prisma.$executeRaw`UPDATE users SET ${count} = 0, ${until} = NULL WHERE id = ${userId}::uuid`;
  }

  /** `reserve('login', …)` for an email that has no account: the same statement shape, on its own row. */
  async reserveUnknown(email: string): Promise<number> {
    const key = this.keyOf(email);
    const rows = await this.prisma.$queryRaw<{ n: number }[]>`
      INSERT INTO unknown_login_failures AS t (key_hash, failed_login_count, last_failed_login_at) VALUES (${key}, 1, now())
      ON CONFLICT (key_hash) DO UPDATE SET ${this.nextStreak()}
       WHERE ${this.mayTry()}
      RETURNING t.failed_login_count AS n`;
    if (++this.unknownFailures % SWEEP_EVERY === 0) void this.sweepUnknown().catch(() => undefined);
    if (rows.length === 0)
      throw tooManyAttempts(
        await this.retryAfter(Prisma.sql`unknown_login_failures t WHERE t.key_hash = ${key}`, COLUMNS.login.until),
      );
    return rows[0].n;
  }

  /** `failed('login', …)` for an email that has no account. */
  async failedUnknown(email: string, attempt: number): Promise<void> {
    if (attempt < this.max('login')) return;
    await this.prisma.$executeRaw`
      UPDATE unknown_login_failures SET locked_until = now() + make_interval(secs => ${this.config.lockoutSeconds}), failed_login_count = 0
       WHERE key_hash = ${this.keyOf(email)}`;
  }

  /**
   * Deletes rows that no longer change any answer: the streak is over (no failure for
   * `LOCKOUT_SECONDS`) and so is the lock. A missing row behaves exactly like such a row.
   */
  async sweepUnknown(): Promise<number> {
    return this.prisma.$executeRaw`
      DELETE FROM unknown_login_failures WHERE key_hash IN (
        SELECT key_hash FROM unknown_login_failures
         WHERE last_failed_login_at <= now() - make_interval(secs => ${this.config.lockoutSeconds})
           AND (locked_until IS NULL OR locked_until <= now())
         LIMIT ${SWEEP_BATCH})`;
  }

  private keyOf(email: string): string {
    return createHmac('sha256', this.unknownKey).update(email.toLowerCase()).digest('hex');
  }

  /** The login counter after one more attempt: a streak older than the lockout window starts over. */
  private nextStreak(): Prisma.Sql {
    return Prisma.sql`failed_login_count = CASE WHEN t.last_failed_login_at > now() - make_interval(secs => ${this.config.lockoutSeconds})
                                                THEN t.failed_login_count + 1 ELSE 1 END,
                      last_failed_login_at = now()`;
  }

  /** Not locked, and the attempts of the current streak are not used up. */
  private mayTry(): Prisma.Sql {
    return Prisma.sql`(t.locked_until IS NULL OR t.locked_until <= now())
      AND (t.failed_login_count < ${this.max('login')} OR t.last_failed_login_at IS NULL
           OR t.last_failed_login_at <= now() - make_interval(secs => ${this.config.lockoutSeconds}))`;
  }

  private async retryAfter(from: Prisma.Sql, until: Prisma.Sql): Promise<number> {
    const rows = await this.prisma.$queryRaw<{ retry: number | null }[]>`
      SELECT CEIL(EXTRACT(EPOCH FROM (t.${until} - now())))::int AS retry FROM ${from}`;
    return Math.max(1, rows[0]?.retry ?? this.config.lockoutSeconds);
  }
}
