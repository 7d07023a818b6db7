import { randomUUID } from 'node:crypto';
import fastifyMultipart from '@fastify/multipart';
import Fastify from 'fastify';
import pg from 'pg';
import { PgAttachmentStore, type AttachmentStore } from '#app/attachments/attachment-store.js';
import { S3AttachmentStore } from '#app/attachments/s3-attachment-store.js';
import { loadConfig } from '#app/config/config.js';
import type { Tx } from '#app/database/prisma.service.js';

/**
 * The attachment benchmark's "bare route": Fastify and @fastify/multipart alone (no Nest, guard,
 * token, principal, policy, type sniffing or rows), streaming the uploaded file into the same
 * store Outpost uses (PostgreSQL chunks in one transaction, or the S3 bucket) and streaming it
 * back. The ceiling for the upload and download paths on this machine.
 */
const config = loadConfig(process.env);
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: config.dbPoolSize });
const store: AttachmentStore = config.s3 ? new S3AttachmentStore(config.s3, pool) : new PgAttachmentStore(pool);
const sizes = new Map<string, { key: string | null; size: number }>();

/** The little of Prisma's transaction client the stores use, over one pg connection. */
function txOf(client: pg.PoolClient): Tx {
  const run = (strings: TemplateStringsArray, ...values: unknown[]) =>
    client.query(
      strings.reduce((q, s, i) => q + s + (i < values.length ? `$${i + 1}` : ''), ''),
      values,
    );
  return { $executeRaw: run, $queryRaw: run } as unknown as Tx;
}

const app = Fastify({ logger: false, bodyLimit: 1024 * 1024 });
await app.register(fastifyMultipart, { throwFileSizeLimit: false });

app.post('/files', async (req, reply) => {
  const part = await req.file({ limits: { fileSize: config.attachments.maxBytes + 1 } });
  if (!part) return reply.code(400).send({ error: 'no file' });
  const id = randomUUID();
  let size = 0;
  async function* counted(): AsyncGenerator<Buffer> {
    for await (const b of part!.file as AsyncIterable<Buffer>) {
      size += b.length;
      yield b;
    }
  }
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const key = await store.write(txOf(client), id, counted());
    await client.query('COMMIT');
    sizes.set(id, { key, size });
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  } finally {
    client.release();
  }
  return reply.code(201).send({ id, size });
});

app.get<{ Params: { id: string } }>('/files/:id', async (req, reply) => {
  const f = sizes.get(req.params.id);
  if (!f) return reply.code(404).send({ error: 'no such file' });
  const stream = await store.open({ id: req.params.id, storage: store.kind, storageKey: f.key, size: f.size });
  return reply.header('content-type', 'application/octet-stream').header('content-length', String(f.size)).send(stream);
});

await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
process.stdout.write('ready\n');
process.once('SIGTERM', () => {
  void app
    .close()
    .then(() => pool.end())
    .then(() => process.exit(0));
});
