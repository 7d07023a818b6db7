import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import bcrypt from 'bcrypt';
import pg from 'pg';
import { loadConfig } from '#app/config/config.js';
import { prepareDatabase } from '#app/database/bootstrap.js';

/**
 * Fills a database with a realistic, skewed data set for benchmarks and EXPLAIN:
 *   npm run seed:scale -- --orgs 1000 --tickets 1000000 [--reset] [--out data/bench/personas.json]
 * DATABASE_URL picks the database; without it the embedded PostgreSQL under DATA_DIR (default
 * ./data/bench, port EMBEDDED_PG_PORT default 54339) is used. Everything is generated inside
 * PostgreSQL with generate_series (no row crosses the wire); ticket indexes are dropped during the
 * load and rebuilt after it. The personas the benchmark uses are written to a JSON file.
 */

export const SCALE_PASSWORD = 'Outpost-Bench-2026';

interface Args {
  orgs: number;
  tickets: number;
  reset: boolean;
  out: string;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { orgs: 1000, tickets: 1_000_000, reset: false, out: '' };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    if (k === '--orgs') a.orgs = Number(argv[++i]);
    else if (k === '--tickets') a.tickets = Number(argv[++i]);
    else if (k === '--reset') a.reset = true;
    else if (k === '--out') a.out = argv[++i];
    else throw new Error(`unknown argument ${k}`);
  }
  if (!Number.isInteger(a.orgs) || a.orgs < 25) throw new Error('--orgs must be an integer >= 25');
  if (!Number.isInteger(a.tickets) || a.tickets < 1000) throw new Error('--tickets must be an integer >= 1000');
  return a;
}

/** Tickets per organisation: three giants (12%, 11%, 10.5%), the rest Zipf-like (s = 0.9). */
export function ticketPlan(orgs: number, tickets: number): number[] {
  const giants = [0.12, 0.11, 0.105];
  const rest = tickets * (1 - giants.reduce((s, x) => s + x, 0));
  const w = Array.from({ length: orgs - 3 }, (_, i) => 1 / Math.pow(i + 2, 0.9));
  const sum = w.reduce((s, x) => s + x, 0);
  const plan = [
    ...giants.map((g) => Math.round(tickets * g)),
    ...w.map((x) => Math.max(1, Math.round((rest * x) / sum))),
  ];
  plan[3] += tickets - plan.reduce((s, x) => s + x, 0);
  return plan;
}

const log = (msg: string) => process.stderr.write(`${msg}\n`);

function bar(done: number, total: number, started: number, label: string): void {
  const width = 30;
  const f = Math.min(1, done / total);
  const s = (Date.now() - started) / 1000;
  process.stderr.write(
    `\r  ${label} [${'#'.repeat(Math.round(f * width)).padEnd(width, '.')}] ${done.toLocaleString('en')}/${total.toLocaleString('en')} ${s.toFixed(1)} s   `,
  );
  if (done >= total) process.stderr.write('\n');
}

async function step<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const t0 = Date.now();
  const r = await fn();
  log(`  ${label.padEnd(44)} ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return r;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const env = {
    ...process.env,
    DATA_DIR: process.env.DATA_DIR || './data/bench',
    EMBEDDED_PG_PORT: process.env.EMBEDDED_PG_PORT || '54339',
    SEED_DEMO: 'false',
    LOG_LEVEL: 'warn',
  };
  const config = loadConfig(env);
  const started = Date.now();
  const db = await prepareDatabase(config, log);
  const url = db.config.databaseUrl!;
  const out = resolve(args.out || `${config.dataDir}/personas.json`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const q = (text: string, values: unknown[] = []) => client.query(text, values);
  try {
    const { rows: existing } = await q('SELECT count(*)::int AS n FROM organizations');
    if (existing[0].n > 0 && !args.reset)
      throw new Error('the database already holds organisations: pass --reset to wipe it first');
    if (db.embedded) {
      // Memory settings for a benchmark cluster (picked up at the next start of the embedded server).
      for (const [k, v] of [
        ['shared_buffers', '1GB'],
        ['effective_cache_size', '4GB'],
        ['work_mem', '16MB'],
        ['maintenance_work_mem', '512MB'],
        ['max_wal_size', '4GB'],
        ['jit', 'off'],
      ]) {
        await q(`ALTER SYSTEM SET ${k} = '${v}'`);
      }
      await q('SELECT pg_reload_conf()');
    }
    await q(`SET maintenance_work_mem = '512MB'`);
    await q(`SET work_mem = '64MB'`);
    log(`seeding ${args.orgs.toLocaleString('en')} organisations, ${args.tickets.toLocaleString('en')} tickets`);
    if (args.reset) {
      await step('truncate', async () => {
        const { rows } = await q(
          `SELECT string_agg(format('%I', tablename), ', ') AS t FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
        );
        await q(`TRUNCATE ${rows[0].t} RESTART IDENTITY CASCADE`);
      });
    }
    const plan = ticketPlan(args.orgs, args.tickets);
    const hash = await bcrypt.hash(SCALE_PASSWORD, 10);
    await q('BEGIN');
    // Consistent generated data: skip per-row FK triggers during the load when allowed (superuser).
    await q(`SET LOCAL session_replication_role = replica`).catch(async () => {
      await q('ROLLBACK');
      await q('BEGIN');
    });

    await step('portals, staff, groups', async () => {
      await q(`INSERT INTO portals (id, name, status, external_support_mode, self_registration, updated_at) VALUES
        ('00000000-0000-4000-8000-000000000001', 'Customer Portal', 'ACTIVE', false, 'CLIENT_NUMBER', now()),
        ('00000000-0000-4000-8000-000000000002', 'Isolated Portal', 'ACTIVE', true, 'OFF', now())`);
      await q(
        `INSERT INTO groups (id, name) SELECT gen_random_uuid(), g FROM unnest(ARRAY['Service Desk', 'Network', 'Field Service']) g`,
      );
      await q(
        `INSERT INTO users (id, email, name, password_hash, staff_role, email_verified_at, updated_at)
        SELECT gen_random_uuid(), CASE WHEN i = 0 THEN 'admin@bench.example' ELSE 'agent' || i || '@bench.example' END,
               CASE WHEN i = 0 THEN 'Bench Admin' ELSE 'Agent ' || i END, $1, (CASE WHEN i = 0 THEN 'ADMIN' ELSE 'AGENT' END)::"StaffRole", now(), now()
        FROM generate_series(0, 10) i`,
        [hash],
      );
      await q(
        `INSERT INTO group_members (group_id, user_id) SELECT g.id, u.id FROM users u CROSS JOIN LATERAL (SELECT id FROM groups ORDER BY name LIMIT 1) g WHERE u.staff_role = 'AGENT'`,
      );
    });

    // The plan: organisation i has plan[i] tickets, 1 + ~size/5000 sites (≥ 2, ≤ 40), members ≈ size/200 (≥ 8).
    // Organisation 1 (the second largest) and every 10th are on the isolated (external support mode) portal;
    // every 50th is a PARTNER organisation.
    await step('organisations, sites, domains', async () => {
      await q(
        `CREATE TEMP TABLE bench_plan (idx int PRIMARY KEY, n int, org_id uuid, kind "OrganizationKind", portal_id uuid, nsites int, nusers int, sites uuid[], users uuid[]) ON COMMIT DROP`,
      );
      await q(
        `INSERT INTO bench_plan (idx, n, org_id, kind, portal_id, nsites, nusers)
        SELECT i - 1, n, gen_random_uuid(),
               (CASE WHEN i > 3 AND i % 50 = 0 THEN 'PARTNER' ELSE 'CUSTOMER' END)::"OrganizationKind",
               CASE WHEN i = 2 OR i % 10 = 5 THEN '00000000-0000-4000-8000-000000000002'::uuid ELSE '00000000-0000-4000-8000-000000000001'::uuid END,
               least(40, greatest(CASE WHEN i <= 3 THEN 6 ELSE 2 END, 1 + n / 5000)), greatest(8, n / 200)
        FROM unnest($1::int[]) WITH ORDINALITY AS p(n, i)`,
        [plan],
      );
      await q(`INSERT INTO organizations (id, name, kind, portal_id, ticket_access, updated_at)
        SELECT org_id, format('%s %s', CASE WHEN kind = 'PARTNER' THEN 'Partner' ELSE 'Customer' END, lpad(idx::text, 4, '0')), kind, portal_id,
               (CASE WHEN idx > 3 AND idx % 10 = 3 THEN 'ORG_READ' ELSE 'OWN' END)::"TicketAccess", now()
        FROM bench_plan`);
      await q(
        `INSERT INTO organization_domains (id, organization_id, domain, kind) SELECT gen_random_uuid(), org_id, format('org%s.bench.example', idx), 'PRIMARY' FROM bench_plan`,
      );
      await q(`INSERT INTO sites (id, organization_id, name, abbreviation, address, updated_at)
        SELECT gen_random_uuid(), p.org_id, format('Site %s of %s', s, p.idx), format('B%s-%s', p.idx, s), format('%s Bench Street', s), now()
        FROM bench_plan p CROSS JOIN LATERAL generate_series(1, p.nsites) s`);
      await q(
        `UPDATE bench_plan p SET sites = (SELECT array_agg(id ORDER BY abbreviation) FROM sites s WHERE s.organization_id = p.org_id)`,
      );
    });

    await step('users and memberships (every role)', async () => {
      await q(`CREATE TEMP TABLE bench_members ON COMMIT DROP AS
        SELECT gen_random_uuid() AS user_id, p.org_id, p.idx, k,
               CASE k WHEN 1 THEN 'PORTAL_USER_PLUS' WHEN 2 THEN 'CUSTOMER_APPROVER' WHEN 3 THEN 'CHANGE_MANAGER' WHEN 4 THEN 'CONTROLLER' ELSE 'PORTAL_USER' END AS role,
               CASE WHEN k % 7 = 0 THEN NULL ELSE p.sites[1 + k % p.nsites] END AS home_site_id,
               (ARRAY['Finance', 'Operations', 'IT', 'Sales', 'R&D'])[1 + k % 5] AS department
        FROM bench_plan p CROSS JOIN LATERAL generate_series(1, p.nusers) k`);
      await q(
        `INSERT INTO users (id, email, name, password_hash, email_verified_at, default_organization_id, updated_at)
        SELECT user_id, format('u%s@org%s.bench.example', k, idx), format('User %s of %s', k, idx), $1, now(), org_id, now() FROM bench_members`,
        [hash],
      );
      await q(`INSERT INTO memberships (id, user_id, organization_id, roles, home_site_id, department, ticket_access, updated_at)
        SELECT gen_random_uuid(), user_id, org_id, ARRAY[role]::"PortalRole"[], home_site_id, department,
               (CASE WHEN k % 25 = 6 THEN 'ORG_READ' ELSE 'OWN' END)::"TicketAccess", now()
        FROM bench_members`);
      await q(
        `UPDATE bench_plan p SET users = (SELECT array_agg(user_id ORDER BY k) FROM bench_members m WHERE m.org_id = p.org_id)`,
      );
    });

    // Personas. PORTAL_USER (k=5) and USER_PLUS (k=1) of the largest organisation (idx 0); an
    // external-support-mode USER_PLUS of the largest isolated organisation (idx 1) with read/write
    // site grants; a partner user in 20 organisations (incl. the largest) through partner links.
    const personas = await step('personas, partner links', async () => {
      const { rows: big } = await q(`SELECT org_id, sites, users FROM bench_plan WHERE idx IN (0, 1) ORDER BY idx`);
      const [org0, org1] = big as { org_id: string; sites: string[]; users: string[] }[];
      const portalUser = org0.users[4];
      const userPlus = org0.users[0];
      const esm = org1.users[0];
      await q(`UPDATE memberships SET home_site_id = $2, read_site_ids = $3, write_site_ids = $4 WHERE user_id = $1`, [
        esm,
        org1.sites[0],
        [org1.sites[1], org1.sites[2]],
        [org1.sites[3]],
      ]);
      await q(`UPDATE memberships SET home_site_id = $2 WHERE user_id = $1`, [portalUser, org0.sites[0]]);
      // Partner links: each PARTNER organisation supports the 3 giants' neighbours; the first one
      // supports 19 customers incl. the largest, and its user p1 holds 20 memberships.
      const { rows: partners } = await q(`SELECT idx, org_id FROM bench_plan WHERE kind = 'PARTNER' ORDER BY idx`);
      const { rows: customers } = await q(
        `SELECT idx, org_id FROM bench_plan WHERE kind = 'CUSTOMER' AND portal_id = '00000000-0000-4000-8000-000000000001' ORDER BY idx LIMIT 200`,
      );
      const partnerUserId = (await q(`SELECT gen_random_uuid() AS id`)).rows[0].id as string;
      const p0 = partners[0];
      await q(
        `INSERT INTO users (id, email, name, password_hash, email_verified_at, default_organization_id, updated_at) VALUES ($1, 'partner@partner.bench.example', 'Bench Partner', $2, now(), $3, now())`,
        [partnerUserId, hash, p0.org_id],
      );
      await q(
        `INSERT INTO memberships (id, user_id, organization_id, roles, updated_at) VALUES (gen_random_uuid(), $1, $2, ARRAY['PORTAL_USER']::"PortalRole"[], now())`,
        [partnerUserId, p0.org_id],
      );
      let links = 0;
      for (let pi = 0; pi < partners.length; pi++) {
        const served =
          pi === 0 ? customers.slice(0, 19) : customers.slice(19 + ((pi * 7) % 150), 19 + ((pi * 7) % 150) + 5);
        for (const c of served) {
          const { rows } = await q(
            `INSERT INTO partner_links (id, partner_organization_id, organization_id, consented_by_name, consented_by_email, consented_at, requested_by_name, requested_by_email)
            VALUES (gen_random_uuid(), $1, $2, 'Bench Approver', 'approver@bench.example', now(), 'Bench Approver', 'approver@bench.example') RETURNING id`,
            [partners[pi].org_id, c.org_id],
          );
          await q(
            `INSERT INTO organization_domains (id, organization_id, domain, kind, partner_link_id) VALUES (gen_random_uuid(), $1, $2, 'ASSOCIATED', $3)`,
            [c.org_id, `org${partners[pi].idx}.bench.example`, rows[0].id],
          );
          links++;
          if (pi === 0) {
            await q(
              `INSERT INTO memberships (id, user_id, organization_id, roles, partner_link_id, updated_at) VALUES (gen_random_uuid(), $1, $2, ARRAY['PORTAL_USER']::"PortalRole"[], $3, now())`,
              [partnerUserId, c.org_id, rows[0].id],
            );
            // The partner raises tickets in every customer it serves: add it to the requester pool.
            await q(`UPDATE bench_plan SET users = users || $2::uuid WHERE org_id = $1`, [c.org_id, partnerUserId]);
          }
        }
      }
      const { rows: agent } = await q(`SELECT id FROM users WHERE email = 'agent1@bench.example'`);
      return {
        org0: org0.org_id,
        org1: org1.org_id,
        portalUser,
        userPlus,
        esm,
        partnerUserId,
        agent: agent[0].id as string,
        links,
        esmSites: org1.sites.slice(0, 4),
      };
    });

    await step('drop ticket indexes for the load', async () => {
      const { rows } =
        await q(`SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename IN ('tickets', 'ticket_ccs', 'ticket_comments')
        AND indexname NOT IN (SELECT conname FROM pg_constraint)
        AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_constraint'::regclass
          AND d.refobjid = format('%I.%I', schemaname, indexname)::regclass)`); // a foreign key's unique index stays
      await q(
        `CREATE TEMP TABLE bench_indexes ON COMMIT DROP AS SELECT * FROM unnest($1::text[], $2::text[]) AS x(name, def)`,
        [rows.map((r) => r.indexname), rows.map((r) => r.indexdef)],
      );
      for (const r of rows) await q(`DROP INDEX "${r.indexname}"`);
    });

    const t0 = Date.now();
    const { rows: groupRows } = await q(`SELECT array_agg(id ORDER BY name) AS ids FROM groups`);
    const groups = groupRows[0].ids as string[];
    let done = 0;
    const chunk = 100_000;
    // Batches of organisations of about `chunk` tickets each.
    const batches: [number, number][] = [];
    for (let i = 0, acc = 0, start = 0; i < plan.length; i++) {
      acc += plan[i];
      if (acc >= chunk || i === plan.length - 1) {
        batches.push([start, i]);
        start = i + 1;
        acc = 0;
      }
    }
    for (const [from, to] of batches) {
      const res = await q(
        `INSERT INTO tickets (id, organization_id, site_id, requester_id, type, priority, status, subject, description, group_id, created_at, updated_at, resolution_due_at, search_vector)
        SELECT x.*, ticket_search_document(x.subject, x.description, NULL) FROM (
        SELECT gen_random_uuid(), p.org_id,
               CASE WHEN g % 10 = 0 THEN NULL ELSE p.sites[1 + (g * 7) % p.nsites] END,
               p.users[1 + (g * 13) % array_length(p.users, 1)],
               (ARRAY['INCIDENT', 'SERVICE_REQUEST', 'CHANGE', 'QUESTION'])[1 + g % 4]::"TicketType",
               (ARRAY['LOW', 'MEDIUM', 'MEDIUM', 'HIGH', 'CRITICAL'])[1 + g % 5]::"TicketPriority",
               (CASE WHEN c.ts > now() - interval '30 days' THEN (ARRAY['NEW', 'OPEN', 'PENDING_CUSTOMER'])[1 + g % 3] ELSE (ARRAY['CLOSED', 'CLOSED', 'RESOLVED', 'CANCELLED'])[1 + g % 4] END)::"TicketStatus",
               format('%s #%s at site %s', (ARRAY['Printer jams', 'VPN drops', 'New laptop', 'Password reset', 'Switch port down', 'Access request', 'Slow network', 'Email bounce'])[1 + g % 8], g, 1 + (g * 7) % p.nsites) AS subject,
               -- One ticket in 5,000 mentions a rare word (the benchmark's rare search).
               CASE WHEN g % 5000 = 17 THEN 'Generated by seed:scale. The flux capacitor overheated.' ELSE 'Generated by seed:scale.' END AS description,
               ($3::uuid[])[1 + g % 3],
               c.ts,
               -- Updated up to 4 days after creation (not in the future); due times on two tickets in three.
               least(now(), c.ts + (g % 97) * interval '1 hour'),
               CASE WHEN g % 3 <> 0 THEN c.ts + (1 + g % 5) * interval '8 hours' END
        FROM bench_plan p
        CROSS JOIN LATERAL generate_series(1, p.n) g
        CROSS JOIN LATERAL (SELECT date_trunc('milliseconds', now() - (random() + 0 * g) * interval '1095 days') AS ts) c
        WHERE p.idx BETWEEN $1 AND $2) x`,
        [from, to, groups],
      );
      done += res.rowCount ?? 0;
      bar(done, args.tickets, t0, 'tickets');
    }

    await step('CCs (5% of tickets + persona)', async () => {
      await q(`INSERT INTO ticket_ccs (ticket_id, user_id, organization_id, ticket_created_at, ticket_updated_at, ticket_priority, ticket_resolution_due_at, created_at)
        SELECT t.id, p.users[1 + (t.number * 17) % array_length(p.users, 1)], t.organization_id, t.created_at, t.updated_at, t.priority, t.resolution_due_at, t.created_at
        FROM tickets t JOIN bench_plan p ON p.org_id = t.organization_id WHERE t.number % 20 = 0
        ON CONFLICT DO NOTHING`);
      // The PORTAL_USER persona is CC'd on ~1.7% of the largest organisation's tickets (~2,000).
      await q(
        `INSERT INTO ticket_ccs (ticket_id, user_id, organization_id, ticket_created_at, ticket_updated_at, ticket_priority, ticket_resolution_due_at, created_at)
        SELECT t.id, $1, t.organization_id, t.created_at, t.updated_at, t.priority, t.resolution_due_at, t.created_at FROM tickets t
        WHERE t.organization_id = $2 AND t.number % 60 = 7 AND t.requester_id <> $1 ON CONFLICT DO NOTHING`,
        [personas.portalUser, personas.org0],
      );
      // The partner persona is CC'd on some tickets in each of its customers.
      await q(
        `INSERT INTO ticket_ccs (ticket_id, user_id, organization_id, ticket_created_at, ticket_updated_at, ticket_priority, ticket_resolution_due_at, created_at)
        SELECT t.id, $1, t.organization_id, t.created_at, t.updated_at, t.priority, t.resolution_due_at, t.created_at FROM tickets t
        JOIN memberships m ON m.organization_id = t.organization_id AND m.user_id = $1
        WHERE t.number % 200 = 11 AND t.requester_id <> $1 ON CONFLICT DO NOTHING`,
        [personas.partnerUserId],
      );
    });

    await step('comments (1 per 3 tickets, 10% internal)', async () => {
      const { rows } = await q(`SELECT id FROM users WHERE staff_role = 'AGENT' ORDER BY email LIMIT 1`);
      await q(
        `INSERT INTO ticket_comments (id, ticket_id, organization_id, author_id, body, internal, created_at)
        SELECT gen_random_uuid(), t.id, t.organization_id, CASE WHEN t.number % 30 = 0 THEN $1 ELSE t.requester_id END,
               'Any news on this?', t.number % 30 = 0, t.created_at + interval '2 hours'
        FROM tickets t WHERE t.number % 3 = 0`,
        [rows[0].id],
      );
    });

    // The load skips triggers (session_replication_role): the search document of the tickets with
    // public comments is built here, as the comment trigger would have.
    await step('search documents of commented tickets', () =>
      q(`UPDATE tickets t SET search_vector = ticket_search_document(t.subject, t.description, ticket_public_comments(t.id))
          WHERE EXISTS (SELECT 1 FROM ticket_comments c WHERE c.ticket_id = t.id AND NOT c.internal)`),
    );

    await step('rebuild indexes', async () => {
      const { rows } = await q(`SELECT name, def FROM bench_indexes`);
      for (const r of rows) await q(r.def);
    });

    await step('CIs, contracts, SLA targets', async () => {
      await q(`INSERT INTO cis (id, organization_id, site_id, name, type, serial, status, department, updated_at)
        SELECT gen_random_uuid(), p.org_id, CASE WHEN g % 9 = 0 THEN NULL ELSE p.sites[1 + g % p.nsites] END,
               format('%s %s', (ARRAY['Server', 'Switch', 'Printer', 'Laptop', 'Firewall'])[1 + g % 5], g),
               (ARRAY['Server', 'Switch', 'Printer', 'Laptop', 'Firewall'])[1 + g % 5], format('SN-%s-%s', p.idx, g),
               (ARRAY['ACTIVE', 'ACTIVE', 'ACTIVE', 'IN_STOCK', 'MAINTENANCE', 'RETIRED'])[1 + g % 6]::"CiStatus",
               (ARRAY['Finance', 'Operations', 'IT', 'Sales', 'R&D'])[1 + g % 5], now()
        FROM bench_plan p CROSS JOIN LATERAL generate_series(1, greatest(10, p.n / 50)) g`);
      await q(`INSERT INTO contracts (id, organization_id, site_id, number, name, kind, direction, supplier, starts_on, ends_on, updated_at)
        SELECT gen_random_uuid(), s.organization_id, s.id, 'SC-' || s.abbreviation, 'Support ' || s.name, 'SUPPORT'::"ContractKind", 'SOLD'::"ContractDirection", NULL, current_date - 100, current_date + 265, now() FROM sites s
        UNION ALL
        SELECT gen_random_uuid(), p.org_id, p.sites[1], 'PC-' || p.idx, 'Vendor maintenance', 'SERVICE'::"ContractKind", 'PURCHASED'::"ContractDirection", 'Vendor Ltd', current_date - 100, current_date + 265, now() FROM bench_plan p`);
      await q(`INSERT INTO sla_targets (contract_id, organization_id, priority, response_minutes, resolution_minutes)
        SELECT c.id, c.organization_id, x.priority::"TicketPriority", x.r, x.s FROM contracts c
        CROSS JOIN (VALUES ('CRITICAL', 30, 240), ('HIGH', 60, 480), ('MEDIUM', 240, 1440), ('LOW', 480, 4320)) x(priority, r, s)
        WHERE c.direction = 'SOLD'`);
      await q(`INSERT INTO contract_cis (contract_id, ci_id, organization_id)
        SELECT c.id, ci.id, ci.organization_id FROM cis ci JOIN contracts c ON c.site_id = ci.site_id AND c.direction = 'SOLD'`);
    });
    // SLA clock columns, as the service writes them for a 24/7 contract: the tickets on a site with
    // a sold contract get its targets; open ones run (warning at 80 % of the response target,
    // breach at its due time), finished ones are met; past notices count as sent.
    await step('SLA columns of tickets on sold-contract sites', async () => {
      await q(`UPDATE tickets t SET contract_id = c.id,
          response_due_at = t.created_at + make_interval(mins => st.response_minutes),
          resolution_due_at = t.created_at + make_interval(mins => st.resolution_minutes),
          sla_warning_at = CASE WHEN t.status IN ('NEW', 'OPEN') THEN t.created_at + make_interval(secs => st.response_minutes * 48) END,
          sla_breach_at = CASE WHEN t.status IN ('NEW', 'OPEN') THEN t.created_at + make_interval(mins => st.response_minutes) END,
          sla_warned_at = CASE WHEN t.status IN ('NEW', 'OPEN') AND t.created_at + make_interval(secs => st.response_minutes * 48) > now() THEN NULL ELSE now() END,
          sla_breached_notified_at = CASE WHEN t.status IN ('NEW', 'OPEN') AND t.created_at + make_interval(mins => st.response_minutes) > now() THEN NULL ELSE now() END,
          resolved_at = CASE WHEN t.status IN ('RESOLVED', 'CLOSED') THEN t.created_at + make_interval(mins => st.resolution_minutes / 2) END
        FROM contracts c JOIN sla_targets st ON st.contract_id = c.id
        WHERE c.site_id = t.site_id AND c.direction = 'SOLD' AND c.kind = 'SUPPORT' AND st.priority = t.priority`);
    });
    await q('COMMIT');
    // VACUUM sets the visibility map, so list branches are index-only scans without heap fetches.
    await step('vacuum analyze', () => q('VACUUM (ANALYZE)'));

    const { rows: counts } = await q(`SELECT
      (SELECT count(*) FROM organizations)::int AS organizations, (SELECT count(*) FROM sites)::int AS sites,
      (SELECT count(*) FROM users)::int AS users, (SELECT count(*) FROM memberships)::int AS memberships,
      (SELECT count(*) FROM partner_links)::int AS partner_links, (SELECT count(*) FROM tickets)::int AS tickets,
      (SELECT count(*) FROM ticket_ccs)::int AS ccs, (SELECT count(*) FROM ticket_comments)::int AS comments,
      (SELECT count(*) FROM cis)::int AS cis, (SELECT count(*) FROM contracts)::int AS contracts,
      (SELECT count(*) FROM organizations o JOIN portals p ON p.id = o.portal_id WHERE p.external_support_mode)::int AS esm_organizations,
      (SELECT count(*) FROM (SELECT organization_id FROM tickets GROUP BY 1 HAVING count(*) > 100000) x)::int AS orgs_over_100k,
      (SELECT max(n) FROM (SELECT count(*) AS n FROM tickets GROUP BY organization_id) x)::int AS largest_org_tickets,
      pg_size_pretty(pg_database_size(current_database())) AS database_size`);
    const emailOf = async (id: string) =>
      (await q('SELECT email FROM users WHERE id = $1', [id])).rows[0].email as string;
    const persona = async (key: string, id: string, what: string, organizationId: string | null) => ({
      key,
      userId: id,
      email: await emailOf(id),
      what,
      organizationId,
    });
    const result = {
      createdAt: new Date().toISOString(),
      args: { orgs: args.orgs, tickets: args.tickets },
      databaseUrl: db.embedded ? null : url,
      dataDir: db.embedded ? config.dataDir : null,
      password: SCALE_PASSWORD,
      summary: counts[0],
      personas: [
        await persona(
          'portalUser',
          personas.portalUser,
          'PORTAL_USER of the largest organisation, requester and CC',
          personas.org0,
        ),
        await persona('userPlus', personas.userPlus, 'PORTAL_USER_PLUS of the largest organisation', personas.org0),
        await persona(
          'esm',
          personas.esm,
          'PORTAL_USER_PLUS, external support mode, home site + 2 read sites + 1 write site, largest isolated organisation',
          personas.org1,
        ),
        await persona(
          'partner',
          personas.partnerUserId,
          'partner user, PORTAL_USER in 20 organisations (incl. the largest)',
          personas.org0,
        ),
        await persona('agent', personas.agent, 'staff AGENT', null),
      ],
      largestOrganizationId: personas.org0,
      largestIsolatedOrganizationId: personas.org1,
      esmSiteIds: personas.esmSites,
    };
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify(result, null, 2));
    log(`\nsummary (${((Date.now() - started) / 1000).toFixed(1)} s):`);
    for (const [k, v] of Object.entries(counts[0]))
      log(`  ${k.padEnd(22)} ${typeof v === 'number' ? v.toLocaleString('en') : v}`);
    log(`\npersonas (password for all: ${SCALE_PASSWORD}), written to ${out}:`);
    for (const p of result.personas) log(`  ${p.key.padEnd(11)} ${p.email.padEnd(36)} ${p.userId}  ${p.what}`);
  } catch (err) {
    await q('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    await client.end();
    await db.embedded?.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`\nseed:scale failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
