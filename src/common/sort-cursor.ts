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
    if (typeof key !== 'string' || !validKey(key) || !isUuid(id)) throw new Error('bad');
    return { key, id };
  } catch {
    throw validationException([{ field: 'cursor', message: 'is not a valid cursor' }], 'Malformed cursor');
  }
}
