import { TICKET_SORTS, sortKeyKinds, type SortPosition, type TicketSort } from '../access/ticket-query.js';
import { TICKET_PRIORITIES } from '../access/principal.js';
import type { CursorCodec } from '../common/keyset.js';
import { decodeCursor } from '../common/pagination.js';
import { cursorParts, encodeTaggedCursor } from '../common/sort-cursor.js';
import { isUuid, validationException } from '../common/validation.js';

/**
 * The cursor of a ticket list: `[sort, ...keys, id]` (common/sort-cursor.ts). It is only valid with
 * the sort it was issued for; a cursor of another sort is a 400 naming the `cursor` field. A cursor
 * of the older untagged form `[createdAt, id]` is read as one of the default sort (newest first).
 */
const MIN_TIME = Date.parse('0001-01-01T00:00:00.000Z');
const MAX_TIME = Date.parse('9999-12-31T23:59:59.999Z');
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** An instant as the list writes it: `toISOString()` of itself (no 30 February), years 1 to 9999. */
const isTimestamp = (v: unknown): v is string => {
  if (typeof v !== 'string' || !ISO.test(v)) return false;
  const t = Date.parse(v);
  return t >= MIN_TIME && t <= MAX_TIME && new Date(t).toISOString() === v;
};

const malformed = () =>
  validationException([{ field: 'cursor', message: 'is not a valid cursor' }], 'Malformed cursor');

function decodeTicketCursor(cursor: string, sort: TicketSort): SortPosition {
  const parts = cursorParts(cursor);
  if (!parts) throw malformed();
  const [tag, ...rest] = parts;
  if (typeof tag !== 'string' || !(TICKET_SORTS as readonly string[]).includes(tag)) {
    // The untagged cursor of the default sort (throws its own 400 when malformed).
    const legacy = decodeCursor(cursor)!;
    return within('-createdAt', sort, { keys: [legacy.createdAt.toISOString()], id: legacy.id });
  }
  const kinds = sortKeyKinds(tag as TicketSort);
  const id = rest[kinds.length];
  if (rest.length !== kinds.length + 1 || !isUuid(id)) throw malformed();
  const keys = kinds.map((kind, i) => {
    const v = rest[i];
    const ok =
      kind === 'priority'
        ? typeof v === 'string' && (TICKET_PRIORITIES as readonly string[]).includes(v)
        : isTimestamp(v) || (kind === 'due' && v === 'infinity');
    if (!ok) throw malformed();
    return v as string;
  });
  return within(tag as TicketSort, sort, { keys, id });
}

function within(issuedFor: TicketSort, sort: TicketSort, at: SortPosition): SortPosition {
  if (issuedFor !== sort)
    throw validationException(
      [
        {
          field: 'cursor',
          message: `was issued for sort=${issuedFor}, not sort=${sort}: repeat the sort of the page it came from, or start without a cursor`,
        },
      ],
      'Cursor of another sort',
    );
  return at;
}

export const ticketCursor = (sort: TicketSort): CursorCodec<SortPosition> => ({
  decode: (c) => (c ? decodeTicketCursor(c, sort) : null),
  encode: (at) => encodeTaggedCursor(sort, at.keys, at.id),
});
