import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The addresses and tokens of the email channel. Every ticket has one thread (`<ticket-…@domain>`,
 * sent as `In-Reply-To`/`References` on each of its mails, so every client shows one conversation),
 * and every recipient of a ticket mail gets their own reply address `local+r-<token>@domain`:
 * the token is an HMAC of the ticket, the user and the user's session epoch, so it cannot be
 * guessed, names one ticket and one user, and dies with every session (password change,
 * deactivation, "sign out everywhere").
 */
export interface MailChannel {
  /** The provider's support mailbox: new mail to it raises tickets; replies go to its sub-addresses. */
  supportAddress: string;
  /** Domain of Message-IDs and reply addresses. */
  domain: string;
  /** Key of reply and unsubscribe tokens (derived from the JWT secret, a separate purpose). */
  tokenKey: Buffer;
}

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

/** RFC 4648 base32, lower case, no padding: mail systems may fold the case of a local part. */
function base32(bytes: Buffer): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

export function mailChannel(mailFrom: string, supportAddress: string | undefined, tokenKey: Buffer): MailChannel {
  const from = /<([^>]+)>/.exec(mailFrom)?.[1] ?? mailFrom;
  const fromDomain = from.split('@')[1] ?? 'outpost.local';
  const support = (supportAddress || `support@${fromDomain}`).toLowerCase();
  return { supportAddress: support, domain: support.split('@')[1] ?? fromDomain, tokenKey };
}

/** What a reply address answers: a ticket (the reply becomes a comment) or a validation (a decision). */
export type ReplySubject = { kind: 'ticket'; ticketId: string } | { kind: 'validation'; validationId: string };

const PREFIX = { ticket: 'r', validation: 'v' } as const;

/** 20 bytes of HMAC-SHA256 (160 bits), 32 base32 characters. */
export function replyToken(c: MailChannel, subject: ReplySubject, userId: string, sessionEpoch: number): string {
  const id = subject.kind === 'ticket' ? subject.ticketId : subject.validationId;
  const mac = createHmac('sha256', c.tokenKey).update(`${subject.kind}\0${id}\0${userId}\0${sessionEpoch}`).digest();
  return base32(mac.subarray(0, 20));
}

export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

export function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function replyAddress(c: MailChannel, kind: ReplySubject['kind'], token: string): string {
  const [local, domain] = c.supportAddress.split('@');
  return `${local}+${PREFIX[kind]}-${token}@${domain}`;
}

/** What an envelope recipient is to us: the support mailbox, a reply address, or nothing of ours. */
export type Recipient =
  { kind: 'support' } | { kind: 'reply'; answers: ReplySubject['kind']; token: string } | { kind: 'other' };

export function classifyRecipient(c: MailChannel, address: string): Recipient {
  const a = address.trim().toLowerCase();
  if (a === c.supportAddress) return { kind: 'support' };
  const [local, domain] = c.supportAddress.split('@');
  const m = /^([^@+]+)\+([rv])-([a-z2-7]{32})@(.+)$/.exec(a);
  if (m && m[1] === local && m[4] === domain)
    return { kind: 'reply', answers: m[2] === 'r' ? 'ticket' : 'validation', token: m[3] };
  return { kind: 'other' };
}

/** The thread of a ticket: the root every mail of the ticket replies to. */
export const ticketThread = (c: MailChannel, ticketId: string): string => `<ticket-${ticketId}@${c.domain}>`;

export const messageId = (c: MailChannel, id: string): string => `<${id}@${c.domain}>`;

/** `<userId>.<kind>.<mac>`: one-click unsubscribe of one kind for one user (RFC 8058). */
export function unsubscribeToken(c: MailChannel, userId: string, kind: string): string {
  const mac = createHmac('sha256', c.tokenKey).update(`unsubscribe\0${userId}\0${kind}`).digest();
  return `${userId}.${kind}.${mac.subarray(0, 16).toString('base64url')}`;
}

export function readUnsubscribeToken(c: MailChannel, token: string): { userId: string; kind: string } | null {
  const m = /^([0-9a-f-]{36})\.([a-z_.]{1,64})\.([A-Za-z0-9_-]{22})$/.exec(token);
  if (!m) return null;
  return sameToken(unsubscribeToken(c, m[1], m[2]), token) ? { userId: m[1], kind: m[2] } : null;
}
