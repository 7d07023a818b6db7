import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';

const root = join(import.meta.dirname, '..', '..');
const run = (args: string[]) =>
  spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });

describe('generated artifacts are up to date', () => {
  it('openapi.yaml matches the document generated from the code', () => {
    const r = run(['dist/cli/openapi.js', '--check']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('openapi.yaml is OpenAPI 3.1 and documents every operation with a summary and problem+json errors', () => {
    const doc = load(readFileSync(join(root, 'openapi.yaml'), 'utf8')) as {
      openapi: string;
      paths: Record<
        string,
        Record<
          string,
          { summary?: string; tags?: string[]; responses: Record<string, { content?: Record<string, unknown> }> }
        >
      >;
    };
    expect(doc.openapi).toBe('3.1.0');
    const ops = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([m, op]) => ({ id: `${m.toUpperCase()} ${path}`, op })),
    );
    expect(ops.length).toBeGreaterThan(3);
    for (const { id, op } of ops) {
      expect({ id, summary: typeof op.summary === 'string' && op.summary.length > 0 }).toEqual({ id, summary: true });
      expect({ id, tags: (op.tags ?? []).length > 0 }).toEqual({ id, tags: true });
      const errors = Object.entries(op.responses).filter(([s]) => Number(s) >= 400);
      for (const [status, r] of errors)
        expect({ id, status, problem: Boolean(r.content?.['application/problem+json']) }).toEqual({
          id,
          status,
          problem: true,
        });
    }
  });

  it('gives every error status its own example, every tag a real description, and If-Match its 412 (and 428 only where required)', () => {
    type Op = {
      operationId: string;
      parameters?: { name: string; in: string; required?: boolean }[];
      responses: Record<string, { content?: Record<string, { example?: { status?: number; errors?: unknown[] } }> }>;
    };
    const doc = load(readFileSync(join(root, 'openapi.yaml'), 'utf8')) as {
      paths: Record<string, Record<string, Op>>;
      tags: { name: string; description?: string }[];
    };
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const op of Object.values(item)) {
        for (const [status, r] of Object.entries(op.responses).filter(([s]) => Number(s) >= 400)) {
          const example = r.content?.['application/problem+json']?.example;
          // A 500 example is a 500, without field errors; only a 400 lists them.
          expect({ path, status, exampleStatus: example?.status, fieldErrors: Boolean(example?.errors) }).toEqual({
            path,
            status,
            exampleStatus: Number(status),
            fieldErrors: status === '400',
          });
        }
        const ifMatch = op.parameters?.find((p) => p.in === 'header' && p.name === 'If-Match');
        expect({
          op: op.operationId,
          has412: '412' in op.responses || !ifMatch,
          has428: '428' in op.responses,
        }).toEqual({ op: op.operationId, has412: true, has428: ifMatch?.required === true });
      }
    }
    for (const tag of doc.tags) {
      expect({
        tag: tag.name,
        generic: /^Operations on/.test(tag.description ?? ''),
        long: (tag.description ?? '').length >= 40,
      }).toEqual({ tag: tag.name, generic: false, long: true });
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
