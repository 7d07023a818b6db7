import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Webhook } from 'standardwebhooks';
import { createOutpostClient, type OutpostClient, type WebhookEvent } from '../../clients/typescript/index.js';
import { WebhookWorker } from '../../src/webhooks/webhook-worker.service.js';
import { startReceiver } from '../helpers/webhook-receiver.js';
import { useApp } from '../helpers/setup.js';
import { PASSWORD } from '../factories/index.js';

const root = join(import.meta.dirname, '..', '..');
const clientDir = join(root, 'clients', 'typescript');

describe('the generated partner client (clients/typescript)', () => {
  it('is up to date with openapi.yaml (regenerated into a temporary folder and compared)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'outpost-client-'));
    try {
      const r = spawnSync(process.execPath, [join(root, 'scripts', 'client.mjs'), '--out', dir], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const fresh = readFileSync(join(dir, 'schema.ts'), 'utf8');
      const committed = readFileSync(join(clientDir, 'schema.ts'), 'utf8');
      if (fresh !== committed) throw new Error('clients/typescript/schema.ts is stale: run `npm run client` and commit it');
      expect(fresh).toContain('"/api/v1/tickets"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('type-checks with tsc --strict', () => {
    const r = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '--strict', '-p', join(clientDir, 'tsconfig.json')], { encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 60_000);

  describe('a partner scenario driven only through the client, against a real port', () => {
    const { ctx, f } = useApp({ WEBHOOK_ALLOW_PRIVATE: 'true', WEBHOOK_ALLOW_INSECURE: 'true' }, { truncate: false });
    let baseUrl: string;

    beforeAll(async () => {
      await ctx.app.listen(0, '127.0.0.1');
      baseUrl = await ctx.app.getUrl();
      baseUrl = baseUrl.replace('[::1]', '127.0.0.1');
    });

    async function login(client: OutpostClient, email: string) {
      const { data, error, response } = await client.POST('/api/v1/auth/login', { body: { email, password: PASSWORD } });
      expect(error).toBeUndefined();
      expect(response.status).toBe(200);
      if (!data || !('accessToken' in data)) throw new Error('expected tokens, got an MFA challenge');
      return data;
    }

    it('logs in, raises a ticket, moves it along the transitions its capabilities offer, comments, attaches and downloads a screenshot, lists it, gets a 404 for another organisation’s ticket, and refreshes its token', async () => {
      const portal = await f.portal();
      const org = await f.org({ portalId: portal.id });
      const site = await f.site(org.id);
      const user = await f.member(org.id, { homeSiteId: site.id, email: 'partner.client@example.test' });
      const other = await f.org({ portalId: portal.id });
      const stranger = await f.member(other.id);
      const foreign = await f.ticket(other.id, stranger.id, { subject: 'Not yours' });

      const client = createOutpostClient({ baseUrl });
      const unauthenticated = await client.GET('/api/v1/tickets', { params: { query: {} } });
      expect(unauthenticated.response.status).toBe(401);

      const tokens = await login(client, user.email);
      expect(tokens.tokenType).toBe('Bearer');
      expect(typeof tokens.refreshToken).toBe('string');
      client.setAccessToken(tokens.accessToken);

      const created = await client.POST('/api/v1/tickets', { body: { type: 'INCIDENT', subject: 'Printer jams (client)', priority: 'HIGH' } });
      expect(created.response.status).toBe(201);
      const ticket = created.data!;
      expect(ticket).toMatchObject({ requesterId: user.id, organizationId: org.id, siteId: site.id, status: 'NEW', priority: 'HIGH' });

      // The ticket says what the caller may do with it: perform one of its transitions.
      expect(ticket.capabilities).toMatchObject({ comment: true, commentInternal: false, update: true, manageCcs: true });
      expect(ticket.capabilities.editableFields).not.toContain('siteId');
      expect(ticket.capabilities.transitions).toEqual(['OPEN', 'CANCELLED']);
      const next = ticket.capabilities.transitions[0];
      const moved = await client.POST('/api/v1/tickets/{id}/transitions', { params: { path: { id: ticket.id } }, body: { status: next } });
      expect(moved.response.status).toBe(200);
      expect(moved.data!.status).toBe(next);
      expect(moved.data!.capabilities.transitions).toEqual(['PENDING_CUSTOMER', 'RESOLVED', 'CANCELLED']);

      const comment = await client.POST('/api/v1/tickets/{id}/comments', { params: { path: { id: ticket.id } }, body: { body: 'Still jamming' } });
      expect(comment.response.status).toBe(201);
      expect(comment.data).toMatchObject({ body: 'Still jamming', capabilities: { addAttachment: true } });

      // A screenshot: uploaded as multipart/form-data, listed with the ticket, downloaded byte for byte.
      const png = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(17, 1)]);
      const form = new FormData();
      form.append('file', new Blob([png], { type: 'image/png' }), 'screenshot.png');
      const uploaded = await client.POST('/api/v1/tickets/{id}/attachments', {
        params: { path: { id: ticket.id } },
        body: { file: '' },
        bodySerializer: () => form,
      });
      expect(uploaded.response.status).toBe(201);
      expect(uploaded.data).toMatchObject({ fileName: 'screenshot.png', contentType: 'image/png', size: png.length });
      const shown = await client.GET('/api/v1/tickets/{id}', { params: { path: { id: ticket.id } } });
      expect(shown.data!.attachments!.map((a) => a.id)).toEqual([uploaded.data!.id]);
      const bytes = await client.GET('/api/v1/attachments/{id}/content', {
        params: { path: { id: uploaded.data!.id } },
        parseAs: 'arrayBuffer',
      });
      expect(bytes.response.status).toBe(200);
      expect(bytes.response.headers.get('content-disposition')).toBe('attachment; filename=screenshot.png');
      expect(Buffer.compare(Buffer.from(bytes.data as ArrayBuffer), png)).toBe(0);

      const list = await client.GET('/api/v1/tickets', { params: { query: { limit: 10 } } });
      expect(list.response.status).toBe(200);
      expect(list.data!.data.map((t) => t.id)).toEqual([ticket.id]);
      expect(list.data!.nextCursor).toBeNull();

      // Sort, search and count through the typed client: a LOW ticket raised later comes second by priority.
      const low = await client.POST('/api/v1/tickets', { body: { type: 'QUESTION', subject: 'Toner order', priority: 'LOW' } });
      expect(low.response.status).toBe(201);
      const byPriority = await client.GET('/api/v1/tickets', { params: { query: { sort: 'priority', limit: 1 } } });
      expect(byPriority.data!.data.map((t) => t.id)).toEqual([ticket.id]);
      const secondPage = await client.GET('/api/v1/tickets', { params: { query: { sort: 'priority', cursor: byPriority.data!.nextCursor! } } });
      expect(secondPage.data!.data.map((t) => t.id)).toEqual([low.data!.id]);
      const wrongSort = await client.GET('/api/v1/tickets', { params: { query: { sort: 'updatedAt', cursor: byPriority.data!.nextCursor! } } });
      expect(wrongSort.response.status).toBe(400);
      const found = await client.GET('/api/v1/tickets', { params: { query: { q: 'jamming' } } });
      expect(found.data!.data.map((t) => t.id)).toEqual([ticket.id]);
      const count = await client.GET('/api/v1/tickets/count', { params: { query: {} } });
      expect(count.data).toEqual({ count: 2, exact: true });

      const comments = await client.GET('/api/v1/tickets/{id}/comments', { params: { path: { id: ticket.id }, query: {} } });
      expect(comments.data!.data.map((c) => c.body)).toEqual(['Still jamming']);

      const hidden = await client.GET('/api/v1/tickets/{id}', { params: { path: { id: foreign.id } } });
      expect(hidden.response.status).toBe(404);
      expect(hidden.data).toBeUndefined();
      expect(hidden.error).toMatchObject({ status: 404 });
      const missing = await client.GET('/api/v1/tickets/{id}', { params: { path: { id: '00000000-0000-7000-8000-000000000000' } } });
      const strip = (p: object) => ({ ...p, instance: undefined, requestId: undefined });
      expect(strip(hidden.error!)).toEqual(strip(missing.error!));

      // Refresh: a new pair comes back and works; the old refresh token is single-use.
      const refreshed = await client.POST('/api/v1/auth/refresh', { body: { refreshToken: tokens.refreshToken } });
      expect(refreshed.response.status).toBe(200);
      expect(refreshed.data!.refreshToken).not.toBe(tokens.refreshToken);
      client.setAccessToken(refreshed.data!.accessToken);
      const again = await client.GET('/api/v1/tickets/{id}', { params: { path: { id: ticket.id } } });
      expect(again.response.status).toBe(200);
      expect(again.data!.subject).toBe('Printer jams (client)');
      const replay = await client.POST('/api/v1/auth/refresh', { body: { refreshToken: tokens.refreshToken } });
      expect(replay.response.status).toBe(401);
      expect(replay.error).toMatchObject({ status: 401 });
    });

    it('registers a webhook endpoint, makes a change and verifies the signed, typed delivery', async () => {
      const rx = await startReceiver();
      try {
        const portal = await f.portal();
        const org = await f.org({ portalId: portal.id });
        const approver = await f.member(org.id, { roles: ['CUSTOMER_APPROVER'], email: 'hooks.client@example.test' });
        const client = createOutpostClient({ baseUrl });
        client.setAccessToken((await login(client, approver.email)).accessToken);
        const hook = await client.POST('/api/v1/webhooks', {
          body: { url: rx.url, eventTypes: ['ticket.created'], organizationId: org.id },
        });
        expect(hook.response.status).toBe(201);
        const secret = hook.data!.secret;
        const created = await client.POST('/api/v1/tickets', { body: { type: 'QUESTION', subject: 'Hooked' } });
        expect(created.response.status).toBe(201);
        await ctx.app.get(WebhookWorker).deliverDue();
        expect(rx.received).toHaveLength(1);
        const [delivery] = rx.received;
        // What a receiver does: verify the signature on the raw body, then use the typed payload.
        const event = new Webhook(secret).verify(delivery.body, delivery.headers as Record<string, string>) as WebhookEvent;
        expect(event.type).toBe('ticket.created');
        expect(event.data.ticket).toMatchObject({ id: created.data!.id, subject: 'Hooked' });
        const log = await client.GET('/api/v1/webhooks/{id}/deliveries', {
          params: { path: { id: hook.data!.id }, query: {} },
        });
        expect(log.data!.data[0]).toMatchObject({ status: 'DELIVERED', messageId: delivery.headers['webhook-id'] });
      } finally {
        await rx.close();
      }
    });
  });
});
