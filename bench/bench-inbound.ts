import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTransport } from 'nodemailer';
import pg from 'pg';
import { mailChannel, replyAddress, replyToken, tokenHash } from '#app/notifications/mail-channel.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '#app/database/embedded-postgres.js';
import { migrate } from '#app/database/migrator.js';
import { MIGRATIONS_DIR } from '#app/database/paths.js';
import { freePort, waitFor } from './processes.js';

/**
 * `npm run bench:inbound -- [--messages 1000] [--senders 8] [--out file.json]`
 *
 * A fresh embedded PostgreSQL and an Outpost instance from dist/ with its SMTP listener on; one
 * organisation with a requester per sender, each with an open ticket and its reply address. Eight
 * senders deliver the replies over SMTP (one connection each, messages in sequence), the server's
 * own worker turns them into comments. Reports messages/s end to end (first accepted → last
 * comment committed), the p95 of accepted → comment committed, and counts every comment: none
 * lost, none doubled.
 */
const distMain = fileURLToPath(import.meta.resolve('#app/main.js'));

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];

async function main(): Promise<void> {
  const messages = Number(arg('messages', '1000'));
  const senders = Number(arg('senders', '8'));
  const out = arg('out', '');
  const dir = mkdtempSync(join(tmpdir(), 'outpost-bench-inbound-'));
  const children: ChildProcess[] = [];
  let embedded: EmbeddedDatabase | null = null;
  try {
    embedded = await startEmbeddedPostgres({
      dataDir: dir,
      port: await freePort(),
      password: randomBytes(16).toString('hex'),
      log: () => undefined,
    });
    await migrate(embedded.url, MIGRATIONS_DIR, () => undefined);
    const pool = new pg.Pool({ connectionString: embedded.url, max: 4 });
    pool.on('error', () => {});
    const jwtSecret = randomBytes(48).toString('base64url');
    const channel = mailChannel(
      'Outpost <no-reply@bench.test>',
      'help@bench.test',
      createHmac('sha256', jwtSecret).update('outpost mail tokens').digest(),
    );

    // One organisation, a requester per sender, an open ticket and a reply address each.
    const { rows: orgs } = await pool.query<{ id: string }>(
      `INSERT INTO organizations (id, name, updated_at) VALUES (gen_random_uuid(), 'Bench Org', now()) RETURNING id`,
    );
    const org = orgs[0].id;
    const addresses: { from: string; to: string }[] = [];
    for (let i = 0; i < senders; i++) {
      const email = `sender${i}@bench-customer.test`;
      const { rows: users } = await pool.query<{ id: string }>(
        `INSERT INTO users (id, email, name, email_verified_at, default_organization_id, updated_at)
         VALUES (gen_random_uuid(), $1, $2, now(), $3, now()) RETURNING id`,
        [email, `Sender ${i}`, org],
      );
      const user = users[0].id;
      await pool.query(
        `INSERT INTO memberships (id, user_id, organization_id, roles, updated_at) VALUES (gen_random_uuid(), $1, $2, '{PORTAL_USER}', now())`,
        [user, org],
      );
      const { rows: tickets } = await pool.query<{ id: string }>(
        `INSERT INTO tickets (id, organization_id, requester_id, subject, type, status, updated_at)
         VALUES (gen_random_uuid(), $1, $2, 'Bench ticket', 'QUESTION', 'OPEN', now()) RETURNING id`,
        [org, user],
      );
      const token = replyToken(channel, { kind: 'ticket', ticketId: tickets[0].id }, user, 0);
      await pool.query(
        `INSERT INTO mail_reply_tokens (token_hash, organization_id, ticket_id, user_id) VALUES ($1, $2, $3, $4)`,
        [tokenHash(token), org, tickets[0].id, user],
      );
      addresses.push({ from: email, to: replyAddress(channel, 'ticket', token) });
    }

    const port = await freePort();
    const smtpPort = await freePort();
    const outpost = spawn(process.execPath, [distMain], {
      env: {
        ...process.env,
        DATABASE_URL: embedded.url,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        SEED_DEMO: 'false',
        JWT_SECRET: jwtSecret,
        TOTP_ENCRYPTION_KEY: randomBytes(32).toString('base64url'),
        MAIL_FROM: 'Outpost <no-reply@bench.test>',
        SUPPORT_ADDRESS: 'help@bench.test',
        INBOUND_SMTP_PORT: String(smtpPort),
        INBOUND_PER_SENDER_PER_HOUR: String(messages * 2),
        INBOUND_POLL_MS: '200',
        OUTBOX_WORKER: 'false',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    children.push(outpost);
    await waitFor(`http://127.0.0.1:${port}/health/ready`, outpost);

    const accepted = new Map<string, number>();
    const started = Date.now();
    const perSender = Math.ceil(messages / senders);
    await Promise.all(
      addresses.map(async (a, s) => {
        const t = createTransport({
          host: '127.0.0.1',
          port: smtpPort,
          secure: false,
          ignoreTLS: true,
          pool: true,
          maxConnections: 1,
        });
        for (let i = 0; i < perSender && s * perSender + i < messages; i++) {
          const body = `bench reply ${s}-${i}`;
          await t.sendMail({
            from: a.from,
            to: a.to,
            subject: 'Re: Bench ticket',
            text: `${body}\n\nOn Monday Outpost wrote:\n> hello`,
          });
          accepted.set(body, Date.now());
        }
        t.close();
      }),
    );
    const allAccepted = Date.now();
    let comments = 0;
    while (Date.now() - allAccepted < 300_000) {
      const { rows } = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ticket_comments`);
      comments = rows[0].n;
      if (comments >= messages) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const { rows } = await pool.query<{ body: string; created_at: Date; n: number }>(
      `SELECT body, min(created_at) AS created_at, count(*)::int AS n FROM ticket_comments GROUP BY body`,
    );
    const doubled = rows.filter((r) => r.n > 1).length;
    const lost = [...accepted.keys()].filter((b) => !rows.some((r) => r.body === b)).length;
    const latencies = rows
      .filter((r) => accepted.has(r.body))
      .map((r) => r.created_at.getTime() - accepted.get(r.body)!)
      .sort((x, y) => x - y);
    const last = Math.max(...rows.map((r) => r.created_at.getTime()));
    const seconds = (last - started) / 1000;
    const report = {
      messages,
      senders,
      accepted: accepted.size,
      comments: rows.reduce((n, r) => n + r.n, 0),
      lost,
      doubled,
      seconds,
      messagesPerSecond: Math.round((messages / seconds) * 10) / 10,
      smtpAcceptPerSecond: Math.round((messages / ((allAccepted - started) / 1000)) * 10) / 10,
      p50Ms: percentile(latencies, 0.5),
      p95Ms: percentile(latencies, 0.95),
      machine: { cpus: cpus().length, loadAverage: loadavg() },
    };
    console.log(JSON.stringify(report, null, 2));
    if (out) writeFileSync(out, JSON.stringify(report, null, 2));
    await pool.end();
  } finally {
    for (const c of children) c.kill('SIGTERM');
    await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.once('exit', r)))));
    await embedded?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
