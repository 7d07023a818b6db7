// `npm test`: build dist/ when stale (the OpenAPI drift test reads the built app, which carries the
// swagger plugin's metadata); type-check src/, test/ and bench/ (the SWC build does not), lint and
// check formatting, the three side by side; then run jest on ESM.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from './build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (pkg, file) => join(root, 'node_modules', pkg, file);

function run(name, args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ name, code, out }));
  });
}

await build();
const checks = await Promise.all([
  run('tsc', [bin('typescript', 'bin/tsc'), '--noEmit', '-p', 'tsconfig.test.json']),
  run('eslint', [bin('eslint', 'bin/eslint.js'), '.']),
  run('prettier', [bin('prettier', 'bin/prettier.cjs'), '--check', '--log-level', 'warn', '.']),
]);
const failed = checks.filter((c) => c.code !== 0);
for (const c of failed) process.stderr.write(`\n${c.name} failed:\n${c.out}`);
if (failed.length) {
  if (failed.some((c) => c.name === 'prettier'))
    process.stderr.write('\nRun `npm run format` to fix the formatting.\n');
  process.exit(1);
}
const args = [bin('jest', 'bin/jest.js'), ...process.argv.slice(2)];
const env = {
  ...process.env,
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules --no-warnings`.trim(),
};
const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env });
process.exit(r.status ?? 1);
