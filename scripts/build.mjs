// Builds dist/ only when a source is newer than the last build, so a warm `npm start` starts at once.
// Regenerates the Prisma client first when prisma/schema.prisma changed.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stamp = join(root, 'dist', '.build-stamp');

function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = 0;
  for (const e of readdirSync(path)) max = Math.max(max, newest(join(path, e)));
  return max;
}

function run(args, label) {
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`${label} failed`);
    process.exit(r.status ?? 1);
  }
}

export function build({ force = false } = {}) {
  const schema = join(root, 'prisma', 'schema.prisma');
  const client = join(root, 'src', 'generated', 'prisma', 'client.ts');
  if (!existsSync(client) || statSync(client).mtimeMs < statSync(schema).mtimeMs) {
    run([join(root, 'scripts', 'prisma-generate.mjs')], 'prisma generate');
  }
  const inputs = Math.max(newest(join(root, 'src')), newest(join(root, 'tsconfig.json')), newest(join(root, 'nest-cli.json')), newest(join(root, 'package-lock.json')));
  if (!force && existsSync(stamp) && statSync(stamp).mtimeMs >= inputs && existsSync(join(root, 'dist', 'main.js'))) return false;
  const t0 = Date.now();
  run([join(root, 'node_modules', '@nestjs', 'cli', 'bin', 'nest.js'), 'build'], 'nest build');
  writeFileSync(stamp, new Date().toISOString());
  console.error(`built dist/ in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) build({ force: process.argv.includes('--force') });
