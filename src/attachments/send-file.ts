import { create as contentDisposition } from 'content-disposition';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { noneMatchHits } from '../common/etag.js';
import { DomainError } from '../common/errors.js';
import type { AttachmentStore, ByteRange, StoredFile } from './attachment-store.js';

export interface FileToSend extends StoredFile {
  fileName: string;
  contentType: string;
  sha256: string;
}

/** The strong ETag of a file's bytes. */
export const contentEtag = (sha256: string): string => `"${sha256}"`;

/**
 * The one `Range` this server answers (RFC 9110 §14): `bytes=a-b`, `bytes=a-` or `bytes=-n`.
 * `null`: serve the whole file (no Range, an unknown unit, several ranges, or malformed: a Range
 * a server does not support is ignored). `'unsatisfiable'`: 416.
 */
export function parseRange(header: string | undefined, size: number): ByteRange | null | 'unsatisfiable' {
  if (!header) return null;
  const m = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header);
  if (!m || (m[1] === '' && m[2] === '')) return null;
  if (m[1] === '') {
    const suffix = Number(m[2]);
    if (suffix === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(m[1]);
  const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (m[2] !== '' && Number(m[2]) < start) return null;
  if (start >= size) return 'unsatisfiable';
  return { start, end };
}

export interface SendOptions {
  /** Cache-Control of the answer (attachments revalidate with their ETag; downloads are never stored). */
  cacheControl: string;
}

/**
 * Sends a stored file as an attachment: `Content-Disposition: attachment` with an RFC 6266 file
 * name (ASCII fallback and `filename*`), `nosniff`, a sandbox CSP, a strong ETag from the
 * content hash; `If-None-Match` ⇒ 304 and a single `Range` ⇒ 206 (`If-Range` honoured; beyond the
 * end ⇒ 416 with `Content-Range: bytes *\/size`). The bytes stream from the store, only the range
 * asked for.
 */
export async function sendFile(
  req: FastifyRequest,
  reply: FastifyReply,
  file: FileToSend,
  store: AttachmentStore,
  opts: SendOptions,
): Promise<void> {
  const etag = contentEtag(file.sha256);
  void reply
    .header('etag', etag)
    .header('accept-ranges', 'bytes')
    .header('cache-control', opts.cacheControl)
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; sandbox");
  if (noneMatchHits(req.headers['if-none-match'], etag)) {
    await reply.code(304).send();
    return;
  }
  const ifRange = req.headers['if-range'];
  const rangeHeader = ifRange === undefined || String(ifRange).trim() === etag ? req.headers.range : undefined;
  const range = parseRange(rangeHeader, file.size);
  if (range === 'unsatisfiable') {
    throw new DomainError(
      'RANGE_NOT_SATISFIABLE',
      `The file has ${file.size} bytes; the range starts beyond its end`,
      [],
      { 'content-range': `bytes */${file.size}` },
    );
  }
  const stream = await store.open(file, range ?? undefined);
  void reply
    .header('content-type', file.contentType)
    .header('content-disposition', contentDisposition(file.fileName, { type: 'attachment' }));
  if (range) {
    void reply
      .code(206)
      .header('content-range', `bytes ${range.start}-${range.end}/${file.size}`)
      .header('content-length', String(range.end - range.start + 1));
  } else {
    void reply.code(200).header('content-length', String(file.size));
  }
  await reply.send(stream);
}
