import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  decideAttachmentAdd,
  decideAttachmentDelete,
  decideAttachmentRead,
  type AttachmentFacts,
} from '../access/attachment-rules.js';
import type { Principal } from '../access/principal.js';
import type { Decision } from '../access/resource.js';
import type { TicketFacts } from '../access/ticket-grants.js';
import { decideInternal } from '../access/ticket-rules.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { DomainError, forbidden, notFound, unprocessable } from '../common/errors.js';
import { afterCursor, keysetPage, mapPage, OLDEST_FIRST } from '../common/keyset.js';
import type { Page } from '../common/pagination.js';
import { createValidationPipe, validationException } from '../common/validation.js';
import { API_PREFIX } from '../common/api-prefix.js';
import { PrismaService, type Tx } from '../database/prisma.service.js';
import type { TicketAttachment } from '../generated/prisma/client.js';
import { ccOf, TICKET_FACT_COLUMNS, ticketFacts } from '../tickets/ticket-facts.js';
import { writeTicketHistory } from '../tickets/ticket-history.js';
import type { AttachmentDto } from './dto/attachment.dto.js';
import { FileStores } from './file-stores.js';
import { sendFile } from './send-file.js';
import { MultipartForm, receiveFile, type FormLimits, type FormPart, type ReceivedFile } from './upload.js';

/** Most files sent with one comment. */
export const MAX_FILES_PER_COMMENT = 10;

const bodyPipe = createValidationPipe();

/** Validates a body as the global pipe does for `@Body()` (for routes that read their body themselves). */
export function validateBody<T>(dto: new () => T, value: unknown): Promise<T> {
  return bodyPipe.transform(value, { type: 'body', metatype: dto, data: undefined }) as Promise<T>;
}

export type AttachmentRow = TicketAttachment & { uploader: { name: string } };

export const toAttachmentDto = (a: AttachmentRow): AttachmentDto => ({
  id: a.id,
  ticketId: a.ticketId,
  commentId: a.commentId,
  fileName: a.fileName,
  contentType: a.contentType,
  size: a.size,
  sha256: a.sha256,
  internal: a.internal,
  uploader: { id: a.uploaderId, name: a.uploader.name },
  createdAt: a.createdAt,
  contentUrl: `/${API_PREFIX}/tickets/${a.ticketId}/attachments/${a.id}/content`,
});

export const WITH_UPLOADER = { uploader: { select: { name: true } } } as const;

/** Not visible ⇒ 404 (as if absent), visible but refused ⇒ 403. */
function enforce(d: Decision, noun: string): void {
  if (!d.visible) throw notFound(noun);
  if (!d.allowed) throw forbidden(d.reason);
}

/** Where a file goes: on the ticket itself, or on a comment (internal when the comment is). */
export interface FileTarget {
  commentId: string | null;
  internal: boolean;
}

@Injectable()
export class AttachmentsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly stores: FileStores,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Limits of a multipart form carrying up to `maxFiles` files. */
  formLimits(maxFiles: number, maxFields = 5): FormLimits {
    return { maxBytes: this.config.attachments.maxBytes, maxFiles, maxFields };
  }

  /** Options of a transaction that streams a file: as long as a request may take. */
  get streamingTransaction() {
    return { timeout: this.config.requestTimeoutMs + 10_000, maxWait: this.config.dbConnectTimeoutMs };
  }

  private async ticketFactsOf(p: Principal, ticketId: string, tx: Tx = this.prisma) {
    const t = await tx.ticket.findUnique({
      where: { id: ticketId },
      select: { id: true, status: true, ...TICKET_FACT_COLUMNS, ...ccOf(p.userId) },
    });
    if (!t) throw notFound('ticket');
    return { ticket: t, facts: ticketFacts(t) };
  }

  /** Whoever may comment may attach; checked before a byte of the body is read (404/403). */
  async assertMayAttach(p: Principal, ticketId: string, internal = false): Promise<void> {
    const { facts } = await this.ticketFactsOf(p, ticketId);
    enforce(decideAttachmentAdd(p, facts, internal), 'ticket');
  }

  // ── upload ────────────────────────────────────────────────────

  /** `POST tickets/{id}/attachments`: one file part named `file`, streamed into the store. */
  async upload(p: Principal, ticketId: string, req: FastifyRequest): Promise<AttachmentDto> {
    await this.assertMayAttach(p, ticketId);
    const form = new MultipartForm(req, this.formLimits(1));
    try {
      const part = await form.next();
      if (!part) throw validationException([{ field: 'file', message: 'file is required' }]);
      if (part.kind === 'field' || part.name !== 'file')
        throw validationException([{ field: part.name, message: `property ${part.name} should not exist` }]);
      const file = await receiveFile(part.part, 'file', this.config.attachments.maxBytes);
      return await this.prisma.$transaction(async (tx) => {
        const dto = await this.saveFile(tx, p, ticketId, file, { commentId: null, internal: false });
        const rest = await form.next();
        if (rest) throw validationException([{ field: rest.name, message: 'one file per request' }]);
        return dto;
      }, this.streamingTransaction);
    } catch (err) {
      form.discardRest();
      throw err;
    }
  }

  /**
   * Stores one received file on the ticket inside `tx`: its row, its bytes, the count limit (under
   * a lock on the ticket taken after the bytes, so concurrent uploads wait only for each other's
   * commit) and a history entry. A failure anywhere rolls all of it back; bytes already in a
   * bucket are then deleted.
   */
  async saveFile(
    tx: Tx,
    p: Principal,
    ticketId: string,
    file: ReceivedFile,
    target: FileTarget,
  ): Promise<AttachmentDto> {
    const store = this.stores.forWrite;
    const { ticket } = await this.ticketFactsOf(p, ticketId, tx);
    const row = await tx.ticketAttachment.create({
      data: {
        ticketId,
        organizationId: ticket.organizationId,
        commentId: target.commentId,
        internal: target.internal,
        uploaderId: p.userId,
        fileName: file.fileName,
        contentType: file.contentType,
        size: 0,
        sha256: '',
        storage: store.kind,
      },
      select: { id: true },
    });
    let key: string | null = null;
    try {
      key = await store.write(tx, row.id, file.bytes);
      const { size, sha256 } = file.digest();
      // FOR NO KEY UPDATE: compatible with the key-share locks every upload's rows hold on the ticket.
      await tx.$queryRaw`SELECT id FROM tickets WHERE id = ${ticketId}::uuid FOR NO KEY UPDATE`;
      const locked = await this.ticketFactsOf(p, ticketId, tx);
      enforce(decideAttachmentAdd(p, locked.facts, target.internal), 'ticket');
      const count = await tx.ticketAttachment.count({ where: { ticketId } });
      const max = this.config.attachments.maxPerTicket;
      if (count > max) throw unprocessable('file', `a ticket has at most ${max} files (ATTACHMENT_MAX_PER_TICKET)`);
      const saved = await tx.ticketAttachment.update({
        where: { id: row.id },
        data: { size, sha256, storageKey: key },
        include: WITH_UPLOADER,
      });
      await writeTicketHistory(
        tx,
        locked.ticket,
        p.userId,
        'attachment_added',
        null,
        {
          attachmentId: saved.id,
          fileName: saved.fileName,
          size,
          contentType: saved.contentType,
          commentId: target.commentId,
        },
        target.internal,
      );
      return toAttachmentDto(saved);
    } catch (err) {
      if (store.kind !== 'PG') await store.discard(row.id, key).catch(() => {});
      throw err;
    }
  }

  // ── files sent with a comment ────────────────────────────────

  /**
   * The text fields of a multipart comment (`body`, `internal`), read up to its first file and
   * validated as the JSON body would be. Fields come before files; the files are read by
   * `saveCommentFiles` inside the comment's transaction.
   */
  async readCommentForm<T extends object>(
    req: FastifyRequest,
    dto: new () => T,
  ): Promise<{ dto: T; form: MultipartForm; first: FormPart | null }> {
    const form = new MultipartForm(req, this.formLimits(MAX_FILES_PER_COMMENT));
    try {
      const fields: Record<string, unknown> = {};
      let part = await form.next();
      while (part && part.kind === 'field') {
        if (part.name in fields) throw validationException([{ field: part.name, message: 'is given twice' }]);
        fields[part.name] = part.value === 'true' ? true : part.value === 'false' ? false : part.value;
        part = await form.next();
      }
      if (typeof fields.body === 'boolean') fields.body = String(fields.body);
      return { dto: (await validateBody(dto, fields)) as T, form, first: part };
    } catch (err) {
      form.discardRest();
      throw err;
    }
  }

  /** Stores every file part named `files` of a comment form on the comment, inside the comment's transaction. */
  async saveCommentFiles(
    tx: Tx,
    p: Principal,
    ticketId: string,
    form: MultipartForm,
    first: FormPart | null,
    comment: { id: string; internal: boolean },
  ): Promise<AttachmentDto[]> {
    const saved: AttachmentDto[] = [];
    try {
      for (let part = first; part; part = await form.next()) {
        if (part.kind === 'field')
          throw validationException([{ field: part.name, message: 'fields must come before the files' }]);
        if (part.name !== 'files')
          throw validationException([{ field: part.name, message: `property ${part.name} should not exist` }]);
        const file = await receiveFile(part.part, 'files', this.config.attachments.maxBytes);
        saved.push(await this.saveFile(tx, p, ticketId, file, { commentId: comment.id, internal: comment.internal }));
      }
    } catch (err) {
      form.discardRest();
      throw err;
    }
    return saved;
  }

  // ── reading ───────────────────────────────────────────────────

  /** The ticket's files the caller may see, oldest first; internal ones for staff only (filtered in SQL). */
  async list(p: Principal, ticketId: string, limit = 50, cursor?: string): Promise<Page<AttachmentDto>> {
    const { facts } = await this.ticketFactsOf(p, ticketId);
    enforce(decideAttachmentRead(p, facts, { internal: false, uploaderId: '' }), 'ticket');
    const page = keysetPage({ cursor, limit });
    const rows = await this.prisma.ticketAttachment.findMany({
      where: {
        ticketId,
        ...(decideInternal(p, 'read').allowed ? {} : { internal: false }),
        ...afterCursor(page.after, 'asc'),
      },
      include: WITH_UPLOADER,
      orderBy: OLDEST_FIRST,
      take: page.take,
    });
    return mapPage(page.of(rows), toAttachmentDto);
  }

  /** Every file of a ticket the caller may see (for the ticket's own response; at most the per-ticket limit). */
  async summaries(p: Principal, ticketId: string): Promise<AttachmentDto[]> {
    const rows = await this.prisma.ticketAttachment.findMany({
      where: { ticketId, ...(decideInternal(p, 'read').allowed ? {} : { internal: false }) },
      include: WITH_UPLOADER,
      orderBy: OLDEST_FIRST,
    });
    return rows.map(toAttachmentDto);
  }

  /** The visible files of each of these comments (one query), by comment id. */
  async ofComments(p: Principal, commentIds: string[]): Promise<Map<string, AttachmentDto[]>> {
    const out = new Map<string, AttachmentDto[]>(commentIds.map((id) => [id, []]));
    if (commentIds.length === 0) return out;
    const rows = await this.prisma.ticketAttachment.findMany({
      where: { commentId: { in: commentIds }, ...(decideInternal(p, 'read').allowed ? {} : { internal: false }) },
      include: WITH_UPLOADER,
      orderBy: OLDEST_FIRST,
    });
    for (const r of rows) out.get(r.commentId!)?.push(toAttachmentDto(r));
    return out;
  }

  /**
   * One file the caller may read: under its ticket's path (`ticketId`), or by its own id. Another
   * ticket's file, another tenant's, an internal one for a customer: the same 404 as a random id.
   */
  private async visible(p: Principal, ticketId: string | null, id: string, tx: Tx = this.prisma) {
    const a = await tx.ticketAttachment.findUnique({ where: { id }, include: WITH_UPLOADER });
    if (!a || (ticketId !== null && a.ticketId !== ticketId)) throw notFound('attachment');
    const t = await tx.ticket.findUnique({
      where: { id: a.ticketId },
      select: { id: true, status: true, ...TICKET_FACT_COLUMNS, ...ccOf(p.userId) },
    });
    if (!t) throw notFound('attachment');
    const facts: TicketFacts = ticketFacts(t);
    const file: AttachmentFacts = { internal: a.internal, uploaderId: a.uploaderId };
    return { a, t, facts, file };
  }

  async get(p: Principal, ticketId: string | null, id: string): Promise<AttachmentDto> {
    const { a, facts, file } = await this.visible(p, ticketId, id);
    enforce(decideAttachmentRead(p, facts, file), 'attachment');
    return toAttachmentDto(a);
  }

  /** Streams the bytes (or a range of them) as an attachment. */
  async send(p: Principal, ticketId: string | null, id: string, req: FastifyRequest, reply: FastifyReply) {
    const { a, facts, file } = await this.visible(p, ticketId, id);
    const d = decideAttachmentRead(p, facts, file);
    if (!d.allowed) throw notFound('attachment');
    await sendFile(req, reply, a, this.stores.of(a.storage), { cacheControl: 'private, no-cache' });
  }

  // ── removal ───────────────────────────────────────────────────

  /** Staff or the uploader, while the ticket is open; recorded in the ticket's history. */
  async remove(p: Principal, ticketId: string, id: string): Promise<void> {
    let after: (() => Promise<void>) | null = null;
    await this.prisma.$transaction(async (tx) => {
      const { a, t, facts, file } = await this.visible(p, ticketId, id, tx);
      const d = decideAttachmentDelete(p, { ...facts, status: t.status }, file);
      if (!d.visible) throw notFound('attachment');
      if ('conflict' in d && d.conflict) throw new DomainError('CONFLICT', d.reason);
      if (!d.allowed) throw forbidden(d.reason);
      const { count } = await tx.ticketAttachment.deleteMany({ where: { id } });
      if (count === 0) throw notFound('attachment');
      after = await this.stores.of(a.storage).remove(tx, a);
      await writeTicketHistory(
        tx,
        { id: t.id, organizationId: t.organizationId },
        p.userId,
        'attachment_removed',
        { attachmentId: a.id, fileName: a.fileName, size: a.size, contentType: a.contentType, commentId: a.commentId },
        null,
        a.internal,
      );
    });
    // A bucket object goes once the row is gone for good; if this fails, the orphan sweep deletes it.
    if (after) await (after as () => Promise<void>)().catch(() => {});
  }
}
