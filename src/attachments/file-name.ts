import { SPOOFING_CHARACTERS } from '../common/display-text.js';

/** Longest file name kept, in UTF-8 bytes (the usual file-system limit). */
export const MAX_FILE_NAME_BYTES = 255;

// C0 and C1 control characters and DEL.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/gu;
const SPOOFING = new RegExp(SPOOFING_CHARACTERS.source, 'gu');

/**
 * A file name as the client sent it, made safe to keep and show: only the last path segment
 * (`../../etc/passwd` and `C:\\x\\y.txt` keep `passwd` and `y.txt`), without control characters,
 * bidirectional overrides or zero-width characters (`invoice\u202Efdp.exe` cannot pose as
 * `invoiceexe.pdf`), NFC-normalised, trimmed of spaces and dots at either end, at most 255 UTF-8
 * bytes (the extension kept). Null when nothing is left.
 */
export function sanitizeFileName(raw: string): string | null {
  let name = raw.normalize('NFC').replace(CONTROL, '').replace(SPOOFING, '');
  name = name.split(/[/\\]/).pop() ?? '';
  name = name.replace(/^[\s.]+|[\s.]+$/gu, '');
  if (name === '') return null;
  if (Buffer.byteLength(name) > MAX_FILE_NAME_BYTES) {
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 && name.length - dot <= 16 ? name.slice(dot) : '';
    let stem = name.slice(0, name.length - ext.length);
    while (Buffer.byteLength(stem + ext) > MAX_FILE_NAME_BYTES) stem = [...stem].slice(0, -1).join('');
    name = stem + ext;
  }
  return name;
}
