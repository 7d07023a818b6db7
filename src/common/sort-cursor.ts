import { inputProblems, isUuid, validationException } from './validation.js';

/**
 * Keyset cursors for lists not ordered by (created_at, id): an opaque base64url of the last row's
 * sort key and id (e.g. a CI's name, an invoice's issue date). Never OFFSET.
 */
export function encodeSortCursor(key: string, id: string): string {
  return Buffer.from(JSON.stringify([key, id])).toString('base64url');
}

export function decodeSortCursor(
  cursor: string | undefined,
  validKey: (k: string) => boolean = () => true,
): { key: string; id: string } | null {
  if (!cursor) return null;
  try {
    const [key, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [unknown, unknown];
    // The key goes into SQL as a parameter: text PostgreSQL can store, nothing else.
    if (typeof key !== 'string' || inputProblems(key, 'cursor').length || !validKey(key) || !isUuid(id))
      throw new Error('bad');
    return { key, id };
  } catch {
    throw validationException([{ field: 'cursor', message: 'is not a valid cursor' }], 'Malformed cursor');
  }
}

/** `YYYY-MM-DD` naming a real calendar day PostgreSQL accepts (years 1 to 9999). */
export function isCalendarDate(k: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(k) || k.startsWith('0000')) return false;
  const d = new Date(`${k}T00:00:00.000Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === k;
}

/**
 * Cursors of a list with several sorts name the sort they were issued for: an opaque base64url of
 * `[sort, ...keys, id]`, so a cursor given to another sort is recognised (and refused) rather than
 * read as a position in the wrong order.
 */
export function encodeTaggedCursor(sort: string, keys: readonly string[], id: string): string {
  return Buffer.from(JSON.stringify([sort, ...keys, id])).toString('base64url');
}

/** The parts of a cursor: a JSON array of strings (and nulls), or null when it is not one. */
export function cursorParts(cursor: string): unknown[] | null {
  try {
    const parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    return Array.isArray(parts) && parts.length >= 2 && parts.length <= 8 ? parts : null;
  } catch {
    return null;
  }
}
