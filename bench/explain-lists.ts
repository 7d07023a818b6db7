import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { loadOrCreateSecrets } from '#app/config/config.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '#app/database/embedded-postgres.js';
import { deepCursor, loadPrincipal, ticketListSql, type CompiledQuery } from './bench-sql.js';

/**
 * `npm run explain:lists -- [--data data/bench] [--out file.md]`
 * EXPLAIN (ANALYZE, BUFFERS) of the compiled ticket-list SQL (first page and a page 5,000 rows
 * deep) for each benchmark persona: as sent (custom plan) and as a prepared statement under
 * `plan_cache_mode = force_generic_plan`. Prints markdown.
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

function execTime(plan: string): string {
  return /Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? '?';
}

async function main(): Promise<void> {
  const dataDir = resolve(arg('--data', process.env.DATA_DIR || 'data/bench'));
  const out = arg('--out', '');
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
    '| persona | page | plan | planning ms | execution ms | shared buffers |',
    '|---|---|---|---:|---:|---:|',
  ];
  const details: string[] = [];
  try {
    const client = await pool.connect();
    try {
      for (const p of seeded.personas) {
        const principal = await loadPrincipal(pool, p.userId);
        const deep = await deepCursor(pool, principal, 5000);
        const pages: [string, CompiledQuery][] = [
          ['first', ticketListSql(principal, null)],
          [`deep (row ${deep.depth})`, ticketListSql(principal, deep.cursor)],
        ];
        for (const [page, q] of pages) {
          for (const generic of [false, true]) {
            const plan = await explain(client, q, generic);
            const mode = generic ? 'generic (prepared)' : 'custom';
            summary.push(`| ${p.key} | ${page} | ${mode} | ${planTime(plan)} | ${execTime(plan)} | ${buffers(plan)} |`);
            details.push(`#### ${p.key} — ${page} page — ${mode} plan\n\n${p.what}\n\n\`\`\`\n${plan}\n\`\`\`\n`);
          }
        }
      }
      const { rows } = await client.query(`SELECT version()`);
      const md = `PostgreSQL: ${rows[0].version}\n\n${summary.join('\n')}\n\n${details.join('\n')}`;
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
