import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';
import pg from 'pg';

/**
 * The write benchmark's "bare route" reference: Fastify and a pg pool, no Nest, no guard, no
 * token, no principal, no policy, no reads. Each route runs, in one transaction, the writes
 * Outpost's route commits for the same actor: the ticket (or comment, or status change), its
 * history entry, one INSERT of all outbox rows for the same recipients, and the Idempotency-Key
 * record (create and comment, as Outpost's routes take one). The ceiling for a write on this box.
 */
export interface WriteFixtures {
  organizationId: string;
  siteId: string | null;
  actors: Record<
    string,
    {
      userId: string;
      /** The recipients Outpost notifies for a create by this actor, and for a comment or transition on a fixture ticket. */
      createRecipients: Recipient[];
      ticketRecipients: Recipient[];
      /** Outpost's create body for this actor (requesterId, assigneeId, ...). */
      create: Record<string, string>;
    }
  >;
}

export interface Recipient {
  userId: string;
  email: string;
  name: string;
}

const fixtures = JSON.parse(readFileSync(process.env.BENCH_WRITE_FIXTURES!, 'utf8')) as WriteFixtures;
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DB_POOL_SIZE || 10) });
const app = Fastify({ logger: false });
const publicUrl = 'http://127.0.0.1';

const OUTBOX = `INSERT INTO outbox_messages (id, organization_id, recipient_user_id, to_email, kind, subject, body)
  SELECT gen_random_uuid(), $1, r.user_id, r.email, $2, $3, 'Hello ' || r.name || E',\\n\\n' || $4 || E'\\n\\n' || $5
  FROM unnest($6::uuid[], $7::text[], $8::text[]) AS r(user_id, email, name)`;
const IDEMPOTENCY = `INSERT INTO idempotency_keys (id, user_id, key, method, path, request_hash, state, response_status, response_body, response_headers, created_at, expires_at)
  VALUES (gen_random_uuid(), $1, $2, 'POST', $3, $4, 'COMPLETED', $5, $6::jsonb, '{}'::jsonb, now(), now() + interval '1 day')`;

async function outbox(
  c: pg.PoolClient,
  recipients: Recipient[],
  ticket: { id: string; number: number; subject: string },
  kind: string,
  summary: string,
): Promise<void> {
  if (recipients.length === 0) return;
  await c.query(OUTBOX, [
    fixtures.organizationId,
    kind,
    `[#${ticket.number}] ${ticket.subject}`,
    summary,
    `${publicUrl}/tickets/${ticket.id}`,
    recipients.map((r) => r.userId),
    recipients.map((r) => r.email),
    recipients.map((r) => r.name),
  ]);
}

async function tx<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
  const c = await pool.connect();
  try {
    await c.query('BEGIN');
    const out = await fn(c);
    await c.query('COMMIT');
    return out;
  } catch (err) {
    await c.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    c.release();
  }
}

type Body = Record<string, string | undefined>;

app.post<{ Params: { as: string }; Body: Body }>('/w/:as/tickets', async (req, reply) => {
  const actor = fixtures.actors[req.params.as];
  const b = req.body;
  const row = await tx(async (c) => {
    const { rows } = await c.query(
      `INSERT INTO tickets (id, organization_id, site_id, requester_id, type, priority, subject, description, assignee_id, updated_at)
       VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7, $8, now()) RETURNING *`,
      [
        fixtures.organizationId,
        fixtures.siteId,
        b.requesterId ?? actor.userId,
        b.type,
        b.priority ?? 'MEDIUM',
        b.subject,
        b.description ?? '',
        b.assigneeId ?? null,
      ],
    );
    const t = rows[0];
    await c.query(
      `INSERT INTO ticket_history (id, ticket_id, organization_id, actor_id, action, after) VALUES (gen_random_uuid(), $1, $2, $3, 'created', $4)`,
      [t.id, t.organization_id, actor.userId, JSON.stringify(t)],
    );
    await outbox(c, actor.createRecipients, t, 'ticket.created', `Ticket #${t.number} "${t.subject}" was created.`);
    await c.query(IDEMPOTENCY, [
      actor.userId,
      req.headers['idempotency-key'] ?? randomUUID(),
      '/w/tickets',
      'h',
      201,
      JSON.stringify(t),
    ]);
    return t;
  });
  return reply.code(201).send(row);
});

app.post<{ Params: { as: string; id: string }; Body: Body }>('/w/:as/tickets/:id/comments', async (req, reply) => {
  const actor = fixtures.actors[req.params.as];
  const row = await tx(async (c) => {
    const { rows } = await c.query(
      `INSERT INTO ticket_comments (id, ticket_id, organization_id, author_id, body) VALUES (gen_random_uuid(), $1, $2, $3, $4) RETURNING *`,
      [req.params.id, fixtures.organizationId, actor.userId, req.body.body],
    );
    const cm = rows[0];
    await c.query(
      `INSERT INTO ticket_history (id, ticket_id, organization_id, actor_id, action, after) VALUES (gen_random_uuid(), $1, $2, $3, 'comment_added', $4)`,
      [req.params.id, fixtures.organizationId, actor.userId, JSON.stringify({ commentId: cm.id })],
    );
    await outbox(
      c,
      actor.ticketRecipients,
      { id: req.params.id, number: 1, subject: 'Benchmark fixture' },
      'ticket.commented',
      `commented:\n\n${req.body.body}`,
    );
    await c.query(IDEMPOTENCY, [
      actor.userId,
      req.headers['idempotency-key'] ?? randomUUID(),
      `/w/tickets/${req.params.id}/comments`,
      'h',
      201,
      JSON.stringify(cm),
    ]);
    return cm;
  });
  return reply.code(201).send(row);
});

app.post<{ Params: { as: string; id: string }; Body: Body }>('/w/:as/tickets/:id/transitions', async (req) => {
  const actor = fixtures.actors[req.params.as];
  return tx(async (c) => {
    const { rows } = await c.query(
      `UPDATE tickets SET status = $2::"TicketStatus", version = version + 1, updated_at = now() WHERE id = $1 RETURNING *`,
      [req.params.id, req.body.status],
    );
    const t = rows[0];
    await c.query(
      `INSERT INTO ticket_history (id, ticket_id, organization_id, actor_id, action, before, after) VALUES (gen_random_uuid(), $1, $2, $3, 'status_changed', $4, $5)`,
      [t.id, t.organization_id, actor.userId, JSON.stringify({ status: 'x' }), JSON.stringify({ status: t.status })],
    );
    await outbox(c, actor.ticketRecipients, t, 'ticket.status_changed', `Status changed to ${t.status}.`);
    return t;
  });
});

app.get('/ready', async () => ({ ok: true }));

await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
process.stdout.write('ready\n');
process.once('SIGTERM', () => {
  void app
    .close()
    .then(() => pool.end())
    .then(() => process.exit(0));
});
