import type { AddressInfo } from 'node:net';
import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { SMTPServer } from 'smtp-server';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { sleep } from '../helpers/identity.js';
import { Factory } from '../factories/index.js';
import { OutboxWorker } from '../../src/notifications/outbox-worker.service.js';
import { enqueue } from '../../src/notifications/outbox.js';

interface Received {
  from: string;
  to: string[];
  raw: string;
}

/** A real SMTP server on 127.0.0.1 (no TLS, no auth); `failNext` makes the next N messages fail with 451. */
async function startSmtp() {
  const received: Received[] = [];
  const state = { failNext: 0 };
  const server = new SMTPServer({
    disabledCommands: ['AUTH', 'STARTTLS'],
    authOptional: true,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (state.failNext > 0) {
          state.failNext--;
          const err = Object.assign(new Error('try again later'), { responseCode: 451 });
          callback(err);
          return;
        }
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server as unknown as { server: { address(): AddressInfo } }).server.address().port;
  return { server, port, received, state, close: () => new Promise<void>((r) => server.close(() => r())) };
}

/** Undoes quoted-printable (nodemailer's choice for long text lines). */
const decodeQp = (s: string) =>
  s.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

describe('mail delivery: the outbox worker over SMTP', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let ctx: TestContext;
  let f: Factory;
  let worker: OutboxWorker;

  beforeAll(async () => {
    smtp = await startSmtp();
    ctx = await createTestApp({
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      MAIL_FROM: 'Outpost <no-reply@outpost.test>',
      OUTBOX_MAX_ATTEMPTS: '2',
      PUBLIC_URL: 'https://portal.example.test',
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
    smtp.state.failNext = 0;
  });

  it('a registration mail arrives by SMTP and its link token works', async () => {
    const portal = await f.portal({ selfRegistration: 'CLIENT_NUMBER' });
    const org = await f.org({ portalId: portal.id });
    await f.site(org.id, { abbreviation: 'MAIL-HQ' });
    await ctx.http
      .post('/api/v1/auth/register')
      .send({ email: 'mia@mail.test', name: 'Mia', password: 'a-long-and-unusual-passphrase', clientNumber: 'MAIL-HQ' })
      .expect(202);
    expect(smtp.received).toHaveLength(0); // nothing is sent inside the request
    expect(await worker.deliverPending()).toEqual({ sent: 1, logged: 0, retried: 0, failed: 0 });
    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0];
    expect(mail.to).toEqual(['mia@mail.test']);
    expect(mail.from).toBe('no-reply@outpost.test');
    expect(mail.raw).toMatch(/^Subject: Confirm your email address/m);
    const text = decodeQp(mail.raw);
    const m = /https:\/\/portal\.example\.test\/verify-email\?token=([A-Za-z0-9_%-]+)/.exec(text);
    expect(m).not.toBeNull();
    await ctx.http
      .post('/api/v1/auth/verify-email')
      .send({ token: decodeURIComponent(m![1]) })
      .expect(200);
    await ctx.http
      .post('/api/v1/auth/login')
      .send({ email: 'mia@mail.test', password: 'a-long-and-unusual-passphrase' })
      .expect(200);
    const row = await ctx.prisma.outboxMessage.findFirstOrThrow({ where: { toEmail: 'mia@mail.test' } });
    expect(row).toMatchObject({ status: 'SENT', attempts: 1, lastError: null });
    expect(row.sentAt).toBeInstanceOf(Date);
    // delivered once: another poll sends nothing
    expect(await worker.deliverPending()).toEqual({ sent: 0, logged: 0, retried: 0, failed: 0 });
  });

  it('one message per recipient: separate envelopes, nobody sees the others', async () => {
    await ctx.prisma.$transaction((tx) =>
      enqueue(
        tx,
        ['a@mail.test', 'b@mail.test', 'c@mail.test'].map((toEmail) => ({
          toEmail,
          kind: 'ticket.updated',
          subject: 'Ticket #1 updated',
          body: 'See the portal.',
        })),
      ),
    );
    expect((await worker.deliverPending()).sent).toBe(3);
    expect(smtp.received).toHaveLength(3);
    for (const r of smtp.received) {
      expect(r.to).toHaveLength(1);
      const toHeader = /^To: (.*)$/m.exec(r.raw)![1];
      expect(toHeader.trim()).toBe(r.to[0]);
      expect(r.raw).not.toMatch(/^(Cc|Bcc):/m);
    }
    expect(smtp.received.map((r) => r.to[0]).sort()).toEqual(['a@mail.test', 'b@mail.test', 'c@mail.test']);
  });

  it('retries with backoff after a failure, and gives up after OUTBOX_MAX_ATTEMPTS', async () => {
    await ctx.prisma.$transaction((tx) =>
      enqueue(tx, [{ toEmail: 'flaky@mail.test', kind: 'test', subject: 'Retry me', body: 'x' }]),
    );
    smtp.state.failNext = 1;
    expect(await worker.deliverPending()).toEqual({ sent: 0, logged: 0, retried: 1, failed: 0 });
    let row = await ctx.prisma.outboxMessage.findFirstOrThrow({ where: { toEmail: 'flaky@mail.test' } });
    expect(row).toMatchObject({ status: 'PENDING', attempts: 1 });
    expect(row.lastError).toMatch(/451|try again/);
    expect(row.nextAttemptAt.getTime() - Date.now()).toBeGreaterThan(20_000); // backoff, not an immediate retry
    expect(await worker.deliverPending()).toEqual({ sent: 0, logged: 0, retried: 0, failed: 0 }); // not due yet
    await ctx.prisma.outboxMessage.update({
      where: { id: row.id },
      data: { nextAttemptAt: new Date(Date.now() - 1000) },
    });
    expect(await worker.deliverPending()).toEqual({ sent: 1, logged: 0, retried: 0, failed: 0 });
    expect(smtp.received.map((r) => r.to[0])).toEqual(['flaky@mail.test']);

    await ctx.prisma.$transaction((tx) =>
      enqueue(tx, [{ toEmail: 'dead@mail.test', kind: 'test', subject: 'Never', body: 'x' }]),
    );
    smtp.state.failNext = 5;
    await worker.deliverPending();
    row = await ctx.prisma.outboxMessage.findFirstOrThrow({ where: { toEmail: 'dead@mail.test' } });
    await ctx.prisma.outboxMessage.update({
      where: { id: row.id },
      data: { nextAttemptAt: new Date(Date.now() - 1000) },
    });
    expect(await worker.deliverPending()).toEqual({ sent: 0, logged: 0, retried: 0, failed: 1 });
    row = await ctx.prisma.outboxMessage.findFirstOrThrow({ where: { toEmail: 'dead@mail.test' } });
    expect(row).toMatchObject({ status: 'FAILED', attempts: 2 });
  });

  it('two workers polling at once never send the same message twice (SKIP LOCKED)', async () => {
    await ctx.prisma.$transaction((tx) =>
      enqueue(
        tx,
        Array.from({ length: 12 }, (_, i) => ({
          toEmail: `p${i}@mail.test`,
          kind: 'test',
          subject: 'Parallel',
          body: 'x',
        })),
      ),
    );
    const reports = await Promise.all([worker.deliverPending(5), worker.deliverPending(5), worker.deliverPending(5)]);
    expect(reports.reduce((n, r) => n + r.sent, 0)).toBe(12);
    expect(new Set(smtp.received.map((r) => r.to[0])).size).toBe(12);
    expect(smtp.received).toHaveLength(12);
  });
});

describe('mail delivery without SMTP_URL, and the polling worker', () => {
  it('writes the message to the log, keeps the row (LOGGED, never SENT) and needs no mail server; the worker polls by itself', async () => {
    const ctx = await createTestApp({ OUTBOX_WORKER: 'true', OUTBOX_POLL_MS: '100' });
    const logged = jest.spyOn(Logger.prototype, 'log');
    try {
      await ctx.prisma.$transaction((tx) =>
        enqueue(tx, [{ toEmail: 'log@mail.test', kind: 'test', subject: 'Logged', body: 'hello' }]),
      );
      let row = await ctx.prisma.outboxMessage.findFirstOrThrow({ where: { toEmail: 'log@mail.test' } });
      for (let i = 0; i < 50 && row.status === 'PENDING'; i++) {
        await sleep(100);
        row = await ctx.prisma.outboxMessage.findFirstOrThrow({ where: { toEmail: 'log@mail.test' } });
      }
      expect(row).toMatchObject({ status: 'LOGGED', attempts: 1, lastError: null });
      expect(row.sentAt).toBeInstanceOf(Date);
      expect(
        logged.mock.calls.some(
          ([msg]) => typeof msg === 'string' && msg.includes('to=log@mail.test') && msg.includes('hello'),
        ),
      ).toBe(true);
    } finally {
      logged.mockRestore();
      await ctx.close();
    }
  });
});

describe('mail delivery without SMTP_URL: a mail sent by a route', () => {
  it('a registration mail ends LOGGED and the report counts it as logged, not sent', async () => {
    const ctx = await createTestApp();
    try {
      const f = new Factory(ctx.prisma);
      const org = await f.org({ portalId: (await f.portal({ selfRegistration: 'CLIENT_NUMBER' })).id });
      await f.site(org.id, { abbreviation: 'LOG-HQ' });
      await ctx.http
        .post('/api/v1/auth/register')
        .send({
          email: 'lea@mail.test',
          name: 'Lea',
          password: 'a-long-and-unusual-passphrase',
          clientNumber: 'LOG-HQ',
        })
        .expect(202);
      const worker = ctx.app.get(OutboxWorker);
      expect(await worker.deliverPending()).toEqual({ sent: 0, logged: 1, retried: 0, failed: 0 });
      const row = await ctx.prisma.outboxMessage.findFirstOrThrow({ where: { toEmail: 'lea@mail.test' } });
      expect(row).toMatchObject({ kind: 'identity.verify-email', status: 'LOGGED', attempts: 1 });
      expect(await ctx.prisma.outboxMessage.count({ where: { status: 'SENT' } })).toBe(0);
      expect(await worker.deliverPending()).toEqual({ sent: 0, logged: 0, retried: 0, failed: 0 });
    } finally {
      await ctx.close();
    }
  });
});
