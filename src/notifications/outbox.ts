import type { Tx } from '../database/prisma.service.js';

/**
 * One message to one recipient. Every notification goes through here, inside the transaction of
 * the change that caused it; a worker delivers the outbox later (SMTP, or the log).
 */
export interface OutboxMessageInput {
  organizationId?: string | null;
  recipientUserId?: string | null;
  toEmail: string;
  kind: string;
  subject: string;
  body: string;
}

export async function enqueue(tx: Tx, messages: OutboxMessageInput[]): Promise<void> {
  if (messages.length === 0) return;
  await tx.outboxMessage.createMany({
    data: messages.map((m) => ({
      organizationId: m.organizationId ?? null,
      recipientUserId: m.recipientUserId ?? null,
      toEmail: m.toEmail,
      kind: m.kind,
      subject: m.subject,
      body: m.body,
    })),
  });
}
