// `node scripts/pgbouncer.mjs [command ...]` (and `startPgBouncer()` for tests): a PgBouncer in transaction mode on a free port of
// 127.0.0.1, in front of the PostgreSQL of DIRECT_DATABASE_URL (default the machine's,
// postgresql://postgres@127.0.0.1:5432/postgres). Every database of that server is reachable through
// it (a `*` wildcard entry), so databases created after it started (one per test file) work too.
// With a command, it runs the command with DATABASE_URL pointing at the pooler (same database
// name, user and password as DIRECT_DATABASE_URL), DIRECT_DATABASE_URL at the server and
// DB_STATEMENTS=unnamed, then stops the pooler and exits with the command's status. Without one,
// it prints the pooled URL and runs until SIGINT/SIGTERM.
//
// A local pooler for tests and benchmarks: `auth_type = trust` (it listens on 127.0.0.1 only; the
// server still authenticates the pooler with the URL's password). PgBouncer refuses to run as root:
// as root it drops to the `postgres` OS user (`-u postgres`).
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function reachable(port) {
  return new Promise((resolve) => {
    const s = createConnection({ host: '127.0.0.1', port }, () => {
      s.end();
      resolve(true);
    });
    s.on('error', () => resolve(false));
  });
}

const quote = (v) => `'${String(v).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/**
 * Starts a PgBouncer in transaction mode in front of the server of `directUrl`. Resolves once it
 * accepts connections, with `url`: `directUrl` with the pooler's host and port.
 */
export async function startPgBouncer({ directUrl, poolSize = 20, maxServerConnections = 60, verbose = false }) {
  const direct = new URL(directUrl);
  const user = decodeURIComponent(direct.username || 'postgres');
  const password = decodeURIComponent(direct.password);
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'outpost-pgbouncer-'));
  chmodSync(dir, 0o755);
  const upstream = [`host=${direct.hostname || '127.0.0.1'}`, `port=${direct.port || '5432'}`, `user=${user}`];
  if (password) upstream.push(`password=${quote(password)}`);
  writeFileSync(join(dir, 'userlist.txt'), `"${user.replace(/"/g, '""')}" ""\n`, { mode: 0o644 });
  writeFileSync(
    join(dir, 'pgbouncer.ini'),
    [
      '[databases]',
      `* = ${upstream.join(' ')}`,
      '',
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      'unix_socket_dir =',
      'auth_type = trust',
      `auth_file = ${join(dir, 'userlist.txt')}`,
      'pool_mode = transaction',
      'max_client_conn = 2000',
      `default_pool_size = ${poolSize}`,
      `max_user_connections = ${maxServerConnections}`,
      // Databases of finished test files are dropped; their idle server connections go with them.
      'server_idle_timeout = 10',
      'autodb_idle_timeout = 30',
      // A database that refused a login (ALLOW_CONNECTIONS false in a readiness test) is retried soon.
      'server_login_retry = 0.2',
      `admin_users = ${user}`,
      'log_connections = 0',
      'log_disconnections = 0',
      '',
    ].join('\n'),
    { mode: 0o644 },
  );
  const ini = join(dir, 'pgbouncer.ini');
  const bouncer = spawn('pgbouncer', process.getuid?.() === 0 ? ['-u', 'postgres', ini] : [ini], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  bouncer.stderr.on('data', (d) => {
    log = (log + d).slice(-20_000);
    if (verbose) process.stderr.write(d);
  });
  let exited = false;
  let spawnError = null;
  bouncer.on('exit', () => (exited = true));
  bouncer.on('error', (err) => {
    spawnError = err;
    exited = true;
  });
  const stop = async () => {
    if (!exited) {
      const gone = new Promise((r) => bouncer.once('exit', r));
      bouncer.kill('SIGTERM');
      await gone;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const started = Date.now();
  while (!(await reachable(port))) {
    if (exited || Date.now() - started > 10_000) {
      await stop();
      throw new Error(
        spawnError
          ? `pgbouncer: ${spawnError.message} (install it: apt-get install -y pgbouncer)`
          : `pgbouncer did not start:\n${log}`,
      );
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const pooled = new URL(direct);
  pooled.hostname = '127.0.0.1';
  pooled.port = String(port);
  return { url: pooled.toString(), port, stop, log: () => log, exited: () => exited };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const direct = process.env.DIRECT_DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres';
  let bouncer;
  try {
    bouncer = await startPgBouncer({
      directUrl: direct,
      poolSize: Number(process.env.PGBOUNCER_POOL_SIZE || 20),
      maxServerConnections: Number(process.env.PGBOUNCER_MAX_SERVER_CONNECTIONS || 60),
      verbose: Boolean(process.env.PGBOUNCER_VERBOSE),
    });
  } catch (err) {
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }
  const command = process.argv.slice(2);
  if (command.length === 0) {
    process.stdout.write(`${bouncer.url}\n`);
    for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => bouncer.stop().then(() => process.exit(0)));
  } else {
    process.stderr.write(`pgbouncer on port ${bouncer.port} (transaction mode) in front of ${new URL(direct).host}\n`);
    const child = spawn(command[0], command.slice(1), {
      stdio: 'inherit',
      env: {
        ...process.env,
        DATABASE_URL: bouncer.url,
        DIRECT_DATABASE_URL: direct,
        DB_STATEMENTS: process.env.DB_STATEMENTS || 'unnamed',
      },
    });
    for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
    child.on('exit', async (code, signal) => {
      if (bouncer.exited()) process.stderr.write(`pgbouncer exited during the run:\n${bouncer.log()}\n`);
      await bouncer.stop();
      process.exit(code ?? (signal ? 1 : 0));
    });
  }
}
