import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { DomainError } from '../common/errors.js';
import type { Tx } from '../database/prisma.service.js';
import { recentUserMailCount } from '../notifications/mail-budget.js';
import { retryAfterSeconds, WindowCounter } from './throttle.js';

const HOUR_MS = 3600_000;

export const tooManyMails = (retryAfter: number) =>
  new DomainError('TOO_MANY_REQUESTS', 'Too many emails were requested for this address; try again later', [], {
    'retry-after': String(retryAfter),
  });

/**
 * The per-user outbound mail cap (`MAIL_MAX_PER_HOUR`), in two layers:
 * - anonymous endpoints (register, forgot) count requests per email address in memory *before*
 *   looking the address up, so known and unknown addresses hit the same 429 at the same count;
 * - the authoritative cap counts the user's identity mails in the outbox (shared by every
 *   instance): authenticated requests get a 429; anonymous ones quietly send nothing more.
 */
@Injectable()
export class MailThrottle {
  private readonly requests = new WindowCounter();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Counts an anonymous request that may send mail to `email`; 429 beyond the cap. */
  hitAnonymous(action: string, email: string): void {
    const { count, resetAt } = this.requests.hit(`${action}:${email.toLowerCase()}`, HOUR_MS);
    if (count > this.config.mailMaxPerHour) throw tooManyMails(retryAfterSeconds(resetAt));
  }

  /** How many more user-triggered mails may go to this user this hour (`needed` = mails about to be sent). */
  async allows(tx: Tx, userId: string, needed = 1): Promise<boolean> {
    return (await recentUserMailCount(tx, userId)) + needed <= this.config.mailMaxPerHour;
  }

  /** For authenticated requests: 429 when the user's budget is spent. */
  async assertAllows(tx: Tx, userId: string, needed = 1): Promise<void> {
    if (!(await this.allows(tx, userId, needed))) throw tooManyMails(3600);
  }
}
