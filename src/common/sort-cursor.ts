import { isUuid, validationException } from './validation.js';

/**
 * Keyset cursors for lists not ordered by (created_at, id): an opaque base64url of the last row's
 * sort key and id (e.g. a CI's name, an invoice's issue date). Never OFFSET.
 */
export function encodeSortCursor(key: string, id: string): string {
  return Buffer.from(JSON.stringify([key, id])).toString('base64url');
}

export function decodeSortCursor(cursor: string | undefined, validKey: (k: string) => boolean = () => true): { key: string; id: string } | null {
  if (!cursor) return null;
  try {
    const [key, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [unknown, unknown];
    // A NUL cannot be sent to PostgreSQL as text (a 500, not a 400).
    if (typeof key !== 'string' || key.includes('\u0000') || !validKey(key) || !isUuid(id)) throw new Error('bad');
    return { key, id };
  } catch {
    throw validationException([{ field: 'cursor', message: 'is not a valid cursor' }], 'Malformed cursor');
  }
}

/** A calendar date `YYYY-MM-DD` that PostgreSQL accepts (no 2025-13-45, no year 0). */
export function isIsoDate(k: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(k) || k.startsWith('0000')) return false;
  const d = new Date(`${k}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === k;
}
