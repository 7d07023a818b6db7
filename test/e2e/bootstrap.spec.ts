import pg from 'pg';
import { prepareDatabase } from '../../src/database/bootstrap.js';
import { testConfig } from '../helpers/app.js';
import { TEMPLATE_ENV, withDatabase } from '../helpers/test-db-server.js';

async function emptyDatabase() {
  const tpl = process.env[TEMPLATE_ENV]!;
  const name = `outpost_b_${process.env.OUTPOST_TEST_RUN}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: withDatabase(tpl, 'postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = withDatabase(tpl, name);
  return {
    url,
    async count(sql: string): Promise<number> {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      const { rows } = await c.query(sql);
      await c.end();
      return Number(rows[0].n);
    },
    async drop() {
      const c = new pg.Client({ connectionString: withDatabase(tpl, 'postgres') });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

describe('database bootstrap (what npm start does before listening)', () => {
  it('with DATABASE_URL: migrates, seeds nothing by default, and creates the first admin from ADMIN_EMAIL once', async () => {
    const db = await emptyDatabase();
    try {
      const config = testConfig(db.url, { ADMIN_EMAIL: 'Root@Example.test', ADMIN_PASSWORD: 'a very long admin password' });
      const first = await prepareDatabase(config, () => {});
      expect(first.seeded).toBe(false);
      expect(await db.count('SELECT count(*) AS n FROM organizations')).toBe(0);
      expect(await db.count("SELECT count(*) AS n FROM users WHERE staff_role = 'ADMIN' AND email = 'root@example.test'")).toBe(1);
      await prepareDatabase(testConfig(db.url, { ADMIN_EMAIL: 'other@example.test', ADMIN_PASSWORD: 'another long password' }), () => {});
      expect(await db.count("SELECT count(*) AS n FROM users WHERE staff_role = 'ADMIN'")).toBe(1);
    } finally {
      await db.drop();
    }
  });

  it('with SEED_DEMO=true: seeds the demo provider once (every portal role, a partner, tickets, CIs, contracts)', async () => {
    const db = await emptyDatabase();
    try {
      const first = await prepareDatabase(testConfig(db.url, { SEED_DEMO: 'true' }), () => {});
      expect(first.seeded).toBe(true);
      const again = await prepareDatabase(testConfig(db.url, { SEED_DEMO: 'true' }), () => {});
      expect(again.seeded).toBe(false);
      expect(await db.count("SELECT count(*) AS n FROM organizations WHERE kind = 'CUSTOMER'")).toBe(2);
      expect(await db.count("SELECT count(*) AS n FROM organizations WHERE kind = 'PARTNER'")).toBe(1);
      expect(await db.count('SELECT count(DISTINCT r) AS n FROM memberships, unnest(roles) r')).toBe(5);
      expect(await db.count("SELECT count(*) AS n FROM users WHERE staff_role IN ('ADMIN', 'AGENT')")).toBe(2);
      expect(await db.count('SELECT count(*) AS n FROM tickets')).toBeGreaterThan(3);
      expect(await db.count('SELECT count(*) AS n FROM cis')).toBeGreaterThan(3);
      expect(await db.count("SELECT count(*) AS n FROM contracts WHERE direction = 'PURCHASED'")).toBe(1);
    } finally {
      await db.drop();
    }
  });
});
