/**
 * Extracts the text of an uncompressed PDF written by pdfkit with the standard fonts: every
 * `[...] TJ` / `(...) Tj` show operator, its hex (`<...>`) or literal strings decoded as
 * WinAnsi/Latin-1, one line per operator.
 */
export function pdfText(pdf: Buffer): string {
  const src = pdf.toString('latin1');
  const lines: string[] = [];
  const decodeHex = (h: string) => Buffer.from(h.replace(/\s+/g, ''), 'hex').toString('latin1');
  const decodeLiteral = (l: string) => l.replace(/\\([()\\])/g, '$1');
  for (const m of src.matchAll(
    /\[((?:<[0-9a-fA-F\s]*>|\((?:\\.|[^\\)])*\)|[-\d.\s])*)\]\s*TJ|<([0-9a-fA-F\s]*)>\s*Tj|\(((?:\\.|[^\\)])*)\)\s*Tj/g,
  )) {
    if (m[1] !== undefined) {
      let line = '';
      for (const part of m[1].matchAll(/<([0-9a-fA-F\s]*)>|\(((?:\\.|[^\\)])*)\)/g))
        line += part[1] !== undefined ? decodeHex(part[1]) : decodeLiteral(part[2]);
      lines.push(line);
    } else if (m[2] !== undefined) lines.push(decodeHex(m[2]));
    else lines.push(decodeLiteral(m[3]));
  }
  return lines.join('\n');
}
