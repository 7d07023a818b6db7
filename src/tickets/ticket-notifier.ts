import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { tickets } from '../access/ticket-grants.js';
import { decideInternal } from '../access/ticket-rules.js';
import { PrincipalLoader } from '../auth/principal.loader.js';
import type { Tx } from '../database/prisma.service.js';
import { enqueue } from '../notifications/outbox.js';
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
      messages.push({
        organizationId: e.ticket.organizationId,
        recipientUserId: userId,
        toEmail: p.email,
        kind: e.kind,
        subject: `[#${e.ticket.number}] ${e.ticket.subject}`,
        body: `Hello ${p.name},\n\n${e.summary}\n\n${this.config.publicUrl}/tickets/${e.ticket.id}\n`,
      });
    }
    await enqueue(tx, messages);
    return messages.length;
  }
}
