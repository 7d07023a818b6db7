import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';

/** Lint openapi.yaml as partners would: redocly and Spectral (spectral:oas + OWASP API Top 10). */
const root = join(import.meta.dirname, '..', '..');
const run = (args: string[]) =>
  spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });

describe('openapi.yaml lint', () => {
  it('passes redocly lint', () => {
    const r = run(['node_modules/@redocly/cli/bin/cli.js', 'lint', 'openapi.yaml', '--format', 'stylish']);
    expect({ status: r.status, out: r.status === 0 ? '' : r.stdout + r.stderr }).toEqual({ status: 0, out: '' });
  }, 60_000);

  it('passes Spectral with spectral:oas and the OWASP ruleset, failing on warnings', () => {
    const r = run([
      'node_modules/@stoplight/spectral-cli/dist/index.js',
      'lint',
      'openapi.yaml',
      '--ruleset',
      '.spectral.yaml',
      '--fail-severity',
      'warn',
      '--format',
      'text',
    ]);
    expect({ status: r.status, out: r.status === 0 ? '' : r.stdout + r.stderr }).toEqual({ status: 0, out: '' });
  }, 60_000);

  it('lists a reason for every rule the Spectral ruleset turns off', () => {
    const text = readFileSync(join(root, '.spectral.yaml'), 'utf8');
    const rules = (load(text) as { rules: Record<string, string> }).rules;
    const lines = text.split('\n');
    for (const [rule, value] of Object.entries(rules)) {
      expect(value).toBe('off');
      const at = lines.findIndex((l) => l.trim().startsWith(`${rule}:`));
      // The rule line is preceded by a comment block (possibly shared with adjacent rules).
      let i = at - 1;
      while (i >= 0 && lines[i].trim().startsWith('owasp:')) i--;
      expect({ rule, reason: lines[i]?.trim().startsWith('#') }).toEqual({ rule, reason: true });
    }
  });

  it('documents a problem+json 500 on every operation and tag descriptions for every tag', () => {
    const doc = load(readFileSync(join(root, 'openapi.yaml'), 'utf8')) as {
      tags: { name: string; description?: string }[];
      paths: Record<
        string,
        Record<string, { tags?: string[]; responses: Record<string, { content?: Record<string, unknown> }> }>
      >;
    };
    const ops = Object.values(doc.paths).flatMap((m) => Object.values(m));
    for (const op of ops) expect(op.responses['500']?.content?.['application/problem+json']).toBeDefined();
    const used = new Set(ops.flatMap((op) => op.tags ?? []));
    expect(new Set(doc.tags.filter((t) => t.description).map((t) => t.name))).toEqual(used);
  });
});
