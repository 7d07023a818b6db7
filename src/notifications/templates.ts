/**
 * The two parts of every mail from one text: the plain text as written, and an HTML part with the
 * same paragraphs, links made clickable and everything else escaped (a subject or comment written
 * by a customer can never become markup in another reader's mail client).
 */
const escape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const URL_RE = /\bhttps?:\/\/[^\s<>"']+/g;

function inline(line: string): string {
  let out = '';
  let last = 0;
  for (const m of line.matchAll(URL_RE)) {
    out += escape(line.slice(last, m.index)) + `<a href="${escape(m[0])}">${escape(m[0])}</a>`;
    last = m.index + m[0].length;
  }
  return out + escape(line.slice(last));
}

export function htmlPart(text: string, footer?: string): string {
  const paragraphs = text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${p.split('\n').map(inline).join('<br>')}</p>`);
  const foot = footer ? `<hr><p style="color:#666;font-size:small">${inline(footer)}</p>` : '';
  return (
    '<!doctype html><html><head><meta charset="utf-8"><meta name="color-scheme" content="light dark"></head>' +
    `<body style="font-family:sans-serif;line-height:1.4">${paragraphs.join('')}${foot}</body></html>`
  );
}
