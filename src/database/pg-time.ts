import pg from 'pg';

/**
 * Ticket lists return up to 101 rows of six timestamps each; turning each into a `Date` (pg's
 * default parser) and back into an ISO string for JSON costs more CPU than the query's own row
 * parsing. The pool's sessions run in UTC, so PostgreSQL's text form `YYYY-MM-DD HH:MM:SS[.f]+00`
 * maps to the ISO 8601 string `YYYY-MM-DDTHH:MM:SS.mmmZ` by string surgery — the exact string
 * `Date.prototype.toJSON` would produce. Anything else falls back to a real parse.
 */
export function pgTimestamptzToIso(s: string): string {
  if (s.length >= 22 && s.endsWith('+00') && s.charCodeAt(10) === 32 && s.charCodeAt(4) === 45) {
    const base = s.slice(0, 10) + 'T' + s.slice(11, 19);
    const frac = s.charCodeAt(19) === 46 ? s.slice(20, s.length - 3) : '';
    return `${base}.${(frac + '000').slice(0, 3)}Z`;
  }
  return new Date(s.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00')).toISOString();
}

const TIMESTAMPTZ = 1184;

/** Per-query type parsers: timestamptz as ISO strings, everything else as usual. */
export const ISO_TIMESTAMP_TYPES = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === TIMESTAMPTZ
      ? pgTimestamptzToIso
      : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};
