import type { PrismaService } from '../database/prisma.service.js';
import { fromHeaderAddress, messageKey } from './inbound-rules.js';

export interface Envelope {
  transport: 'SMTP';
  remoteIp?: string | null;
  helo?: string | null;
  mailFrom?: string | null;
  rcptTo: string[];
}

/**
 * Stores a received message once, before anything is done with it: the same Message-ID again
 * (a retry of the sending server, the same mail fetched twice) is a no-op. The SMTP listener
 * answers 250 only after this commit, so an acknowledged message is never lost.
 */
export async function storeInbound(prisma: PrismaService, raw: Buffer, env: Envelope): Promise<{ duplicate: boolean }> {
  const { count } = await prisma.inboundMessage.createMany({
    data: [
      {
        messageId: messageKey(raw),
        transport: env.transport,
        remoteIp: env.remoteIp ?? null,
        helo: env.helo ?? null,
        envelopeFrom: env.mailFrom?.toLowerCase() ?? null,
        envelopeTo: env.rcptTo.map((a) => a.toLowerCase()),
        fromAddress: fromHeaderAddress(raw),
        sizeBytes: raw.length,
        raw: new Uint8Array(raw),
      },
    ],
    skipDuplicates: true,
  });
  return { duplicate: count === 0 };
}
