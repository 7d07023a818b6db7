import { fileTypeFromBuffer } from 'file-type';

/** Bytes the type is sniffed from (what file-type reads for every format it knows). */
export const SNIFF_BYTES = 4100;

export const OCTET_STREAM = 'application/octet-stream';

/**
 * Types never accepted, declared or found in the bytes: executables and what a browser would run
 * (HTML, SVG, scripts). Files are always served as attachments with `nosniff` and a sandbox CSP;
 * these are refused on top of that.
 */
const REFUSED = new Set([
  'text/html',
  'application/xhtml+xml',
  'image/svg+xml',
  'text/javascript',
  'application/javascript',
  'application/ecmascript',
  'application/x-msdownload',
  'application/vnd.microsoft.portable-executable',
  'application/x-dosexec',
  'application/x-elf',
  'application/x-executable',
  'application/x-sharedlib',
  'application/x-mach-binary',
  'application/java-archive',
  'application/java-vm',
  'application/x-java-archive',
  'application/vnd.android.package-archive',
  'application/x-msi',
  'application/wasm',
  'application/x-shockwave-flash',
  'application/vnd.ms-htmlhelp',
  'application/hta',
  'application/x-sh',
  'application/x-csh',
  'application/x-bat',
  'application/x-msdos-program',
]);

/** Declared types that are kept for text without a signature (when the bytes are UTF-8 text). */
const TEXT_TYPES = new Set([
  'text/plain',
  'text/csv',
  'text/markdown',
  'text/tab-separated-values',
  'text/calendar',
  'text/x-log',
  'application/json',
  'application/x-ndjson',
  'application/yaml',
  'text/yaml',
]);

/** A sniffed container type and the specific types it may be declared as (kept as declared). */
const CONTAINERS: Record<string, readonly string[]> = {
  'application/zip': [
    'application/x-zip-compressed',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    'application/vnd.oasis.opendocument.text',
    'application/vnd.oasis.opendocument.spreadsheet',
    'application/vnd.oasis.opendocument.presentation',
    'application/epub+zip',
  ],
  'application/x-cfb': [
    'application/msword',
    'application/vnd.ms-excel',
    'application/vnd.ms-powerpoint',
    'application/vnd.ms-outlook',
  ],
  'application/xml': ['text/xml'],
};

/** Other names of one type. */
const ALIASES: Record<string, string> = {
  'image/jpg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
  'image/x-png': 'image/png',
  'application/x-pdf': 'application/pdf',
  'audio/mp3': 'audio/mpeg',
  'application/x-zip-compressed': 'application/zip',
  'image/x-icon': 'image/vnd.microsoft.icon',
};

/** The essence of a media type: lower case, without parameters. */
export function essence(type: string | undefined): string {
  const t = (type ?? '').split(';')[0].trim().toLowerCase();
  return ALIASES[t] ?? t;
}

/** Whether the head of a file is markup a browser would render as a page or an image with scripts. */
function looksLikeMarkup(head: Buffer): boolean {
  const text = head
    .toString('latin1')
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
    .trimStart()
    .toLowerCase();
  if (/^<(!doctype\s+html|html|head|body|svg|script|iframe)\b/.test(text)) return true;
  return /<(svg|script|html|iframe)[\s>/]/.test(text);
}

/** UTF-8 text without NUL: what a text type may hold. */
function isText(head: Buffer, complete: boolean): boolean {
  if (head.includes(0)) return false;
  // A multi-byte sequence may be cut at the end of the sniffed head: drop up to 3 trailing bytes.
  for (let cut = 0; cut <= (complete ? 0 : 3); cut++) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, head.length - cut));
      return true;
    } catch {
      /* try a shorter prefix */
    }
  }
  return false;
}

export type TypeVerdict = { ok: true; contentType: string } | { ok: false; reason: string };

/**
 * The type a file is stored and served as (SPEC §7): sniffed from its first bytes. A declared type
 * (the part's `Content-Type`; RFC 7578's default `text/plain` when absent) that disagrees with the
 * bytes is refused; `application/octet-stream` declares nothing. Executables, HTML, SVG and scripts
 * are refused whatever they are declared as. Bytes without a known signature keep a declared text
 * type when they are UTF-8 text, else they are `application/octet-stream`.
 */
export async function decideContentType(
  head: Buffer,
  declaredRaw: string | undefined,
  complete: boolean,
): Promise<TypeVerdict> {
  const declared = essence(declaredRaw) || OCTET_STREAM;
  if (REFUSED.has(declared)) return { ok: false, reason: `files of type ${declared} are not accepted` };
  const sniffed = await fileTypeFromBuffer(head);
  const found = sniffed ? essence(sniffed.mime) : null;
  if (found && REFUSED.has(found)) return { ok: false, reason: `the bytes are ${found}, which is not accepted` };
  if (looksLikeMarkup(head)) return { ok: false, reason: 'HTML, SVG and script files are not accepted' };
  if (found) {
    if (declared === OCTET_STREAM || declared === found) return { ok: true, contentType: found };
    if (CONTAINERS[found]?.includes(declared)) return { ok: true, contentType: declared };
    if (Object.entries(CONTAINERS).some(([c, inner]) => c === declared && inner.includes(found)))
      return { ok: true, contentType: found };
    return { ok: false, reason: `declared as ${declared}, but the bytes are ${found}` };
  }
  if (TEXT_TYPES.has(declared) || declared.startsWith('text/')) {
    if (isText(head, complete)) return { ok: true, contentType: TEXT_TYPES.has(declared) ? declared : 'text/plain' };
    return { ok: false, reason: `declared as ${declared}, but the bytes are not UTF-8 text` };
  }
  if (declared !== OCTET_STREAM && KNOWN_SIGNATURES.has(declared))
    return { ok: false, reason: `declared as ${declared}, but the bytes are not ${declared}` };
  return { ok: true, contentType: OCTET_STREAM };
}

/** Types file-type recognises by signature: declared as one of them, the bytes must show it. */
const KNOWN_SIGNATURES = new Set([
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/bmp',
  'image/tiff',
  'image/heic',
  'image/avif',
  'application/pdf',
  'application/zip',
  'application/gzip',
  'application/x-7z-compressed',
  'application/x-rar-compressed',
  'application/x-tar',
  'audio/mpeg',
  'audio/wav',
  'video/mp4',
  'video/quicktime',
  'video/webm',
]);

/**
 * For files staff publish (downloads): the declared type must be one of `allowed`, and bytes with
 * a known signature must agree with it (a script or text file has none). Markup is not refused
 * here: a download is published by staff, and served as an attachment with nosniff.
 */
export function declaredTypeOf(allowed: readonly string[]) {
  return async (head: Buffer, declaredRaw: string | undefined): Promise<TypeVerdict> => {
    const declared = essence(declaredRaw) || OCTET_STREAM;
    if (!allowed.includes(declared)) return { ok: false, reason: `the type must be one of ${allowed.join(', ')}` };
    const sniffed = await fileTypeFromBuffer(head);
    const found = sniffed ? essence(sniffed.mime) : null;
    if (!found || found === declared || declared === OCTET_STREAM || CONTAINERS[found]?.includes(declared))
      return { ok: true, contentType: declared };
    if (found === 'application/x-cfb' && declared === 'application/x-msi') return { ok: true, contentType: declared };
    return { ok: false, reason: `declared as ${declared}, but the bytes are ${found}` };
  };
}
