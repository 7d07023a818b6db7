export const TEMPLATE_ENV = 'OUTPOST_TEST_TEMPLATE_URL';

/** Replaces the database name of a connection URL. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
