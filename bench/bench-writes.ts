import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import jwt from 'jsonwebtoken';
import pg from 'pg';
import { loadOrCreateSecrets } from '#app/config/config.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '#app/database/embedded-postgres.js';
import { migrate } from '#app/database/migrator.js';
import { MIGRATIONS_DIR } from '#app/database/paths.js';
import { startPgBouncer } from '../scripts/pgbouncer.mjs';
import type { Recipient, WriteFixtures } from './bench-bare-writes.js';
import { freePort, waitFor, cpuOf } from './processes.js';

/**
 * `npm run bench:writes -- [--data data/bench] [--duration 8] [--connections 16] [--rounds 3] [--instances 1] [--pooler] [--out file.json]`
 *
 * Writes on a `seed:scale` data set: ticket create, comment create and a status transition, each
 * for a customer (PORTAL_USER of the largest organisation) and an agent, through Outpost (dist/,
 * production mode) and through a bare Fastify route running the same writes in one transaction
 * (bench-bare-writes.ts). Comments and transitions (OPEN → PENDING_CUSTOMER, each on a ticket of its
 * own) go to fixture tickets of the customer with 3 CCs and an assigned agent, so each notifies the same 4–5 recipients on both sides; the agent raises
 * its tickets for the customer with that agent assigned (2 recipients). Creates and comments carry
 * a fresh Idempotency-Key. Outpost and the bare route alternate `rounds` times per scenario; the
 * round with the median ratio is reported. Writes accumulate in the data set (a few thousand rows
 * per run). `--instances 2` runs two of each side (the connections split between them);
 * `--pooler` puts a PgBouncer in transaction mode between both sides and the database (a server
 * pool of `--pool` × instances), Outpost with DB_STATEMENTS=unnamed.
 */
const here = dirname(fileURLToPath(import.meta.url));
const distMain = fileURLToPath(import.meta.resolve('#app/main.js'));
const bareMain = join(here, 'bench-bare-writes.js');

interface Args {
  data: string;
  duration: number;
  warmup: number;
  connections: number;
  pool: number;
  rounds: number;
  out: string;
  /** Outpost instances (and bare routes), each with its own pool; the connections are split between them. */
  instances: number;
  /** Fixture tickets per side (each transition uses one up). */
  fixtures: number;
  /** Both sides through a PgBouncer in transaction mode (scripts/pgbouncer.mjs), Outpost with DB_STATEMENTS=unnamed. */
  pooler: boolean;
}

function parseArgs(argv: string[]): Args {
  const a: Args = {
    data: process.env.DATA_DIR || 'data/bench',
    duration: 8,
    warmup: 2,
    connections: 16,
    pool: 10,
    rounds: 3,
    out: '',
    instances: 1,
    pooler: false,
    fixtures: 20_000,
  };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    if (k === '--data') a.data = argv[++i];
    else if (k === '--duration') a.duration = Number(argv[++i]);
    else if (k === '--warmup') a.warmup = Number(argv[++i]);
    else if (k === '--connections') a.connections = Number(argv[++i]);
    else if (k === '--pool') a.pool = Number(argv[++i]);
    else if (k === '--rounds') a.rounds = Math.max(1, Number(argv[++i]));
    else if (k === '--out') a.out = argv[++i];
    else if (k === '--instances') a.instances = Math.max(1, Number(argv[++i]));
    else if (k === '--pooler') a.pooler = true;
    else if (k === '--fixtures') a.fixtures = Number(argv[++i]);
    else throw new Error(`unknown argument ${k}`);
  }
  return a;
}

interface Measurement {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  errors: number;
  cpuUsPerRequest?: number;
}

interface ScenarioResult {
  name: string;
  outpost: Measurement;
  bare: Measurement;
  /** Outpost/bare in % for every round, ascending. */
  ratios: number[];
}

const log = (msg: string) => process.stderr.write(`${msg}\n`);

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** One write scenario: the path and body of each request, built per connection. */
interface Scenario {
  name: string;
  /** Builds the next request of one connection (its own state in `ctx`). */
  next(ctx: Record<string, unknown>): { path: string; body: string; idempotent: boolean };
}

async function driveOne(
  base: string,
  headers: Record<string, string>,
  s: Scenario,
  connections: number,
  seconds: number,
  latencies: number[],
): Promise<{ errors: number; firstError: string | null }> {
  let errors = 0;
  let firstError: string | null = null;
  const instance = autocannon({
    url: base,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        setupRequest: (req, ctx) => {
          const r = s.next(ctx);
          return {
            ...req,
            method: 'POST',
            path: r.path,
            body: r.body,
            headers: {
              ...headers,
              'content-type': 'application/json',
              ...(r.idempotent ? { 'idempotency-key': randomUUID() } : {}),
            },
          };
        },
      },
    ],
  });
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    if (status >= 400) {
      errors++;
      firstError ??= String(status);
    } else latencies.push(ms);
  });
  const result = await instance;
  return { errors: errors + result.errors + result.timeouts, firstError };
}

/** One scenario against every instance of a side at once, the connections split between them. */
async function drive(
  bases: string[],
  headers: Record<string, string>,
  s: Scenario,
  args: Args,
  seconds: number,
  pids: number[],
): Promise<Measurement> {
  const cpu0 = pids.reduce((sum, pid) => sum + cpuOf(pid), 0);
  const latencies: number[] = [];
  const per = Math.max(1, Math.round(args.connections / bases.length));
  const outcomes = await Promise.all(bases.map((b) => driveOne(b, headers, s, per, seconds, latencies)));
  latencies.sort((a, b) => a - b);
  const m: Measurement = {
    rps: Math.round(latencies.length / seconds),
    p50: +percentile(latencies, 50).toFixed(2),
    p95: +percentile(latencies, 95).toFixed(2),
    p99: +percentile(latencies, 99).toFixed(2),
    requests: latencies.length,
    errors: outcomes.reduce((sum, o) => sum + o.errors, 0),
  };
  const firstError = outcomes.find((o) => o.firstError)?.firstError;
  if (firstError) log(`  ${s.name}: ${m.errors} error responses (first: ${firstError})`);
  if (m.requests) m.cpuUsPerRequest = Math.round((pids.reduce((sum, pid) => sum + cpuOf(pid), 0) - cpu0) / m.requests);
  return m;
}

function row(name: string, m: Measurement, vs?: Measurement): string {
  const ratio = vs ? `${Math.round((100 * m.rps) / vs.rps)}%` : '';
  return `| ${name} | ${m.rps.toLocaleString('en')} | ${m.p50} | ${m.p95} | ${m.p99} | ${m.cpuUsPerRequest ?? ''} | ${m.errors} | ${ratio} |`;
}

function markdown(results: ScenarioResult[]): string {
  const lines = [
    '| scenario | req/s | p50 ms | p95 ms | p99 ms | CPU µs/req | errors | Outpost/bare |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of results) {
    lines.push(
      row(`**${r.name}** Outpost${r.ratios.length > 1 ? ` (rounds: ${r.ratios.join('/')}%)` : ''}`, r.outpost, r.bare),
    );
    lines.push(row(`${r.name} bare Fastify`, r.bare));
  }
  return lines.join('\n');
}

interface Seeded {
  args: { orgs: number; tickets: number };
  databaseUrl: string | null;
  summary: Record<string, unknown>;
  personas: { key: string; userId: string; organizationId: string | null }[];
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const loadAverageAtStart = loadavg();
  const dataDir = resolve(args.data);
  const seeded = JSON.parse(readFileSync(join(dataDir, 'personas.json'), 'utf8')) as Seeded;
  const children: ChildProcess[] = [];
  let embedded: EmbeddedDatabase | null = null;
  let stopPooler: (() => Promise<void>) | null = null;
  const cleanup = async () => {
    await Promise.all(
      children
        .filter((c) => c.exitCode === null)
        .map(
          (c) =>
            new Promise<void>((res) => {
              c.once('exit', () => res());
              c.kill('SIGTERM');
              setTimeout(() => {
                c.kill('SIGKILL');
                res();
              }, 10_000).unref();
            }),
        ),
    );
    await stopPooler?.();
    await embedded?.stop();
  };
  try {
    let url = process.env.DATABASE_URL || seeded.databaseUrl;
    if (!url) {
      const secrets = loadOrCreateSecrets(dataDir);
      embedded = await startEmbeddedPostgres({
        dataDir,
        port: Number(process.env.EMBEDDED_PG_PORT || 54339),
        password: secrets.pgPassword,
        log,
      });
      url = embedded.url;
    }
    await migrate(process.env.DIRECT_DATABASE_URL || url, MIGRATIONS_DIR, (m) => log(`bench: ${m}`));
    const pool = new pg.Pool({ connectionString: process.env.DIRECT_DATABASE_URL || url, max: 2 });
    pool.on('error', () => {});
    const q = <R extends pg.QueryResultRow>(text: string, values: unknown[] = []) => pool.query<R>(text, values);

    // Actors and fixtures: the customer's tickets with 3 CCs (members of the organisation) and an
    // assigned agent, one set per side and per connection (transitions toggle OPEN ⇄ PENDING_CUSTOMER).
    const customer = seeded.personas.find((p) => p.key === 'portalUser')!;
    const agent = seeded.personas.find((p) => p.key === 'agent')!;
    const orgId = customer.organizationId!;
    const person = async (id: string): Promise<Recipient> => {
      const { rows } = await q<{ email: string; name: string }>('SELECT email, name FROM users WHERE id = $1', [id]);
      return { userId: id, email: rows[0].email, name: rows[0].name };
    };
    const { rows: agents } = await q<{ id: string }>(
      `SELECT id FROM users WHERE staff_role = 'AGENT' AND active AND id <> $1 ORDER BY email LIMIT 1`,
      [agent.userId],
    );
    const assignee = agents[0].id;
    const { rows: ccRows } = await q<{ user_id: string }>(
      `SELECT m.user_id FROM memberships m JOIN users u ON u.id = m.user_id
       WHERE m.organization_id = $1 AND m.active AND u.active AND u.email_verified_at IS NOT NULL AND m.user_id <> $2
       ORDER BY u.email LIMIT 3`,
      [orgId, customer.userId],
    );
    const ccIds = ccRows.map((r) => r.user_id);
    const { rows: siteRows } = await q<{ home_site_id: string | null }>(
      'SELECT home_site_id FROM memberships WHERE user_id = $1 AND organization_id = $2',
      [customer.userId, orgId],
    );
    const siteId = siteRows[0]?.home_site_id ?? null;
    const fixtureTickets = async (n: number): Promise<string[]> => {
      const { rows } = await q<{ id: string }>(
        `INSERT INTO tickets (id, organization_id, site_id, requester_id, type, priority, status, subject, assignee_id, updated_at)
         SELECT gen_random_uuid(), $1, $2, $3, 'INCIDENT', 'MEDIUM', 'OPEN', 'Benchmark fixture', $4, now()
         FROM generate_series(1, $5) RETURNING id`,
        [orgId, siteId, customer.userId, assignee, n],
      );
      const ids = rows.map((r) => r.id);
      await q(
        `INSERT INTO ticket_ccs (ticket_id, user_id, organization_id, ticket_created_at)
         SELECT t.id, c, t.organization_id, t.created_at FROM tickets t CROSS JOIN unnest($2::uuid[]) c WHERE t.id = ANY($1)`,
        [ids, ccIds],
      );
      // Comments by the customer on these would otherwise set first_response_at once per ticket only.
      await q(`UPDATE tickets SET first_response_at = now() WHERE id = ANY($1)`, [ids]);
      return ids;
    };
    // Each transition takes the next fixture ticket (OPEN → PENDING_CUSTOMER), so concurrent requests
    // never race on one ticket's status; comments spread over the same tickets.
    const perSide = args.fixtures;
    const ticketsFor = { outpost: await fixtureTickets(perSide), bare: await fixtureTickets(perSide) };
    const ccPeople = await Promise.all(ccIds.map(person));
    const fixtures: WriteFixtures = {
      organizationId: orgId,
      siteId,
      actors: {
        customer: {
          userId: customer.userId,
          createRecipients: [],
          ticketRecipients: [...ccPeople, await person(assignee)],
          create: {},
        },
        agent: {
          userId: agent.userId,
          createRecipients: [await person(customer.userId), await person(assignee)],
          ticketRecipients: [await person(customer.userId), ...ccPeople, await person(assignee)],
          create: { organizationId: orgId, requesterId: customer.userId, assigneeId: assignee },
        },
      },
    };
    const fixturesFile = join(dataDir, 'bench-write-fixtures.json');
    writeFileSync(fixturesFile, JSON.stringify(fixtures));

    const jwtSecret = randomBytes(48).toString('base64url');
    let appUrl = url;
    if (args.pooler) {
      const bouncer = await startPgBouncer({ directUrl: url, poolSize: args.pool * args.instances });
      stopPooler = bouncer.stop;
      appUrl = bouncer.url;
      log(`PgBouncer (transaction mode) on port ${bouncer.port}, ${args.pool * args.instances} server connections`);
    }
    const env = {
      ...process.env,
      DATABASE_URL: appUrl,
      ...(args.pooler ? { DIRECT_DATABASE_URL: url, DB_STATEMENTS: 'unnamed' } : {}),
      DB_POOL_SIZE: String(args.pool),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'false',
      JWT_SECRET: jwtSecret,
      TOTP_ENCRYPTION_KEY: randomBytes(32).toString('base64url'),
      RATE_LIMIT_ENABLED: 'false',
      OUTBOX_WORKER: 'false',
    };
    const outposts: ChildProcess[] = [];
    const bares: ChildProcess[] = [];
    const bases: string[] = [];
    const bareBases: string[] = [];
    for (let i = 0; i < args.instances; i++) {
      const outpostPort = await freePort();
      const barePort = await freePort();
      const outpost = spawn(process.execPath, [distMain], {
        env: { ...env, PORT: String(outpostPort) },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      const bare = spawn(process.execPath, [bareMain], {
        env: { ...env, PORT: String(barePort), BENCH_WRITE_FIXTURES: fixturesFile },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      children.push(outpost, bare);
      outposts.push(outpost);
      bares.push(bare);
      bases.push(`http://127.0.0.1:${outpostPort}`);
      bareBases.push(`http://127.0.0.1:${barePort}`);
      await waitFor(`${bases[i]}/health/ready`, outpost, 600);
      await waitFor(`${bareBases[i]}/ready`, bare);
    }
    const base = bases[0];

    const token = (userId: string) =>
      jwt.sign({ sub: userId, ep: 0, typ: 'access' }, Buffer.from(jwtSecret, 'utf8'), {
        algorithm: 'HS256',
        expiresIn: 3600,
        issuer: 'outpost',
        audience: 'outpost-api',
      });

    const handed = { outpost: 0, bare: 0 };
    const ticketOf = (side: 'outpost' | 'bare', ctx: Record<string, unknown>) =>
      (ctx.ticket as string | undefined) ?? ticketsFor[side][handed[side]++ % ticketsFor[side].length];
    const scenarios = (side: 'outpost' | 'bare', prefix: string): Record<string, Scenario> => {
      const out: Record<string, Scenario> = {};
      for (const as of ['customer', 'agent'] as const) {
        const createBody = JSON.stringify({
          ...fixtures.actors[as].create,
          type: 'INCIDENT',
          priority: 'LOW',
          subject: 'Benchmark ticket',
          description: 'Created by npm run bench:writes',
        });
        const p = side === 'outpost' ? prefix : `${prefix}/${as}`;
        out[`ticket create (${as})`] = {
          name: `ticket create (${as})`,
          next: () => ({ path: `${p}/tickets`, body: createBody, idempotent: true }),
        };
        out[`comment create (${as})`] = {
          name: `comment create (${as})`,
          next: (ctx) => ({
            path: `${p}/tickets/${ticketOf(side, ctx)}/comments`,
            body: JSON.stringify({ body: 'A benchmark comment.' }),
            idempotent: true,
          }),
        };
        out[`transition (${as})`] = {
          name: `transition (${as})`,
          next: (ctx) => ({
            path: `${p}/tickets/${ticketOf(side, ctx)}/transitions`,
            body: JSON.stringify({ status: 'PENDING_CUSTOMER' }),
            idempotent: false,
          }),
        };
      }
      return out;
    };
    const outpostScenarios = scenarios('outpost', '/api/v1');
    const bareScenarios = scenarios('bare', '/w');
    const headersOf = (name: string) => ({
      authorization: `Bearer ${token(name.includes('(agent)') ? agent.userId : customer.userId)}`,
    });

    // Outpost answers every scenario before anything is measured (a refusal would be measured as errors).
    const probe = async (s: Scenario) => {
      const r = s.next({ ticket: (await fixtureTickets(1))[0] });
      const res = await fetch(base + r.path, {
        method: 'POST',
        headers: { ...headersOf(s.name), 'content-type': 'application/json', 'idempotency-key': randomUUID() },
        body: r.body,
      });
      return { status: res.status, text: res.status < 300 ? '' : await res.text() };
    };
    const names: string[] = [];
    for (const s of Object.values(outpostScenarios)) {
      const r = await probe(s);
      if (r.status >= 300) log(`${s.name}: Outpost answered ${r.status} (${r.text.slice(0, 200)}): skipped`);
      else names.push(s.name);
    }

    log(
      `dataset ${seeded.summary.tickets} tickets in ${seeded.summary.organizations} organisations; ${args.connections} connections, ${args.duration} s per run, pool ${args.pool}, ${args.rounds} rounds, ${args.instances} instance(s) per side, ${args.pooler ? 'through PgBouncer' : 'direct'}`,
    );
    const results: ScenarioResult[] = [];
    for (const name of names) {
      const pairs: { outpost: Measurement; bare: Measurement }[] = [];
      for (let round = 0; round < args.rounds; round++) {
        const run = async (b: string[], s: Scenario, procs: ChildProcess[]) => {
          const pids = procs.map((c) => c.pid!);
          if (args.warmup > 0) await drive(b, headersOf(name), s, args, args.warmup, pids);
          return drive(b, headersOf(name), s, args, args.duration, pids);
        };
        pairs.push({
          outpost: await run(bases, outpostScenarios[name], outposts),
          bare: await run(bareBases, bareScenarios[name], bares),
        });
      }
      pairs.sort((a, b) => a.outpost.rps / a.bare.rps - b.outpost.rps / b.bare.rps);
      const median = pairs[Math.floor(pairs.length / 2)];
      const r: ScenarioResult = {
        name,
        outpost: median.outpost,
        bare: median.bare,
        ratios: pairs.map((x) => Math.round((100 * x.outpost.rps) / x.bare.rps)),
      };
      results.push(r);
      log(markdown([r]).split('\n').slice(2).join('\n'));
    }
    await pool.end();
    const report = {
      at: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        model: cpus()[0]?.model,
        memoryGb: Math.round(totalmem() / 2 ** 30),
        node: process.version,
        loadAverageAtStart,
        loadAverageAtEnd: loadavg(),
      },
      dataset: { ...seeded.args, summary: seeded.summary },
      settings: {
        connections: args.connections,
        duration: args.duration,
        warmup: args.warmup,
        pool: args.pool,
        rounds: args.rounds,
        instances: args.instances,
        database: args.pooler ? 'PgBouncer 1.18, transaction mode, DB_STATEMENTS=unnamed' : 'direct',
      },
      results,
    };
    const out = resolve(args.out || join(dataDir, 'bench-write-results.json'));
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify(report, null, 2));
    process.stdout.write(
      `\n${markdown(results)}\n\nload average ${loadAverageAtStart.map((x) => x.toFixed(1)).join(' ')} at start, ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')} at end; results written to ${out}\n`,
    );
  } finally {
    await cleanup();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:writes failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
