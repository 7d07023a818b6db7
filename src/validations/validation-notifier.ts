import { Inject, Injectable } from '@nestjs/common';
import pg from 'pg';
import type { Principal } from '../access/principal.js';
import { decidingRoles, validations, type ValidationKind } from '../access/validation-grants.js';
import { PrincipalLoader } from '../auth/principal.loader.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { PG_POOL, PrismaService, type Tx } from '../database/prisma.service.js';
import { enqueue } from '../notifications/outbox.js';
import { storeReplyTokens, ticketMail } from '../notifications/ticket-mail.js';
import { ccUserIds, ticketFacts } from '../tickets/ticket-facts.js';

export interface ValidationTicket {
  id: string;
  number: number;
  subject: string;
  organizationId: string;
  siteId: string | null;
  requesterId: string;
}

export interface ValidationSummary {
  id: string;
  kind: ValidationKind;
  question: string;
  dueAt: Date | null;
  requiredApprovals: number;
  requestedById: string;
}

/**
 * Who is told about a validation. Eligible deciders are computed by the policy engine: the SQL
 * only narrows the candidates to active members of the ticket's organisation holding a deciding
 * role, and each candidate's principal then goes through `validations.decide(…, 'decide')` (so
 * external support mode, site grants and CCs apply exactly as they do for the decision itself).
 * One outbox message per recipient; nobody sees who else was asked.
 */
@Injectable()
export class ValidationNotifier {
  constructor(
    private readonly principals: PrincipalLoader,
    private readonly prisma: PrismaService,
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Principals who may decide a validation of `kind` on `ticket`. Runs on the pool, outside any transaction. */
  async eligibleDeciders(ticket: ValidationTicket, kind: ValidationKind): Promise<Principal[]> {
    const { rows } = await this.pool.query<{ user_id: string }>({
      text: `SELECT m.user_id
             FROM memberships m JOIN users u ON u.id = m.user_id
             WHERE m.organization_id = $1 AND m.active AND u.active AND u.staff_role IS NULL AND m.roles && $2::"PortalRole"[]
             ORDER BY m.user_id`,
      values: [ticket.organizationId, decidingRoles(kind)],
    });
    const out: Principal[] = [];
    const principals = await this.principals.loadMany(rows.map((r) => r.user_id));
    const ccs = await ccUserIds(this.prisma, ticket.id);
    for (const r of rows) {
      const p = principals.get(r.user_id);
      if (!p) continue;
      const facts = ticketFacts(ticket, ccs.has(r.user_id));
      if (validations.decide(p, 'decide', { kind, ticket: facts }).allowed) out.push(p);
    }
    return out;
  }

  async requested(
    tx: Tx,
    deciders: Principal[],
    v: ValidationSummary,
    ticket: ValidationTicket,
    requesterName: string,
  ): Promise<void> {
    const what = v.kind === 'CHANGE' ? 'change approval' : 'validation';
    // With the portal's `decideByEmail`, the reply address decides (ACCEPT or REJECT on the first
    // line); otherwise a reply is a comment on the ticket like any other.
    const org = await tx.organization.findUnique({
      where: { id: ticket.organizationId },
      select: { portal: { select: { decideByEmail: true } } },
    });
    const byMail = org?.portal?.decideByEmail === true;
    const mails = deciders.map((p) =>
      ticketMail(this.config, {
        ticketId: ticket.id,
        organizationId: ticket.organizationId,
        ...(byMail
          ? {
              answers: { kind: 'validation' as const, validationId: v.id },
              replyHint:
                'Reply ACCEPT or REJECT on the first line to decide; anything below it is kept as your comment.',
            }
          : {}),
        to: p,
        kind: 'validation.requested',
        subject: `[#${ticket.number}] ${v.kind === 'CHANGE' ? 'Change approval' : 'Validation'} required: ${ticket.subject}`,
        text:
          `${requesterName} asks for your ${what} on ticket #${ticket.number} "${ticket.subject}":\n\n${v.question}\n\n` +
          `Please accept or reject it in the customer portal${v.dueAt ? ` before ${v.dueAt.toISOString()}` : ''}` +
          `${v.requiredApprovals > 1 ? ` (${v.requiredApprovals} approvals are needed)` : ''}.\n\n${this.config.publicUrl}/validations/${v.id}`,
      }),
    );
    await storeReplyTokens(
      tx,
      mails.map((m) => m.token),
    );
    await enqueue(
      tx,
      mails.map((m) => m.message),
    );
  }

  /** The outcome goes to the agent who asked (when still active). */
  async decided(
    tx: Tx,
    v: ValidationSummary,
    ticket: ValidationTicket,
    outcome: 'ACCEPTED' | 'REJECTED' | 'EXPIRED',
    summary: string,
  ): Promise<void> {
    const agent = await tx.user.findFirst({
      where: { id: v.requestedById, active: true },
      select: { id: true, email: true, name: true, sessionEpoch: true },
    });
    if (!agent) return;
    const mail = ticketMail(this.config, {
      ticketId: ticket.id,
      organizationId: ticket.organizationId,
      to: { userId: agent.id, email: agent.email, name: agent.name, sessionEpoch: agent.sessionEpoch },
      kind: `validation.${outcome.toLowerCase()}`,
      subject: `[#${ticket.number}] ${v.kind === 'CHANGE' ? 'Change approval' : 'Validation'} ${outcome.toLowerCase()}: ${ticket.subject}`,
      text: `${summary}\n\nQuestion: ${v.question}\n\n${this.config.publicUrl}/validations/${v.id}`,
    });
    await storeReplyTokens(tx, [mail.token]);
    await enqueue(tx, [mail.message]);
  }
}
