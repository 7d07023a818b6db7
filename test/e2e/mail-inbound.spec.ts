import { Logger } from '@nestjs/common';
import { jest } from '@jest/globals';
import { createTransport } from 'nodemailer';
import { createTestApp, type TestContext } from '../helpers/app.js';
import { bearer } from '../helpers/identity.js';
import { startSmtpSink } from '../helpers/smtp.js';
import { Factory } from '../factories/index.js';
import { APP_CONFIG, type AppConfig } from '../../src/config/config.js';
import { InboundProcessor } from '../../src/inbound/inbound-processor.service.js';
import { MailAuthenticator } from '../../src/inbound/mail-auth.js';
import { SmtpListener } from '../../src/inbound/smtp-listener.service.js';
import { OutboxWorker } from '../../src/notifications/outbox-worker.service.js';

type Mail = {
  attachments?: { filename: string; content: Buffer; contentType: string }[];
  from: string;
  to: string | string[];
  cc?: string | string[];
  subject?: string;
  text?: string;
  messageId?: string;
  headers?: Record<string, string>;
  raw?: string;
  envelope?: { from: string; to: string[] };
};

describe('the email channel, inbound: replies become comments, mail raises tickets, everything else is dropped', () => {
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let ctx: TestContext;
  let f: Factory;
  let outbox: OutboxWorker;
  let inbound: InboundProcessor;
  let config: AppConfig;
  let port: number;
  const as = (u: { id: string }) => bearer(ctx.tokenFor(u));

  beforeAll(async () => {
    jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    sink = await startSmtpSink();
    ctx = await createTestApp({
      SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
      MAIL_FROM: 'Outpost <no-reply@outpost.test>',
      SUPPORT_ADDRESS: 'help@outpost.test',
      INBOUND_SMTP_PORT: '0',
      INBOUND_WORKER: 'false',
      INBOUND_MAX_BYTES: String(512 * 1024),
      RATE_LIMIT_ENABLED: 'false',
    });
    f = new Factory(ctx.prisma);
    outbox = ctx.app.get(OutboxWorker);
    inbound = ctx.app.get(InboundProcessor);
    config = ctx.app.get(APP_CONFIG);
    port = ctx.app.get(SmtpListener).port()!;
  });
  afterAll(async () => {
    await ctx.close();
    await sink.close();
  });
  beforeEach(async () => {
    await ctx.truncate();
    sink.received.length = 0;
    config.inbound.requireAuth = false;
  });

  /** Sends over SMTP to the listener; resolves to the server's answer, or rejects with its error. */
  function send(m: Mail) {
    const t = createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
    return t.sendMail(m).finally(() => t.close());
  }

  async function world() {
    const org = await f.org();
    const site = await f.site(org.id);
    const requester = await f.member(org.id, { email: 'rita@acme.test', name: 'Rita', homeSiteId: site.id });
    const colleague = await f.member(org.id, { email: 'carl@acme.test', name: 'Carl' });
    const agent = await f.staff();
    const ticket = await f.ticket(org.id, requester.id, { status: 'OPEN', siteId: site.id });
    return { org, site, requester, colleague, agent, ticket };
  }

  /** The reply address the requester got with an agent's comment. */
  async function replyAddressOf(w: Awaited<ReturnType<typeof world>>, email = 'rita@acme.test') {
    await ctx.http
      .post(`/api/v1/tickets/${w.ticket.id}/comments`)
      .set(as(w.agent))
      .send({ body: 'Could you send the error message?' })
      .expect(201);
    await outbox.deliverPending();
    const mail = sink.received.find((r) => r.to[0] === email)!;
    return { address: mail.parsed.replyTo!.value[0].address!, messageId: mail.parsed.messageId! };
  }

  const comments = (ticketId: string) =>
    ctx.prisma.ticketComment.findMany({ where: { ticketId }, orderBy: { createdAt: 'asc' } });
  const lastInbound = () => ctx.prisma.inboundMessage.findFirstOrThrow({ orderBy: { receivedAt: 'desc' } });

  it('a reply from the recipient becomes their public comment, quoted history and signature stripped', async () => {
    const w = await world();
    const { address, messageId } = await replyAddressOf(w);
    await send({
      from: 'Rita <rita@acme.test>',
      to: address,
      subject: `Re: [#${w.ticket.number}]`,
      headers: { 'In-Reply-To': messageId },
      text: 'The error says E42.\n\nCheers,\nRita\n--\nRita, Acme\n\nOn Tue, 1 Dec 2026, Outpost wrote:\n> Could you send the error message?\n',
    });
    expect(await inbound.processPending()).toEqual({ processed: 1, dropped: 0, retried: 0 });
    const all = await comments(w.ticket.id);
    const mine = all.filter((c) => c.authorId === w.requester.id);
    expect(mine).toHaveLength(1);
    expect(mine[0].internal).toBe(false);
    expect(mine[0].body).toBe('The error says E42.');
    const row = await lastInbound();
    expect(row).toMatchObject({ status: 'PROCESSED', ticketId: w.ticket.id, commentId: mine[0].id, reason: null });
    // and the agent is told, in the same thread
    await outbox.deliverPending();
    expect(sink.received.some((r) => r.to[0] === w.agent.email || r.to[0] === 'rita@acme.test')).toBe(true);
  });

  it('files of a reply become the comment’s attachments; an executable is left out', async () => {
    const w = await world();
    const { address } = await replyAddressOf(w);
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    await send({
      from: 'rita@acme.test',
      to: address,
      text: 'Screenshot attached.',
      attachments: [
        { filename: 'screen.png', content: png, contentType: 'image/png' },
        {
          filename: 'tool.exe',
          content: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(512)]),
          contentType: 'application/octet-stream',
        },
      ],
    });
    expect((await inbound.processPending()).processed).toBe(1);
    const row = await lastInbound();
    const files = await ctx.prisma.ticketAttachment.findMany({ where: { ticketId: w.ticket.id } });
    expect(files.map((f) => [f.fileName, f.contentType, f.commentId])).toEqual([
      ['screen.png', 'image/png', row.commentId],
    ]);
    expect(row.detail).toMatch(/tool\.exe/);
    const res = await ctx.http.get(`/api/v1/attachments/${files[0].id}/content`).set(as(w.requester)).expect(200);
    expect(Buffer.compare(res.body as Buffer, png)).toBe(0);
  });

  it('a forged From (another member of the same organisation) with a valid reply address is dropped', async () => {
    const w = await world();
    const { address } = await replyAddressOf(w);
    await send({ from: 'carl@acme.test', to: address, text: 'I am Rita, honestly.' });
    expect(await inbound.processPending()).toMatchObject({ processed: 0, dropped: 1 });
    expect((await comments(w.ticket.id)).filter((c) => c.authorId !== w.agent.id)).toHaveLength(0);
    expect(await lastInbound()).toMatchObject({ status: 'DROPPED', reason: 'sender-mismatch' });
    expect(sink.received.filter((r) => r.to[0] === 'carl@acme.test')).toHaveLength(0); // no backscatter
  });

  it('a valid reply after the user lost access is dropped by the engine', async () => {
    const w = await world();
    const { address } = await replyAddressOf(w);
    await ctx.prisma.membership.update({ where: { id: w.requester.membership.id }, data: { active: false } });
    await send({ from: 'rita@acme.test', to: address, text: 'Still there?' });
    await inbound.processPending();
    expect(await lastInbound()).toMatchObject({ status: 'DROPPED', reason: 'not-allowed' });
    expect((await comments(w.ticket.id)).filter((c) => c.authorId === w.requester.id)).toHaveLength(0);
  });

  it('a reply address dies with the user’s sessions (password change, sign out everywhere)', async () => {
    const w = await world();
    const { address } = await replyAddressOf(w);
    await ctx.prisma.user.update({ where: { id: w.requester.id }, data: { sessionEpoch: { increment: 1 } } });
    await send({ from: 'rita@acme.test', to: address, text: 'Hello?' });
    await inbound.processPending();
    expect(await lastInbound()).toMatchObject({ status: 'DROPPED', reason: 'revoked-token' });
  });

  it('a reply never adds a CC, whoever it copies', async () => {
    const w = await world();
    const other = await f.org();
    const outsider = await f.member(other.id, { email: 'eve@evil.test' });
    const { address } = await replyAddressOf(w);
    await send({
      from: 'rita@acme.test',
      to: address,
      cc: ['carl@acme.test', 'eve@evil.test'],
      text: 'Looping in Carl.',
    });
    expect((await inbound.processPending()).processed).toBe(1);
    expect(await ctx.prisma.ticketCc.count({ where: { ticketId: w.ticket.id } })).toBe(0);
    expect(outsider.id).toBeDefined();
  });

  it('a reply address names one ticket: headers pointing at another ticket change nothing there', async () => {
    const w = await world();
    const second = await f.ticket(w.org.id, w.requester.id, { status: 'OPEN', siteId: w.site.id });
    const { address } = await replyAddressOf(w);
    await send({
      from: 'rita@acme.test',
      to: address,
      subject: `Re: [#${second.number}] ${second.subject}`,
      headers: {
        'In-Reply-To': `<ticket-${second.id}@outpost.test>`,
        References: `<ticket-${second.id}@outpost.test>`,
      },
      text: 'Which ticket am I on?',
    });
    await inbound.processPending();
    expect((await comments(w.ticket.id)).some((c) => c.body === 'Which ticket am I on?')).toBe(true);
    expect(await comments(second.id)).toHaveLength(0);
    // a made-up token of the right shape is unknown
    await send({ from: 'rita@acme.test', to: `help+r-${'a'.repeat(32)}@outpost.test`, text: 'guess' });
    await inbound.processPending();
    expect(await lastInbound()).toMatchObject({ status: 'DROPPED', reason: 'unknown-token' });
  });

  it('a new mail from a verified member raises a ticket in their organisation; Cc adds verified members of it only', async () => {
    const w = await world();
    const other = await f.org();
    const foreign = await f.member(other.id, { email: 'olga@other.test' });
    await f
      .member(w.org.id, { email: 'una@acme.test' })
      .then((u) => ctx.prisma.user.update({ where: { id: u.id }, data: { emailVerifiedAt: null } }));
    await send({
      from: 'Rita <rita@acme.test>',
      to: 'help@outpost.test',
      cc: ['carl@acme.test', 'olga@other.test', 'una@acme.test', 'nobody@acme.test'],
      subject: 'Scanner on floor 2 is down',
      text: 'It shows a red light.',
    });
    expect((await inbound.processPending()).processed).toBe(1);
    const row = await lastInbound();
    const t = await ctx.prisma.ticket.findUniqueOrThrow({ where: { id: row.ticketId! }, include: { ccs: true } });
    expect(t).toMatchObject({
      organizationId: w.org.id,
      requesterId: w.requester.id,
      subject: 'Scanner on floor 2 is down',
      description: 'It shows a red light.',
    });
    expect(t.ccs.map((c) => c.userId)).toEqual([w.colleague.id]);
    expect(foreign.id).not.toBe(w.colleague.id);
    // the requester sees it in the portal
    const res = await ctx.http.get(`/api/v1/tickets/${t.id}`).set(as(w.requester)).expect(200);
    expect(res.body.subject).toBe('Scanner on floor 2 is down');
  });

  it('in external support mode a mailed ticket lands on the sender’s home site', async () => {
    const portal = await f.portal({ externalSupportMode: true });
    const org = await f.org({ portalId: portal.id });
    const home = await f.site(org.id);
    const member = await f.member(org.id, { email: 'esm@acme.test', homeSiteId: home.id });
    await send({ from: 'esm@acme.test', to: 'help@outpost.test', subject: 'Broken badge reader', text: 'Door 3.' });
    await inbound.processPending();
    const row = await lastInbound();
    expect(row.status).toBe('PROCESSED');
    const t = await ctx.prisma.ticket.findUniqueOrThrow({ where: { id: row.ticketId! } });
    expect(t).toMatchObject({ requesterId: member.id, siteId: home.id });
  });

  it('unknown senders, auto-replies, bulk mail and our own mail are dropped silently, each with its reason', async () => {
    await world();
    await send({ from: 'stranger@nowhere.test', to: 'help@outpost.test', subject: 'Hi', text: 'Hello' });
    await send({
      from: 'rita@acme.test',
      to: 'help@outpost.test',
      subject: 'Out of office',
      text: 'I am away.',
      headers: { 'Auto-Submitted': 'auto-replied' },
    });
    await send({
      from: 'rita@acme.test',
      to: 'help@outpost.test',
      subject: 'Newsletter',
      text: 'News',
      headers: { Precedence: 'bulk' },
    });
    await send({ from: 'no-reply@outpost.test', to: 'help@outpost.test', subject: 'Loop', text: 'me again' });
    expect(await inbound.processPending()).toEqual({ processed: 0, dropped: 4, retried: 0 });
    const reasons = (await ctx.prisma.inboundMessage.findMany()).map((r) => r.reason).sort();
    expect(reasons).toEqual(['auto-submitted', 'bulk', 'loop', 'unknown-sender']);
    expect(await ctx.prisma.ticket.count()).toBe(1);
    await outbox.deliverPending();
    expect(sink.received).toHaveLength(0);
  });

  it('the same message delivered twice is stored once and makes one comment', async () => {
    const w = await world();
    const { address } = await replyAddressOf(w);
    const mail = { from: 'rita@acme.test', to: address, text: 'Once only.', messageId: '<dup-1@acme.test>' };
    await send(mail);
    await send(mail);
    expect(await ctx.prisma.inboundMessage.count()).toBe(1);
    await inbound.processPending();
    await inbound.processPending();
    expect((await comments(w.ticket.id)).filter((c) => c.body === 'Once only.')).toHaveLength(1);
  });

  it('a message left half-processed by a crashed worker is processed once after its lease', async () => {
    const w = await world();
    const { address } = await replyAddressOf(w);
    await send({ from: 'rita@acme.test', to: address, text: 'After the crash.' });
    // a worker claims it and dies before doing anything
    await ctx.prisma
      .$executeRaw`UPDATE inbound_messages SET attempts = 1, next_attempt_at = now() + interval '5 minutes'`;
    expect(await inbound.processPending()).toEqual({ processed: 0, dropped: 0, retried: 0 });
    await ctx.prisma.$executeRaw`UPDATE inbound_messages SET next_attempt_at = now() - interval '1 second'`;
    expect((await inbound.processPending()).processed).toBe(1);
    expect((await comments(w.ticket.id)).filter((c) => c.body === 'After the crash.')).toHaveLength(1);
  });

  it('too many recipients, a body over the limit and a malformed MIME tree are refused cleanly', async () => {
    const w = await world();
    const { address } = await replyAddressOf(w);
    // envelope: at most INBOUND_MAX_RECIPIENTS of ours; foreign recipients are refused at RCPT (no relay)
    await expect(send({ from: 'rita@acme.test', to: 'someone@else.test', text: 'relay me' })).rejects.toThrow(
      /550|rejected/i,
    );
    const crowd = Array.from({ length: 500 }, (_, i) => `person${i}@acme.test`);
    await send({
      from: 'rita@acme.test',
      to: crowd,
      envelope: { from: 'rita@acme.test', to: [address] },
      text: 'Reply all!',
    });
    // 30 MiB would do; the test app's limit is 512 KiB
    await expect(send({ from: 'rita@acme.test', to: address, text: 'x'.repeat(600 * 1024) })).rejects.toThrow(
      /552|exceeds/i,
    );
    await send({
      envelope: { from: 'rita@acme.test', to: [address] },
      from: 'rita@acme.test',
      to: address,
      raw:
        'From: rita@acme.test\r\nTo: ' +
        address +
        '\r\nSubject: broken\r\nMessage-ID: <broken-1@acme.test>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b1"\r\n\r\n--b1\r\nContent-Type: multipart/alternative; boundary="b2"\r\n\r\n--b2\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n@@@not base64@@@\r\n--b1--\r\n',
    });
    await inbound.processPending();
    const rows = await ctx.prisma.inboundMessage.findMany({ orderBy: { receivedAt: 'asc' } });
    expect(rows).toHaveLength(2); // the oversized one was never stored
    expect(rows[0]).toMatchObject({ status: 'DROPPED', reason: 'too-many-recipients' });
    expect(['DROPPED', 'PROCESSED']).toContain(rows[1].status);
    expect(await ctx.prisma.inboundMessage.count({ where: { status: 'PENDING' } })).toBe(0);
  });

  it('a sender over the hourly budget is dropped', async () => {
    const w = await world();
    const { address } = await replyAddressOf(w);
    config.inbound.perSenderPerHour = 3;
    try {
      for (let i = 0; i < 5; i++) await send({ from: 'rita@acme.test', to: address, text: `Message ${i}` });
      await inbound.processPending();
    } finally {
      config.inbound.perSenderPerHour = 30;
    }
    const reasons = (await ctx.prisma.inboundMessage.findMany({ orderBy: { receivedAt: 'asc' } })).map((r) => r.reason);
    expect(reasons.filter((r) => r === null)).toHaveLength(3);
    expect(reasons.filter((r) => r === 'sender-budget')).toHaveLength(2);
  });

  it('INBOUND_REQUIRE_AUTH: mail must pass DMARC (aligned SPF here), checked against fixture DNS records', async () => {
    const w = await world();
    const { address } = await replyAddressOf(w);
    const records: Record<string, string[][]> = {
      'acme.test:TXT': [['v=spf1 ip4:127.0.0.1 -all']],
      '_dmarc.acme.test:TXT': [['v=DMARC1; p=reject']],
    };
    ctx.app.get(MailAuthenticator).resolver = async (name: string, type: string) => {
      const r = records[`${name}:${type}`];
      if (r) return r;
      throw Object.assign(new Error(`no ${type} for ${name}`), { code: 'ENOTFOUND' });
    };
    config.inbound.requireAuth = true;
    await send({ from: 'rita@acme.test', to: address, text: 'Authenticated.' });
    await inbound.processPending();
    records['acme.test:TXT'] = [['v=spf1 ip4:192.0.2.1 -all']];
    await send({ from: 'rita@acme.test', to: address, text: 'Spoofed from elsewhere.' });
    await inbound.processPending();
    const rows = await ctx.prisma.inboundMessage.findMany({ orderBy: { receivedAt: 'asc' } });
    expect(rows.map((r) => [r.status, r.reason])).toEqual([
      ['PROCESSED', null],
      ['DROPPED', 'not-authenticated'],
    ]);
    const bodies = (await comments(w.ticket.id)).map((c) => c.body);
    expect(bodies).toContain('Authenticated.');
    expect(bodies).not.toContain('Spoofed from elsewhere.');
  });

  describe('validations decided by mail', () => {
    async function validationWorld(decideByEmail: boolean) {
      const portal = await f.portal({ decideByEmail });
      const org = await f.org({ portalId: portal.id });
      const requester = await f.member(org.id);
      const approver = await f.member(org.id, { roles: ['CUSTOMER_APPROVER'], email: 'ann@acme.test' });
      const agent = await f.staff();
      const ticket = await f.ticket(org.id, requester.id, { status: 'OPEN' });
      const res = await ctx.http
        .post(`/api/v1/tickets/${ticket.id}/validations`)
        .set(as(agent))
        .send({
          kind: 'VALIDATION',
          question: 'May we reboot the server tonight?',
          dueAt: new Date(Date.now() + 86_400_000).toISOString(),
        })
        .expect(201);
      await outbox.deliverPending();
      const mail = sink.received.find((r) => r.to[0] === 'ann@acme.test')!;
      return { ticket, approver, validationId: res.body.id as string, address: mail.parsed.replyTo!.value[0].address! };
    }

    it('with decideByEmail a decider answers ACCEPT on the first line, and the rest is the comment', async () => {
      const w = await validationWorld(true);
      expect(w.address).toMatch(/^help\+v-/);
      await send({ from: 'ann@acme.test', to: w.address, text: 'ACCEPT\nTonight is fine.\n\n> May we reboot?' });
      expect((await inbound.processPending()).processed).toBe(1);
      const v = await ctx.prisma.validation.findUniqueOrThrow({
        where: { id: w.validationId },
        include: { decisions: true },
      });
      expect(v.status).toBe('ACCEPTED');
      expect(v.decisions).toMatchObject([{ userId: w.approver.id, outcome: 'ACCEPT', comment: 'Tonight is fine.' }]);
    });

    it('a first line that is neither ACCEPT nor REJECT decides nothing', async () => {
      const w = await validationWorld(true);
      await send({ from: 'ann@acme.test', to: w.address, text: 'Maybe, ask me tomorrow.' });
      await inbound.processPending();
      expect(await lastInbound()).toMatchObject({ status: 'DROPPED', reason: 'no-decision' });
      expect((await ctx.prisma.validation.findUniqueOrThrow({ where: { id: w.validationId } })).status).toBe('OPEN');
    });

    it('without decideByEmail the mail carries the ticket’s reply address and a reply is a comment', async () => {
      const w = await validationWorld(false);
      expect(w.address).toMatch(/^help\+r-/);
      await send({ from: 'ann@acme.test', to: w.address, text: 'ACCEPT' });
      await inbound.processPending();
      expect((await ctx.prisma.validation.findUniqueOrThrow({ where: { id: w.validationId } })).status).toBe('OPEN');
      expect((await comments(w.ticket.id)).map((c) => c.body)).toContain('ACCEPT');
    });
  });

  it('GET inbound-messages lists what arrived and why it was dropped, for admins only', async () => {
    const w = await world();
    const admin = await f.staff('ADMIN');
    await send({ from: 'stranger@nowhere.test', to: 'help@outpost.test', subject: 'Hi', text: 'Hello' });
    await inbound.processPending();
    const res = await ctx.http.get('/api/v1/inbound-messages').set(as(admin)).expect(200);
    expect(res.body.data).toHaveLength(1);
    expect(res.body.data[0]).toMatchObject({
      from: 'stranger@nowhere.test',
      to: ['help@outpost.test'],
      status: 'DROPPED',
      reason: 'unknown-sender',
      subject: 'Hi',
    });
    expect(res.body.data[0]).not.toHaveProperty('raw');
    await ctx.http.get('/api/v1/inbound-messages').set(as(w.agent)).expect(403);
    await ctx.http.get('/api/v1/inbound-messages').set(as(w.requester)).expect(403);
  });
});
