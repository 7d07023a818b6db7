import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { Writable } from 'node:stream';
import { join } from 'node:path';
import bcrypt from 'bcrypt';
import pg from 'pg';
import request from 'supertest';
import { createApp } from '../../src/app.factory.js';
import { createLogger } from '../../src/observability/logger.js';
import { createTestDatabase, testConfig } from '../helpers/app.js';
import { codeAt, sleep, stepSafeBase } from '../helpers/identity.js';
import { parseStrictJson } from '../helpers/strict-json.js';
import { poolerEnv } from '../helpers/test-db-server.js';

const ROOT = process.cwd();
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'];

async function freePort(): Promise<number> {
  const srv = createServer();
  srv.listen(0, '127.0.0.1');
  await once(srv, 'listening');
  const { port } = srv.address() as { port: number };
  srv.close();
  await once(srv, 'close');
  return port;
}

/** Every line: strict JSON (no duplicate keys), ISO `time`, string `level`, the request id at most once. */
function checkLines(raw: string): Record<string, unknown>[] {
  const lines = raw.split('\n').filter((l) => l.length > 0);
  expect(lines.length).toBeGreaterThan(0);
  return lines.map((line) => {
    let parsed: Record<string, unknown>;
    try {
      parsed = parseStrictJson(line) as Record<string, unknown>;
    } catch (err) {
      throw new Error(`not a clean JSON line (${(err as Error).message}): ${line}`, { cause: err });
    }
    expect(typeof parsed).toBe('object');
    expect(parsed.time).toMatch(ISO);
    expect(LEVELS).toContain(parsed.level);
    expect(typeof parsed.msg).toBe('string');
    if (typeof parsed.reqId === 'string') expect(line.split(parsed.reqId).length - 1).toBe(1);
    expect(parsed).not.toHaveProperty('requestId');
    return parsed;
  });
}

describe('logs of npm start (the built server as a child process)', () => {
  let child: ChildProcess | undefined;
  let db: { url: string; drop(): Promise<void> };
  let out = '';
  let err = '';

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await db.drop();
  });

  it('one JSON line shape from start to stop, the demo logins just before "ready", no secret in any line', async () => {
    const port = await freePort();
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      DATABASE_URL: db.url,
      ...poolerEnv(db.url),
      JWT_SECRET: 'logs-test-jwt-secret-logs-test-jwt-secret-0123',
      TOTP_ENCRYPTION_KEY: 'logs-test-totp-key-logs-test-totp-key-012345',
      HOST: '127.0.0.1',
      PORT: String(port),
      SEED_DEMO: 'true',
      BCRYPT_ROUNDS: '4',
      LOG_LEVEL: 'info',
      OUTBOX_POLL_MS: '200',
    };
    child = spawn(process.execPath, [join(ROOT, 'dist/main.js')], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    const deadline = Date.now() + 60_000;
    while (!/Outpost ready on/.test(out)) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`server did not start: ${out}\n${err}`);
      await sleep(100);
    }

    // A password of our own (the demo one is printed on purpose), so it can be looked for.
    const password = 'Lg-' + Math.random().toString(36).slice(2) + '-secret-pw';
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    await c.query(`UPDATE users SET password_hash = $1 WHERE email = 'user@acme.example'`, [
      await bcrypt.hash(password, 4),
    ]);
    await c.end();

    const http = request(`http://127.0.0.1:${port}`);
    const login = await http
      .post('/api/v1/auth/login')
      .set('cookie', 'session=cookie-secret-value')
      .send({ email: 'user@acme.example', password })
      .expect(200);
    const { accessToken, refreshToken } = login.body as { accessToken: string; refreshToken: string };
    const auth = { authorization: `Bearer ${accessToken}` };
    const created = await http
      .post('/api/v1/tickets')
      .set(auth)
      .send({ type: 'INCIDENT', subject: 'Printer on fire' })
      .expect(201);
    await http.get(`/api/v1/tickets/${created.body.id}`).set(auth).expect(200);
    await http.get('/api/v1/tickets/00000000-0000-4000-8000-000000000000').set(auth).expect(404);
    await http.post('/api/v1/tickets').set(auth).send({ type: 'INCIDENT' }).expect(400);
    await http
      .post('/api/v1/auth/login')
      .send({ email: 'user@acme.example', password: password + '-wrong' })
      .expect(401);
    // A mail link opened against the API by mistake: its token stays out of the log.
    const linkToken = 'link-' + Math.random().toString(36).slice(2) + '-token';
    await http.get(`/verify-email?token=${linkToken}&x=1`).expect(404);

    // Two-factor: enrol, confirm, sign in with a code.
    const base = await stepSafeBase();
    const enrol = await http.post('/api/v1/me/2fa/enrol').set(auth).expect(200);
    const totpSecret = enrol.body.secret as string;
    const confirmCode = await codeAt(totpSecret, base, -1);
    const confirm = await http.post('/api/v1/me/2fa/confirm').set(auth).send({ code: confirmCode }).expect(200);
    const recoveryCodes = confirm.body.recoveryCodes as string[];
    const first = await http.post('/api/v1/auth/login').send({ email: 'user@acme.example', password }).expect(200);
    const mfaToken = first.body.mfaToken as string;
    expect(typeof mfaToken).toBe('string');
    const loginCode = await codeAt(totpSecret, base);
    const second = await http.post('/api/v1/auth/login/2fa').send({ mfaToken, code: loginCode }).expect(200);

    const refreshed = await http.post('/api/v1/auth/refresh').send({ refreshToken }).expect(200);
    await http.post('/api/v1/auth/logout').send({ refreshToken: refreshed.body.refreshToken }).expect(204);

    child.kill('SIGTERM');
    const timer = setTimeout(() => child?.kill('SIGKILL'), 15_000);
    if (child.exitCode === null) await once(child, 'exit');
    clearTimeout(timer);
    await sleep(100);

    const lines = checkLines(out);
    const msgs = lines.map((l) => l.msg as string);

    // The demo-login block, then "ready": nothing (route mapping included) in between.
    const ready = msgs.findIndex((m) => m.startsWith('Outpost ready on'));
    const block = msgs.findIndex((m) => m.startsWith('demo logins (password for all'));
    expect(block).toBeGreaterThan(-1);
    expect(ready).toBe(block + 11);
    for (let i = block + 1; i < ready; i++) expect(msgs[i]).toMatch(/^demo login: \S+@\S+ \(/);
    // Nest's module wiring and route mapping are debug lines: absent at info.
    expect(msgs.filter((m) => /Mapped \{|dependencies initialized|Nest application|RoutesResolver/.test(m))).toEqual(
      [],
    );

    // One request line per request, with the route template and the user.
    const requests = lines.filter((l) => l.msg === 'request');
    expect(requests.length).toBe(13);
    for (const r of requests)
      expect(r).toEqual(
        expect.objectContaining({
          reqId: expect.any(String),
          method: expect.any(String),
          url: expect.any(String),
          status: expect.any(Number),
          ms: expect.any(Number),
        }),
      );
    const ids = requests.map((r) => r.reqId);
    expect(new Set(ids).size).toBe(ids.length);
    const read = requests.find((r) => r.url === `/api/v1/tickets/${created.body.id}`)!;
    expect(read).toMatchObject({ method: 'GET', route: '/api/v1/tickets/:id', status: 200, user: expect.any(String) });
    expect(requests.find((r) => r.status === 404)).toMatchObject({ route: '/api/v1/tickets/:id' });
    expect(requests.find((r) => String(r.url).startsWith('/verify-email'))).toMatchObject({
      route: null,
      url: '/verify-email?token=[redacted]&x=1',
    });

    const secrets = [
      password,
      accessToken,
      refreshToken,
      refreshed.body.accessToken,
      refreshed.body.refreshToken,
      second.body.accessToken,
      second.body.refreshToken,
      first.body.mfaToken,
      `Bearer ${accessToken}`,
      'cookie-secret-value',
      totpSecret,
      linkToken,
      ...recoveryCodes,
    ];
    for (const s of secrets) {
      expect(typeof s).toBe('string');
      expect(s.length).toBeGreaterThan(5);
      expect(out.includes(s) ? s : null).toBeNull();
      expect(err.includes(s) ? s : null).toBeNull();
    }
    // TOTP codes are six digits: looked for as JSON values only.
    for (const code of [confirmCode, loginCode]) expect(out.includes(`"${code}"`)).toBe(false);
  }, 120_000);
});

describe('logs of the app at debug (in process, captured)', () => {
  it('Nest route mapping and module wiring are debug lines of the same shape; LOG_LEVEL=silent writes nothing', async () => {
    const db = await createTestDatabase();
    try {
      for (const level of ['debug', 'silent'] as const) {
        let raw = '';
        const sink = new Writable({
          write(chunk: Buffer, _enc, cb) {
            raw += chunk.toString();
            cb();
          },
        });
        const config = testConfig(db.url, { LOG_LEVEL: level });
        const app = await createApp(config, { logger: createLogger(config, sink) });
        await app.init();
        await app.getHttpAdapter().getInstance().ready();
        await request(app.getHttpServer())
          .get('/api/v1/tickets')
          .set('authorization', 'Bearer not-a-token')
          .expect(401);
        await app.close();
        if (level === 'silent') {
          expect(raw).toBe('');
          continue;
        }
        const lines = checkLines(raw);
        const mapped = lines.filter((l) => /^Mapped \{/.test(l.msg as string));
        expect(mapped.length).toBeGreaterThan(50);
        for (const l of mapped) expect(l).toMatchObject({ level: 'debug', context: 'RouterExplorer' });
        const wiring = lines.filter((l) => /dependencies initialized/.test(l.msg as string));
        expect(wiring.length).toBeGreaterThan(5);
        for (const l of wiring) expect(l.level).toBe('debug');
        expect(lines.filter((l) => l.msg === 'request')).toEqual([
          expect.objectContaining({ level: 'info', method: 'GET', route: '/api/v1/tickets', status: 401, user: null }),
        ]);
        expect(raw).not.toContain('not-a-token');
      }
    } finally {
      await db.drop();
    }
  });
});
