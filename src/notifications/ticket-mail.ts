import type { AppConfig } from '../config/config.js';
import type { Tx } from '../database/prisma.service.js';
import {
  replyAddress,
  replyToken,
  ticketThread,
  tokenHash,
  unsubscribeToken,
  type ReplySubject,
} from './mail-channel.js';
import type { OutboxMessageInput } from './outbox.js';
import { preferenceOf } from './preferences.js';
import { htmlPart } from './templates.js';

export interface MailRecipient {
  userId: string;
  email: string;
  name: string;
  sessionEpoch: number;
}

export interface ReplyTokenRow {
  tokenHash: string;
  organizationId: string;
  ticketId: string;
  validationId: string | null;
  userId: string;
}

/**
 * A notification about a ticket: in the ticket's thread, with a reply address of its own for this
 * recipient (a reply becomes a comment, or a decision for a validation, when the engine allows it
 * at the time it arrives), a text and an HTML part, and a one-click `List-Unsubscribe` for kinds
 * that can be turned off.
 */
export function ticketMail(
  config: AppConfig,
  m: {
    ticketId: string;
    organizationId: string;
    answers?: ReplySubject;
    to: MailRecipient;
    kind: string;
    subject: string;
    text: string;
    /** The line that says what a reply does; null ⇒ no reply address (an internal note must not be answered by mail). */
    replyHint?: string | null;
  },
): { message: OutboxMessageInput; token: ReplyTokenRow | null } {
  const c = config.mail;
  const answers = m.answers ?? { kind: 'ticket', ticketId: m.ticketId };
  const token = replyToken(c, answers, m.to.userId, m.to.sessionEpoch);
  const thread = ticketThread(c, m.ticketId);
  const replyable = m.replyHint !== null;
  const headers: Record<string, string> = { 'In-Reply-To': thread, References: thread };
  if (replyable) headers['Reply-To'] = replyAddress(c, answers.kind, token);
  const footer: string[] = [
    replyable ? (m.replyHint ?? 'Reply to this mail to add a comment to the ticket.') : 'Do not reply to this mail.',
  ];
  if (preferenceOf(m.kind)) {
    const url = `${config.publicUrl.replace(/\/$/, '')}/unsubscribe?token=${unsubscribeToken(c, m.to.userId, m.kind)}`;
    headers['List-Unsubscribe'] = `<${url}>`;
    footer.push(`Stop these notifications: ${url}`);
  }
  const body = `Hello ${m.to.name},\n\n${m.text}`;
  return {
    message: {
      organizationId: m.organizationId,
      recipientUserId: m.to.userId,
      toEmail: m.to.email,
      kind: m.kind,
      subject: m.subject,
      body: `${body}\n\n-- \n${footer.join('\n')}\n`,
      html: htmlPart(body, footer.join('\n')),
      headers,
    },
    token: replyable
      ? {
          tokenHash: tokenHash(token),
          organizationId: m.organizationId,
          ticketId: m.ticketId,
          validationId: answers.kind === 'validation' ? answers.validationId : null,
          userId: m.to.userId,
        }
      : null,
  };
}

/** The reply addresses of a batch of mails, in one statement (the same token again is a no-op). */
export async function storeReplyTokens(tx: Tx, rows: (ReplyTokenRow | null)[]): Promise<void> {
  const data = rows.filter((r): r is ReplyTokenRow => r !== null);
  if (data.length === 0) return;
  await tx.mailReplyToken.createMany({ data, skipDuplicates: true });
}
