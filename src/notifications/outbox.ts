import type { Tx } from '../database/prisma.service.js';
import { optedOut, preferenceOf } from './preferences.js';

/**
 * One message to one recipient. Every notification goes through here, inside the transaction of
 * the change that caused it; a worker delivers the outbox later (SMTP, or the log). A message of a
 * kind its recipient turned off (`me/notifications`) is not enqueued; security mail always is.
 */
export interface OutboxMessageInput {
  organizationId?: string | null;
  recipientUserId?: string | null;
  toEmail: string;
  kind: string;
  subject: string;
  body: string;
  html?: string | null;
  /** Threading, Reply-To and List-Unsubscribe headers, by name. */
  headers?: Record<string, string> | null;
}

export async function enqueue(tx: Tx, messages: OutboxMessageInput[]): Promise<number> {
  const governed = messages.flatMap((m) => {
    const preference = preferenceOf(m.kind);
    return preference && m.recipientUserId ? [{ userId: m.recipientUserId, preference }] : [];
  });
  const off = await optedOut(tx, governed);
  const kept = messages.filter((m) => {
    const preference = preferenceOf(m.kind);
    return !(preference && m.recipientUserId && off.has(`${m.recipientUserId}\0${preference}`));
  });
  if (kept.length === 0) return 0;
  await tx.outboxMessage.createMany({
    data: kept.map((m) => ({
      organizationId: m.organizationId ?? null,
      recipientUserId: m.recipientUserId ?? null,
      toEmail: m.toEmail,
      kind: m.kind,
      subject: m.subject,
      body: m.body,
      html: m.html ?? null,
      headers: m.headers ?? undefined,
    })),
  });
  return kept.length;
}
