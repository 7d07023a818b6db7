import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { MultipartFile, MultipartValue } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { DomainError, unprocessable } from '../common/errors.js';
import { validationException } from '../common/validation.js';
import { decideContentType, SNIFF_BYTES, type TypeVerdict } from './content-type.js';
import { sanitizeFileName } from './file-name.js';

/** Longest text field of a multipart form (a comment body is at most 20,000 characters). */
const MAX_FIELD_BYTES = 96 * 1024;

export interface FormLimits {
  /** Largest file (ATTACHMENT_MAX_BYTES). */
  maxBytes: number;
  /** Most files in one request. */
  maxFiles: number;
  /** Most text fields in one request. */
  maxFields: number;
}

export type FormPart =
  { kind: 'field'; name: string; value: string } | { kind: 'file'; name: string; part: MultipartFile };

const malformed = () =>
  new DomainError('BAD_REQUEST', 'The multipart body is malformed or was cut off before its end', [
    { field: 'body', message: 'is not a complete multipart/form-data body' },
  ]);

/** A multipart error (busboy's or the plugin's) as the problem the client gets. */
function formError(err: unknown, limits: FormLimits): DomainError {
  if (err instanceof DomainError) return err;
  const code = (err as { code?: string }).code;
  switch (code) {
    case 'FST_FILES_LIMIT':
      return new DomainError('PAYLOAD_TOO_LARGE', `at most ${limits.maxFiles} files per request`);
    case 'FST_FIELDS_LIMIT':
    case 'FST_PARTS_LIMIT':
      return new DomainError('PAYLOAD_TOO_LARGE', `at most ${limits.maxFields} fields per request`);
    case 'FST_PROTO_VIOLATION':
      return new DomainError('VALIDATION', 'The request is invalid', [
        { field: 'body', message: 'a part name is not allowed' },
      ]);
    default:
      return malformed();
  }
}

/**
 * A `multipart/form-data` request body read part by part, as it arrives (@fastify/multipart over
 * busboy): text fields are small and read whole; a file is a stream the caller consumes before
 * asking for the next part. Errors (truncated body, client gone, limits) become problems.
 */
export class MultipartForm {
  private readonly parts: AsyncIterator<MultipartFile | MultipartValue>;

  constructor(
    private readonly req: FastifyRequest,
    private readonly limits: FormLimits,
  ) {
    if (!req.isMultipart())
      throw new DomainError('UNSUPPORTED_MEDIA_TYPE', 'Send the body as multipart/form-data', [
        { field: 'Content-Type', message: 'must be multipart/form-data' },
      ]);
    const parts = req.parts({
      limits: {
        // One byte over the limit is enough to know a file is too large.
        fileSize: limits.maxBytes + 1,
        files: limits.maxFiles,
        fields: limits.maxFields,
        fieldSize: MAX_FIELD_BYTES,
        parts: limits.maxFiles + limits.maxFields,
        headerPairs: 50,
      },
    });
    this.parts = parts[Symbol.asyncIterator]();
  }

  /** The next part, or null at the end of the body. */
  async next(): Promise<FormPart | null> {
    let r: IteratorResult<MultipartFile | MultipartValue>;
    try {
      r = await this.parts.next();
    } catch (err) {
      throw formError(err, this.limits);
    }
    if (r.done) return null;
    const p = r.value;
    if (p.type === 'file') return { kind: 'file', name: p.fieldname, part: p };
    if (p.valueTruncated)
      throw validationException([{ field: p.fieldname, message: `must be at most ${MAX_FIELD_BYTES} bytes` }]);
    return { kind: 'field', name: p.fieldname, value: String(p.value) };
  }

  /** After an error: read and drop the rest of the body, so the client can finish sending and read the answer. */
  discardRest(): void {
    const raw = this.req.raw;
    if (!raw.readableEnded && !raw.destroyed) raw.resume();
  }
}

/** A file part, checked and ready to be stored. */
export interface ReceivedFile {
  fileName: string;
  contentType: string;
  /** The bytes: the sniffed head, then the rest as it arrives; fails with 413 beyond the limit. */
  bytes: AsyncIterable<Buffer>;
  /** Size and SHA-256 of what `bytes` gave, once it is consumed. */
  digest(): { size: number; sha256: string };
}

/**
 * Checks a file part before any of it is stored: a usable file name, at least one byte, a type
 * the bytes confirm (`decideContentType`: 422 on `field` when refused). The bytes after the head
 * are read only as the store consumes them.
 */
export async function receiveFile(
  part: MultipartFile,
  field: string,
  maxBytes: number,
  decide: (head: Buffer, declared: string | undefined, complete: boolean) => Promise<TypeVerdict> = decideContentType,
): Promise<ReceivedFile> {
  const fileName = sanitizeFileName(part.filename ?? '');
  const stream = part.file as Readable & { truncated?: boolean };
  const it = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  if (!fileName) {
    await drain(it);
    throw validationException([{ field, message: 'must have a file name' }]);
  }
  const headParts: Buffer[] = [];
  let headLength = 0;
  let ended = false;
  try {
    while (headLength < SNIFF_BYTES) {
      const r = await it.next();
      if (r.done) {
        ended = true;
        break;
      }
      headParts.push(r.value);
      headLength += r.value.length;
    }
  } catch {
    throw malformed();
  }
  const head = Buffer.concat(headParts, headLength);
  if (head.length === 0) throw unprocessable(field, 'the file is empty');
  const verdict = await decide(head.subarray(0, SNIFF_BYTES), part.mimetype, ended);
  if (!verdict.ok) {
    if (!ended) await drain(it);
    throw unprocessable(field, verdict.reason);
  }
  const hash = createHash('sha256');
  let size = 0;
  const tooLarge = () =>
    new DomainError('PAYLOAD_TOO_LARGE', `the file is larger than ${maxBytes} bytes (ATTACHMENT_MAX_BYTES)`, [
      { field, message: `must be at most ${maxBytes} bytes` },
    ]);
  const take = (b: Buffer): Buffer => {
    size += b.length;
    if (size > maxBytes) throw tooLarge();
    hash.update(b);
    return b;
  };
  async function* bytes(): AsyncGenerator<Buffer> {
    yield take(head);
    if (!ended) {
      for (;;) {
        let r: IteratorResult<Buffer>;
        try {
          r = await it.next();
        } catch {
          throw malformed();
        }
        if (r.done) break;
        yield take(r.value);
      }
    }
    if (stream.truncated) throw tooLarge();
  }
  let digest: { size: number; sha256: string } | null = null;
  return {
    fileName,
    contentType: verdict.contentType,
    bytes: bytes(),
    digest: () => (digest ??= { size, sha256: hash.digest('hex') }),
  };
}

async function drain(it: AsyncIterator<Buffer>): Promise<void> {
  try {
    for (;;) if ((await it.next()).done) return;
  } catch {
    /* the part is gone either way */
  }
}

/**
 * A file already in memory (an attachment of an inbound mail, decoded by the MIME parser), checked
 * as an uploaded part is: a usable name, at least one byte, at most `maxBytes`, a type the bytes
 * confirm. Resolves to the reason instead when the file is refused.
 */
export async function receiveBuffer(
  name: string | undefined,
  declared: string | undefined,
  content: Buffer,
  maxBytes: number,
): Promise<ReceivedFile | { refused: string }> {
  const fileName = sanitizeFileName(name ?? '') || 'attachment';
  if (content.length === 0) return { refused: `${fileName}: the file is empty` };
  if (content.length > maxBytes)
    return { refused: `${fileName}: larger than ${maxBytes} bytes (ATTACHMENT_MAX_BYTES)` };
  const verdict = await decideContentType(content.subarray(0, SNIFF_BYTES), declared, content.length <= SNIFF_BYTES);
  if (!verdict.ok) return { refused: `${fileName}: ${verdict.reason}` };
  async function* bytes(): AsyncGenerator<Buffer> {
    for (let at = 0; at < content.length; at += 256 * 1024) yield content.subarray(at, at + 256 * 1024);
  }
  return {
    fileName,
    contentType: verdict.contentType,
    bytes: bytes(),
    digest: () => ({ size: content.length, sha256: createHash('sha256').update(content).digest('hex') }),
  };
}
