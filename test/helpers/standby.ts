import { execFile, execFileSync } from 'node:child_process';
import {
  accessSync,
  statfsSync,
  appendFileSync,
  chmodSync,
  chownSync,
  constants,
  existsSync,
  mkdtempSync,
  rmSync,
} from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

/**
 * A PostgreSQL primary and a streaming hot standby of it, both owned by one test file: the
 * machine's server binaries (`pg_config --bindir`), `initdb` of a primary with `wal_level=replica`
 * and a replication entry in pg_hba.conf, `pg_basebackup -R` into a second directory, each on its
 * own port under one temporary directory. Built for speed (fsync off, small buffers, ~2 s).
 * PostgreSQL refuses to run as root: as root the binaries run as the `postgres` OS user, which owns
 * the directories. Without the binaries this throws (no silent skip): install the PostgreSQL
 * server package (Debian: postgresql-15).
 */
const run = promisify(execFile);

export interface ReplicatedCluster {
  /** URL of the database `postgres` on the primary and on the standby. */
  primaryUrl: string;
  standbyUrl: string;
  /** Replay on the standby: pause (`pg_wal_replay_pause()`) and resume. */
  pauseReplay(): Promise<void>;
  resumeReplay(): Promise<void>;
  /** Waits until the standby has replayed everything the primary has written so far. */
  caughtUp(timeoutMs?: number): Promise<void>;
  /** Kills the standby (`pg_ctl stop -m immediate`), and starts it again. */
  killStandby(): Promise<void>;
  startStandby(): Promise<void>;
  close(): Promise<void>;
}

function binDir(): string {
  let dir: string;
  try {
    dir = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(
      'PostgreSQL server binaries not found (`pg_config --bindir` failed): the streaming-replica tests need initdb, pg_ctl, pg_basebackup and postgres (Debian: apt-get install postgresql-15)',
    );
  }
  for (const b of ['initdb', 'pg_ctl', 'pg_basebackup', 'postgres']) {
    if (!existsSync(join(dir, b)))
      throw new Error(`${b} is missing from ${dir} (pg_config --bindir): install the PostgreSQL server package`);
  }
  return dir;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

const asRoot = process.getuid?.() === 0;

/** The OS user that runs the servers: `postgres` when we are root, else ourselves. */
function owner(): { uid: number; gid: number } | null {
  if (!asRoot) return null;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

async function pgBin(bin: string, name: string, args: string[]): Promise<string> {
  const file = join(bin, name);
  const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', file, ...args]] : [file, args];
  try {
    const { stdout } = await run(cmd, argv, { timeout: 60_000 });
    return stdout;
  } catch (err) {
    const e = err as { stderr?: string; message: string };
    throw new Error(`${name} ${args.join(' ')} failed: ${e.stderr || e.message}`, { cause: err });
  }
}

const SETTINGS = (port: number, socketDir: string) => `
listen_addresses = '127.0.0.1'
port = ${port}
unix_socket_directories = '${socketDir}'
wal_level = replica
max_wal_senders = 4
hot_standby = on
hot_standby_feedback = on
wal_receiver_status_interval = 1s
shared_buffers = 16MB
max_connections = 60
fsync = off
full_page_writes = off
synchronous_commit = on
autovacuum = off
jit = off
log_min_messages = warning
`;

async function query(url: string, sql: string): Promise<pg.QueryResult> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await c.query(sql);
  } finally {
    await c.end();
  }
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Where the clusters live: /dev/shm (memory) when the machine has it with room to spare, else the
 * temporary directory.
 * On a loaded machine a cluster on disk took seconds to back up and to delete; nothing here needs
 * to survive the test file.
 */
function scratchDir(): string {
  try {
    accessSync('/dev/shm', constants.W_OK);
    const fs = statfsSync('/dev/shm');
    if (fs.bavail * fs.bsize >= 512 * 1024 * 1024) return '/dev/shm'; // a container's default 64 MB is too small
    return tmpdir();
  } catch {
    return tmpdir();
  }
}

/** Starts a primary and a standby streaming from it. */
export async function startReplicatedCluster(): Promise<ReplicatedCluster> {
  const bin = binDir();
  const dir = mkdtempSync(join(scratchDir(), 'outpost-standby-'));
  chmodSync(dir, 0o755);
  const own = owner();
  if (own) chownSync(dir, own.uid, own.gid);
  const primaryDir = join(dir, 'primary');
  const standbyDir = join(dir, 'standby');
  const started: string[] = [];

  const start = async (dataDir: string) => {
    await pgBin(bin, 'pg_ctl', ['-D', dataDir, '-l', `${dataDir}.log`, '-w', '-t', '30', 'start']);
    started.push(dataDir);
  };
  const stop = async (dataDir: string) => {
    await pgBin(bin, 'pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']).catch(() => {});
    started.splice(started.indexOf(dataDir), 1);
  };
  const stopAllSync = () => {
    for (const d of started.splice(0)) {
      const file = join(bin, 'pg_ctl');
      const args = ['-D', d, '-m', 'immediate', '-w', 'stop'];
      try {
        if (asRoot) execFileSync('runuser', ['-u', 'postgres', '--', file, ...args], { stdio: 'ignore' });
        else execFileSync(file, args, { stdio: 'ignore' });
      } catch {
        // already gone
      }
    }
  };
  process.once('exit', stopAllSync); // a crashed test run leaves no server behind

  try {
    await pgBin(bin, 'initdb', [
      '-D',
      primaryDir,
      '-U',
      'postgres',
      '--auth=trust',
      '-N',
      '-E',
      'UTF8',
      '--locale=C',
      '--wal-segsize=1',
    ]);
    const primaryPort = await freePort();
    appendFileSync(join(primaryDir, 'postgresql.conf'), SETTINGS(primaryPort, dir));
    appendFileSync(join(primaryDir, 'pg_hba.conf'), '\nhost replication postgres 127.0.0.1/32 trust\n');
    await start(primaryDir);
    const admin = (port: number) => `postgresql://postgres@127.0.0.1:${port}/postgres`;
    await pgBin(bin, 'pg_basebackup', [
      '-h',
      '127.0.0.1',
      '-p',
      String(primaryPort),
      '-U',
      'postgres',
      '-D',
      standbyDir,
      '-R',
      '-X',
      'stream',
      '-c',
      'fast',
      '--no-sync',
      '--no-manifest',
    ]);
    const standbyPort = await freePort();
    // The later `port` wins over the primary's copied settings; -R wrote primary_conninfo and standby.signal.
    appendFileSync(join(standbyDir, 'postgresql.conf'), `\nport = ${standbyPort}\n`);
    await start(standbyDir);

    const primaryUrl = admin(primaryPort);
    const standbyUrl = admin(standbyPort);
    const cluster: ReplicatedCluster = {
      primaryUrl,
      standbyUrl,
      pauseReplay: async () => {
        await query(standbyUrl, 'SELECT pg_wal_replay_pause()');
        // pause_requested → paused once the startup process has seen it
        for (let i = 0; i < 200; i++) {
          const { rows } = await query(standbyUrl, 'SELECT pg_get_wal_replay_pause_state() AS s');
          if (rows[0].s === 'paused') return;
          await pause(10);
        }
        throw new Error('replay did not pause');
      },
      resumeReplay: async () => {
        await query(standbyUrl, 'SELECT pg_wal_replay_resume()');
      },
      caughtUp: async (timeoutMs = 10_000) => {
        const { rows } = await query(primaryUrl, 'SELECT pg_current_wal_lsn()::text AS lsn');
        const deadline = Date.now() + timeoutMs;
        while (Date.now() < deadline) {
          const r = await query(standbyUrl, `SELECT pg_last_wal_replay_lsn() >= '${rows[0].lsn}'::pg_lsn AS done`);
          if (r.rows[0].done) return;
          await pause(20);
        }
        throw new Error(`the standby did not replay up to ${rows[0].lsn} within ${timeoutMs} ms`);
      },
      killStandby: () => stop(standbyDir),
      startStandby: () => start(standbyDir),
      close: async () => {
        process.removeListener('exit', stopAllSync);
        for (const d of [...started].reverse()) await stop(d);
        await rm(dir, { recursive: true, force: true });
      },
    };
    await cluster.caughtUp();
    return cluster;
  } catch (err) {
    stopAllSync();
    process.removeListener('exit', stopAllSync);
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}
