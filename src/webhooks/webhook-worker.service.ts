import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { webhooks } from '../access/webhook-grants.js';
import { PrincipalLoader } from '../auth/principal.loader.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { PrismaService, type Tx } from '../database/prisma.service.js';
import { pruneEvents } from '../events/event-log.js';
import { loadContexts, loadEvents, viewEvent, type EventContext } from '../events/event-view.js';
import type { Principal } from '../access/principal.js';
import { EventsHub } from '../events/events.hub.js';
import { Readiness } from '../health/readiness.js';
import type { WebhookEndpoint } from '../generated/prisma/client.js';
import { enqueue } from '../notifications/outbox.js';
import { signedHeaders, WebhookSecretBox } from './webhook-secrets.js';
import { WebhookSender, type SendResult } from './webhook-sender.js';
import { messageIdOf } from './webhooks.mapper.js';

interface Claimed {
  id: string;
  endpoint_id: string;
  event_id: string;
  attempts: number;
  created_at: Date;
}

export interface WorkerReport {
  claimed: number;
  delivered: number;
  retried: number;
  failed: number;
  skipped: number;
  disabled: number;
}

export interface TickOptions {
  /** The worker's clock (tests drive retries with their own). */
  now?: Date;
  limit?: number;
  /** Jitter source in [0, 1) (tests pin it). */
  random?: () => number;
}

const BACKOFF_BASE_SECONDS = 5;
const BACKOFF_MAX_SECONDS = 3600;
/**
 * Deliveries claimed per statement, all attempted at once: a claimed delivery's attempt starts at
 * once, so the lease (twice the attempt timeout) covers it.
 */
const BATCH = 8;
const PRUNE_EVERY_MS = 10 * 60_000;

/**
 * Seconds before the attempt after `attempts` failed ones: exponential (5 s, 10 s, 20 s, … capped at
 * an hour) with equal jitter — half the step fixed, half random — so retries of many deliveries that
 * failed together do not come back together.
 */
export function webhookBackoffSeconds(attempts: number, random: () => number = Math.random): number {
  const step = Math.min(BACKOFF_MAX_SECONDS, BACKOFF_BASE_SECONDS * 2 ** Math.max(0, attempts - 1));
  return step / 2 + random() * (step / 2);
}

/**
 * Delivers webhook messages. Each tick claims due deliveries with `FOR UPDATE SKIP LOCKED` and
 * leases them by moving `next_attempt_at` past the longest attempt, in one statement: N instances
 * never claim the same attempt, and no transaction stays open while a receiver answers. A crash
 * after sending and before recording lets the lease run out: the delivery is sent again with the
 * same `webhook-id` (at least once; receivers deduplicate on it).
 *
 * Policy at delivery time: the owner's principal is loaded fresh, the owner must still manage the
 * endpoint, and the payload is what `viewEvent` lets the owner see now (else SKIPPED, with the
 * reason). Failures are retried with backoff for WEBHOOK_DISABLE_AFTER_HOURS; an endpoint that has
 * failed that long without a success is disabled and its owner mailed (outbox).
 */
@Injectable()
export class WebhookWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Webhooks');
  private timer: NodeJS.Timeout | null = null;
  private wake: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private again = false;
  private lastPrune = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly prisma: PrismaService,
    private readonly principals: PrincipalLoader,
    private readonly sender: WebhookSender,
    private readonly box: WebhookSecretBox,
    private readonly hub: EventsHub,
    private readonly readiness: Readiness,
  ) {}

  private get leaseSeconds(): number {
    return Math.max(60, Math.ceil((2 * this.config.webhooks.timeoutMs) / 1000));
  }

  onApplicationBootstrap(): void {
    if (!this.config.outboxWorker) return;
    this.timer = setInterval(() => void this.tick(), this.config.webhooks.pollMs);
    this.timer.unref();
    // New events (of any instance, read from the event log) wake the worker at once.
    this.hub.subscribe(() => {
      this.wake ??= setTimeout(() => {
        this.wake = null;
        void this.tick();
      }, 5);
    });
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    if (this.wake) clearTimeout(this.wake);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }

  private async tick(): Promise<void> {
    // Not before the migrations are applied (production start), nor while draining.
    if (!this.readiness.ready) return;
    if (this.running) {
      this.again = true;
      return;
    }
    try {
      do {
        this.again = false;
        this.running = this.deliverDue();
        const r = (await this.running) as WorkerReport;
        if (r.claimed === BATCH) this.again = true;
      } while (this.again && this.timer);
      if (Date.now() - this.lastPrune > PRUNE_EVERY_MS) {
        this.lastPrune = Date.now();
        await pruneEvents(this.prisma, new Date(Date.now() - this.config.webhooks.eventRetentionHours * 3600_000));
      }
    } catch (err) {
      this.logger.error(`webhook delivery failed: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      this.running = null;
    }
  }

  /** Claims and delivers up to `limit` due deliveries. Tests call this directly, with their clock. */
  async deliverDue(opts: TickOptions = {}): Promise<WorkerReport> {
    const now = opts.now ?? new Date();
    const claimed = await this.prisma.$queryRaw<Claimed[]>`
      UPDATE webhook_deliveries d
         SET attempts = d.attempts + 1, next_attempt_at = ${now}::timestamptz + make_interval(secs => ${this.leaseSeconds})
       WHERE d.id IN (
         SELECT q.id FROM webhook_deliveries q JOIN webhook_endpoints w ON w.id = q.endpoint_id
          WHERE q.status = 'PENDING' AND q.next_attempt_at <= ${now}::timestamptz AND w.enabled
          ORDER BY q.next_attempt_at, q.id
          LIMIT ${Math.min(opts.limit ?? BATCH, BATCH)}
          FOR UPDATE OF q SKIP LOCKED)
      RETURNING d.id, d.endpoint_id, d.event_id::text AS event_id, d.attempts, d.created_at`;
    const report: WorkerReport = {
      claimed: claimed.length,
      delivered: 0,
      retried: 0,
      failed: 0,
      skipped: 0,
      disabled: 0,
    };
    if (claimed.length === 0) return report;
    // What the batch needs, loaded once: endpoints, their owners' principals (fresh), events and their rows.
    const endpoints = new Map(
      (
        await this.prisma.webhookEndpoint.findMany({
          where: { id: { in: [...new Set(claimed.map((c) => c.endpoint_id))] } },
        })
      ).map((w) => [w.id, w]),
    );
    const owners = await this.principals.loadMany([...new Set([...endpoints.values()].map((w) => w.ownerId))]);
    const events = await loadEvents(this.prisma, [...new Set(claimed.map((c) => c.event_id))]);
    const contexts = new Map((await loadContexts(this.prisma, events)).map((x) => [x.event.id, x]));
    await Promise.all(
      claimed.map(async (c) => {
        try {
          await this.attempt(c, endpoints.get(c.endpoint_id), owners, contexts.get(c.event_id), now, opts, report);
        } catch (err) {
          // Left leased: retried when the lease runs out.
          this.logger.error(`delivery ${c.id}: ${err instanceof Error ? err.message : String(err)}`);
        }
      }),
    );
    return report;
  }

  private async attempt(
    c: Claimed,
    endpoint: WebhookEndpoint | undefined,
    owners: Map<string, Principal>,
    ctx: EventContext | undefined,
    now: Date,
    opts: TickOptions,
    report: WorkerReport,
  ): Promise<void> {
    if (!endpoint) return; // deleted meanwhile (its deliveries go with it)
    const owner = owners.get(endpoint.ownerId);
    if (!owner) return this.skip(c, 'the owner of the endpoint is no longer active', report);
    const may = webhooks.decide(owner, 'manage', endpoint);
    if (!may.allowed) return this.skip(c, `the owner may no longer manage this endpoint: ${may.reason}`, report);
    if (!ctx) return this.finish(c, 'FAILED', 'the event is no longer in the event log', report);
    const view = viewEvent(owner, ctx);
    if (!view.visible) return this.skip(c, view.reason, report);
    const body = JSON.stringify(view.payload);
    const headers = signedHeaders(messageIdOf(c.id), now, body, this.secretsOf(endpoint, now));
    const result = await this.sender.send(endpoint.url, body, headers);
    await this.record(c, endpoint, now, result, opts.random ?? Math.random, report);
  }

  /** The current secret, and the previous one while it still signs. */
  private secretsOf(w: WebhookEndpoint, now: Date): string[] {
    const secrets = [this.box.open(w.secretEnc, w.id)];
    if (w.previousSecretEnc && w.previousSecretExpiresAt && w.previousSecretExpiresAt.getTime() > now.getTime())
      secrets.push(this.box.open(w.previousSecretEnc, w.id));
    return secrets;
  }

  private async skip(c: Claimed, reason: string, report: WorkerReport): Promise<void> {
    report.skipped++;
    await this.prisma.$transaction([
      this.prisma.webhookDeliveryAttempt.create({
        data: { deliveryId: c.id, attempt: c.attempts, outcome: 'SKIPPED', error: reason },
      }),
      this.prisma.webhookDelivery.update({ where: { id: c.id }, data: { status: 'SKIPPED', lastError: reason } }),
    ]);
  }

  private async finish(c: Claimed, status: 'FAILED', reason: string, report: WorkerReport): Promise<void> {
    report.failed++;
    await this.prisma.$transaction([
      this.prisma.webhookDeliveryAttempt.create({
        data: { deliveryId: c.id, attempt: c.attempts, outcome: 'FAILED', error: reason },
      }),
      this.prisma.webhookDelivery.update({ where: { id: c.id }, data: { status, lastError: reason } }),
    ]);
  }

  private async record(
    c: Claimed,
    endpoint: WebhookEndpoint,
    now: Date,
    r: SendResult,
    random: () => number,
    report: WorkerReport,
  ): Promise<void> {
    const ok = r.statusCode !== null && r.statusCode >= 200 && r.statusCode < 300;
    const error =
      r.error ??
      (ok ? null : r.statusCode! >= 300 && r.statusCode! < 400 ? `redirect (${r.statusCode}) not followed` : null);
    if (ok) {
      // The common case in one statement (no interactive transaction): the attempt, the delivery,
      // and the end of the endpoint's failure streak.
      report.delivered++;
      await this.prisma.$executeRaw`
        WITH attempt AS (
          INSERT INTO webhook_delivery_attempts
            (id, delivery_id, attempt, outcome, status_code, latency_ms, response_excerpt, created_at)
          VALUES (gen_random_uuid(), ${c.id}::uuid, ${c.attempts}, 'SUCCESS', ${r.statusCode}, ${r.latencyMs},
                  ${r.responseExcerpt}, ${now}::timestamptz)
        ), streak AS (
          UPDATE webhook_endpoints SET failing_since = NULL
           WHERE id = ${endpoint.id}::uuid AND failing_since IS NOT NULL
        )
        UPDATE webhook_deliveries
           SET status = 'DELIVERED', delivered_at = ${now}::timestamptz, last_status_code = ${r.statusCode}, last_error = NULL
         WHERE id = ${c.id}::uuid`;
      return;
    }
    await this.prisma.$transaction(async (tx) => {
      await tx.webhookDeliveryAttempt.create({
        data: {
          deliveryId: c.id,
          attempt: c.attempts,
          outcome: r.refused ? 'REFUSED' : 'FAILED',
          statusCode: r.statusCode,
          latencyMs: r.latencyMs,
          responseExcerpt: r.responseExcerpt,
          error,
          createdAt: now,
        },
      });
      const last = { lastStatusCode: r.statusCode, lastError: error ?? `answered ${r.statusCode}` };
      const [w] = await tx.$queryRaw<{ failing_since: Date; enabled: boolean }[]>`
        UPDATE webhook_endpoints SET failing_since = COALESCE(failing_since, ${now}::timestamptz)
         WHERE id = ${endpoint.id}::uuid RETURNING failing_since, enabled`;
      const windowMs = this.config.webhooks.failureWindowHours * 3600_000;
      const disableNow = !!w && w.enabled && now.getTime() - w.failing_since.getTime() >= windowMs;
      if (disableNow) {
        report.disabled++;
        await this.disable(tx, endpoint, w.failing_since);
      }
      if (disableNow || !w?.enabled || now.getTime() - c.created_at.getTime() >= windowMs) {
        report.failed++;
        await tx.webhookDelivery.update({ where: { id: c.id }, data: { status: 'FAILED', ...last } });
        return;
      }
      report.retried++;
      const next = new Date(now.getTime() + webhookBackoffSeconds(c.attempts, random) * 1000);
      await tx.webhookDelivery.update({ where: { id: c.id }, data: { nextAttemptAt: next, ...last } });
    });
  }

  private async disable(tx: Tx, w: WebhookEndpoint, since: Date): Promise<void> {
    const hours = this.config.webhooks.failureWindowHours;
    const reason = `every delivery failed for ${hours} h (since ${since.toISOString()})`;
    await tx.webhookEndpoint.update({
      where: { id: w.id },
      data: { enabled: false, disabledReason: reason, version: { increment: 1 } },
    });
    const owner = await tx.user.findUnique({ where: { id: w.ownerId }, select: { id: true, email: true, name: true } });
    if (owner) {
      await enqueue(tx, [
        {
          organizationId: w.organizationId,
          recipientUserId: owner.id,
          toEmail: owner.email,
          kind: 'webhook.disabled',
          subject: `Webhook endpoint disabled: ${w.url}`,
          body:
            `Hello ${owner.name},\n\nThe webhook endpoint ${w.url} was disabled: ${reason}.\n\n` +
            `Fix the receiver, then enable it again (PATCH /api/v1/webhooks/${w.id} with {"enabled": true}); ` +
            `failed deliveries can be replayed from GET /api/v1/webhooks/${w.id}/deliveries.\n\n${this.config.publicUrl}/webhooks/${w.id}\n`,
        },
      ]);
    }
    this.logger.warn(`webhook endpoint ${w.id} disabled: ${reason}`);
  }
}
