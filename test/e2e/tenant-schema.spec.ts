import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { createTestDatabase } from '../helpers/app.js';

/**
 * Distribution by organisation, checked: docs/SCALING.md lists every table with its kind under
 * Citus (distributed by organization_id, reference, local), the state of its organization_id and
 * each primary key, unique index and foreign key to a distributed table that lacks
 * organization_id (what Citus would need changed). This reads the migrated schema from
 * pg_catalog and fails when the document and the schema disagree.
 */
type Kind = 'distributed' | 'reference' | 'local';
interface DocRow {
  table: string;
  kind: Kind;
  org: 'NOT NULL' | 'nullable' | '—';
  keys: string[];
}

function documentedTables(): DocRow[] {
  const doc = readFileSync(join(process.cwd(), 'docs/SCALING.md'), 'utf8');
  const block = /<!-- tenant-tables:begin -->([\s\S]*?)<!-- tenant-tables:end -->/.exec(doc);
  if (!block) throw new Error('docs/SCALING.md has no tenant-tables block');
  return block[1]
    .split('\n')
    .filter((l) => /^\| `/.test(l))
    .map((line) => {
      const cells = line.split('|').map((c) => c.trim());
      const keys = cells[4] === '—' ? [] : cells[4].split(/,\s*(?=PK |UNIQUE |FK )/).map((k) => k.trim());
      return { table: cells[1].replace(/`/g, ''), kind: cells[2] as Kind, org: cells[3] as DocRow['org'], keys };
    });
}

describe('tenant tables and distribution by organisation (docs/SCALING.md)', () => {
  let db: { url: string; drop(): Promise<void> };
  let client: pg.Client;
  const rows = documentedTables();
  const kindOf = new Map(rows.map((r) => [r.table, r.kind]));

  beforeAll(async () => {
    db = await createTestDatabase();
    client = new pg.Client({ connectionString: db.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await db?.drop();
  });

  it('lists every table of the schema once, with a known kind', async () => {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') ORDER BY 1`,
    );
    expect(rows.map((r) => r.table).sort()).toEqual(tables.map((t) => t.name));
    expect(new Set(rows.map((r) => r.table)).size).toBe(rows.length);
    for (const r of rows) expect(['distributed', 'reference', 'local']).toContain(r.kind);
  });

  it('states each table’s organization_id as the schema has it; a distributed table without it cannot exist', async () => {
    const { rows: cols } = await client.query<{ table: string; notnull: boolean }>(
      `SELECT c.relname AS table, a.attnotnull AS notnull FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
        WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND a.attname = 'organization_id' AND NOT a.attisdropped`,
    );
    const actual = new Map(cols.map((c) => [c.table, c.notnull ? 'NOT NULL' : 'nullable']));
    for (const r of rows) {
      expect({ table: r.table, org: actual.get(r.table) ?? '—' }).toEqual({ table: r.table, org: r.org });
      if (r.kind === 'distributed') expect({ table: r.table, org: r.org }).not.toEqual({ table: r.table, org: '—' });
    }
    // Every table of an organisation's data is distributed or a documented reference table, and
    // every distributed table but the two documented as nullable has organization_id NOT NULL.
    expect(rows.filter((r) => r.kind === 'distributed' && r.org !== 'NOT NULL').map((r) => r.table)).toEqual([
      'audit_events',
      'outbox_messages',
    ]);
  });

  it('lists exactly the keys of distributed tables that lack organization_id', async () => {
    const { rows: unique } = await client.query<{ table: string; primary: boolean; cols: string[] }>(
      `SELECT c.relname AS table, i.indisprimary AS primary,
              array(SELECT COALESCE(a.attname, 'expression') FROM unnest(i.indkey) WITH ORDINALITY k(attnum, n)
                      LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.n)::text[] AS cols
         FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
        WHERE i.indisunique AND c.relnamespace = 'public'::regnamespace`,
    );
    const { rows: fks } = await client.query<{ table: string; target: string; cols: string[] }>(
      `SELECT k.conrelid::regclass::text AS table, k.confrelid::regclass::text AS target,
              array(SELECT a.attname FROM unnest(k.conkey) WITH ORDINALITY u(attnum, n)
                      JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.attnum ORDER BY u.n)::text[] AS cols
         FROM pg_constraint k WHERE k.contype = 'f' AND k.connamespace = 'public'::regnamespace`,
    );
    const lacking = new Map<string, string[]>();
    const add = (table: string, key: string) => lacking.set(table, [...(lacking.get(table) ?? []), key]);
    for (const u of unique) {
      if (kindOf.get(u.table) !== 'distributed' || u.cols.includes('organization_id')) continue;
      add(u.table, `${u.primary ? 'PK' : 'UNIQUE'} (${u.cols.join(', ')})`);
    }
    for (const k of fks) {
      if (kindOf.get(k.table) !== 'distributed' || kindOf.get(k.target) !== 'distributed') continue;
      if (!k.cols.includes('organization_id')) add(k.table, `FK (${k.cols.join(', ')}) → ${k.target}`);
    }
    for (const r of rows) {
      expect({ table: r.table, keys: [...(lacking.get(r.table) ?? [])].sort() }).toEqual({
        table: r.table,
        keys: [...r.keys].sort(),
      });
    }
    // Citus: a reference or local table may not have a foreign key to a distributed table.
    const backwards = fks.filter(
      (k) => kindOf.get(k.table) !== 'distributed' && kindOf.get(k.target) === 'distributed',
    );
    expect(backwards.map((k) => `${k.table} → ${k.target}`)).toEqual([]);
  });
});
