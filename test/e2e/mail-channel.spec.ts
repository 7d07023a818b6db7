import { Logger } from '@nestjs/common';
import { jest } from '@jest/globals';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { bearer } from '../helpers/identity.js';
import { header, startSmtpSink } from '../helpers/smtp.js';
import { Factory } from '../factories/index.js';
import { OutboxWorker } from '../../src/notifications/outbox-worker.service.js';

describe('the email channel, outbound: threads, reply addresses, parts and preferences', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let ctx: TestContext;
  let f: Factory;
  let worker: OutboxWorker;
  const as = (u: { id: string }) => bearer(ctx.tokenFor(u));

  beforeAll(async () => {
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    smtp = await startSmtpSink();
    ctx = await createTestApp({
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      MAIL_FROM: 'Outpost <no-reply@outpost.test>',
      SUPPORT_ADDRESS: 'help@outpost.test',
      PUBLIC_URL: 'https://portal.example.test',
      RATE_LIMIT_ENABLED: 'false',
    });
    f = new Factory(ctx.prisma);
    worker = ctx.app.get(OutboxWorker);
  });
  afterAll(async () => {
    await ctx.close();
    await smtp.close();
  });
  beforeEach(async () => {
    await ctx.truncate();
    smtp.received.length = 0;
  });

  async function world() {
    const org = await f.org();
    const requester = await f.member(org.id, { email: 'req@acme.test', name: 'Rita Requester' });
    const agent = await f.staff();
    const res = await ctx.http
      .post('/api/v1/tickets')
      .set(as(requester))
      .send({ organizationId: org.id, type: 'QUESTION', subject: 'Printer <b>on fire</b>', description: 'Smoke.' })
      .expect(201);
    const ticket = res.body as { id: string; number: number };
    await worker.deliverPending();
    smtp.received.length = 0;
    return { org, requester, agent, ticket };
  }

  const comment = (w: Awaited<ReturnType<typeof world>>, body: string, internal = false) =>
    ctx.http
      .post(`/api/v1/tickets/${w.ticket.id}/comments`)
      .set(as(w.agent))
      .send({ body, ...(internal ? { internal } : {}) })
      .expect(201);

  it('every mail of a ticket is in one thread, with its own Message-ID and a reply address for its recipient', async () => {
    const w = await world();
    await comment(w, 'Have you tried turning it off?');
    await comment(w, 'Second thought: call the fire brigade.');
    await worker.deliverPending();
    const mine = smtp.received.filter((r) => r.to[0] === 'req@acme.test');
    expect(mine).toHaveLength(2);
    const thread = `<ticket-${w.ticket.id}@outpost.test>`;
    const rows = await ctx.prisma.outboxMessage.findMany({
      where: { toEmail: 'req@acme.test', kind: 'ticket.commented' },
    });
    for (const m of mine) {
      expect(header(m.parsed, 'In-Reply-To')).toBe(thread);
      expect(header(m.parsed, 'References')).toBe(thread);
      expect(rows.map((r) => `<${r.id}@outpost.test>`)).toContain(m.parsed.messageId);
      expect(header(m.parsed, 'Auto-Submitted')).toBe('auto-generated');
      expect(m.parsed.replyTo?.value[0].address).toMatch(/^help\+r-[a-z2-7]{32}@outpost\.test$/);
    }
    expect(mine[0].parsed.messageId).not.toBe(mine[1].parsed.messageId);
    // the same recipient and ticket keep one reply address; it is stored only as a hash
    expect(mine[0].parsed.replyTo?.text).toBe(mine[1].parsed.replyTo?.text);
    const token = /\+r-([a-z2-7]{32})@/.exec(mine[0].parsed.replyTo!.text)![1];
    const stored = await ctx.prisma.mailReplyToken.findMany({ where: { userId: w.requester.id } });
    expect(stored).toHaveLength(1);
    expect(stored[0].tokenHash).not.toContain(token);
    expect(stored[0].ticketId).toBe(w.ticket.id);
  });

  it('another recipient of the same ticket gets another reply address', async () => {
    const w = await world();
    const colleague = await f.member(w.org.id, { email: 'col@acme.test' });
    await f.cc(await ctx.prisma.ticket.findUniqueOrThrow({ where: { id: w.ticket.id } }), colleague.id);
    await comment(w, 'Update for everyone.');
    await worker.deliverPending();
    const a = smtp.received.find((r) => r.to[0] === 'req@acme.test')!;
    const b = smtp.received.find((r) => r.to[0] === 'col@acme.test')!;
    expect(a.parsed.replyTo!.text).not.toBe(b.parsed.replyTo!.text);
    expect(header(a.parsed, 'In-Reply-To')).toBe(header(b.parsed, 'In-Reply-To'));
  });

  it('a text and an HTML part; what a customer wrote is escaped in the HTML', async () => {
    const w = await world();
    await comment(w, 'See https://status.example.test/incidents/42 for details.');
    await worker.deliverPending();
    const m = smtp.received.find((r) => r.to[0] === 'req@acme.test')!;
    expect(m.parsed.text).toContain('See https://status.example.test/incidents/42 for details.');
    expect(m.parsed.html).toContain('<a href="https://status.example.test/incidents/42">');
    expect(m.parsed.subject).toBe(`[#${w.ticket.number}] Printer <b>on fire</b>`);
    await ctx.prisma.ticket.update({
      where: { id: w.ticket.id },
      data: { subject: 'Printer <script>alert(1)</script>' },
    });
    await comment(w, 'Renamed.');
    await worker.deliverPending();
    for (const r of smtp.received) expect(r.parsed.html || '').not.toMatch(/<script>|<b>on fire/);
  });

  it('an internal note reaches staff without a reply address', async () => {
    const w = await world();
    const other = await f.staff();
    await ctx.prisma.ticket.update({ where: { id: w.ticket.id }, data: { assigneeId: other.id } });
    await comment(w, 'Customer is difficult.', true);
    await worker.deliverPending();
    expect(smtp.received.map((r) => r.to[0])).toEqual([other.email]);
    expect(smtp.received[0].parsed.replyTo).toBeUndefined();
    expect(header(smtp.received[0].parsed, 'In-Reply-To')).toBe(`<ticket-${w.ticket.id}@outpost.test>`);
    expect(await ctx.prisma.mailReplyToken.count({ where: { userId: other.id } })).toBe(0);
  });

  it('GET and PATCH me/notifications: a kind turned off is not sent, the others are', async () => {
    const w = await world();
    const before = await ctx.http.get('/api/v1/me/notifications').set(as(w.requester)).expect(200);
    expect(before.body).toEqual({
      ticketCreated: true,
      ticketCommented: true,
      ticketStatusChanged: true,
      ticketUpdated: true,
      ticketCcAdded: true,
      validationRequested: true,
      validationDecided: true,
    });
    const after = await ctx.http
      .patch('/api/v1/me/notifications')
      .set(as(w.requester))
      .send({ ticketCommented: false })
      .expect(200);
    expect(after.body).toMatchObject({ ticketCommented: false, ticketStatusChanged: true });
    await comment(w, 'You will not hear about this one.');
    await ctx.http
      .post(`/api/v1/tickets/${w.ticket.id}/transitions`)
      .set(as(w.agent))
      .send({ status: 'OPEN' })
      .expect((r) => expect([200, 201]).toContain(r.status));
    await worker.deliverPending();
    const kinds = (
      await ctx.prisma.outboxMessage.findMany({ where: { recipientUserId: w.requester.id }, select: { kind: true } })
    ).map((r) => r.kind);
    expect(kinds).not.toContain('ticket.commented');
    expect(kinds).toContain('ticket.status_changed');
  });

  it('security mail cannot be turned off: no such switch, and unknown switches are a 400', async () => {
    const w = await world();
    for (const body of [{ passwordReset: false }, { emailVerification: false }, { ticketCommented: 'no' }]) {
      const res = await ctx.http.patch('/api/v1/me/notifications').set(as(w.requester)).send(body).expect(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    }
    await ctx.http.patch('/api/v1/me/notifications').set(as(w.requester)).send({ ticketCommented: false }).expect(200);
    await ctx.http.post('/api/v1/auth/password/forgot').send({ email: 'req@acme.test' }).expect(202);
    expect(
      await ctx.prisma.outboxMessage.count({ where: { toEmail: 'req@acme.test', kind: 'identity.password-reset' } }),
    ).toBe(1);
  });

  it('List-Unsubscribe carries a signed token that turns that kind off without signing in; a forged one is a 404', async () => {
    const w = await world();
    await comment(w, 'Anything new?');
    await worker.deliverPending();
    const m = smtp.received.find((r) => r.to[0] === 'req@acme.test')!;
    const link = header(m.parsed, 'List-Unsubscribe')!;
    const token = /^<https:\/\/portal\.example\.test\/unsubscribe\?token=([^>]+)>$/.exec(link)![1];
    const res = await ctx.http.post('/api/v1/notifications/unsubscribe').send({ token }).expect(200);
    expect(res.body).toEqual({ preference: 'ticketCommented' });
    const prefs = await ctx.http.get('/api/v1/me/notifications').set(as(w.requester)).expect(200);
    expect(prefs.body.ticketCommented).toBe(false);
    // again: harmless
    await ctx.http.post('/api/v1/notifications/unsubscribe').send({ token }).expect(200);
    const forged = token.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    await ctx.http.post('/api/v1/notifications/unsubscribe').send({ token: forged }).expect(404);
    const other = await f.member(w.org.id);
    const foreign = token.replace(w.requester.id, other.id);
    await ctx.http.post('/api/v1/notifications/unsubscribe').send({ token: foreign }).expect(404);
    expect((await ctx.http.get('/api/v1/me/notifications').set(as(other)).expect(200)).body.ticketCommented).toBe(true);
    await ctx.http.post('/api/v1/notifications/unsubscribe').send({ token: 'nope' }).expect(400);
  });
});
