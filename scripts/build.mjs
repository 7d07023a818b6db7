// Builds dist/ only when a source is newer than the last build, so a warm `npm start` starts at once.
// Regenerates the Prisma client first when prisma/schema.prisma changed.
//
// SWC transpiles (decorators and their metadata included); it does not type-check: `npm test`
// does (tsc --noEmit). SWC runs no TypeScript plugins, so what the @nestjs/swagger plugin adds to
// the OpenAPI document (property types, doc comments, class-validator rules, response types) is
// collected here into src/generated/openapi-metadata.ts, which the app loads before it builds the
// document (src/openapi-metadata.ts).
//
// `--bench` also builds the benchmark and data-set tools of bench/ into dist-bench/ (never part of
// dist/, so never part of the production image).
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, existsSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const dist = join(root, 'dist');
const stamp = join(dist, '.build-stamp');
const METADATA_PATH = join(root, 'src', 'generated', 'openapi-metadata.ts');

function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs; // a deleted or renamed file changes its directory
  for (const e of readdirSync(path)) max = Math.max(max, newest(join(path, e)));
  return max;
}

function tsFiles(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...tsFiles(p));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

function run(args, label) {
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`${label} failed`);
    process.exit(r.status ?? 1);
  }
}

/** The same transform as jest's (jest.config.mjs) and tsc's settings in tsconfig.json: ES2023, ESM, legacy decorators with metadata. */
const swcOptions = (file) => ({
  filename: file,
  sourceMaps: true,
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: true },
    target: 'es2023',
    keepClassNames: true,
    experimental: { keepImportAttributes: true },
  },
  module: { type: 'es6' },
  swcrc: false,
  configFile: false,
});

/** Transpiles every .ts file of `srcDir` into `outDir` (same layout), in SWC's worker threads. */
async function transpile(files, srcDir, outDir) {
  const swc = require('@swc/core');
  await Promise.all(
    files.map(async (file) => {
      const out = join(outDir, relative(srcDir, file)).replace(/\.ts$/, '.js');
      const { code, map } = await swc.transformFile(file, swcOptions(file));
      mkdirSync(dirname(out), { recursive: true });
      const mapName = `${out.split('/').pop()}.map`;
      const sourceMap = JSON.parse(map);
      sourceMap.sources = [relative(dirname(out), file)];
      writeFileSync(out, `${code}\n//# sourceMappingURL=${mapName}\n`);
      writeFileSync(`${out}.map`, JSON.stringify(sourceMap));
    }),
  );
}

/** The @nestjs/swagger plugin's options, kept in nest-cli.json where Nest's tooling looks for them. */
function swaggerPluginOptions() {
  const cli = JSON.parse(readFileSync(join(root, 'nest-cli.json'), 'utf8'));
  const entry = (cli.compilerOptions?.plugins ?? []).find(
    (p) => (typeof p === 'string' ? p : p.name) === '@nestjs/swagger',
  );
  if (!entry) throw new Error('nest-cli.json configures no @nestjs/swagger plugin');
  return typeof entry === 'string' ? {} : (entry.options ?? {});
}

/**
 * Writes src/generated/openapi-metadata.ts with the swagger plugin's read-only visitor and Nest's
 * PluginMetadataGenerator (what `nest build -b swc --type-check` does), over a program that is
 * created but never type-checked: the visitor asks the checker only about DTO and controller
 * declarations, a third of the cost of a full check.
 */
async function generateOpenApiMetadata() {
  const ts = require('typescript');
  const { PluginMetadataGenerator } = await import('@nestjs/cli/lib/compiler/plugins/plugin-metadata-generator.js');
  const { ReadonlyVisitor } = await import('@nestjs/swagger/plugin');
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  const rootNames = config.fileNames.filter((f) => f !== METADATA_PATH);
  // Only Node's types: the jest globals are for the tests and would double the program.
  const program = ts.createProgram({
    rootNames,
    options: { ...config.options, types: ['node'], noEmit: true, incremental: false },
  });
  const visitor = new ReadonlyVisitor({
    ...swaggerPluginOptions(),
    pathToSource: dirname(METADATA_PATH),
    readonly: true,
  });
  visitor.key = '@nestjs/swagger';
  mkdirSync(dirname(METADATA_PATH), { recursive: true });
  new PluginMetadataGenerator().generate({
    visitors: [visitor],
    outputDir: dirname(METADATA_PATH),
    filename: METADATA_PATH.split('/').pop(),
    tsProgramRef: program,
  });
}

export async function build({ force = false } = {}) {
  const schema = join(root, 'prisma', 'schema.prisma');
  const client = join(root, 'src', 'generated', 'prisma', 'client.ts');
  if (!existsSync(client) || statSync(client).mtimeMs < statSync(schema).mtimeMs) {
    run([join(root, 'scripts', 'prisma-generate.mjs')], 'prisma generate');
  }
  const inputs = Math.max(
    ...[
      join(root, 'src'),
      join(root, 'tsconfig.json'),
      join(root, 'nest-cli.json'),
      join(root, 'package-lock.json'),
      fileURLToPath(import.meta.url),
    ].map(newest),
  );
  if (!force && existsSync(stamp) && statSync(stamp).mtimeMs >= inputs && existsSync(join(dist, 'main.js')))
    return false;
  const t0 = Date.now();
  // A clean dist/: files of deleted or moved sources must not live on in it (or in the image).
  rmSync(dist, { recursive: true, force: true });
  const srcDir = join(root, 'src');
  // SWC's threads transpile while this thread collects the swagger metadata.
  const transpiled = transpile(
    tsFiles(srcDir).filter((f) => f !== METADATA_PATH),
    srcDir,
    dist,
  );
  await generateOpenApiMetadata();
  await transpiled;
  await transpile([METADATA_PATH], srcDir, dist);
  writeFileSync(stamp, new Date().toISOString());
  console.error(`built dist/ in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return true;
}

/** bench/*.ts → dist-bench/*.js; they import the built app through the `#app/*` subpath (package.json "imports"). */
export async function buildBench() {
  const benchDir = join(root, 'bench');
  const out = join(root, 'dist-bench');
  rmSync(out, { recursive: true, force: true });
  await transpile(tsFiles(benchDir), benchDir, out);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await build({ force: process.argv.includes('--force') });
  if (process.argv.includes('--bench')) await buildBench();
}
