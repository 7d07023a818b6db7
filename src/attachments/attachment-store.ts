import { Readable } from 'node:stream';
import type pg from 'pg';
import type { Tx } from '../database/prisma.service.js';

export type FileStorage = 'PG' | 'S3';

/** A stored file as its row records it (attachments and downloads alike). */
export interface StoredFile {
  id: string;
  storage: FileStorage;
  storageKey: string | null;
  size: number;
}

/** Inclusive byte range. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * Where the bytes of files (ticket attachments, downloads) live, behind one interface. Writes run
 * inside the transaction that writes the file's row: a write that fails, or whose transaction
 * rolls back, leaves no bytes behind (PostgreSQL: the chunk rows roll back with it; a bucket: the
 * object is deleted, or found by the orphan sweep). Bytes always stream: nothing holds a whole
 * file in memory.
 */
export interface AttachmentStore {
  readonly kind: FileStorage;
  /** Writes the bytes of file `id` from `source`; returns the storage key (null in PostgreSQL). */
  write(tx: Tx, id: string, source: AsyncIterable<Buffer> | Iterable<Buffer>): Promise<string | null>;
  /** Undoes a write whose transaction did not commit (no-op where the rollback did it). */
  discard(id: string, key: string | null): Promise<void>;
  /** A stream of the file's bytes, or of `range` of them. */
  open(file: StoredFile, range?: ByteRange): Promise<Readable>;
  /**
   * Removes the bytes of a file whose row `tx` deletes; returns what to do once `tx` has
   * committed (a bucket object is deleted only then), or null.
   */
  remove(tx: Tx, file: StoredFile): Promise<(() => Promise<void>) | null>;
}

/** Size of a chunk row: every chunk but a file's last is exactly this long. */
export const CHUNK_BYTES = 256 * 1024;
/** Chunks read per query when streaming a file out (1 MiB). */
const CHUNKS_PER_READ = 4;

/** Cuts a stream of buffers of any size into CHUNK_BYTES pieces (the last may be shorter). */
export async function* rechunk(
  source: AsyncIterable<Buffer> | Iterable<Buffer>,
  size = CHUNK_BYTES,
): AsyncGenerator<Buffer> {
  let parts: Buffer[] = [];
  let held = 0;
  for await (const buf of source) {
    let b = buf;
    while (held + b.length >= size) {
      const take = size - held;
      parts.push(b.subarray(0, take));
      yield parts.length === 1 ? parts[0] : Buffer.concat(parts, size);
      parts = [];
      held = 0;
      b = b.subarray(take);
    }
    if (b.length) {
      parts.push(b);
      held += b.length;
    }
  }
  if (held) yield Buffer.concat(parts, held);
}

/**
 * PostgreSQL: chunked `bytea` rows in `file_chunks` (file id, sequence number), written one at a
 * time in the row's own transaction — so a file is backed up with the data, a rollback leaves
 * nothing, and a 25 MiB file is never one 25 MiB value (in memory or in a tuple). Reads fetch
 * a few chunks per query, and only those a range covers.
 */
export class PgAttachmentStore implements AttachmentStore {
  readonly kind = 'PG' as const;

  constructor(private readonly pool: pg.Pool) {}

  async write(tx: Tx, id: string, source: AsyncIterable<Buffer> | Iterable<Buffer>): Promise<string | null> {
    let seq = 0;
    for await (const chunk of rechunk(source)) {
      await tx.$executeRaw`INSERT INTO file_chunks (file_id, seq, data) VALUES (${id}::uuid, ${seq}, ${chunk})`;
      seq++;
    }
    return null;
  }

  async discard(): Promise<void> {}

  async open(file: StoredFile, range?: ByteRange): Promise<Readable> {
    const start = range?.start ?? 0;
    const end = range?.end ?? file.size - 1;
    const pool = this.pool;
    async function* bytes(): AsyncGenerator<Buffer> {
      if (end < start) return;
      const first = Math.floor(start / CHUNK_BYTES);
      const last = Math.floor(end / CHUNK_BYTES);
      for (let from = first; from <= last; from += CHUNKS_PER_READ) {
        const to = Math.min(last, from + CHUNKS_PER_READ - 1);
        const { rows } = await pool.query<{ seq: number; data: Buffer }>(
          'SELECT seq, data FROM file_chunks WHERE file_id = $1 AND seq BETWEEN $2 AND $3 ORDER BY seq',
          [file.id, from, to],
        );
        if (rows.length !== to - from + 1) throw new Error(`file ${file.id}: chunks ${from}..${to} are missing`);
        for (const r of rows) {
          const offset = r.seq * CHUNK_BYTES;
          const lo = Math.max(0, start - offset);
          const hi = Math.min(r.data.length, end - offset + 1);
          if (hi > lo) yield r.data.subarray(lo, hi);
        }
      }
    }
    return Readable.from(bytes(), { objectMode: false });
  }

  async remove(tx: Tx, file: StoredFile): Promise<null> {
    await tx.$executeRaw`DELETE FROM file_chunks WHERE file_id = ${file.id}::uuid`;
    return null;
  }
}
