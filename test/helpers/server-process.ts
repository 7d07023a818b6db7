import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

export interface ServerProcess {
  child: ChildProcess;
  port: number;
  base: string;
  /** Everything the process wrote so far (stdout and stderr). */
  output(): string;
  stderr(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  /** Resolves once "Outpost ready" was printed; rejects when the process exits first or `ms` pass. */
  ready(ms: number): Promise<void>;
}

/** The built server (`node dist/main.js`, as the image runs it) as a child process. */
export function spawnServer(env: Record<string, string>, port: number): ServerProcess {
  const child = spawn(process.execPath, ['dist/main.js'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? '/tmp',
      HOST: '127.0.0.1',
      PORT: String(port),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => {
    out += d.toString();
    err += d.toString();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal, at: Date.now() }));
  });
  return {
    child,
    port,
    base: `http://127.0.0.1:${port}`,
    output: () => out,
    stderr: () => err,
    exited,
    ready(ms: number) {
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`not ready within ${ms} ms:\n${out}`)), ms);
        const check = () => {
          if (/Outpost ready on/.test(out)) {
            clearTimeout(timer);
            resolve();
          }
        };
        child.stdout!.on('data', check);
        check();
        void exited.then(({ code, signal }) => {
          clearTimeout(timer);
          reject(new Error(`exited (${code ?? signal}) before ready:\n${out}`));
        });
      });
    },
  };
}

/** Kills a server a test left running (failed assertion): no orphan holds the database. */
export function killIfRunning(s: ServerProcess | undefined): Promise<unknown> {
  if (!s || s.child.exitCode !== null || s.child.signalCode !== null) return Promise.resolve();
  s.child.kill('SIGKILL');
  return s.exited;
}
