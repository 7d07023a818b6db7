import type { Tx } from '../database/prisma.service.js';

/**
 * The notification kinds a user may turn off, by the preference's name in the API. Security mail
 * (verification, password reset and change, email change, 2FA, invitations) is not among them and
 * is always sent; so is any kind not listed here.
 */
export const NOTIFICATION_PREFERENCES = {
  ticketCreated: { kinds: ['ticket.created'], description: 'A ticket you can read was raised' },
  ticketCommented: { kinds: ['ticket.commented'], description: 'A comment on a ticket you follow' },
  ticketStatusChanged: { kinds: ['ticket.status_changed'], description: 'A ticket you follow changed status' },
  ticketUpdated: { kinds: ['ticket.updated'], description: 'A ticket you follow was edited' },
  ticketCcAdded: { kinds: ['ticket.cc_added'], description: 'You were added in copy of a ticket' },
  validationRequested: { kinds: ['validation.requested'], description: 'Your approval is asked' },
  validationDecided: {
    kinds: ['validation.accepted', 'validation.rejected', 'validation.expired'],
    description: 'A validation you asked for was decided',
  },
} as const;

export type PreferenceName = keyof typeof NOTIFICATION_PREFERENCES;
export const PREFERENCE_NAMES = Object.keys(NOTIFICATION_PREFERENCES) as PreferenceName[];

const BY_KIND = new Map<string, PreferenceName>(
  PREFERENCE_NAMES.flatMap((name) => NOTIFICATION_PREFERENCES[name].kinds.map((k) => [k, name] as const)),
);

/** The preference that governs an outbox kind, or null when the kind cannot be turned off. */
export const preferenceOf = (kind: string): PreferenceName | null => BY_KIND.get(kind) ?? null;

/** (userId, preference) pairs turned off, among those asked: one query for a whole batch. */
export async function optedOut(tx: Tx, pairs: { userId: string; preference: PreferenceName }[]): Promise<Set<string>> {
  if (pairs.length === 0) return new Set();
  const rows = await tx.$queryRaw<{ user_id: string; kind: string }[]>`
    SELECT user_id, kind FROM notification_preferences
     WHERE enabled = false
       AND (user_id, kind) IN (SELECT * FROM unnest(${pairs.map((p) => p.userId)}::uuid[], ${pairs.map((p) => p.preference)}::text[]))`;
  return new Set(rows.map((r) => `${r.user_id}\0${r.kind}`));
}
