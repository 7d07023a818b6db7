import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { tickets } from '../access/ticket-grants.js';
import { PrincipalLoader } from '../auth/principal.loader.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { PrismaService, type Tx } from '../database/prisma.service.js';
import { enqueue, type OutboxMessageInput } from '../notifications/outbox.js';
import { ticketFacts } from '../tickets/ticket-facts.js';
import { formatInstant } from './format-instant.js';

interface DueRow {
  id: string;
  number: number;
  subject: string;
  organization_id: string;
  site_id: string | null;
  requester_id: string;
  assignee_id: string | null;
  group_id: string | null;
  response_due_at: Date | null;
  resolution_due_at: Date | null;
}

export interface SlaTickReport {
  warned: number;
  breached: number;
  messages: number;
}

type Notice = 'warning' | 'breach';

const BATCH = 100;

/**
 * Tells the assigned group (its members, else the assignee) once when a ticket reaches 80 % of an
 * SLA target and once when it breaches. Each batch claims its due rows with `FOR UPDATE SKIP
 * LOCKED` inside one transaction that also writes the outbox messages and the `sla_warned_at` /
 * `sla_breached_notified_at` marks: N instances never notify a ticket twice, a crash before the
 * commit leaves the rows due, and no session-level lock is held (safe behind a transaction-mode
 * pooler). A breach found before its warning was sent counts as both (one breach notice).
 */
@Injectable()
export class SlaWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('SlaWorker');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<SlaTickReport> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly prisma: PrismaService,
    private readonly principals: PrincipalLoader,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.outboxWorker) return;
    this.timer = setInterval(() => void this.poll(), this.config.slaPollMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }

  private async poll(): Promise<void> {
    if (this.running) return;
    try {
      this.running = this.tick();
      await this.running;
    } catch (err) {
      this.logger.error(`SLA poll failed: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      this.running = null;
    }
  }

  /** Notifies every breach, then every warning, due at `now`. Tests call this with a controlled clock. */
  async tick(now = new Date()): Promise<SlaTickReport> {
    const report: SlaTickReport = { warned: 0, breached: 0, messages: 0 };
    for (const notice of ['breach', 'warning'] as const) {
      for (;;) {
        const { rows, messages } = await this.prisma.$transaction((tx) => this.batch(tx, notice, now));
        report[notice === 'breach' ? 'breached' : 'warned'] += rows;
        report.messages += messages;
        if (rows < BATCH) break;
      }
    }
    return report;
  }

  private async batch(tx: Tx, notice: Notice, now: Date): Promise<{ rows: number; messages: number }> {
    const rows =
      notice === 'breach'
        ? await tx.$queryRaw<DueRow[]>`
            SELECT id, number, subject, organization_id, site_id, requester_id, assignee_id, group_id, response_due_at, resolution_due_at
              FROM tickets
             WHERE sla_breached_notified_at IS NULL AND sla_breach_at IS NOT NULL AND sla_breach_at <= ${now}
             ORDER BY sla_breach_at
             LIMIT ${BATCH}
               FOR UPDATE SKIP LOCKED`
        : await tx.$queryRaw<DueRow[]>`
            SELECT id, number, subject, organization_id, site_id, requester_id, assignee_id, group_id, response_due_at, resolution_due_at
              FROM tickets
             WHERE sla_warned_at IS NULL AND sla_warning_at IS NOT NULL AND sla_warning_at <= ${now}
             ORDER BY sla_warning_at
             LIMIT ${BATCH}
               FOR UPDATE SKIP LOCKED`;
    if (rows.length === 0) return { rows: 0, messages: 0 };
    const messages = await this.messages(tx, rows, notice);
    await enqueue(tx, messages);
    const ids = rows.map((r) => r.id);
    if (notice === 'breach')
      await tx.$executeRaw`UPDATE tickets SET sla_breached_notified_at = ${now}, sla_warned_at = COALESCE(sla_warned_at, ${now}) WHERE id = ANY(${ids}::uuid[])`;
    else await tx.$executeRaw`UPDATE tickets SET sla_warned_at = ${now} WHERE id = ANY(${ids}::uuid[])`;
    return { rows: rows.length, messages: messages.length };
  }

  /** One message per member of the ticket's group (else its assignee) who may read the ticket. */
  private async messages(tx: Tx, rows: DueRow[], notice: Notice): Promise<OutboxMessageInput[]> {
    const groupIds = [...new Set(rows.map((r) => r.group_id).filter((g): g is string => !!g))];
    const members = groupIds.length
      ? await tx.groupMember.findMany({ where: { groupId: { in: groupIds } }, select: { groupId: true, userId: true } })
      : [];
    const recipients = new Map<string, string[]>();
    for (const r of rows) {
      const ids = r.group_id ? members.filter((m) => m.groupId === r.group_id).map((m) => m.userId) : [];
      recipients.set(r.id, ids.length ? ids : r.assignee_id ? [r.assignee_id] : []);
    }
    const userIds = [...new Set([...recipients.values()].flat())];
    const principals = await this.principals.loadMany(userIds);
    const zones = new Map(
      (await tx.user.findMany({ where: { id: { in: userIds } }, select: { id: true, timeZone: true } })).map((u) => [
        u.id,
        u.timeZone,
      ]),
    );
    const out: OutboxMessageInput[] = [];
    for (const r of rows) {
      for (const userId of recipients.get(r.id) ?? []) {
        const p = principals.get(userId);
        if (!p) continue;
        const facts = ticketFacts(
          { organizationId: r.organization_id, siteId: r.site_id, requesterId: r.requester_id },
          false,
        );
        if (!tickets.decide(p, 'read', facts).allowed) continue;
        const due = [r.response_due_at, r.resolution_due_at]
          .filter((d): d is Date => !!d)
          .map((d) => formatInstant(d, zones.get(userId)))
          .join(' / ');
        out.push({
          organizationId: r.organization_id,
          recipientUserId: userId,
          toEmail: p.email,
          kind: notice === 'breach' ? 'ticket.sla_breached' : 'ticket.sla_warning',
          subject: `[#${r.number}] SLA ${notice === 'breach' ? 'breached' : 'at risk'}: ${r.subject}`,
          body:
            `Hello ${p.name},\n\nTicket #${r.number} "${r.subject}" ` +
            (notice === 'breach' ? 'has missed an SLA target' : 'has used 80 % of an SLA target') +
            ` (due: ${due || 'n/a'}).\n\n${this.config.publicUrl}/tickets/${r.id}\n`,
        });
      }
    }
    return out;
  }
}
