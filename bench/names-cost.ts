import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { loadOrCreateSecrets } from '#app/config/config.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '#app/database/embedded-postgres.js';
import { ISO_TIMESTAMP_TYPES } from '#app/database/pg-time.js';
import { nameRequest, namesQuery, withTicketNames } from '#app/tickets/ticket-names.js';
import { rowToTicketDto, type TicketListRow } from '#app/tickets/tickets.mapper.js';
import { loadPrincipal, ticketListSql } from './bench-sql.js';

/**
 * `node scripts/build.mjs --bench && node dist-bench/names-cost.js --data data/bench-10k [--n 2000]`
 *
 * What the names of a ticket list cost, per persona, on one connection (no queueing): the first
 * page's compiled SQL with its DTOs and JSON alone, then the same plus `withTicketNames` (the one
 * names statement of `ticket-names.ts`), each repeated `n` times, in Node CPU and wall time; and
 * EXPLAIN (ANALYZE, BUFFERS) of the names statement of the largest page.
 */
const args = { data: process.env.DATA_DIR || 'data/bench', n: 2000 };
for (let i = 2; i < process.argv.length; i++) {
  if (process.argv[i] === '--data') args.data = process.argv[++i];
  else if (process.argv[i] === '--n') args.n = Number(process.argv[++i]);
  else throw new Error(`unknown argument ${process.argv[i]}`);
}

const dataDir = resolve(args.data);
const seeded = JSON.parse(readFileSync(join(dataDir, 'personas.json'), 'utf8')) as {
  databaseUrl: string | null;
  personas: { key: string; userId: string }[];
};
let embedded: EmbeddedDatabase | undefined;
let url = process.env.DATABASE_URL || seeded.databaseUrl;
if (!url) {
  embedded = await startEmbeddedPostgres({
    dataDir,
    port: Number(process.env.EMBEDDED_PG_PORT || 54339),
    password: loadOrCreateSecrets(dataDir).pgPassword,
    log: () => {},
  });
  url = embedded.url;
}
const pool = new pg.Pool({ connectionString: url, max: 1 });
/** Node CPU (the list's bottleneck, docs/PERFORMANCE.md) and wall time per run, one connection. */
const measure = async (run: () => Promise<unknown>): Promise<{ cpu: number; wall: number }> => {
  for (let i = 0; i < 200; i++) await run();
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < args.n; i++) await run();
  const c = process.cpuUsage(c0);
  return { cpu: (c.user + c.system) / args.n, wall: Number(process.hrtime.bigint() - t0) / 1000 / args.n };
};
try {
  process.stdout.write(
    '| persona | page: CPU µs | page + names: CPU µs | names add | page: wall µs | page + names: wall µs |\n|---|---:|---:|---:|---:|---:|\n',
  );
  let explainOf: { text: string; values: unknown[] } | null = null;
  let most = 0;
  for (const persona of seeded.personas) {
    const p = await loadPrincipal(pool, persona.userId);
    const q = ticketListSql(p, null);
    const name = `names_cost_${persona.key}`;
    // What the list route does: the page (a named statement), its DTOs, and the JSON of the page.
    const page = async () =>
      (await pool.query<TicketListRow>({ name, text: q.text, values: q.values, types: ISO_TIMESTAMP_TYPES })).rows
        .slice(0, 50)
        .map(rowToTicketDto);
    const plain = () => page().then((data) => JSON.stringify({ data, nextCursor: null }));
    const named = () =>
      page()
        .then((data) => withTicketNames(pool, p, data))
        .then((data) => JSON.stringify({ data, nextCursor: null }));
    // Interleaved twice, averaged: the machine's load moves between runs.
    const [a1, b1, a2, b2] = [await measure(plain), await measure(named), await measure(plain), await measure(named)];
    const a = { cpu: (a1.cpu + a2.cpu) / 2, wall: (a1.wall + a2.wall) / 2 };
    const b = { cpu: (b1.cpu + b2.cpu) / 2, wall: (b1.wall + b2.wall) / 2 };
    process.stdout.write(
      `| ${persona.key} | ${a.cpu.toFixed(0)} | ${b.cpu.toFixed(0)} | +${(b.cpu - a.cpu).toFixed(0)} µs (+${(((b.cpu - a.cpu) / a.cpu) * 100).toFixed(0)}%) | ${a.wall.toFixed(0)} | ${b.wall.toFixed(0)} |\n`,
    );
    const r = nameRequest();
    for (const t of await page()) {
      r.users.add(t.requesterId);
      if (t.assigneeId) r.users.add(t.assigneeId);
      if (t.groupId) r.groups.add(t.groupId);
      if (t.siteId) r.sites.add(t.siteId);
      r.organizations.add(t.organizationId);
    }
    const size = r.users.size + r.groups.size + r.sites.size + r.organizations.size;
    const names = namesQuery(r);
    if (names && size > most) [most, explainOf] = [size, names];
  }
  if (explainOf) {
    const { rows } = await pool.query<{ 'QUERY PLAN': string }>({
      text: `EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${explainOf.text}`,
      values: explainOf.values,
    });
    process.stdout.write(`\nnames statement of ${most} ids:\n${rows.map((x) => x['QUERY PLAN']).join('\n')}\n`);
  }
} finally {
  await pool.end();
  await embedded?.stop();
}
