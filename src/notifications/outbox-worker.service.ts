import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { PrismaService } from '../database/prisma.service.js';
import { messageId } from './mail-channel.js';

interface ClaimedRow {
  id: string;
  to_email: string;
  subject: string;
  body: string;
  kind: string;
  attempts: number;
  html: string | null;
  headers: Record<string, string> | null;
}

export interface DeliveryReport {
  /** Delivered to the mail server. */
  sent: number;
  /** Written to the log (no SMTP_URL). */
  logged: number;
  retried: number;
  failed: number;
}

/** A claimed message is invisible to other workers for this long (a crashed worker's batch comes back). */
const LEASE_SECONDS = 300;
const BACKOFF_BASE_SECONDS = 30;
const BACKOFF_MAX_SECONDS = 6 * 3600;

/** Seconds before attempt `attempts + 1`: 30 s, 60 s, 120 s, … capped at 6 h. */
export function backoffSeconds(attempts: number): number {
  return Math.min(BACKOFF_MAX_SECONDS, BACKOFF_BASE_SECONDS * 2 ** Math.max(0, attempts - 1));
}

/**
 * Delivers the outbox. Each poll claims a batch with `FOR UPDATE SKIP LOCKED` (N instances never
 * send the same row twice) and leases it by moving `next_attempt_at` forward, so no transaction is
 * held open while talking to the mail server. Success ⇒ SENT; failure ⇒ retried with exponential
 * backoff until `OUTBOX_MAX_ATTEMPTS`, then FAILED. Without `SMTP_URL` each message is written to
 * the log (the embedded default) and marked LOGGED, never SENT; the row stays in the outbox.
 */
@Injectable()
export class OutboxWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Outbox');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<DeliveryReport> | null = null;
  private transport: Transporter | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly prisma: PrismaService,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.outboxWorker) return;
    if (!this.config.smtpUrl)
      this.logger.warn('SMTP_URL is not set: outgoing mail is written to the log, links included');
    this.timer = setInterval(() => void this.tick(), this.config.outboxPollMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
    this.transport?.close();
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    try {
      this.running = this.deliverPending();
      await this.running;
    } catch (err) {
      this.logger.error(`outbox poll failed: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      this.running = null;
    }
  }

  /** Claims and delivers up to `limit` due messages. Tests call this directly. */
  async deliverPending(limit = 20): Promise<DeliveryReport> {
    const claimed = await this.prisma.$queryRaw<ClaimedRow[]>`
      UPDATE outbox_messages o
         SET attempts = o.attempts + 1, next_attempt_at = now() + make_interval(secs => ${LEASE_SECONDS})
       WHERE o.id IN (
         SELECT id FROM outbox_messages
          WHERE status = 'PENDING' AND next_attempt_at <= now()
          ORDER BY next_attempt_at, id
          LIMIT ${limit}
          FOR UPDATE SKIP LOCKED)
      RETURNING o.id, o.to_email, o.subject, o.body, o.kind, o.attempts, o.html, o.headers`;
    const report: DeliveryReport = { sent: 0, logged: 0, retried: 0, failed: 0 };
    for (const m of claimed) {
      try {
        const outcome = await this.send(m);
        // sent_at: when the message left the outbox, for the mail server or for the log.
        await this.prisma.$executeRaw`
          UPDATE outbox_messages SET status = ${outcome}::"OutboxStatus", sent_at = now(), last_error = NULL WHERE id = ${m.id}::uuid`;
        if (outcome === 'SENT') report.sent++;
        else report.logged++;
      } catch (err) {
        const message = (err instanceof Error ? err.message : String(err)).slice(0, 500);
        if (m.attempts >= this.config.outboxMaxAttempts) {
          await this.prisma.$executeRaw`
            UPDATE outbox_messages SET status = 'FAILED', last_error = ${message} WHERE id = ${m.id}::uuid`;
          this.logger.error(`giving up on outbox message ${m.id} (${m.kind}) after ${m.attempts} attempts: ${message}`);
          report.failed++;
        } else {
          await this.prisma.$executeRaw`
            UPDATE outbox_messages
               SET last_error = ${message}, next_attempt_at = now() + make_interval(secs => ${backoffSeconds(m.attempts)})
             WHERE id = ${m.id}::uuid`;
          this.logger.warn(`outbox message ${m.id} (${m.kind}) failed, attempt ${m.attempts}: ${message}`);
          report.retried++;
        }
      }
    }
    return report;
  }

  private async send(m: ClaimedRow): Promise<'SENT' | 'LOGGED'> {
    if (!this.config.smtpUrl) {
      this.logger.log(
        `mail (no SMTP_URL) to=${m.to_email} kind=${m.kind} subject=${JSON.stringify(m.subject)}\n${m.body}`,
      );
      return 'LOGGED';
    }
    this.transport ??= createTransport(this.config.smtpUrl, { from: this.config.mailFrom });
    // One envelope recipient per message: recipients never see each other. The Message-ID comes
    // from the outbox row, so a retried message keeps it (receivers drop the duplicate).
    const { 'In-Reply-To': inReplyTo, References: references, 'Reply-To': replyTo, ...headers } = m.headers ?? {};
    await this.transport.sendMail({
      to: m.to_email,
      subject: m.subject,
      text: m.body,
      ...(m.html ? { html: m.html } : {}),
      messageId: messageId(this.config.mail, m.id),
      ...(inReplyTo ? { inReplyTo } : {}),
      ...(references ? { references } : {}),
      ...(replyTo ? { replyTo } : {}),
      headers: { 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All', ...headers },
    });
    return 'SENT';
  }
}
