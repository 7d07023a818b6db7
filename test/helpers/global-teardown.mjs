import { rmSync } from 'node:fs';
import pg from 'pg';

export default async function globalTeardown() {
  const s = globalThis.__OUTPOST_TEST_SERVER__;
  if (!s) return;
  const c = new pg.Client({ connectionString: s.adminUrl });
  await c.connect();
  const { rows } = await c.query(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`outpost\\_%\\_${s.run}%`]);
  for (const r of rows) await c.query(`DROP DATABASE IF EXISTS ${r.datname} WITH (FORCE)`);
  await c.end();
  await s.embedded?.stop();
  if (s.dir) rmSync(s.dir, { recursive: true, force: true });
}
