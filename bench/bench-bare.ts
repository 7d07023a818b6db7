import { readFileSync } from 'node:fs';
import Fastify from 'fastify';
import pg from 'pg';
import type { CompiledQuery } from './bench-sql.js';

/**
 * The benchmark's "bare route" reference: Fastify, no Nest, no guard, no token, no principal load.
 * GET /q/:key runs the precompiled list (or count) SQL `key` (from the JSON file BENCH_QUERIES) on a pg pool
 * of the same size as Outpost's and returns the rows. The ceiling for any Node API on this box.
 */
const queries = JSON.parse(readFileSync(process.env.BENCH_QUERIES!, 'utf8')) as Record<string, CompiledQuery>;
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DB_POOL_SIZE || 10) });
const app = Fastify({ logger: false });

app.get<{ Params: { key: string } }>('/q/:key', async (req, reply) => {
  const q = queries[req.params.key];
  if (!q) return reply.code(404).send({ error: 'unknown query' });
  // Named like Outpost's list statements (planned once per connection).
  const name = q.unnamed ? undefined : `bare_${req.params.key}`;
  const { rows } = await pool.query({ name, text: q.text, values: q.values });
  return { data: rows };
});

await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
process.stdout.write('ready\n');
process.once('SIGTERM', () => {
  void app
    .close()
    .then(() => pool.end())
    .then(() => process.exit(0));
});
