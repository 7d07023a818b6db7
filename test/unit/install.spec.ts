import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { join, relative } from 'node:path';

/**
 * The install and the image: every locked package runs on the Node lines package.json promises
 * (else `npm ci` prints EBADENGINE), the built app imports production dependencies only, the
 * benchmark tools stay out of dist/, and the Docker build context leaves out local state.
 */
const root = join(import.meta.dirname, '..', '..');
const requireFromRoot = createRequire(join(root, 'package.json'));
const semver = requireFromRoot('semver') as {
  subset(a: string, b: string): boolean;
  satisfies(v: string, r: string): boolean;
};
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  engines: { node: string };
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; dev?: boolean; engines?: { node?: string } | string[] }>;
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** .dockerignore semantics: a pattern matches a path or one of its parents; the last matching pattern wins. */
function dockerIgnored(patterns: string[], path: string): boolean {
  let ignored = false;
  const parts = path.split('/');
  for (const raw of patterns) {
    const negate = raw.startsWith('!');
    const pattern = (negate ? raw.slice(1) : raw).replace(/\/$/, '');
    const re = new RegExp(
      `^${pattern
        .split('**')
        .map((s) =>
          s
            .replace(/[.+^${}()|[\]\\]/g, '\\$&')
            .replace(/\*/g, '[^/]*')
            .replace(/\?/g, '[^/]'),
        )
        .join('.*')}$`,
    );
    if (parts.some((_, i) => re.test(parts.slice(0, i + 1).join('/')))) ignored = !negate;
  }
  return ignored;
}

describe('install', () => {
  it('every locked package accepts every Node version package.json "engines" allows (npm ci prints no EBADENGINE)', () => {
    expect(semver.satisfies(process.versions.node, pkg.engines.node)).toBe(true);
    const narrower = Object.entries(lock.packages)
      .filter(
        ([path, p]) =>
          path &&
          p.engines &&
          !Array.isArray(p.engines) &&
          p.engines.node &&
          !semver.subset(pkg.engines.node, p.engines.node),
      )
      .map(
        ([path, p]) =>
          `${path.replace(/^.*node_modules\//, '')}@${p.version} wants node ${(p.engines as { node: string }).node}`,
      );
    expect(narrower).toEqual([]);
  });

  it('compilers, CLIs and the Prisma CLI are development dependencies only', () => {
    for (const name of [
      'typescript',
      '@nestjs/cli',
      'prisma',
      '@swc/core',
      '@prisma/schema-engine-wasm',
      'autocannon',
      'jest',
    ]) {
      expect({ name, dependency: name in pkg.dependencies, devDependency: name in pkg.devDependencies }).toEqual({
        name,
        dependency: false,
        devDependency: true,
      });
    }
  });

  it('the built app imports nothing but production dependencies and Node built-ins', () => {
    const allowed = new Set([
      ...Object.keys(pkg.dependencies),
      ...builtinModules,
      ...builtinModules.map((m) => `node:${m}`),
    ]);
    const offenders: string[] = [];
    for (const file of filesUnder(join(root, 'dist')).filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(file, 'utf8');
      for (const m of code.matchAll(
        /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)(['"])([^'"\s]+)\1/g,
      )) {
        const spec = m[2];
        if (spec.startsWith('.') || spec.startsWith('/')) continue;
        const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
        if (!allowed.has(name)) offenders.push(`${relative(root, file)} imports ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('dist/ holds the app and its operator tools, no benchmark or data-set tool', () => {
    const files = filesUnder(join(root, 'dist')).map((f) => relative(join(root, 'dist'), f));
    expect(files).toContain('main.js');
    expect(files).toContain('cli/openapi.js');
    expect(files).toContain('cli/db-migrate.js');
    expect(files.filter((f) => /bench|seed-scale|explain-lists|autocannon/.test(f))).toEqual([]);
  });
});

describe('image', () => {
  const patterns = readFileSync(join(root, '.dockerignore'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));

  it('.dockerignore keeps local state, dependencies, build output, tests and tools out of the build context', () => {
    for (const path of [
      'data/secrets.json',
      'data/pg/postmaster.pid',
      'node_modules/fastify/package.json',
      'dist/main.js',
      'dist-bench/bench.js',
      '.git/HEAD',
      '.env',
      'test/e2e/etag.spec.ts',
      'test/artifacts/x.log',
      'coverage/lcov.info',
      'bench/bench.ts',
      'docs/bench/bench-1m.json',
      'clients/typescript/index.ts',
      'src/generated/prisma/client.ts',
    ]) {
      expect({ path, ignored: dockerIgnored(patterns, path) }).toEqual({ path, ignored: true });
    }
  });

  it('.dockerignore keeps what the Dockerfile copies', () => {
    const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
    const copied = [...dockerfile.matchAll(/^COPY (?!--from)(.+)$/gm)].flatMap((m) =>
      m[1].trim().split(/\s+/).slice(0, -1),
    );
    expect(copied).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'src', 'prisma']));
    for (const path of copied)
      expect({ path, ignored: dockerIgnored(patterns, path) }).toEqual({ path, ignored: false });
    expect(dockerIgnored(patterns, 'src/main.ts')).toBe(false);
    expect(dockerIgnored(patterns, 'prisma/migrations/migration_lock.toml')).toBe(false);
  });

  it('the runtime stage gets production dependencies from the lockfile, dist/ and the migrations only', () => {
    const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
    const stages = dockerfile.split(/^FROM /m).slice(1);
    const runtime = stages[stages.length - 1];
    const sources = [...runtime.matchAll(/^COPY --from=(\S+)(?: --chown=\S+)? (\S+) /gm)].map((m) => `${m[1]}:${m[2]}`);
    expect(sources.sort()).toEqual([
      'build:/app/dist',
      'build:/app/package.json',
      'build:/app/prisma/migrations',
      'deps:/app/node_modules',
    ]);
    const deps = stages.find((s) => s.startsWith('node:20-bookworm-slim AS deps'));
    expect(deps).toMatch(/RUN npm ci --omit=dev /);
    expect(runtime).toMatch(/^USER node$/m);
  });
});
