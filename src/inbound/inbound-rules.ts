import { createHash } from 'node:crypto';
import EmailReplyParser from 'email-reply-parser';

/**
 * The rules of inbound mail that need no database: what identifies a message, what marks it as
 * automatic (never answered, never turned into a ticket: no loops, no backscatter), what of a
 * reply's text is new, and what a validation reply decides.
 */

function headerBlock(raw: Buffer): string {
  const end = raw.indexOf('\r\n\r\n');
  const head = raw.subarray(0, end === -1 ? Math.min(raw.length, 64 * 1024) : end).toString('latin1');
  return head.replace(/\r?\n[ \t]+/g, ' ');
}

/** The Message-ID of a raw message, or a hash of its bytes when it has none (the dedup key). */
export function messageKey(raw: Buffer): string {
  const m = /^message-id:\s*(<[^<>\s]{1,900}>)/im.exec(headerBlock(raw));
  return m ? m[1] : `sha256:${createHash('sha256').update(raw).digest('hex')}`;
}

/** The address of the From header, lower-cased, read when the message is stored (for the per-sender budget). */
export function fromHeaderAddress(raw: Buffer): string | null {
  const line = /^from:(.*)$/im.exec(headerBlock(raw))?.[1] ?? '';
  const m = /<([^<>\s@]+@[^<>\s@]+)>/.exec(line) ?? /([^\s<>"@,;]+@[^\s<>"@,;]+)/.exec(line);
  return m ? m[1].toLowerCase().slice(0, 320) : null;
}

export interface HeaderView {
  get(name: string): unknown;
}

const text = (v: unknown): string =>
  typeof v === 'string' ? v : v && typeof v === 'object' && 'value' in v ? String((v as { value: unknown }).value) : '';

/**
 * Why a message is automatic, or null: `Auto-Submitted` other than `no` (RFC 3834), `Precedence:
 * bulk|junk|list`, the usual auto-responder markers, or a message we sent ourselves.
 */
export function automaticReason(
  headers: HeaderView,
  ownAddresses: string[],
  fromAddress: string | null,
): string | null {
  const auto = text(headers.get('auto-submitted')).trim().toLowerCase();
  if (auto && auto !== 'no') return 'auto-submitted';
  const precedence = text(headers.get('precedence')).trim().toLowerCase();
  if (['bulk', 'junk', 'list', 'auto_reply'].includes(precedence)) return 'bulk';
  if (headers.get('x-autoreply') || headers.get('x-autorespond') || headers.get('x-auto-response-suppress')) {
    const suppress = text(headers.get('x-auto-response-suppress')).toLowerCase();
    if (!suppress || suppress.includes('all') || headers.get('x-autoreply') || headers.get('x-autorespond'))
      return 'auto-reply';
  }
  if (fromAddress && ownAddresses.includes(fromAddress)) return 'loop';
  return null;
}

/** The new text of a reply: quoted history and signature removed (email-reply-parser). */
export function visibleReply(body: string): string {
  const normalized = body.replace(/\r\n/g, '\n');
  const visible = new EmailReplyParser().read(normalized).getVisibleText().trim();
  return visible;
}

/** The decision of a validation reply: ACCEPT or REJECT alone on its first non-empty line. */
export function decisionOf(body: string): 'ACCEPT' | 'REJECT' | null {
  const first = body
    .replace(/\r\n/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l.length > 0);
  const m = /^(accept|reject)[.!]?$/i.exec(first ?? '');
  return m ? (m[1].toUpperCase() as 'ACCEPT' | 'REJECT') : null;
}

/** Subject of a new ticket from a mail subject: `Re:`/`Fwd:` prefixes kept (the sender chose them), bounded. */
export const ticketSubject = (subject: string | undefined): string =>
  (subject ?? '')
    .replace(/[\r\n\t]+/g, ' ')
    .trim()
    .slice(0, 200) || '(no subject)';
