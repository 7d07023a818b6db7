import { Prisma } from '../generated/prisma/client.js';
import { decodeCursor, encodeCursor, type Keyset, type Page } from './pagination.js';
import { decodeSortCursor, encodeSortCursor } from './sort-cursor.js';

/** How a list reads and writes its opaque cursor. */
export interface CursorCodec<K> {
  decode(cursor: string | undefined): K | null;
  encode(key: K): string;
}

/** The sort key (e.g. a CI's name, an invoice's issue date) and id of a row. */
export interface SortKey {
  key: string;
  id: string;
}

export const CREATED_AT_CURSOR: CursorCodec<Keyset> = { decode: decodeCursor, encode: encodeCursor };

export const sortKeyCursor = (validKey?: (k: string) => boolean): CursorCodec<SortKey> => ({
  decode: (c) => decodeSortCursor(c, validKey),
  encode: (k) => encodeSortCursor(k.key, k.id),
});

/**
 * One keyset page, never OFFSET. Opening it decodes the cursor (a bad one is a 400 right there); the
 * list fetches `take` (limit + 1) rows after `after`; `of` keeps `limit` of them, the extra row telling
 * whether a next page exists, whose cursor is the key of the last row kept.
 */
export class KeysetPage<K> {
  readonly after: K | null;
  readonly take: number;

  constructor(
    private readonly codec: CursorCodec<K>,
    cursor: string | undefined,
    readonly limit: number,
  ) {
    this.after = codec.decode(cursor);
    this.take = limit + 1;
  }

  of<R extends K>(rows: R[]): Page<R>;
  of<R>(rows: R[], key: (r: R) => K): Page<R>;
  of<R>(rows: R[], key: (r: R) => K = (r) => r as unknown as K): Page<R> {
    const more = rows.length > this.limit;
    const data = more ? rows.slice(0, this.limit) : rows;
    return { data, nextCursor: more ? this.codec.encode(key(data[data.length - 1])) : null };
  }
}

interface PageParams {
  cursor?: string;
  limit?: number;
}

/** A page of a list ordered by (created_at, id). */
export const keysetPage = (q: PageParams, defaultLimit = 50) =>
  new KeysetPage(CREATED_AT_CURSOR, q.cursor, q.limit ?? defaultLimit);

/** A page of a list ordered by (sort key, id); `validKey` refuses keys the column cannot hold. */
export const sortKeyPage = (q: PageParams, validKey?: (k: string) => boolean) =>
  new KeysetPage(sortKeyCursor(validKey), q.cursor, q.limit ?? 50);

export const mapPage = <R, T>(page: Page<R>, map: (r: R) => T): Page<T> => ({
  data: page.data.map(map),
  nextCursor: page.nextCursor,
});

/** Prisma `where` for "after this cursor" in (createdAt, id) order, descending by default; {} on the first page. */
export function afterCursor(cursor: Keyset | null, order: 'desc' | 'asc' = 'desc'): { OR?: object[] } {
  if (!cursor) return {};
  const op = order === 'desc' ? 'lt' : 'gt';
  return {
    OR: [{ createdAt: { [op]: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { [op]: cursor.id } }],
  };
}

/** The keyset orders matching `afterCursor`. */
export const NEWEST_FIRST = [{ createdAt: 'desc' as const }, { id: 'desc' as const }];
export const OLDEST_FIRST = [{ createdAt: 'asc' as const }, { id: 'asc' as const }];

/** SQL for "after this cursor" in (created_at DESC, id DESC) order on the table aliased `alias`. */
export const afterCursorSql = (alias: string, cursor: Keyset): Prisma.Sql =>
  Prisma.sql`(${Prisma.raw(alias)}.created_at, ${Prisma.raw(alias)}.id) < (${cursor.createdAt}::timestamptz, ${cursor.id}::uuid)`;
