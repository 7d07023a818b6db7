import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import pg from 'pg';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { PG_POOL } from '../database/prisma.service.js';
import { PgAttachmentStore, type AttachmentStore, type FileStorage } from './attachment-store.js';
import { S3AttachmentStore } from './s3-attachment-store.js';

/**
 * The stores files are written to and read from: new files go to the bucket when `S3_BUCKET` is
 * set, to PostgreSQL otherwise; each file is read from the store its row names, so files written
 * before a bucket was configured stay readable. With a bucket, the orphan sweep runs every
 * `S3_ORPHAN_SWEEP_SECONDS`.
 */
@Injectable()
export class FileStores implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('FileStores');
  readonly pg: PgAttachmentStore;
  readonly s3: S3AttachmentStore | null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PG_POOL) pool: pg.Pool,
  ) {
    this.pg = new PgAttachmentStore(pool);
    this.s3 = config.s3 ? new S3AttachmentStore(config.s3, pool) : null;
  }

  /** Where a new file goes. */
  get forWrite(): AttachmentStore {
    return this.s3 ?? this.pg;
  }

  /** The store a file's row names. */
  of(storage: FileStorage): AttachmentStore {
    if (storage === 'PG') return this.pg;
    if (!this.s3) throw new Error('a file is stored in a bucket, but S3_BUCKET is not configured');
    return this.s3;
  }

  /** Pending keys older than this may be swept: longer than any upload may take. */
  get orphanAgeMs(): number {
    return Math.max(3_600_000, 2 * this.config.requestTimeoutMs);
  }

  onModuleInit(): void {
    const every = this.config.s3?.orphanSweepSeconds ?? 0;
    if (!this.s3 || every === 0) return;
    this.timer = setInterval(() => {
      this.s3!.sweep(this.orphanAgeMs)
        .then((n) => n && this.logger.log({ msg: 'orphan objects deleted', count: n }))
        .catch((err: unknown) => this.logger.warn({ msg: 'orphan sweep failed', err: String(err) }));
    }, every * 1000);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
    this.s3?.destroy();
  }
}
