import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { tickets } from '../access/ticket-grants.js';
import { decideInternal } from '../access/ticket-rules.js';
import { PrincipalLoader } from '../auth/principal.loader.js';
import type { Tx } from '../database/prisma.service.js';
import { enqueue } from '../notifications/outbox.js';
import { storeReplyTokens, ticketMail } from '../notifications/ticket-mail.js';
import { formatInstant } from '../sla/format-instant.js';
import { ticketFacts } from './ticket-facts.js';

export interface TicketEvent {
  ticket: {
    id: string;
    number: number;
    subject: string;
    organizationId: string;
    siteId: string | null;
    requesterId: string;
    assigneeId: string | null;
    resolutionDueAt?: Date | null;
  };
  actorId: string;
  kind: 'ticket.created' | 'ticket.commented' | 'ticket.status_changed' | 'ticket.updated' | 'ticket.cc_added';
  summary: string;
  /** Internal events (internal comments) reach staff only. */
  internal?: boolean;
  /** Extra candidates, e.g. a user just CC'd. */
  alsoNotify?: string[];
}

/**
 * Recipients of a ticket event: the requester, the CCs and the assignee (never the actor), kept
 * only if the policy engine says they may read the ticket. One outbox message per recipient, all
 * written by one statement in the transaction of the change; nobody sees who else was notified.
 */
@Injectable()
export class TicketNotifier {
  constructor(
    private readonly principals: PrincipalLoader,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async notify(tx: Tx, e: TicketEvent): Promise<number> {
    const named = [e.ticket.requesterId, ...(e.alsoNotify ?? [])];
    if (e.ticket.assigneeId) named.push(e.ticket.assigneeId);
    // One statement in the write's transaction: the named users, the CCs and their principals.
    const { principals, ccs } = await this.principals.loadRecipients(tx, e.ticket.id, named, e.actorId);
    const candidates = new Set<string>([...named, ...ccs]);
    candidates.delete(e.actorId);
    const messages = [];
    const due = e.ticket.resolutionDueAt ?? null;
    const zones = due
      ? new Map(
          (
            await tx.user.findMany({ where: { id: { in: [...candidates] } }, select: { id: true, timeZone: true } })
          ).map((u) => [u.id, u.timeZone]),
        )
      : null;
    for (const userId of candidates) {
      const p = principals.get(userId);
      if (!p) continue;
      if (e.internal && !decideInternal(p, 'read').allowed) continue;
      const d = tickets.decide(
        p,
        'read',
        ticketFacts(e.ticket, ccs.has(userId) || (e.alsoNotify ?? []).includes(userId)),
      );
      if (!d.allowed) continue;
      messages.push(
        ticketMail(this.config, {
          ticketId: e.ticket.id,
          organizationId: e.ticket.organizationId,
          to: p,
          kind: e.kind,
          subject: `[#${e.ticket.number}] ${e.ticket.subject}`,
          text: `${e.summary}

${
  due
    ? `Resolution due: ${formatInstant(due, zones?.get(userId))}

`
    : ''
}${this.config.publicUrl}/tickets/${e.ticket.id}`,
          replyHint: e.internal ? null : undefined,
        }),
      );
    }
    await storeReplyTokens(
      tx,
      messages.map((m) => m.token),
    );
    return enqueue(
      tx,
      messages.map((m) => m.message),
    );
  }
}
