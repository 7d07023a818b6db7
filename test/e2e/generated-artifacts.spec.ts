import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';

const root = join(import.meta.dirname, '..', '..');
const run = (args: string[]) => spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });

describe('generated artifacts are up to date', () => {
  it('openapi.yaml matches the document generated from the code', () => {
    const r = run(['dist/cli/openapi.js', '--check']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('openapi.yaml is OpenAPI 3.1 and documents every operation with a summary and problem+json errors', () => {
    const doc = load(readFileSync(join(root, 'openapi.yaml'), 'utf8')) as {
      openapi: string;
      paths: Record<string, Record<string, { summary?: string; tags?: string[]; responses: Record<string, { content?: Record<string, unknown> }> }>>;
    };
    expect(doc.openapi).toBe('3.1.0');
    const ops = Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([m, op]) => ({ id: `${m.toUpperCase()} ${path}`, op })));
    expect(ops.length).toBeGreaterThan(3);
    for (const { id, op } of ops) {
      expect({ id, summary: typeof op.summary === 'string' && op.summary.length > 0 }).toEqual({ id, summary: true });
      expect({ id, tags: (op.tags ?? []).length > 0 }).toEqual({ id, tags: true });
      const errors = Object.entries(op.responses).filter(([s]) => Number(s) >= 400);
      for (const [status, r] of errors) expect({ id, status, problem: Boolean(r.content?.['application/problem+json']) }).toEqual({ id, status, problem: true });
    }
  });

  it('redocly lint passes on openapi.yaml', () => {
    const r = run(['node_modules/@redocly/cli/bin/cli.js', 'lint', 'openapi.yaml', '--format', 'stylish']);
    expect({ status: r.status, out: r.status === 0 ? '' : r.stdout + r.stderr }).toEqual({ status: 0, out: '' });
  }, 60000);

  it('the migrations hold every change of prisma/schema.prisma', () => {
    const r = run(['scripts/db-migration.mjs', '--check']);
    expect({ status: r.status, err: r.status === 0 ? '' : r.stderr }).toEqual({ status: 0, err: '' });
  }, 60000);
});
