import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { Factory } from '../factories/index.js';
import { poolerEnv } from '../helpers/test-db-server.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/**
 * An Idempotency-Key's response is recorded in the write's own transaction: a server killed
 * (SIGKILL) right after the ticket's transaction commits, before it answers, leaves a key that a
 * fresh process replays — the original 201 with its body and Location — instead of writing the
 * ticket a second time or answering 409 for a request that no longer runs. Real processes, a real
 * kill, the real database.
 */
describe('Idempotency-Key across a crash between commit and response', () => {
  let ctx: TestContext;
  let f: Factory;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    ctx = await createTestApp();
    f = new Factory(ctx.prisma);
  });
  afterAll(async () => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    await ctx.close();
  });

  /** Starts `node dist/main.js` on the test database; resolves once it is ready. */
  async function startServer(env: Record<string, string> = {}): Promise<{
    base: string;
    child: ChildProcess;
    exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  }> {
    const port = await freePort();
    const child = spawn(
      process.execPath,
      ['--import', join(root, 'test', 'helpers', 'crash-after-commit.mjs'), join(root, 'dist', 'main.js')],
      {
        cwd: root,
        env: {
          PATH: process.env.PATH ?? '',
          NODE_OPTIONS: '',
          DATABASE_URL: ctx.databaseUrl,
          ...poolerEnv(ctx.databaseUrl),
          // The secrets of testConfig (test/helpers/app.ts), so the test's tokens are valid here.
          JWT_SECRET: 'test-jwt-secret-test-jwt-secret-0123456789',
          TOTP_ENCRYPTION_KEY: 'test-totp-key-test-totp-key-0123456789ab',
          HOST: '127.0.0.1',
          PORT: String(port),
          LOG_LEVEL: 'silent',
          SEED_DEMO: 'false',
          OUTBOX_WORKER: 'false',
          BCRYPT_ROUNDS: '4',
          ...env,
        },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    children.push(child);
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal })),
    );
    const base = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited early (${child.exitCode}): ${stderr}`);
      const ready = await fetch(`${base}/health/ready`).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ready) break;
      if (Date.now() > deadline) throw new Error(`server not ready within 60 s: ${stderr}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    return { base, child, exited };
  }

  it('the write committed before the crash is replayed by a fresh process: one ticket, the original 201 and Location', async () => {
    const portal = await f.portal();
    const org = await f.org({ portalId: portal.id });
    const m = await f.member(org.id);
    const headers = {
      authorization: `Bearer ${ctx.tokenFor(m)}`,
      'content-type': 'application/json',
      'idempotency-key': 'crash-window-1',
    };
    const body = JSON.stringify({ type: 'INCIDENT', subject: 'Written just before the crash' });

    const doomed = await startServer({ CRASH_AFTER_COMMIT_OF: 'tickets' });
    const lost = await fetch(`${doomed.base}/api/v1/tickets`, { method: 'POST', headers, body }).then(
      (r) => `answered ${r.status}`,
      () => 'no answer',
    );
    expect(lost).toBe('no answer');
    expect(await doomed.exited).toEqual({ code: null, signal: 'SIGKILL' });
    const written = await ctx.prisma.ticket.findMany({ where: { requesterId: m.id } });
    expect(written).toHaveLength(1);

    const fresh = await startServer();
    const retry = await fetch(`${fresh.base}/api/v1/tickets`, { method: 'POST', headers, body });
    const replayed = (await retry.json()) as { id: string; subject: string; requesterId: string };
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.headers.get('location')).toBe(`/api/v1/tickets/${written[0].id}`);
    expect(replayed).toMatchObject({ id: written[0].id, subject: 'Written just before the crash', requesterId: m.id });
    expect(retry.headers.get('etag')).toBe(`"${written[0].version}"`);
    // The replay is the stored response, the same as a GET of the ticket would show now.
    const got = await fetch(`${fresh.base}/api/v1/tickets/${written[0].id}`, {
      headers: { authorization: headers.authorization },
    });
    expect(got.status).toBe(200);
    expect(((await got.json()) as { number: number }).number).toBe(written[0].number);
    expect(await ctx.prisma.ticket.count({ where: { requesterId: m.id } })).toBe(1);

    // A new key on the same process still creates (the hook only crashes the first server).
    const other = await fetch(`${fresh.base}/api/v1/tickets`, {
      method: 'POST',
      headers: { ...headers, 'idempotency-key': 'crash-window-2' },
      body,
    });
    expect(other.status).toBe(201);
    expect(await ctx.prisma.ticket.count({ where: { requesterId: m.id } })).toBe(2);
    fresh.child.kill('SIGTERM');
    await fresh.exited;
    // Two server processes start in this test: beyond jest's default timeout on a loaded machine.
  }, 180_000);
});
