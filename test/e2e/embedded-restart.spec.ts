import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { freePort, killIfRunning, spawnServer, type ServerProcess } from '../helpers/server-process.js';

const DEMO_PASSWORD = 'Outpost-Demo-2026';
const ADMIN = { email: 'ops@example.test', password: 'configured admin password' };

function postmasterPid(dataDir: string): number {
  return Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
}

/** Running (a zombie, dead but not yet reaped by an init that does not reap, counts as gone). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

async function waitUntil(cond: () => boolean, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > until) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
  return true;
}

describe('demo mode (embedded PostgreSQL) across a crash: real processes', () => {
  let dataDir: string;
  let env: Record<string, string>;
  let port: number;
  const started: ServerProcess[] = [];
  const start = () => {
    const s = spawnServer(env, port);
    started.push(s);
    return s;
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'outpost-embedded-'));
    chmodSync(dataDir, 0o755);
    port = await freePort();
    env = {
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(await freePort()),
      OUTBOX_WORKER: 'false',
      LOG_LEVEL: 'info',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
    };
  });
  afterAll(async () => {
    for (const s of started) await killIfRunning(s);
    try {
      const pid = postmasterPid(dataDir);
      if (alive(pid)) process.kill(pid, 'SIGQUIT');
      await waitUntil(() => !alive(pid), 10_000);
    } catch {
      // no cluster left running
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('after kill -9 the next start stops the leftover PostgreSQL, becomes ready and logs in with the demo password; ADMIN_EMAIL is created next to the demo admin', async () => {
    const first = start();
    await first.ready(120_000);
    const leftover = postmasterPid(dataDir);
    first.child.kill('SIGKILL');
    await first.exited;
    expect(alive(leftover)).toBe(true); // the crash left its PostgreSQL running

    const second = start();
    await second.ready(90_000);
    expect(alive(leftover)).toBe(false);
    const http = request(second.base);
    await http.post('/api/v1/auth/login').send({ email: 'admin@outpost.example', password: DEMO_PASSWORD }).expect(200);
    await http.post('/api/v1/auth/login').send({ email: 'user@acme.example', password: DEMO_PASSWORD }).expect(200);
    // The configured admin exists next to the demo's, created once and logged without its password.
    await http.post('/api/v1/auth/login').send(ADMIN).expect(200);
    expect(first.output()).toMatch(/ADMIN_EMAIL: staff admin ops@example\.test created/);
    expect(second.output()).toMatch(/ADMIN_EMAIL: staff admin ops@example\.test already exists; left unchanged/);
    expect(first.output() + second.output()).not.toContain(ADMIN.password);

    // A clean stop: the HTTP server drains, then the cluster stops (no PostgreSQL left behind).
    const running = postmasterPid(dataDir);
    second.child.kill('SIGTERM');
    expect(await second.exited).toMatchObject({ code: 0, signal: null });
    expect(await waitUntil(() => !alive(running), 10_000)).toBe(true);
  }, 300_000);

  it('a start that fails says why (never "undefined"): the embedded PostgreSQL port is taken', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((r) => blocker.listen(Number(env.EMBEDDED_PG_PORT), '127.0.0.1', () => r()));
    try {
      const s = start();
      const exit = await s.exited;
      expect(exit.code).toBe(1);
      const line = s
        .stderr()
        .split('\n')
        .find((l) => l.startsWith('Outpost failed to start:'));
      expect(line).toBeDefined();
      expect(line).not.toMatch(/undefined|: *$/);
      expect(line).toMatch(/embedded PostgreSQL .* did not start: .*(could not|address|TCP\/IP)/i);
    } finally {
      await new Promise((r) => blocker.close(r));
    }
  }, 120_000);

  it('an invalid configuration says which variable and why, and exits 78', async () => {
    const s = spawnServer({ ...env, PORT: 'eighty' }, port);
    started.push(s);
    expect((await s.exited).code).toBe(78);
    expect(s.stderr()).toMatch(
      /^Outpost failed to start: Invalid configuration: PORT must be an integer, got "eighty"$/m,
    );
  }, 60_000);
});
