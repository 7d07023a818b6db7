import { Webhook } from 'standardwebhooks';
import { WebhookWorker } from '../../src/webhooks/webhook-worker.service.js';
import { useApp } from '../helpers/setup.js';
import { startReceiver, type Receiver } from '../helpers/webhook-receiver.js';

type U = { id: string };

describe('webhooks: endpoints, signed deliveries from the event log, retries, policy at delivery time', () => {
  const { ctx, f, as } = useApp({
    WEBHOOK_ALLOW_PRIVATE: 'true',
    WEBHOOK_ALLOW_INSECURE: 'true',
    RATE_LIMIT_ENABLED: 'false',
  });
  let rx: Receiver;
  const worker = () => ctx.app.get(WebhookWorker);

  beforeAll(async () => {
    rx = await startReceiver();
  });
  afterAll(() => rx.close());
  beforeEach(() => {
    rx.received.length = 0;
    rx.respond = () => ({ status: 204 });
  });

  async function world() {
    const portal = await f.portal();
    const esmPortal = await f.portal({ externalSupportMode: true });
    const a = await f.org({ portalId: portal.id });
    const b = await f.org({ portalId: portal.id });
    const e = await f.org({ portalId: esmPortal.id });
    const e1 = await f.site(e.id);
    const e2 = await f.site(e.id);
    return {
      a,
      b,
      e,
      e1,
      e2,
      agent: await f.staff('AGENT'),
      approver: await f.member(a.id, { roles: ['CUSTOMER_APPROVER'] }),
      approverB: await f.member(b.id, { roles: ['CUSTOMER_APPROVER'] }),
      user: await f.member(a.id, { roles: ['PORTAL_USER'] }),
      approverE1: await f.member(e.id, { roles: ['CUSTOMER_APPROVER'], homeSiteId: e1.id }),
      userE2: await f.member(e.id, { roles: ['PORTAL_USER'], homeSiteId: e2.id }),
    };
  }

  async function register(owner: U, body: Record<string, unknown>) {
    const res = await ctx.http
      .post('/api/v1/webhooks')
      .set(as(owner))
      .send({ url: rx.url, eventTypes: ['ticket.created', 'ticket.commented', 'ticket.status_changed'], ...body });
    expect(res.status).toBe(201);
    return res.body as { id: string; secret: string; version: number };
  }

  const bodies = () => rx.received.map((r) => JSON.parse(r.body) as { type: string; data: Record<string, any> });

  it('an approver registers an endpoint for their organisation; the secret is shown once; CRUD with If-Match', async () => {
    const w = await world();
    const created = await register(w.approver, { organizationId: w.a.id, description: 'sync' });
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const got = await ctx.http.get(`/api/v1/webhooks/${created.id}`).set(as(w.approver)).expect(200);
    expect(got.body).not.toHaveProperty('secret');
    expect(JSON.stringify(got.body)).not.toContain(created.secret.slice(6));
    expect(got.body).toMatchObject({ organizationId: w.a.id, ownerId: w.approver.id, enabled: true, url: rx.url });
    const row = await ctx.prisma.webhookEndpoint.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.secretEnc).not.toContain(created.secret.slice(6)); // encrypted at rest

    // Another organisation's approver does not see it; a portal user may not manage webhooks.
    await ctx.http.get(`/api/v1/webhooks/${created.id}`).set(as(w.approverB)).expect(404);
    await ctx.http
      .post('/api/v1/webhooks')
      .set(as(w.user))
      .send({ url: rx.url, eventTypes: ['ticket.created'], organizationId: w.a.id })
      .expect(403);
    await ctx.http
      .post('/api/v1/webhooks')
      .set(as(w.approver))
      .send({ url: rx.url, eventTypes: ['ticket.created'] })
      .expect(403);
    await ctx.http
      .post('/api/v1/webhooks')
      .set(as(w.approverB))
      .send({ url: rx.url, eventTypes: ['ticket.created'], organizationId: w.a.id })
      .expect(422); // an organisation the caller is not in: as if absent
    const bad = await ctx.http
      .post('/api/v1/webhooks')
      .set(as(w.agent))
      .send({ url: 'ftp://x.example/', eventTypes: ['nope'] })
      .expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toContain('eventTypes');
    const badUrl = await ctx.http
      .post('/api/v1/webhooks')
      .set(as(w.agent))
      .send({ url: 'ftp://x.example/', eventTypes: ['ticket.created'] })
      .expect(422);
    expect(badUrl.body.errors).toEqual([{ field: 'url', message: 'must use https or http' }]);

    // Lists: the approver sees their organisation's endpoint; staff see all, global ones included.
    const global = await register(w.agent, {});
    const mine = await ctx.http.get('/api/v1/webhooks').set(as(w.approver)).expect(200);
    expect(mine.body.data.map((x: { id: string }) => x.id)).toEqual([created.id]);
    const all = await ctx.http.get('/api/v1/webhooks').set(as(w.agent)).expect(200);
    expect(all.body.data.map((x: { id: string }) => x.id).sort()).toEqual([created.id, global.id].sort());
    await ctx.http.get('/api/v1/webhooks').set(as(w.user)).expect(403);

    await ctx.http.patch(`/api/v1/webhooks/${created.id}`).set(as(w.approver)).send({ enabled: false }).expect(428);
    await ctx.http
      .patch(`/api/v1/webhooks/${created.id}`)
      .set(as(w.approver))
      .set('if-match', '"9"')
      .send({ enabled: false })
      .expect(412);
    const patched = await ctx.http
      .patch(`/api/v1/webhooks/${created.id}`)
      .set(as(w.approver))
      .set('if-match', got.headers.etag)
      .send({ enabled: false, eventTypes: ['ticket.created'] })
      .expect(200);
    expect(patched.body).toMatchObject({ enabled: false, eventTypes: ['ticket.created'], version: 2 });
    await ctx.http.delete(`/api/v1/webhooks/${created.id}`).set(as(w.approverB)).expect(404);
    await ctx.http.delete(`/api/v1/webhooks/${created.id}`).set(as(w.approver)).expect(204);
    await ctx.http.get(`/api/v1/webhooks/${created.id}`).set(as(w.approver)).expect(404);
  });

  it('a change writes its event and delivery in its transaction; the delivery is signed per Standard Webhooks', async () => {
    const w = await world();
    const hook = await register(w.agent, { organizationId: w.a.id });
    const t = await ctx.http
      .post('/api/v1/tickets')
      .set(as(w.user))
      .send({ type: 'INCIDENT', subject: 'Printer' })
      .expect(201);
    // A ticket of another organisation makes no delivery to this endpoint.
    await ctx.http
      .post('/api/v1/tickets')
      .set(as(w.approverB))
      .send({ type: 'INCIDENT', subject: 'Other' })
      .expect(201);
    expect(await ctx.prisma.webhookDelivery.count({ where: { endpointId: hook.id } })).toBe(1);
    // A refused change writes nothing.
    await ctx.http
      .post(`/api/v1/tickets/${t.body.id}/transitions`)
      .set(as(w.user))
      .send({ status: 'CLOSED' })
      .expect(409);
    expect(await ctx.prisma.event.count()).toBe(2);

    const report = await worker().deliverDue();
    expect(report).toMatchObject({ delivered: 1, retried: 0, skipped: 0 });
    expect(rx.received).toHaveLength(1);
    const r = rx.received[0];
    const payload = new Webhook(hook.secret).verify(r.body, r.headers as Record<string, string>) as {
      type: string;
      data: { ticket: { id: string; subject: string } };
    };
    expect(payload.type).toBe('ticket.created');
    expect(payload.data.ticket).toMatchObject({ id: t.body.id, subject: 'Printer' });
    expect(r.headers['content-type']).toBe('application/json');
    // A wrong secret does not verify.
    expect(() =>
      new Webhook(`whsec_${Buffer.alloc(32, 7).toString('base64')}`).verify(
        r.body,
        r.headers as Record<string, string>,
      ),
    ).toThrow();
    const [d] = (await ctx.http.get(`/api/v1/webhooks/${hook.id}/deliveries`).set(as(w.agent)).expect(200)).body.data;
    expect(d).toMatchObject({
      status: 'DELIVERED',
      attempts: 1,
      messageId: r.headers['webhook-id'],
      eventType: 'ticket.created',
    });
    expect(d.attemptLog).toEqual([
      expect.objectContaining({ attempt: 1, outcome: 'SUCCESS', statusCode: 204, latencyMs: expect.any(Number) }),
    ]);
  });

  it('after a rotation both secrets sign for a day; the old one verifies, and so does the new', async () => {
    const w = await world();
    const hook = await register(w.agent, { organizationId: w.a.id });
    const rotated = await ctx.http.post(`/api/v1/webhooks/${hook.id}/rotate-secret`).set(as(w.agent)).expect(200);
    expect(rotated.body.secret).not.toBe(hook.secret);
    expect(new Date(rotated.body.previousSecretExpiresAt).getTime()).toBeGreaterThan(Date.now() + 23.9 * 3600_000);
    await ctx.http.post('/api/v1/tickets').set(as(w.user)).send({ type: 'INCIDENT', subject: 'Rotated' }).expect(201);
    await worker().deliverDue();
    const r = rx.received[0];
    expect(String(r.headers['webhook-signature']).split(' ')).toHaveLength(2);
    for (const secret of [hook.secret, rotated.body.secret])
      expect(new Webhook(secret).verify(r.body, r.headers as Record<string, string>)).toMatchObject({
        type: 'ticket.created',
      });
    // A day later only the new one signs.
    await ctx.http.post('/api/v1/tickets').set(as(w.user)).send({ type: 'INCIDENT', subject: 'Later' }).expect(201);
    await worker().deliverDue({ now: new Date(Date.now() + 25 * 3600_000) });
    expect(String(rx.received[1].headers['webhook-signature']).split(' ')).toHaveLength(1);
  });

  it('failures are retried with exponential backoff and jitter; a day of failures disables the endpoint and mails its owner', async () => {
    const w = await world();
    const hook = await register(w.approver, { organizationId: w.a.id });
    rx.respond = () => ({ status: 500, body: 'x'.repeat(5000) });
    await ctx.http.post('/api/v1/tickets').set(as(w.user)).send({ type: 'INCIDENT', subject: 'Flaky' }).expect(201);
    const t0 = new Date();
    const due = async () => ctx.prisma.webhookDelivery.findFirstOrThrow({ where: { endpointId: hook.id } });
    expect(await worker().deliverDue({ now: t0, random: () => 0 })).toMatchObject({ retried: 1 });
    // Attempt 1 failed: next in 5 s × (½ + ½·random) — 2.5 s with random 0.
    expect((await due()).nextAttemptAt.getTime() - t0.getTime()).toBe(2500);
    expect(await worker().deliverDue({ now: new Date(t0.getTime() + 2000) })).toMatchObject({ retried: 0 });
    expect(rx.received).toHaveLength(1);
    await worker().deliverDue({ now: new Date(t0.getTime() + 2500), random: () => 0.999999 });
    // Attempt 2 failed: the step doubles (10 s), with random ≈ 1 nearly all of it.
    expect((await due()).nextAttemptAt.getTime() - (t0.getTime() + 2500)).toBeGreaterThan(9990);
    let at = new Date(t0.getTime() + 20_000);
    await worker().deliverDue({ now: at, random: () => 0.5 });
    expect((await due()).nextAttemptAt.getTime() - at.getTime()).toBe(15_000); // 20 s × ¾
    expect(rx.received).toHaveLength(3);
    // Still failing after 24 h: disabled, the delivery gives up, the owner gets one mail.
    at = new Date(t0.getTime() + 24 * 3600_000 + 1000);
    expect(await worker().deliverDue({ now: at })).toMatchObject({ failed: 1, disabled: 1 });
    const endpoint = (await ctx.http.get(`/api/v1/webhooks/${hook.id}`).set(as(w.approver)).expect(200)).body;
    expect(endpoint).toMatchObject({ enabled: false, disabledReason: expect.stringContaining('24 h') });
    const mails = await ctx.prisma.outboxMessage.findMany({ where: { kind: 'webhook.disabled' } });
    expect(mails.map((m) => m.toEmail)).toEqual([w.approver.email]);
    const [d] = (await ctx.http.get(`/api/v1/webhooks/${hook.id}/deliveries`).set(as(w.approver)).expect(200)).body
      .data;
    expect(d.status).toBe('FAILED');
    expect(d.attemptLog.map((a: { attempt: number }) => a.attempt)).toEqual([1, 2, 3, 4]);
    expect(d.attemptLog[0]).toMatchObject({ outcome: 'FAILED', statusCode: 500 });
    expect(d.attemptLog[0].responseExcerpt).toHaveLength(1024);
    // Disabled: nothing more is claimed; a replay needs it enabled again.
    await ctx.http.post(`/api/v1/webhooks/${hook.id}/deliveries/${d.id}/replay`).set(as(w.approver)).expect(409);
    rx.respond = () => ({ status: 200, body: 'ok' });
    await ctx.http
      .patch(`/api/v1/webhooks/${hook.id}`)
      .set(as(w.approver))
      .set('if-match', `"${endpoint.version}"`)
      .send({ enabled: true })
      .expect(200);
    const replayed = await ctx.http
      .post(`/api/v1/webhooks/${hook.id}/deliveries/${d.id}/replay`)
      .set(as(w.approver))
      .expect(202);
    expect(replayed.body.status).toBe('PENDING');
    expect(await worker().deliverDue()).toMatchObject({ delivered: 1 });
    // The replay carries the same webhook-id as every earlier attempt.
    expect(new Set(rx.received.map((r) => r.headers['webhook-id'])).size).toBe(1);
  });

  it('a redirect is not followed; a silent receiver times out', async () => {
    const w = await world();
    const hook = await register(w.agent, { organizationId: w.a.id });
    rx.respond = () => ({ status: 302, headers: { location: 'http://169.254.169.254/latest/meta-data' } });
    await ctx.http.post('/api/v1/tickets').set(as(w.user)).send({ type: 'INCIDENT', subject: 'Redirect' }).expect(201);
    expect(await worker().deliverDue()).toMatchObject({ retried: 1 });
    expect(rx.received).toHaveLength(1);
    const d = await ctx.prisma.webhookDelivery.findFirstOrThrow({ where: { endpointId: hook.id } });
    expect(d).toMatchObject({ lastStatusCode: 302, lastError: 'redirect (302) not followed' });
  });

  it('concurrent workers (SKIP LOCKED) deliver each message exactly once', async () => {
    const w = await world();
    await register(w.agent, { organizationId: w.a.id });
    for (let i = 0; i < 12; i++)
      await ctx.http
        .post('/api/v1/tickets')
        .set(as(w.user))
        .send({ type: 'INCIDENT', subject: `n${i}` })
        .expect(201);
    const reports = await Promise.all([0, 1, 2].map(() => worker().deliverDue({ limit: 5 })));
    const more = await Promise.all([0, 1, 2].map(() => worker().deliverDue({ limit: 5 })));
    const delivered = [...reports, ...more].reduce((n, r) => n + r.delivered, 0);
    expect(delivered).toBe(12);
    const ids = rx.received.map((r) => r.headers['webhook-id']);
    expect(ids).toHaveLength(12);
    expect(new Set(ids).size).toBe(12);
  });

  it('POST webhooks/{id}/test sends a signed ping to that endpoint only', async () => {
    const w = await world();
    const hook = await register(w.approver, { organizationId: w.a.id });
    await register(w.agent, {});
    const queued = await ctx.http.post(`/api/v1/webhooks/${hook.id}/test`).set(as(w.approver)).expect(202);
    expect(queued.body).toMatchObject({ status: 'PENDING', eventType: 'ping' });
    await worker().deliverDue();
    expect(rx.received).toHaveLength(1);
    const ping = new Webhook(hook.secret).verify(rx.received[0].body, rx.received[0].headers as Record<string, string>);
    expect(ping).toMatchObject({ type: 'ping', data: { webhookId: hook.id } });
    await ctx.http.post(`/api/v1/webhooks/${hook.id}/test`).set(as(w.approverB)).expect(404);
  });

  describe('policy at delivery time: the payload is what the owner may read when it is sent', () => {
    it("a customer's endpoint never receives an internal comment; staff's does", async () => {
      const w = await world();
      await register(w.approver, { organizationId: w.a.id });
      const staffHook = await register(w.agent, { organizationId: w.a.id });
      const t = await f.ticket(w.a.id, w.user.id);
      await ctx.http
        .post(`/api/v1/tickets/${t.id}/comments`)
        .set(as(w.agent))
        .send({ body: 'secret note', internal: true })
        .expect(201);
      await ctx.http
        .post(`/api/v1/tickets/${t.id}/comments`)
        .set(as(w.agent))
        .send({ body: 'public answer' })
        .expect(201);
      expect(await worker().deliverDue()).toMatchObject({ delivered: 3, skipped: 1 });
      expect(rx.received.some((r) => r.body.includes('secret note'))).toBe(true); // to staff only
      const staffSecret = staffHook.secret;
      const toStaff = rx.received.filter((r) => {
        try {
          new Webhook(staffSecret).verify(r.body, r.headers as Record<string, string>);
          return true;
        } catch {
          return false;
        }
      });
      expect(toStaff).toHaveLength(2);
      const toCustomer = rx.received.filter((r) => !toStaff.includes(r));
      expect(toCustomer.map((r) => JSON.parse(r.body).data.comment.body)).toEqual(['public answer']);
      const skipped = await ctx.prisma.webhookDeliveryAttempt.findMany({ where: { outcome: 'SKIPPED' } });
      expect(skipped.map((a) => a.error)).toEqual(['internal comments are staff-only']);
    });

    it('external support mode: an approver of site S1 receives nothing about a ticket on S2', async () => {
      const w = await world();
      await register(w.approverE1, { organizationId: w.e.id });
      await f.ticket(w.e.id, w.userE2.id, { siteId: w.e2.id });
      await ctx.http.post('/api/v1/tickets').set(as(w.userE2)).send({ type: 'QUESTION', subject: 'On S2' }).expect(201);
      await ctx.http
        .post('/api/v1/tickets')
        .set(as(w.approverE1))
        .send({ type: 'QUESTION', subject: 'On S1' })
        .expect(201);
      expect(await worker().deliverDue()).toMatchObject({ delivered: 1, skipped: 1 });
      expect(bodies().map((b) => b.data.ticket.subject)).toEqual(['On S1']);
    });

    it('an owner who lost the managing role (or the account) receives nothing more: skipped and logged', async () => {
      const w = await world();
      const hook = await register(w.approver, { organizationId: w.a.id });
      await ctx.http.post('/api/v1/tickets').set(as(w.user)).send({ type: 'INCIDENT', subject: 'Before' }).expect(201);
      expect(await worker().deliverDue()).toMatchObject({ delivered: 1 });
      // The change is queued while the owner still is an approver; the role goes before it is sent.
      await ctx.http.post('/api/v1/tickets').set(as(w.user)).send({ type: 'INCIDENT', subject: 'After' }).expect(201);
      await ctx.prisma.membership.update({
        where: { id: w.approver.membership.id },
        data: { roles: ['PORTAL_USER_PLUS'] },
      });
      expect(await worker().deliverDue()).toMatchObject({ delivered: 0, skipped: 1 });
      expect(bodies().map((b) => b.data.ticket.subject)).toEqual(['Before']);
      const page = (
        await ctx.http.get(`/api/v1/webhooks/${hook.id}/deliveries?status=SKIPPED`).set(as(w.agent)).expect(200)
      ).body;
      expect(page.data).toHaveLength(1);
      expect(page.data[0].attemptLog[0]).toMatchObject({
        outcome: 'SKIPPED',
        error: expect.stringContaining('may no longer manage'),
      });
      // A deactivated owner: the same.
      await ctx.prisma.membership.update({
        where: { id: w.approver.membership.id },
        data: { roles: ['CUSTOMER_APPROVER'] },
      });
      await ctx.prisma.user.update({ where: { id: w.approver.id }, data: { active: false } });
      await ctx.http.post('/api/v1/tickets').set(as(w.user)).send({ type: 'INCIDENT', subject: 'Gone' }).expect(201);
      expect(await worker().deliverDue()).toMatchObject({ delivered: 0, skipped: 1 });
      expect(rx.received).toHaveLength(1);
    });

    it('the ticket as it is when delivered: moved out of the owner’s reach meanwhile ⇒ skipped', async () => {
      const w = await world();
      await register(w.approverE1, { organizationId: w.e.id });
      // On S1 when the comment is made, on S2 (out of the approver's sites) when it is delivered.
      const t = await f.ticket(w.e.id, w.userE2.id, { siteId: w.e1.id });
      await ctx.http.post(`/api/v1/tickets/${t.id}/comments`).set(as(w.agent)).send({ body: 'Moving it' }).expect(201);
      await ctx.prisma.ticket.update({ where: { id: t.id }, data: { siteId: w.e2.id } });
      expect(await worker().deliverDue()).toMatchObject({ delivered: 0, skipped: 1 });
      expect(rx.received).toHaveLength(0);
    });

    it('validation events reach the approver with the validation as the approver sees it', async () => {
      const w = await world();
      const hook = await register(w.approver, {
        organizationId: w.a.id,
        eventTypes: ['validation.requested', 'validation.decided'],
      });
      const t = await f.ticket(w.a.id, w.user.id, { status: 'OPEN' });
      const v = await ctx.http
        .post(`/api/v1/tickets/${t.id}/validations`)
        .set(as(w.agent))
        .send({ kind: 'VALIDATION', question: 'Replace it?', dueAt: new Date(Date.now() + 86400_000).toISOString() })
        .expect(201);
      await worker().deliverDue();
      await ctx.http
        .post(`/api/v1/validations/${v.body.id}/decisions`)
        .set(as(w.approver))
        .send({ outcome: 'ACCEPT' })
        .expect(201);
      await worker().deliverDue();
      const got = rx.received.map(
        (r) => new Webhook(hook.secret).verify(r.body, r.headers as Record<string, string>) as any,
      );
      expect(got.map((p) => [p.type, p.data.validation.status, p.data.validation.canDecide])).toEqual([
        ['validation.requested', 'OPEN', true],
        ['validation.decided', 'ACCEPTED', false],
      ]);
    });
  });
});
