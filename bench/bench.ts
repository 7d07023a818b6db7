import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import jwt from 'jsonwebtoken';
import pg from 'pg';
import { loadOrCreateSecrets } from '#app/config/config.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '#app/database/embedded-postgres.js';
import { encodeTaggedCursor } from '#app/common/sort-cursor.js';
import { DEFAULT_TICKET_SORT, TICKET_SORTS, type TicketSort } from '#app/access/ticket-query.js';
import { migrate } from '#app/database/migrator.js';
import { MIGRATIONS_DIR } from '#app/database/paths.js';
import { deepCursor, loadPrincipal, ticketCountSql, ticketListSql, type CompiledQuery } from './bench-sql.js';
import { freePort, waitFor, cpuOf } from './processes.js';

/**
 * `npm run bench -- [--data data/bench] [--duration 10] [--connections 32] [--lists-only] [--only REGEX]
 *   [--common printer] [--rare capacitor] [--out file.json]`
 *
 * Starts the database of a `seed:scale` data set (embedded, or the DATABASE_URL it was seeded
 * into), an Outpost instance from dist/ on a free port and a bare Fastify reference route, then
 * drives each scenario with autocannon. Every ticket list is also measured through two references
 * with the same concurrency: the compiled SQL raw through `pg` from this process, and the bare
 * route. Prints throughput, p50/p95/p99 and the ratios; writes the results as JSON.
 */
const here = dirname(fileURLToPath(import.meta.url));
const distMain = fileURLToPath(import.meta.resolve('#app/main.js'));
const bareMain = join(here, 'bench-bare.js');

interface Args {
  data: string;
  duration: number;
  warmup: number;
  connections: number;
  listsOnly: boolean;
  out: string;
  pool: number;
  /** Paired Outpost/bare runs per list; the round with the median ratio is reported. */
  rounds: number;
  /** Only the list scenarios whose name matches (e.g. `count|search`). */
  only: RegExp | null;
  /** Words searched with `q`: one in many tickets, one in few (seed:scale puts both in its data). */
  common: string;
  rare: string;
}

function parseArgs(argv: string[]): Args {
  const a: Args = {
    data: process.env.DATA_DIR || 'data/bench',
    duration: 10,
    warmup: 2,
    connections: 32,
    listsOnly: false,
    out: '',
    pool: 10,
    rounds: 3,
    only: null,
    common: 'printer',
    rare: 'capacitor',
  };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    if (k === '--data') a.data = argv[++i];
    else if (k === '--duration') a.duration = Number(argv[++i]);
    else if (k === '--warmup') a.warmup = Number(argv[++i]);
    else if (k === '--connections') a.connections = Number(argv[++i]);
    else if (k === '--pool') a.pool = Number(argv[++i]);
    else if (k === '--lists-only') a.listsOnly = true;
    else if (k === '--rounds') a.rounds = Math.max(1, Number(argv[++i]));
    else if (k === '--out') a.out = argv[++i];
    else if (k === '--only') a.only = new RegExp(argv[++i]);
    else if (k === '--common') a.common = argv[++i];
    else if (k === '--rare') a.rare = argv[++i];
    else throw new Error(`unknown argument ${k}`);
  }
  return a;
}

interface Persona {
  key: string;
  userId: string;
  email: string;
  what: string;
  organizationId: string | null;
}

interface Seeded {
  args: { orgs: number; tickets: number };
  databaseUrl: string | null;
  dataDir: string | null;
  password: string;
  summary: Record<string, unknown>;
  personas: Persona[];
}

export interface Measurement {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  errors: number;
  /** CPU time of the serving process per request (µs): robust against other load on the machine. */
  cpuUsPerRequest?: number;
}

export interface ScenarioResult {
  name: string;
  outpost: Measurement;
  bare?: Measurement;
  raw?: Measurement;
  /** The same SQL as a named (server-side prepared) statement: planned once per connection. */
  rawNamed?: Measurement;
  /**
   * Outpost with one connection: the service time of a request without queueing behind 31 others.
   * Under 32 saturating connections p95 mostly measures queueing and scheduling jitter; this is
   * the figure that shows how the cost of a list grows with the data (10k vs 1M).
   */
  serial?: Measurement;
  /** Outpost/bare in % for every round, ascending (the reported pair is the median). */
  ratios?: number[];
  /** Outpost's p95 (ms) in every round, ascending: its median is the loaded p95 to compare across data sets. */
  outpostP95Rounds?: number[];
}

const log = (msg: string) => process.stderr.write(`${msg}\n`);

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function summarize(latencies: number[], seconds: number, errors: number): Measurement {
  latencies.sort((a, b) => a - b);
  return {
    rps: Math.round(latencies.length / seconds),
    p50: +percentile(latencies, 50).toFixed(2),
    p95: +percentile(latencies, 95).toFixed(2),
    p99: +percentile(latencies, 99).toFixed(2),
    requests: latencies.length,
    errors,
  };
}

interface ListScenario {
  /** Key of its compiled SQL (the bare route's `/q/:key`). */
  key: string;
  name: string;
  persona: Persona;
  path: string;
  kind: 'list' | 'count';
}

interface HttpRequest {
  method?: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

/** autocannon against one request; latencies are collected per response (autocannon reports no p95). */
async function http(base: string, req: HttpRequest, args: Args, seconds: number, pid?: number): Promise<Measurement> {
  const cpu0 = pid ? cpuOf(pid) : NaN;
  const latencies: number[] = [];
  let errors = 0;
  const instance = autocannon({
    url: base + req.path,
    method: req.method ?? 'GET',
    headers: { ...req.headers, ...(req.body ? { 'content-type': 'application/json' } : {}) },
    body: req.body,
    connections: args.connections,
    duration: seconds,
  });
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    if (status >= 400) errors++;
    else latencies.push(ms);
  });
  const result = await instance;
  const m = summarize(latencies, seconds, errors + result.errors + result.timeouts);
  if (pid && m.requests) m.cpuUsPerRequest = Math.round((cpuOf(pid) - cpu0) / m.requests);
  return m;
}

/** The same SQL through `pg` from this process: `connections` concurrent loops on one pool. */
async function raw(pool: pg.Pool, q: CompiledQuery, args: Args, seconds: number, name?: string): Promise<Measurement> {
  const latencies: number[] = [];
  let errors = 0;
  const cpu0 = process.cpuUsage();
  const until = performance.now() + seconds * 1000;
  const loop = async () => {
    while (performance.now() < until) {
      const t0 = performance.now();
      try {
        await pool.query({ name, text: q.text, values: q.values });
        latencies.push(performance.now() - t0);
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: args.connections }, loop));
  const m = summarize(latencies, seconds, errors);
  const cpu = process.cpuUsage(cpu0);
  if (m.requests) m.cpuUsPerRequest = Math.round((cpu.user + cpu.system) / m.requests);
  return m;
}

function row(name: string, m: Measurement | undefined, vsBare?: Measurement, vsRaw?: Measurement): string {
  if (!m) return '';
  const ratio = (ref?: Measurement) => (ref ? `${Math.round((100 * m.rps) / ref.rps)}%` : '');
  return `| ${name} | ${m.rps.toLocaleString('en')} | ${m.p50} | ${m.p95} | ${m.p99} | ${m.cpuUsPerRequest ?? ''} | ${m.errors} | ${ratio(vsBare)} | ${ratio(vsRaw)} |`;
}

export function markdown(results: ScenarioResult[]): string {
  const lines = [
    '| scenario | req/s | p50 ms | p95 ms | p99 ms | CPU µs/req | errors | Outpost/bare | Outpost/raw (named) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of results) {
    lines.push(
      row(
        `**${r.name}** Outpost${r.ratios && r.ratios.length > 1 ? ` (rounds: ${r.ratios.join('/')}%)` : ''}`,
        r.outpost,
        r.bare,
        r.rawNamed ?? r.raw,
      ),
    );
    if (r.bare) lines.push(row(`${r.name} bare Fastify`, r.bare));
    if (r.raw) lines.push(row(`${r.name} raw pg`, r.raw));
    if (r.rawNamed) lines.push(row(`${r.name} raw pg, named statement`, r.rawNamed));
    if (r.serial) lines.push(row(`${r.name} Outpost, 1 connection`, r.serial));
  }
  return lines.filter(Boolean).join('\n');
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const loadAverageAtStart = loadavg();
  const dataDir = resolve(args.data);
  const seeded = JSON.parse(readFileSync(join(dataDir, 'personas.json'), 'utf8')) as Seeded;
  const children: ChildProcess[] = [];
  let embedded: EmbeddedDatabase | null = null;
  const cleanup = async () => {
    // Let the servers drain and exit before the database goes away.
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
    // The data set may predate the code's last migrations: apply them before compiling anything.
    await migrate(url, MIGRATIONS_DIR, (m) => log(`bench: ${m}`));
    const pool = new pg.Pool({ connectionString: url, max: args.pool });
    // Idle clients see the database stop during cleanup; that must not hide the real error.
    pool.on('error', () => {});
    const jwtSecret = randomBytes(48).toString('base64url');
    const outpostPort = await freePort();
    const barePort = await freePort();

    // Compile every scenario of every persona with the policy compiler, as the repository does: the
    // default list's first and deep page, each other sort's first and deep page, a search of a
    // common and of a rare word, and the count.
    const scenarios: ListScenario[] = [];
    const queries: Record<string, CompiledQuery> = {};
    const depths: Record<string, { depth: number; total: number }> = {};
    for (const p of seeded.personas) {
      const principal = await loadPrincipal(pool, p.userId);
      const add = (key: string, name: string, path: string, query: CompiledQuery, kind: ListScenario['kind']) => {
        if (args.only && !args.only.test(name)) return;
        scenarios.push({ key, name, persona: p, path, kind });
        queries[key] = query;
      };
      for (const sort of TICKET_SORTS) {
        const deep = await deepCursor(pool, principal, 5000, sort);
        const dflt = sort === DEFAULT_TICKET_SORT;
        const tag = dflt ? '' : `-${sort}`;
        const label = dflt ? '' : ` sort=${sort}`;
        depths[`${p.key}${tag}`] = { depth: deep.depth, total: deep.total };
        const base = `/api/v1/tickets?limit=50${dflt ? '' : `&sort=${encodeURIComponent(sort)}`}`;
        const cursor = encodeTaggedCursor(sort, deep.cursor.keys, deep.cursor.id);
        const shape = { sort: sort as TicketSort };
        add(
          `${p.key}${tag}-first`,
          `list ${p.key}${label} first`,
          base,
          ticketListSql(principal, null, 50, shape),
          'list',
        );
        add(
          `${p.key}${tag}-deep`,
          `list ${p.key}${label} deep`,
          `${base}&cursor=${cursor}`,
          ticketListSql(principal, deep.cursor, 50, shape),
          'list',
        );
      }
      for (const [which, word] of [
        ['common', args.common],
        ['rare', args.rare],
      ] as const) {
        // Unnamed, as Outpost runs a text search (its best plan depends on the words).
        add(
          `${p.key}-q-${which}`,
          `search ${p.key} ${which} word "${word}"`,
          `/api/v1/tickets?limit=50&q=${encodeURIComponent(word)}`,
          { ...ticketListSql(principal, null, 50, { filters: { q: word } }), unnamed: true },
          'list',
        );
      }
      add(`${p.key}-count`, `count ${p.key}`, '/api/v1/tickets/count', ticketCountSql(principal), 'count');
    }
    const queriesFile = join(dataDir, 'bench-queries.json');
    writeFileSync(queriesFile, JSON.stringify(queries));

    const env = {
      ...process.env,
      DATABASE_URL: url,
      DB_POOL_SIZE: String(args.pool),
      PORT: String(outpostPort),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'false',
      JWT_SECRET: jwtSecret,
      TOTP_ENCRYPTION_KEY: randomBytes(32).toString('base64url'),
      RATE_LIMIT_ENABLED: 'false',
    };
    const outpost = spawn(process.execPath, [distMain], { env, stdio: ['ignore', 'ignore', 'inherit'] });
    children.push(outpost);
    const bare = spawn(process.execPath, [bareMain], {
      env: { ...env, PORT: String(barePort), BENCH_QUERIES: queriesFile },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    children.push(bare);
    const base = `http://127.0.0.1:${outpostPort}`;
    const bareBase = `http://127.0.0.1:${barePort}`;
    // Ready, not live: pending migrations (an index on 1M tickets) are applied after listen.
    await waitFor(`${base}/health/ready`, outpost, 600);
    await waitFor(`${bareBase}/q/none`, bare);

    const token = (userId: string) =>
      jwt.sign({ sub: userId, ep: 0, typ: 'access' }, Buffer.from(jwtSecret, 'utf8'), {
        algorithm: 'HS256',
        expiresIn: 3600,
        issuer: 'outpost',
        audience: 'outpost-api',
      });
    const auth = (userId: string) => ({ authorization: `Bearer ${token(userId)}` });
    // Sanity: Outpost returns exactly the rows (or the count) of the compiled SQL.
    for (const sc of scenarios) {
      const r = await fetch(`${base}${sc.path}`, { headers: auth(sc.persona.userId) });
      if (r.status !== 200) throw new Error(`${sc.name}: Outpost answered ${r.status}: ${await r.text()}`);
      const body = (await r.json()) as { data?: { id: string }[]; count?: number };
      const { rows } = await pool.query<{ id: string; n: number }>(queries[sc.key] as pg.QueryConfig);
      const got = sc.kind === 'count' ? String(body.count) : body.data!.map((t) => t.id).join();
      const want =
        sc.kind === 'count'
          ? String(Math.min(rows[0].n, 10_000))
          : rows
              .slice(0, 50)
              .map((x) => x.id)
              .join();
      if (got !== want) throw new Error(`${sc.name}: Outpost's answer differs from the compiled SQL`);
    }

    const results: ScenarioResult[] = [];
    const measure = async <T>(fn: (s: number) => Promise<T>): Promise<T> => {
      if (args.warmup > 0) await fn(args.warmup);
      return fn(args.duration);
    };
    log(
      `dataset ${seeded.summary.tickets} tickets in ${seeded.summary.organizations} organisations; ${args.connections} connections, ${args.duration} s per run, pool ${args.pool}`,
    );
    // ── SLA scenarios: the slaState list filter and the SLA tile's summary ──
    if (!args.listsOnly) {
      const sla = (name: string, path: string, userId: string) => ({ name, path, userId });
      const agent = seeded.personas.find((p) => p.key === 'agent')!;
      const largest = seeded.personas.find((p) => p.key === 'userPlus')!.organizationId;
      const scenarios = [
        ...['userPlus', 'esm']
          .map((key) => seeded.personas.find((p) => p.key === key))
          .filter((p): p is Persona => !!p)
          .flatMap((p) => [
            sla(`list ${p.key} slaState=breached`, '/api/v1/tickets?limit=50&slaState=breached', p.userId),
            sla(`list ${p.key} slaState=warning`, '/api/v1/tickets?limit=50&slaState=warning', p.userId),
          ]),
        sla(
          'sla/summary (agent, largest organisation, 30 days)',
          `/api/v1/sla/summary?organizationId=${largest}`,
          agent.userId,
        ),
      ];
      for (const sc of scenarios) {
        const probe = await fetch(`${base}${sc.path}`, { headers: auth(sc.userId) });
        if (probe.status !== 200) {
          log(`${sc.name}: answered ${probe.status} (not on this build): skipped`);
          continue;
        }
        const r: ScenarioResult = {
          name: sc.name,
          outpost: await measure((s) => http(base, { path: sc.path, headers: auth(sc.userId) }, args, s, outpost.pid)),
        };
        results.push(r);
        log(markdown([r]).split('\n').slice(2).join('\n'));
      }
    }
    // JIT warm-up of both servers over the default list shapes before anything is measured:
    // otherwise the first scenario of a run pays for the compilation of the whole request path.
    if (args.warmup > 0) {
      log(`warming up both servers on the default lists (${args.warmup} s each)`);
      for (const sc of scenarios.filter((x) => /^list \S+ (first|deep)$/.test(x.name))) {
        await http(base, { path: sc.path, headers: auth(sc.persona.userId) }, args, args.warmup, outpost.pid);
        await http(bareBase, { path: `/q/${sc.key}` }, args, args.warmup, bare.pid);
      }
    }
    {
      for (const sc of scenarios) {
        const { key, path, persona: p } = sc;
        // Outpost and the bare route alternate, `rounds` times; each pair ran seconds apart under the
        // same machine conditions, and the pair with the median ratio is reported.
        const pairs: { outpost: Measurement; bare: Measurement }[] = [];
        for (let round = 0; round < args.rounds; round++) {
          pairs.push({
            outpost: await measure((s) => http(base, { path, headers: auth(p.userId) }, args, s, outpost.pid)),
            bare: await measure((s) => http(bareBase, { path: `/q/${key}` }, args, s, bare.pid)),
          });
        }
        pairs.sort((a, b) => a.outpost.rps / a.bare.rps - b.outpost.rps / b.bare.rps);
        const median = pairs[Math.floor(pairs.length / 2)];
        const r: ScenarioResult = {
          name: sc.name,
          outpost: median.outpost,
          bare: median.bare,
          ratios: pairs.map((x) => Math.round((100 * x.outpost.rps) / x.bare.rps)),
          outpostP95Rounds: pairs.map((x) => x.outpost.p95).sort((a, b) => a - b),
          raw: await measure((s) => raw(pool, queries[key], args, s)),
          rawNamed: queries[key].unnamed
            ? undefined
            : await measure((s) => raw(pool, queries[key], args, s, `bench_${key}`)),
          serial: await http(
            base,
            { path, headers: auth(p.userId) },
            { ...args, connections: 1 },
            args.duration,
            outpost.pid,
          ),
        };
        results.push(r);
        log(markdown([r]).split('\n').slice(2).join('\n'));
      }
    }
    if (!args.listsOnly) {
      const pu = seeded.personas.find((p) => p.key === 'portalUser')!;
      const { rows } = await pool.query<{ id: string }>(
        `SELECT id FROM tickets WHERE requester_id = $1 ORDER BY created_at DESC LIMIT 1`,
        [pu.userId],
      );
      const get: ScenarioResult = {
        name: 'ticket get (portalUser, own ticket)',
        outpost: await measure((s) =>
          http(base, { path: `/api/v1/tickets/${rows[0].id}`, headers: auth(pu.userId) }, args, s, outpost.pid),
        ),
      };
      results.push(get);
      log(markdown([get]).split('\n').slice(2).join('\n'));
      const body = JSON.stringify({
        type: 'INCIDENT',
        priority: 'LOW',
        subject: 'Benchmark ticket',
        description: 'Created by npm run bench',
      });
      const create: ScenarioResult = {
        name: 'ticket create (portalUser)',
        outpost: await measure((s) =>
          http(base, { method: 'POST', path: '/api/v1/tickets', headers: auth(pu.userId), body }, args, s, outpost.pid),
        ),
      };
      results.push(create);
      log(markdown([create]).split('\n').slice(2).join('\n'));
      const probe = await fetch(`${base}/api/v1/cis?limit=50`, { headers: auth(pu.userId) });
      if (probe.status === 200) {
        const cis: ScenarioResult = {
          name: 'CI list (portalUser)',
          outpost: await measure((s) =>
            http(base, { path: '/api/v1/cis?limit=50', headers: auth(pu.userId) }, args, s, outpost.pid),
          ),
        };
        results.push(cis);
        log(markdown([cis]).split('\n').slice(2).join('\n'));
      } else {
        log(`CI list: GET /api/v1/cis answered ${probe.status} (not on this build): skipped`);
      }
    }
    await pool.end();
    log(
      `load average after the run: ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')} (other processes on the machine share the cores)`,
    );
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
      dataset: { ...seeded.args, summary: seeded.summary, deepPages: depths },
      settings: {
        connections: args.connections,
        duration: args.duration,
        warmup: args.warmup,
        pool: args.pool,
        rounds: args.rounds,
      },
      results,
    };
    const out = resolve(args.out || join(dataDir, 'bench-results.json'));
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify(report, null, 2));
    process.stdout.write(`\n${markdown(results)}\n\nresults written to ${out}\n`);
  } finally {
    await cleanup();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
