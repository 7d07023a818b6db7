import type { Tx } from '../database/prisma.service.js';

/** Kinds of mail a user can trigger on demand (verification, reset, email change): the capped ones. */
export const USER_TRIGGERED_PREFIX = 'identity.';

/**
 * How many user-triggered messages went to this user in the last hour. The per-user cap is counted
 * in the outbox itself, so it holds across instances and restarts.
 */
export async function recentUserMailCount(tx: Tx, userId: string): Promise<number> {
  const rows = await tx.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM outbox_messages
     WHERE recipient_user_id = ${userId}::uuid AND created_at > now() - interval '1 hour'
       AND kind LIKE ${USER_TRIGGERED_PREFIX + '%'}`;
  return rows[0]?.n ?? 0;
}
