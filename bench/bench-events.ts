import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, get as httpGet } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '#app/database/embedded-postgres.js';
import { freePort } from './processes.js';

/**
 * `npm run bench:events -- [--changes 2000] [--rate 100] [--endpoints 50] [--sse 200] [--out file.json]`
 *
 * Ticket changes (public comments by an agent, each one event) at a fixed rate against one Outpost
 * from dist/ (its own worker delivering), with `--endpoints` global webhook endpoints pointing at a
 * local receiver and `--sse` `GET /events` clients. Measures deliveries/s, commit→delivery latency
 * (receiver clock minus the event's timestamp, one machine) for webhooks and SSE, and the ticket
 * list's throughput with and without that load. DATABASE_URL must be a scratch database (it is
 * written to); without it an embedded PostgreSQL in a temporary folder is used.
 */
interface Args {
  changes: number;
  rate: number;
  endpoints: number;
  sse: number;
  listSeconds: number;
  out: string;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { changes: 2000, rate: 100, endpoints: 50, sse: 200, listSeconds: 5, out: '' };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const v = () => Number(argv[++i]);
    if (k === '--changes') a.changes = v();
    else if (k === '--rate') a.rate = v();
    else if (k === '--endpoints') a.endpoints = v();
    else if (k === '--sse') a.sse = v();
    else if (k === '--list-seconds') a.listSeconds = v();
    else if (k === '--out') a.out = argv[++i];
    else throw new Error(`unknown argument ${k}`);
  }
  return a;
}

const distMain = fileURLToPath(import.meta.resolve('#app/main.js'));
const log = (m: string) => process.stderr.write(`${m}\n`);

const pct = (xs: number[], p: number) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]);
};

async function listThroughput(base: string, token: string, seconds: number): Promise<number> {
  let ok = 0;
  const instance = autocannon({
    url: `${base}/api/v1/tickets?limit=50`,
    headers: { authorization: `Bearer ${token}` },
    connections: 16,
    duration: seconds,
  });
  instance.on('response', (_c, status) => {
    if (status === 200) ok++;
  });
  await instance;
  return Math.round(ok / seconds);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const children: ChildProcess[] = [];
  let embedded: EmbeddedDatabase | null = null;
  const scratch = mkdtempSync(join(tmpdir(), 'outpost-bench-events-'));
  const cleanup = async () => {
    // Outpost drains and exits before its database stops.
    await Promise.all(
      children.map((c) =>
        c.exitCode !== null ? undefined : new Promise((done) => (c.once('exit', done), c.kill('SIGTERM'))),
      ),
    );
    await embedded?.stop().catch(() => undefined);
    rmSync(scratch, { recursive: true, force: true });
  };
  try {
    let url = process.env.DATABASE_URL;
    if (!url) {
      embedded = await startEmbeddedPostgres({
        dataDir: scratch,
        port: await freePort(),
        password: randomBytes(12).toString('hex'),
        log: () => undefined,
      });
      url = embedded.url;
    }
    // The receiver: records when each delivery arrived, and the event's timestamp.
    const webhookLatency: number[] = [];
    let deliveries = 0;
    let firstDelivery = 0;
    let lastDelivery = 0;
    const receiver = createHttpServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const now = Date.now();
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { type: string; timestamp: string };
        if (body.type !== 'ping') {
          deliveries++;
          firstDelivery ||= now;
          lastDelivery = now;
          webhookLatency.push(now - Date.parse(body.timestamp));
        }
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((ok) => receiver.listen(0, '127.0.0.1', ok));
    const receiverUrl = `http://127.0.0.1:${(receiver.address() as { port: number }).port}/hook`;

    const port = await freePort();
    const admin = { email: 'bench-admin@example.test', password: 'bench-admin-password-2026' };
    const outpost = spawn(process.execPath, [distMain], {
      env: {
        ...process.env,
        DATABASE_URL: url,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        SEED_DEMO: 'false',
        JWT_SECRET: randomBytes(48).toString('base64url'),
        TOTP_ENCRYPTION_KEY: randomBytes(32).toString('base64url'),
        RATE_LIMIT_ENABLED: 'false',
        WEBHOOK_ALLOW_PRIVATE: 'true',
        WEBHOOK_ALLOW_INSECURE: 'true',
        OUTBOX_WORKER: 'true',
        ADMIN_EMAIL: admin.email,
        ADMIN_PASSWORD: admin.password,
      },
      // BENCH_SERVER_LOG=<file>: the server's log lines (warnings and errors) go there.
      stdio: [
        'ignore',
        process.env.BENCH_SERVER_LOG ? openSync(process.env.BENCH_SERVER_LOG, 'w') : 'ignore',
        'inherit',
      ],
    });
    children.push(outpost);
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i++) {
      if (outpost.exitCode !== null) throw new Error('Outpost exited before it was ready');
      const ok = await fetch(`${base}/health/ready`).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ok) break;
      if (i > 600) throw new Error('Outpost not ready within 120 s');
      await new Promise((r) => setTimeout(r, 200));
    }
    const call = async (method: string, path: string, token: string | null, body?: unknown) => {
      const r = await fetch(`${base}/api/v1${path}`, {
        method,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(body ? { 'content-type': 'application/json' } : {}),
        },
        body: body ? JSON.stringify(body) : undefined,
      });
      if (r.status >= 300) throw new Error(`${method} ${path}: ${r.status} ${await r.text()}`);
      return r.status === 204 ? null : ((await r.json()) as Record<string, string>);
    };
    const token = (await call('POST', '/auth/login', null, admin))!.accessToken as string;
    const org = await call('POST', '/organizations', token, { name: 'Bench events', emailDomains: ['bench.example'] });
    const tickets: string[] = [];
    for (let i = 0; i < 20; i++)
      tickets.push(
        (await call('POST', '/tickets', token, { type: 'QUESTION', subject: `Bench ${i}`, organizationId: org!.id }))!
          .id,
      );
    for (let i = 0; i < args.endpoints; i++)
      await call('POST', '/webhooks', token, { url: receiverUrl, eventTypes: ['ticket.commented'] });

    // SSE clients (the admin sees every event).
    const sseLatency: number[] = [];
    let sseEvents = 0;
    const streams = await Promise.all(
      Array.from(
        { length: args.sse },
        () =>
          new Promise<{ destroy(): void }>((ok, fail) => {
            const req = httpGet(`${base}/api/v1/events`, { headers: { authorization: `Bearer ${token}` } }, (res) => {
              let buf = '';
              res.setEncoding('utf8');
              res.on('data', (c: string) => {
                const now = Date.now();
                buf += c;
                let i: number;
                while ((i = buf.indexOf('\n\n')) >= 0) {
                  const block = buf.slice(0, i);
                  buf = buf.slice(i + 2);
                  const data = block.split('\n').find((l) => l.startsWith('data: '));
                  if (!data) continue;
                  sseEvents++;
                  sseLatency.push(now - Date.parse((JSON.parse(data.slice(6)) as { timestamp: string }).timestamp));
                }
              });
              ok(req);
            });
            req.on('error', fail);
          }),
      ),
    );
    await new Promise((r) => setTimeout(r, 500));

    log(`baseline: ticket list throughput for ${args.listSeconds} s`);
    const listBefore = await listThroughput(base, token, args.listSeconds);

    log(`${args.changes} changes at ${args.rate}/s, ${args.endpoints} endpoints, ${args.sse} SSE clients`);
    const started = Date.now();
    let sent = 0;
    let failures = 0;
    const reasons = new Set<string>();
    const inFlight = new Set<Promise<void>>();
    const listDuring = listThroughput(base, token, Math.min(args.listSeconds, Math.ceil(args.changes / args.rate)));
    while (sent < args.changes) {
      const due = started + (sent * 1000) / args.rate;
      const wait = due - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const id = tickets[sent % tickets.length];
      const p = call('POST', `/tickets/${id}/comments`, token, { body: `change ${sent}` })
        .then(() => undefined)
        .catch((err: unknown) => {
          failures++;
          if (reasons.size < 3) reasons.add(err instanceof Error ? err.message.slice(0, 200) : String(err));
        });
      inFlight.add(p);
      void p.finally(() => inFlight.delete(p));
      sent++;
    }
    await Promise.all(inFlight);
    const submitSeconds = (Date.now() - started) / 1000;
    const listUnderLoad = await listDuring;
    const expected = (args.changes - failures) * args.endpoints;
    const deadline = Date.now() + 120_000;
    while (deliveries < expected && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    for (const s of streams) s.destroy();

    const report = {
      at: new Date().toISOString(),
      machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version, loadAverage: loadavg() },
      settings: args,
      changes: {
        sent: args.changes,
        failed: failures,
        failures: [...reasons],
        seconds: Math.round(submitSeconds * 10) / 10,
      },
      webhooks: {
        expected,
        delivered: deliveries,
        deliveriesPerSecond: Math.round(deliveries / Math.max(0.001, (lastDelivery - firstDelivery) / 1000)),
        commitToDeliveryMs: {
          p50: pct(webhookLatency, 50),
          p95: pct(webhookLatency, 95),
          p99: pct(webhookLatency, 99),
        },
      },
      sse: {
        expected: (args.changes - failures) * args.sse,
        received: sseEvents,
        commitToClientMs: { p50: pct(sseLatency, 50), p95: pct(sseLatency, 95), p99: pct(sseLatency, 99) },
      },
      ticketList: {
        requestsPerSecondIdle: listBefore,
        requestsPerSecondUnderLoad: listUnderLoad,
        drop: `${Math.round(100 - (100 * listUnderLoad) / Math.max(1, listBefore))}%`,
      },
    };
    const out = resolve(args.out || join('data', 'bench-events-results.json'));
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify(report, null, 2));
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n\nresults written to ${out}\n`);
    receiver.close();
  } finally {
    await cleanup();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  },
);
