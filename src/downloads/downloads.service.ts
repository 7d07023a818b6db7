import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import pg from 'pg';
import { downloads } from '../access/download-grants.js';
import type { Principal } from '../access/principal.js';
import { DomainError, notFound, unprocessable } from '../common/errors.js';
import { afterCursorSql, keysetPage, mapPage } from '../common/keyset.js';
import type { Page } from '../common/pagination.js';
import { PG_POOL, PrismaService } from '../database/prisma.service.js';
import { Prisma, type Download } from '../generated/prisma/client.js';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { FileStores } from '../attachments/file-stores.js';
import { AttachmentsService, validateBody } from '../attachments/attachments.service.js';
import { declaredTypeOf } from '../attachments/content-type.js';
import { MultipartForm, receiveFile } from '../attachments/upload.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { validationException } from '../common/validation.js';
import { isDisplayText } from '../common/display-text.js';
import type { Tx } from '../database/prisma.service.js';
import { sendFile } from '../attachments/send-file.js';
import {
  CreateDownloadFieldsDto,
  DOWNLOAD_CONTENT_TYPES,
  DOWNLOAD_MAX_BYTES,
  SAFE_FILE_NAME,
  type CreateDownloadDto,
  type DownloadDto,
  type DownloadListQuery,
} from './dto/download.dto.js';

const sql = Prisma.sql;

type DownloadMeta = Download;

const toDownloadDto = (d: DownloadMeta): DownloadDto => ({
  id: d.id,
  portalId: d.portalId,
  organizationId: d.organizationId,
  title: d.title,
  fileName: d.fileName,
  contentType: d.contentType,
  platform: d.platform,
  size: d.size,
  sha256: d.sha256,
  createdAt: d.createdAt,
});

const META = {
  id: true,
  portalId: true,
  organizationId: true,
  title: true,
  fileName: true,
  contentType: true,
  platform: true,
  size: true,
  sha256: true,
  storage: true,
  storageKey: true,
  createdById: true,
  createdAt: true,
} as const;

/** The downloads of an organisation: published to it or to its portal (`d` is the downloads alias). */
const ofOrganization = (organizationId: Prisma.Sql) =>
  sql`(d.organization_id = ${organizationId} OR d.portal_id = (SELECT o.portal_id FROM organizations o WHERE o.id = ${organizationId}))`;

@Injectable()
export class DownloadsService {
  constructor(
    private readonly prisma: PrismaService,
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    private readonly stores: FileStores,
    private readonly attachments: AttachmentsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Newest first; filtered in SQL by the compiled download grants. */
  async list(p: Principal, q: DownloadListQuery): Promise<Page<DownloadDto>> {
    const page = keysetPage(q);
    if (!downloads.mayAny(p, 'read')) return { data: [], nextCursor: null };
    const where: Prisma.Sql[] = [downloads.predicate(p, 'read')];
    if (q.organizationId) where.push(ofOrganization(sql`${q.organizationId}::uuid`));
    if (q.platform) where.push(sql`d.platform = ${q.platform}::"Platform"`);
    if (page.after) where.push(afterCursorSql('d', page.after));
    const query = sql`SELECT d.id, d.created_at FROM downloads d WHERE ${Prisma.join(where, ' AND ')} ORDER BY d.created_at DESC, d.id DESC LIMIT ${page.take}`;
    const { rows } = await this.pool.query<{ id: string; created_at: Date }>({
      text: query.text,
      values: query.values as unknown[],
    });
    const kept = page.of(rows, (r) => ({ createdAt: r.created_at, id: r.id }));
    const full = await this.prisma.download.findMany({
      where: { id: { in: kept.data.map((r) => r.id) } },
      select: META,
    });
    const byId = new Map(full.map((d) => [d.id, d]));
    return mapPage(kept, (r) => toDownloadDto(byId.get(r.id)!));
  }

  private async visibleMeta(p: Principal, id: string): Promise<DownloadMeta> {
    const d = await this.prisma.download.findUnique({ where: { id }, select: META });
    if (!d || !downloads.decide(p, 'read', d).allowed) throw notFound('download');
    return d;
  }

  async get(p: Principal, id: string): Promise<DownloadDto> {
    return toDownloadDto(await this.visibleMeta(p, id));
  }

  /** Streams the file from its store, as an attachment (ETag, Range, If-None-Match as for ticket files). */
  async send(p: Principal, id: string, req: FastifyRequest, reply: FastifyReply): Promise<void> {
    const meta = await this.visibleMeta(p, id);
    await sendFile(req, reply, meta, this.stores.of(meta.storage), { cacheControl: 'private, no-store' });
  }

  private async assertTarget(dto: CreateDownloadFieldsDto): Promise<void> {
    if (!!dto.portalId === !!dto.organizationId)
      throw unprocessable(
        dto.portalId ? 'organizationId' : 'portalId',
        'give exactly one of portalId and organizationId',
      );
    if (dto.portalId && !(await this.prisma.portal.findUnique({ where: { id: dto.portalId }, select: { id: true } })))
      throw unprocessable('portalId', 'no such portal');
    if (
      dto.organizationId &&
      !(await this.prisma.organization.findUnique({ where: { id: dto.organizationId }, select: { id: true } }))
    )
      throw unprocessable('organizationId', 'no such organization');
  }

  /** Publishes a file sent as multipart/form-data: the fields, then the file, streamed into the store. */
  async createFromForm(p: Principal, req: FastifyRequest): Promise<DownloadDto> {
    const form = new MultipartForm(req, this.attachments.formLimits(1));
    try {
      const fields: Record<string, string> = {};
      let part = await form.next();
      while (part && part.kind === 'field') {
        fields[part.name] = part.value;
        part = await form.next();
      }
      const dto = await validateBody(CreateDownloadFieldsDto, fields);
      if (!part) throw validationException([{ field: 'file', message: 'file is required' }]);
      if (part.kind !== 'file' || part.name !== 'file')
        throw validationException([{ field: part.name, message: `property ${part.name} should not exist` }]);
      const fileName = part.part.filename ?? '';
      if (!SAFE_FILE_NAME.test(fileName) || !isDisplayText(fileName))
        throw unprocessable(
          'file',
          'the file name must be a plain file name (letters, digits, . _ - and space, no path)',
        );
      await this.assertTarget(dto);
      const file = await receiveFile(
        part.part,
        'file',
        this.config.attachments.maxBytes,
        declaredTypeOf(DOWNLOAD_CONTENT_TYPES),
      );
      return await this.prisma.$transaction(async (tx) => {
        const d = await this.publish(
          tx,
          p,
          { ...dto, fileName: file.fileName, contentType: file.contentType },
          file.bytes,
          () => file.digest(),
        );
        const rest = await form.next();
        if (rest) throw validationException([{ field: rest.name, message: 'one file per request' }]);
        return d;
      }, this.attachments.streamingTransaction);
    } catch (err) {
      form.discardRest();
      throw err;
    }
  }

  /** Deprecated: the JSON body with the file base64-encoded (at most 512 KiB). */
  async create(p: Principal, dto: CreateDownloadDto): Promise<DownloadDto> {
    await this.assertTarget(dto);
    const content = Buffer.from(dto.contentBase64, 'base64');
    if (content.length === 0) throw unprocessable('contentBase64', 'the file is empty');
    if (content.length > DOWNLOAD_MAX_BYTES)
      throw new DomainError('PAYLOAD_TOO_LARGE', `the file is larger than ${DOWNLOAD_MAX_BYTES} bytes`);
    const digest = { size: content.length, sha256: createHash('sha256').update(content).digest('hex') };
    // A transaction, so an Idempotency-Key's response commits with the row (idempotentTransaction).
    return this.prisma.$transaction((tx) => this.publish(tx, p, dto, [content], () => digest));
  }

  /** The row and its bytes, in `tx`; the size and hash are known once the bytes are written. */
  private async publish(
    tx: Tx,
    p: Principal,
    dto: CreateDownloadFieldsDto & { fileName: string; contentType: string },
    bytes: AsyncIterable<Buffer> | Iterable<Buffer>,
    digest: () => { size: number; sha256: string },
  ): Promise<DownloadDto> {
    const store = this.stores.forWrite;
    const d = await tx.download.create({
      data: {
        portalId: dto.portalId ?? null,
        organizationId: dto.organizationId ?? null,
        title: dto.title,
        fileName: dto.fileName,
        contentType: dto.contentType,
        platform: dto.platform ?? 'ANY',
        size: 0,
        sha256: '',
        storage: store.kind,
        createdById: p.userId,
      },
      select: META,
    });
    let key: string | null = null;
    try {
      key = await store.write(tx, d.id, bytes);
      const saved = await tx.download.update({
        where: { id: d.id },
        data: { storageKey: key, ...digest() },
        select: META,
      });
      return toDownloadDto(saved);
    } catch (err) {
      if (store.kind !== 'PG') await store.discard(d.id, key).catch(() => {});
      throw err;
    }
  }

  /**
   * Which of the caller's organisations have downloads the caller may see (the `utilities` tile):
   * one EXISTS per organisation under the compiled download grants.
   */
  async organizationsWithDownloads(p: Principal, organizationIds: string[]): Promise<Set<string>> {
    if (organizationIds.length === 0 || !downloads.mayAny(p, 'read')) return new Set();
    const query = sql`SELECT x.id FROM unnest(${organizationIds}::uuid[]) AS x(id) WHERE EXISTS (SELECT 1 FROM downloads d WHERE ${downloads.predicate(p, 'read')} AND ${ofOrganization(sql`x.id`)})`;
    const { rows } = await this.pool.query<{ id: string }>({ text: query.text, values: query.values as unknown[] });
    return new Set(rows.map((r) => r.id));
  }

  async remove(id: string): Promise<void> {
    let after: (() => Promise<void>) | null = null;
    await this.prisma.$transaction(async (tx) => {
      const d = await tx.download.findUnique({ where: { id }, select: META });
      if (!d) throw notFound('download');
      await tx.download.delete({ where: { id } });
      after = await this.stores.of(d.storage).remove(tx, d);
    });
    // A bucket object goes once the row is gone for good; if this fails, the orphan sweep deletes it.
    if (after) await (after as () => Promise<void>)().catch(() => {});
  }
}
