import { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type pg from 'pg';
import type { S3Config } from '../config/config.js';
import type { Tx } from '../database/prisma.service.js';
import type { AttachmentStore, ByteRange, StoredFile } from './attachment-store.js';

/** Part size of a multipart upload (S3's minimum): what one upload holds in memory at most. */
const PART_BYTES = 5 * 1024 * 1024;

/**
 * An S3-compatible bucket. An object is written before its row commits, so every write first
 * records its key in `pending_objects` (committed on its own); the row's transaction deletes that
 * record. A write whose transaction fails deletes its object at once; one whose process died is
 * found by the orphan sweep (`sweep`): pending keys older than any upload can last, with no row
 * naming them. A removal records the key as pending in the deleting transaction and deletes the
 * object after the commit, so a crash in between is swept too.
 */
export class S3AttachmentStore implements AttachmentStore {
  readonly kind = 'S3' as const;
  readonly client: S3Client;

  constructor(
    private readonly config: S3Config,
    private readonly pool: pg.Pool,
  ) {
    this.client = new S3Client({
      region: config.region,
      endpoint: config.endpoint ?? undefined,
      forcePathStyle: config.forcePathStyle,
      credentials:
        config.accessKeyId && config.secretAccessKey
          ? { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey }
          : undefined,
      // Checksums only where S3 requires them: S3-compatible servers differ in the newer ones.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  keyOf(id: string): string {
    return `${this.config.keyPrefix}${id}`;
  }

  async write(tx: Tx, id: string, source: AsyncIterable<Buffer> | Iterable<Buffer>): Promise<string> {
    const key = this.keyOf(id);
    await this.pool.query('INSERT INTO pending_objects (key) VALUES ($1) ON CONFLICT DO NOTHING', [key]);
    // The upload wraps a failure of its body: keep the body's own error (413, a cut-off form) to rethrow.
    let sourceError: unknown;
    async function* watched(): AsyncGenerator<Buffer> {
      try {
        for await (const b of source) yield b;
      } catch (err) {
        sourceError = err;
        throw err;
      }
    }
    const upload = new Upload({
      client: this.client,
      params: {
        Bucket: this.config.bucket,
        Key: key,
        Body: Readable.from(watched(), { objectMode: false }),
        ContentType: 'application/octet-stream',
      },
      partSize: PART_BYTES,
      queueSize: 1,
      leavePartsOnError: false,
    });
    try {
      await upload.done();
    } catch (err) {
      throw sourceError ?? err;
    }
    await tx.$executeRaw`DELETE FROM pending_objects WHERE key = ${key}`;
    return key;
  }

  async discard(id: string, key: string | null): Promise<void> {
    const k = key ?? this.keyOf(id);
    await this.deleteObject(k);
    await this.pool.query('DELETE FROM pending_objects WHERE key = $1', [k]);
  }

  async open(file: StoredFile, range?: ByteRange): Promise<Readable> {
    if (file.size === 0 || (range && range.end < range.start)) return Readable.from([]);
    const res = await this.client.send(
      new GetObjectCommand({
        Bucket: this.config.bucket,
        Key: file.storageKey ?? this.keyOf(file.id),
        Range: range ? `bytes=${range.start}-${range.end}` : undefined,
      }),
    );
    return res.Body as Readable;
  }

  async remove(tx: Tx, file: StoredFile): Promise<() => Promise<void>> {
    const key = file.storageKey ?? this.keyOf(file.id);
    await tx.$executeRaw`INSERT INTO pending_objects (key) VALUES (${key}) ON CONFLICT DO NOTHING`;
    return async () => {
      await this.deleteObject(key);
      await this.pool.query('DELETE FROM pending_objects WHERE key = $1', [key]);
    };
  }

  private async deleteObject(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.config.bucket, Key: key }));
  }

  /**
   * Deletes the objects of pending keys older than `olderThanMs` that no row names (uploads that
   * never committed, removals cut off before their delete), and forgets those keys. Returns how
   * many objects were deleted.
   */
  async sweep(olderThanMs: number): Promise<number> {
    const { rows } = await this.pool.query<{ key: string; named: boolean }>(
      `SELECT p.key,
              EXISTS (SELECT 1 FROM ticket_attachments a WHERE a.storage_key = p.key)
           OR EXISTS (SELECT 1 FROM downloads d WHERE d.storage_key = p.key) AS named
         FROM pending_objects p
        WHERE p.created_at < now() - make_interval(secs => $1)
        ORDER BY p.created_at
        LIMIT 1000`,
      [olderThanMs / 1000],
    );
    let deleted = 0;
    for (const r of rows) {
      if (!r.named) {
        await this.deleteObject(r.key);
        deleted++;
      }
      await this.pool.query('DELETE FROM pending_objects WHERE key = $1', [r.key]);
    }
    return deleted;
  }

  destroy(): void {
    this.client.destroy();
  }
}
