import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import jwt from 'jsonwebtoken';
import pg from 'pg';
// @ts-expect-error -- untyped CommonJS package (a real S3-protocol server)
import S3rver from 's3rver';
import { loadOrCreateSecrets } from '#app/config/config.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '#app/database/embedded-postgres.js';
import { migrate } from '#app/database/migrator.js';
import { MIGRATIONS_DIR } from '#app/database/paths.js';

/**
 * `npm run bench:attachments -- [--out file.json] [--sizes 1024,1048576,26214400]`
 *
 * Uploads and downloads files of 1 KiB, 1 MiB and 25 MiB with 8 parallel clients, against
 * Outpost (POST tickets/{id}/attachments, GET …/content) and against a bare Fastify route that
 * streams the same bytes into and out of the same store (bench-attachments-bare.ts), for both
 * stores: PostgreSQL chunks and an S3 bucket (s3rver, in this process). Throughput is MiB/s of
 * file bytes; during the 8 parallel 25 MiB uploads the server's RSS is sampled every 20 ms
 * (peak minus the RSS just before). Uses DATABASE_URL, or an embedded PostgreSQL under
 * data/bench-attachments.
 */
const here = dirname(fileURLToPath(import.meta.url));
const distMain = fileURLToPath(import.meta.resolve('#app/main.js'));
const bareMain = join(here, 'bench-attachments-bare.js');
const CLIENTS = 8;
const MiB = 1024 * 1024;
const log = (m: string) => process.stderr.write(`${m}\n`);

function parseArgs(argv: string[]) {
  const a = { out: '', sizes: [1024, MiB, 25 * MiB] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') a.out = argv[++i];
    else if (argv[i] === '--sizes') a.sizes = argv[++i].split(',').map(Number);
  }
  return a;
}

/** Requests per size: enough bytes to measure, few enough to finish in a minute. */
const requestsFor = (size: number) => (size <= 64 * 1024 ? 400 : size <= 2 * MiB ? 160 : 16);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, child: ChildProcess, seconds = 60): Promise<void> {
  for (let i = 0; i < seconds * 10; i++) {
    if (child.exitCode !== null) throw new Error(`${url}: process exited with ${child.exitCode}`);
    const ok = await new Promise<boolean>((resolve) => {
      http
        .get(url, (res) => {
          res.resume();
          resolve((res.statusCode ?? 500) < 500);
        })
        .on('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} not ready`);
}

const BOUNDARY = 'benchboundary0123456789';

/** One multipart upload of `file` (written from the shared buffer, never copied). */
function upload(port: number, path: string, headers: Record<string, string>, file: Buffer): Promise<string> {
  const head = Buffer.from(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="bench.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${BOUNDARY}--\r\n`);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path,
        headers: {
          ...headers,
          'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
          'content-length': String(head.length + file.length + tail.length),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks).toString();
          if (res.statusCode !== 201) return reject(new Error(`upload ${res.statusCode}: ${body.slice(0, 300)}`));
          resolve((JSON.parse(body) as { id: string }).id);
        });
      },
    );
    req.on('error', reject);
    req.write(head);
    req.write(file);
    req.end(tail);
  });
}

function download(port: number, path: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path, headers }, (res) => {
        let n = 0;
        res.on('data', (c: Buffer) => (n += c.length));
        res.on('end', () => (res.statusCode === 200 ? resolve(n) : reject(new Error(`download ${res.statusCode}`))));
      })
      .on('error', reject);
  });
}

/** `total` calls of `fn`, CLIENTS at a time; MiB/s of `bytes` each. */
async function drive(total: number, bytes: number, fn: (i: number) => Promise<unknown>): Promise<number> {
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next < total) await fn(next++);
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return (total * bytes) / MiB / seconds;
}

const rssOf = (pid: number): number => {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) * 1024 : 0;
};

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const dataDir = join(process.cwd(), 'data', 'bench-attachments');
  mkdirSync(dataDir, { recursive: true });
  const children: ChildProcess[] = [];
  let embedded: EmbeddedDatabase | undefined;
  const s3dir = mkdtempSync(join(tmpdir(), 'outpost-bench-s3-'));
  const s3 = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: s3dir,
    configureBuckets: [{ name: 'bench' }],
  }) as {
    run(): Promise<AddressInfo>;
    close(): Promise<void>;
  };
  const stopAll = async () => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    await s3.close().catch(() => {});
    rmSync(s3dir, { recursive: true, force: true });
    await embedded?.stop();
  };
  try {
    let url = process.env.DATABASE_URL;
    if (!url) {
      embedded = await startEmbeddedPostgres({
        dataDir,
        port: Number(process.env.EMBEDDED_PG_PORT || 54349),
        password: loadOrCreateSecrets(dataDir).pgPassword,
        log,
      });
      url = embedded.url;
    }
    await migrate(url, MIGRATIONS_DIR, (m) => log(`bench: ${m}`));
    const s3port = (await s3.run()).port;
    // One staff user and one ticket per client (the count limit and its lock are per ticket).
    const pool = new pg.Pool({ connectionString: url, max: 2 });
    const userId = randomUUID();
    const orgId = randomUUID();
    await pool.query(`INSERT INTO organizations (id, name, updated_at) VALUES ($1, $2, now())`, [
      orgId,
      `Bench ${orgId}`,
    ]);
    await pool.query(
      `INSERT INTO users (id, email, name, password_hash, staff_role, email_verified_at, updated_at)
       VALUES ($1, $2, 'Bench Agent', 'x', 'AGENT', now(), now())`,
      [userId, `bench-${userId}@example.test`],
    );
    const tickets: string[] = [];
    for (let i = 0; i < CLIENTS; i++) {
      const { rows } = await pool.query<{ id: string }>(
        `INSERT INTO tickets (id, organization_id, requester_id, type, priority, status, subject, description, updated_at)
         VALUES (gen_random_uuid(), $1, $2, 'INCIDENT', 'MEDIUM', 'OPEN', 'Bench', '', now()) RETURNING id`,
        [orgId, userId],
      );
      tickets.push(rows[0].id);
    }
    await pool.end();

    const jwtSecret = randomBytes(48).toString('base64url');
    const token = jwt.sign({ sub: userId, ep: 0, typ: 'access' }, Buffer.from(jwtSecret, 'utf8'), {
      algorithm: 'HS256',
      expiresIn: 3600,
      issuer: 'outpost',
      audience: 'outpost-api',
    });
    const auth = { authorization: `Bearer ${token}` };
    const files = new Map(args.sizes.map((s) => [s, randomBytes(s)]));
    const results: Record<string, unknown>[] = [];

    for (const storeName of ['PG', 'S3'] as const) {
      const env = {
        ...process.env,
        DATABASE_URL: url,
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        SEED_DEMO: 'false',
        OUTBOX_WORKER: 'false',
        JWT_SECRET: jwtSecret,
        TOTP_ENCRYPTION_KEY: randomBytes(32).toString('base64url'),
        RATE_LIMIT_ENABLED: 'false',
        REQUEST_TIMEOUT_MS: '120000',
        ATTACHMENT_MAX_PER_TICKET: '10000',
        ...(storeName === 'S3'
          ? {
              S3_BUCKET: 'bench',
              S3_ENDPOINT: `http://127.0.0.1:${s3port}`,
              S3_ACCESS_KEY_ID: 'S3RVER',
              S3_SECRET_ACCESS_KEY: 'S3RVER',
            }
          : {}),
      };
      for (const target of ['outpost', 'bare'] as const) {
        const port = await freePort();
        const child = spawn(process.execPath, [target === 'outpost' ? distMain : bareMain], {
          env: { ...env, PORT: String(port) },
          stdio: ['ignore', 'ignore', 'inherit'],
        });
        children.push(child);
        await waitFor(
          target === 'outpost' ? `http://127.0.0.1:${port}/health/ready` : `http://127.0.0.1:${port}/files/x`,
          child,
        );
        for (const size of args.sizes) {
          const file = files.get(size)!;
          const n = requestsFor(size);
          const ids: string[] = [];
          const up = (i: number) =>
            upload(
              port,
              target === 'outpost' ? `/api/v1/tickets/${tickets[i % CLIENTS]}/attachments` : '/files',
              auth,
              file,
            ).then((id) => ids.push(id));
          await drive(Math.min(n, 2 * CLIENTS), size, up); // warm-up
          ids.length = 0;
          let rssBefore = 0;
          let rssPeak = 0;
          let timer: NodeJS.Timeout | undefined;
          if (size === 25 * MiB) {
            rssBefore = rssOf(child.pid!);
            rssPeak = rssBefore;
            timer = setInterval(() => (rssPeak = Math.max(rssPeak, rssOf(child.pid!))), 20);
          }
          const upMiBs = await drive(n, size, up);
          if (timer) clearInterval(timer);
          const path = (id: string) => (target === 'outpost' ? `/api/v1/attachments/${id}/content` : `/files/${id}`);
          // Downloads: the files just uploaded.
          const downMiBs = await drive(n, size, (i) => download(port, path(ids[i % ids.length]), auth));
          const row = {
            store: storeName,
            target,
            size,
            requests: n,
            uploadMiBs: Math.round(upMiBs * 100) / 100,
            uploadsPerSec: Math.round((upMiBs * MiB) / size),
            downloadMiBs: Math.round(downMiBs * 100) / 100,
            downloadsPerSec: Math.round((downMiBs * MiB) / size),
            ...(size === 25 * MiB
              ? {
                  rssBeforeMiB: Math.round(rssBefore / MiB),
                  rssPeakMiB: Math.round(rssPeak / MiB),
                  rssGrowthMiB: Math.round((rssPeak - rssBefore) / MiB),
                }
              : {}),
          };
          log(JSON.stringify(row));
          results.push(row);
        }
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
    }
    // Ratios: Outpost / bare for each store, size and direction.
    const summary = results
      .filter((r) => r.target === 'outpost')
      .map((o) => {
        const b = results.find((r) => r.target === 'bare' && r.store === o.store && r.size === o.size)!;
        return {
          store: o.store,
          size: o.size,
          uploadMiBs: o.uploadMiBs,
          bareUploadMiBs: b.uploadMiBs,
          uploadRatio: Math.round(((o.uploadMiBs as number) / (b.uploadMiBs as number)) * 100),
          downloadMiBs: o.downloadMiBs,
          bareDownloadMiBs: b.downloadMiBs,
          downloadRatio: Math.round(((o.downloadMiBs as number) / (b.downloadMiBs as number)) * 100),
          ...(o.rssGrowthMiB !== undefined ? { rssGrowthMiB: o.rssGrowthMiB, bareRssGrowthMiB: b.rssGrowthMiB } : {}),
        };
      });
    const out = {
      when: new Date().toISOString(),
      cpus: cpus().length,
      loadavg: loadavg(),
      clients: CLIENTS,
      results,
      summary,
    };
    process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
    if (args.out) writeFileSync(args.out, JSON.stringify(out, null, 2) + '\n');
  } finally {
    await stopAll();
  }
}

await main();
