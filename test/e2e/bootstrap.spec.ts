import pg from 'pg';
import { prepareDatabase } from '../../src/database/bootstrap.js';
import { testConfig } from '../helpers/app.js';
import { TEMPLATE_ENV, appDatabaseUrl, withDatabase } from '../helpers/test-db-server.js';

async function emptyDatabase() {
  const tpl = process.env[TEMPLATE_ENV]!;
  const name = `outpost_b_${process.env.OUTPOST_TEST_RUN}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: withDatabase(tpl, 'postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = appDatabaseUrl(name); // through the run's pooler, if any: bootstrap then migrates on DIRECT_DATABASE_URL
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
  it('with DATABASE_URL: migrates, seeds nothing by default, and creates the admin of ADMIN_EMAIL when that account is absent, never changing an existing one', async () => {
    const db = await emptyDatabase();
    try {
      const logs: string[] = [];
      const config = testConfig(db.url, {
        ADMIN_EMAIL: 'Root@Example.test',
        ADMIN_PASSWORD: 'a very long admin password',
      });
      const first = await prepareDatabase(config, (m) => logs.push(m));
      expect(first.seeded).toBe(false);
      expect(await db.count('SELECT count(*) AS n FROM organizations')).toBe(0);
      expect(
        await db.count("SELECT count(*) AS n FROM users WHERE staff_role = 'ADMIN' AND email = 'root@example.test'"),
      ).toBe(1);
      expect(logs).toContain('ADMIN_EMAIL: staff admin root@example.test created');
      const hash = await db.count("SELECT length(password_hash) AS n FROM users WHERE email = 'root@example.test'");
      // Configured again with another password: the existing account is left as it is.
      await prepareDatabase(
        testConfig(db.url, { ADMIN_EMAIL: 'root@example.test', ADMIN_PASSWORD: 'another long password' }),
        (m) => logs.push(m),
      );
      expect(logs).toContain('ADMIN_EMAIL: staff admin root@example.test already exists; left unchanged');
      expect(await db.count("SELECT count(*) AS n FROM users WHERE email = 'root@example.test'")).toBe(1);
      expect(await db.count("SELECT length(password_hash) AS n FROM users WHERE email = 'root@example.test'")).toBe(
        hash,
      );
      // Another configured admin next to an existing one is created too.
      await prepareDatabase(
        testConfig(db.url, { ADMIN_EMAIL: 'other@example.test', ADMIN_PASSWORD: 'another long password' }),
        (m) => logs.push(m),
      );
      expect(await db.count("SELECT count(*) AS n FROM users WHERE staff_role = 'ADMIN'")).toBe(2);
      expect(logs.join('\n')).not.toMatch(/very long admin password|another long password/);
    } finally {
      await db.drop();
    }
  });

  it('with SEED_DEMO=true and ADMIN_EMAIL: the configured admin is created next to the demo staff', async () => {
    const db = await emptyDatabase();
    try {
      const logs: string[] = [];
      const result = await prepareDatabase(
        testConfig(db.url, {
          SEED_DEMO: 'true',
          ADMIN_EMAIL: 'ops@example.test',
          ADMIN_PASSWORD: 'a very long admin password',
        }),
        (m) => logs.push(m),
      );
      expect(result.seeded).toBe(true);
      expect(
        await db.count(
          "SELECT count(*) AS n FROM users WHERE staff_role = 'ADMIN' AND email IN ('ops@example.test', 'admin@outpost.example')",
        ),
      ).toBe(2);
      expect(logs).toContain('ADMIN_EMAIL: staff admin ops@example.test created');
      // An existing non-admin account of that address is not promoted.
      await prepareDatabase(
        testConfig(db.url, { ADMIN_EMAIL: 'user@acme.example', ADMIN_PASSWORD: 'a very long admin password' }),
        (m) => logs.push(m),
      );
      expect(
        await db.count("SELECT count(*) AS n FROM users WHERE email = 'user@acme.example' AND staff_role IS NULL"),
      ).toBe(1);
      expect(logs).toContain(
        'ADMIN_EMAIL: user@acme.example already exists without a staff role; left unchanged (not made an admin)',
      );
    } finally {
      await db.drop();
    }
  });

  it('with SEED_DEMO=true: seeds the demo provider once (every portal role, a partner, tickets, CIs, contracts, a VPN configuration per operating system)', async () => {
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
      // a VPN configuration per operating system, on each demo portal
      expect(
        await db.count(
          "SELECT count(*) AS n FROM (SELECT portal_id FROM downloads WHERE platform <> 'ANY' GROUP BY portal_id HAVING count(DISTINCT platform) = 5) x",
        ),
      ).toBe(2);
    } finally {
      await db.drop();
    }
  });
});
