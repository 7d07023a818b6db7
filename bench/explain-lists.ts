import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { loadOrCreateSecrets } from '#app/config/config.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '#app/database/embedded-postgres.js';
import { DEFAULT_TICKET_SORT, TICKET_SORTS } from '#app/access/ticket-query.js';
import { deepCursor, loadPrincipal, ticketCountSql, ticketListSql, type CompiledQuery } from './bench-sql.js';

/**
 * `npm run explain:lists -- [--data data/bench] [--out file.md] [--common printer] [--rare capacitor]`
 * EXPLAIN (ANALYZE, BUFFERS) of the compiled ticket-list SQL for each benchmark persona: every
 * sort's first page and a page 5,000 rows deep, a text search of a common and of a rare word, and
 * the count: as sent (custom plan) and, except for searches (which Outpost never prepares), as a
 * prepared statement under `plan_cache_mode = force_generic_plan`. Prints markdown, with a check
 * per plan: no sequential scan, no sort of more rows than the query returns.
 */
function arg(name: string, dflt: string): string {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : dflt;
}

interface Seeded {
  databaseUrl: string | null;
  personas: { key: string; userId: string; what: string }[];
}

function literal(client: pg.PoolClient, v: unknown): string {
  if (v instanceof Date) return client.escapeLiteral(v.toISOString());
  if (typeof v === 'number') return String(v);
  // Arrays (a folded multi-organisation branch) as PostgreSQL array literals.
  if (Array.isArray(v)) return client.escapeLiteral(`{${v.map((x) => `"${String(x)}"`).join(',')}}`);
  return client.escapeLiteral(String(v));
}

async function explain(client: pg.PoolClient, q: CompiledQuery, generic: boolean): Promise<string> {
  const opts = 'ANALYZE, BUFFERS, COSTS OFF, SUMMARY ON';
  if (!generic) {
    await client.query(`SET plan_cache_mode = auto`);
    // Twice: the first run warms the cache, the second is reported.
    await client.query({ text: `EXPLAIN (${opts}) ${q.text}`, values: q.values });
    const { rows } = await client.query({ text: `EXPLAIN (${opts}) ${q.text}`, values: q.values });
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  }
  await client.query(`DEALLOCATE ALL`);
  await client.query(`SET plan_cache_mode = force_generic_plan`);
  await client.query(`PREPARE bench_list AS ${q.text}`);
  const exec = q.values.length
    ? `EXECUTE bench_list(${q.values.map((v) => literal(client, v)).join(', ')})`
    : 'EXECUTE bench_list';
  await client.query(`EXPLAIN (${opts}) ${exec}`);
  const { rows } = await client.query(`EXPLAIN (${opts}) ${exec}`);
  await client.query(`DEALLOCATE bench_list`);
  await client.query(`SET plan_cache_mode = auto`);
  return rows.map((r) => r['QUERY PLAN']).join('\n');
}

/** Shared buffers touched by the whole plan (top node), for the summary table. */
function buffers(plan: string): number {
  const m = /Buffers: shared((?: hit=\d+)?(?: read=\d+)?)/.exec(plan);
  if (!m) return 0;
  return [...m[1].matchAll(/=(\d+)/g)].reduce((s, x) => s + Number(x[1]), 0);
}

function planTime(plan: string): string {
  return /Planning Time: ([\d.]+) ms/.exec(plan)?.[1] ?? '?';
}

/**
 * What a plan must not do: a sequential scan, or a sort of more rows than the query returns
 * (`limit`: the page, or the count's cap + 1). Empty when the plan passes.
 */
export function planProblems(plan: string, limit: number): string[] {
  const out: string[] = [];
  if (/Seq Scan/.test(plan)) out.push('Seq Scan');
  const lines = plan.split('\n');
  const indent = (l: string) => l.search(/\S/);
  const rowsOf = (l: string) => {
    const m = /rows=([\d.]+) loops=(\d+)/.exec(l);
    return m ? Number(m[1]) * Number(m[2]) : 0;
  };
  lines.forEach((line, i) => {
    if (!/^\s*(->\s*)?(Incremental )?Sort \(actual/.test(line)) return;
    // The rows a sort takes in are those its child produced (a top-N sort reports only what it kept).
    const child = lines.slice(i + 1).find((l) => /->/.test(l) && indent(l) > indent(line));
    const input = child ? rowsOf(child) : rowsOf(line);
    if (input > limit) out.push(`Sort of ${input} rows`);
  });
  return out;
}

function execTime(plan: string): string {
  return /Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? '?';
}

async function main(): Promise<void> {
  const dataDir = resolve(arg('--data', process.env.DATA_DIR || 'data/bench'));
  const out = arg('--out', '');
  const common = arg('--common', 'printer');
  const rare = arg('--rare', 'capacitor');
  const failures: string[] = [];
  const seeded = JSON.parse(readFileSync(join(dataDir, 'personas.json'), 'utf8')) as Seeded;
  let embedded: EmbeddedDatabase | null = null;
  let url = process.env.DATABASE_URL || seeded.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedPostgres({
      dataDir,
      port: Number(process.env.EMBEDDED_PG_PORT || 54339),
      password: loadOrCreateSecrets(dataDir).pgPassword,
    });
    url = embedded.url;
  }
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  const summary: string[] = [
    '| persona | query | plan | planning ms | execution ms | shared buffers | check |',
    '|---|---|---|---|---:|---:|---:|',
  ];
  const details: string[] = [];
  try {
    const client = await pool.connect();
    try {
      for (const p of seeded.personas) {
        const principal = await loadPrincipal(pool, p.userId);
        // [label, SQL, rows it returns at most, may be prepared]
        const pages: [string, CompiledQuery, number, boolean][] = [];
        for (const sort of TICKET_SORTS) {
          const deep = await deepCursor(pool, principal, 5000, sort);
          const label = sort === DEFAULT_TICKET_SORT ? '' : `sort=${sort} `;
          pages.push([`${label}first page`, ticketListSql(principal, null, 50, { sort }), 51, true]);
          pages.push([
            `${label}deep page (row ${deep.depth})`,
            ticketListSql(principal, deep.cursor, 50, { sort }),
            51,
            true,
          ]);
        }
        for (const word of [common, rare])
          pages.push([`q=${word}`, ticketListSql(principal, null, 50, { filters: { q: word } }), 51, false]);
        pages.push(['count', ticketCountSql(principal), 10_001, true]);
        for (const [page, q, limit, preparable] of pages) {
          for (const generic of preparable ? [false, true] : [false]) {
            const plan = await explain(client, q, generic);
            const mode = generic ? 'generic (prepared)' : 'custom';
            const problems = planProblems(plan, limit);
            if (problems.length) failures.push(`${p.key} ${page} ${mode}: ${problems.join(', ')}`);
            summary.push(
              `| ${p.key} | ${page} | ${mode} | ${planTime(plan)} | ${execTime(plan)} | ${buffers(plan)} | ${problems.length ? problems.join(', ') : 'ok'} |`,
            );
            details.push(`#### ${p.key} — ${page} — ${mode} plan\n\n${p.what}\n\n\`\`\`\n${plan}\n\`\`\`\n`);
          }
        }
      }
      const { rows } = await client.query(`SELECT version()`);
      const verdict = failures.length
        ? `**${failures.length} plan(s) with a sequential scan or a sort of more than the page:**\n\n${failures.map((x) => `- ${x}`).join('\n')}`
        : 'Every plan: no sequential scan, no sort of more rows than the query returns.';
      const md = `PostgreSQL: ${rows[0].version}\n\n${verdict}\n\n${summary.join('\n')}\n\n${details.join('\n')}`;
      if (out) writeFileSync(out, md);
      process.stdout.write(md + '\n');
    } finally {
      client.release();
    }
  } finally {
    await pool.end();
    await embedded?.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`explain failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
