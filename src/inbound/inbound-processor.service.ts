import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { creatableTicketTypes } from '../access/ticket-policy.js';
import { isStaff, type Principal } from '../access/principal.js';
import { PrincipalLoader } from '../auth/principal.loader.js';
import { DomainError } from '../common/errors.js';
import { inTheWritesTransaction } from '../common/same-transaction.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { PrismaService, type Tx } from '../database/prisma.service.js';
import type { TicketType } from '../generated/prisma/client.js';
import { classifyRecipient, replyToken, sameToken, tokenHash } from '../notifications/mail-channel.js';
import { TicketsService } from '../tickets/tickets.service.js';
import { ValidationsService } from '../validations/validations.service.js';
import { AttachmentsService } from '../attachments/attachments.service.js';
import { receiveBuffer, type ReceivedFile } from '../attachments/upload.js';
import { MailAuthenticator } from './mail-auth.js';
import { automaticReason, decisionOf, ticketSubject, visibleReply } from './inbound-rules.js';

interface ClaimedRow {
  id: string;
  raw: Buffer;
  envelope_to: string[];
  envelope_from: string | null;
  remote_ip: string | null;
  helo: string | null;
  attempts: number;
}

/** What became of a message: a comment, a ticket or a decision (recorded in its write's transaction), or dropped with a reason. */
type Outcome =
  | { status: 'PROCESSED'; ticketId: string; commentId?: string | null }
  | { status: 'DROPPED'; reason: string; detail?: string; ticketId?: string | null };

export interface InboundReport {
  processed: number;
  dropped: number;
  retried: number;
}

const LEASE_SECONDS = 300;
const MAX_ATTEMPTS = 5;
const PARALLEL = 4;
/** Types a mailed ticket takes, the first the sender may raise. */
const MAIL_TICKET_TYPES: TicketType[] = ['INCIDENT', 'SERVICE_REQUEST', 'QUESTION', 'CHANGE'];

const drop = (reason: string, detail?: string, ticketId?: string): Outcome => ({
  status: 'DROPPED',
  reason,
  detail,
  ticketId,
});

const addresses = (a: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(a) ? a : a ? [a] : [])
    .flatMap((o) => o.value)
    .map((v) => v.address?.toLowerCase())
    .filter((v): v is string => !!v);

/**
 * Turns stored inbound mail into comments, tickets and validation decisions. Each poll claims a
 * batch with `FOR UPDATE SKIP LOCKED` and a lease (several instances never process one message
 * twice; a crashed worker's batch comes back after the lease). What a message does is written by
 * the same service call a portal user's request makes — so the engine decides exactly as it does
 * in the portal — and the message is marked processed in that call's own transaction.
 *
 * Nothing is ever sent back: a message that cannot be used is dropped with a reason an admin can
 * read (`GET inbound-messages`), never bounced (no backscatter, no oracle for who has an account).
 */
@Injectable()
export class InboundProcessor implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Inbound');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<InboundReport> | null = null;
  private again = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly prisma: PrismaService,
    private readonly principals: PrincipalLoader,
    private readonly tickets: TicketsService,
    private readonly validations: ValidationsService,
    private readonly auth: MailAuthenticator,
    private readonly attachments: AttachmentsService,
  ) {}

  /**
   * The files of a mail that can become ticket attachments (checked as uploads are: type from the
   * bytes, size, name), and a note naming those refused. Inline parts without a name (signature
   * logos, tracking pixels) are left out.
   */
  private async filesOf(mail: ParsedMail): Promise<{ files: ReceivedFile[]; refused: string[] }> {
    const files: ReceivedFile[] = [];
    const refused: string[] = [];
    for (const a of mail.attachments ?? []) {
      if (a.related && !a.filename) continue;
      const r = await receiveBuffer(a.filename, a.contentType, a.content, this.config.attachments.maxBytes);
      if ('refused' in r) refused.push(r.refused);
      else files.push(r);
    }
    return { files, refused };
  }

  onApplicationBootstrap(): void {
    const c = this.config.inbound;
    if (!c.worker || c.smtpPort === null) return;
    this.timer = setInterval(() => this.kick(), c.pollMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }

  /** Processes soon (after a message was stored); a no-op when the worker is off. */
  kick(): void {
    if (!this.config.inbound.worker) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.processPending()
      .catch((err: unknown) => {
        this.logger.error(`inbound poll failed: ${err instanceof Error ? err.message : String(err)}`);
        return { processed: 0, dropped: 0, retried: 0 };
      })
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Claims and processes up to `limit` due messages. Tests call this directly. */
  async processPending(limit = 20): Promise<InboundReport> {
    const claimed = await this.prisma.$queryRaw<ClaimedRow[]>`
      UPDATE inbound_messages i
         SET attempts = i.attempts + 1, next_attempt_at = now() + make_interval(secs => ${LEASE_SECONDS})
       WHERE i.id IN (
         SELECT id FROM inbound_messages
          WHERE status = 'PENDING' AND next_attempt_at <= now()
          ORDER BY next_attempt_at, id
          LIMIT ${limit}
          FOR UPDATE SKIP LOCKED)
      RETURNING i.id, i.raw, i.envelope_to, i.envelope_from, i.remote_ip, i.helo, i.attempts`;
    const report: InboundReport = { processed: 0, dropped: 0, retried: 0 };
    // A few at a time: each waits on the database most of the time.
    let next = 0;
    const lanes = Array.from({ length: Math.min(PARALLEL, claimed.length) }, async () => {
      while (next < claimed.length) await this.processOne(claimed[next++], report);
    });
    await Promise.all(lanes);
    return report;
  }

  private async processOne(claim: ClaimedRow, report: InboundReport): Promise<void> {
    // bytea comes back as a Uint8Array from a raw query
    const row = { ...claim, raw: Buffer.from(claim.raw) };
    try {
      const outcome = await this.process(row);
      if (outcome.status === 'PROCESSED') report.processed++;
      else report.dropped++;
    } catch (err) {
      const message = (err instanceof Error ? err.message : String(err)).slice(0, 500);
      if (row.attempts >= MAX_ATTEMPTS) {
        await this.finish(this.prisma, row.id, drop('failed', message));
        report.dropped++;
      } else {
        await this.prisma.$executeRaw`
          UPDATE inbound_messages SET detail = ${message},
                 next_attempt_at = now() + make_interval(secs => ${30 * 2 ** (row.attempts - 1)})
           WHERE id = ${row.id}::uuid AND status = 'PENDING'`;
        report.retried++;
      }
      this.logger.warn(`inbound message ${row.id} failed, attempt ${row.attempts}: ${message}`);
    }
  }

  private async note(id: string, detail: string): Promise<void> {
    await this.prisma.$executeRaw`UPDATE inbound_messages SET detail = ${detail.slice(0, 1000)} WHERE id = ${id}::uuid`;
  }

  private async finish(db: PrismaService | Tx, id: string, o: Outcome, mail?: ParsedMail): Promise<void> {
    const from = mail ? (addresses(mail.from)[0] ?? null) : null;
    const subject = mail?.subject?.slice(0, 500) ?? null;
    await db.$executeRaw`
      UPDATE inbound_messages
         SET status = ${o.status}::"InboundStatus", reason = ${o.status === 'DROPPED' ? o.reason : null},
             detail = ${o.status === 'DROPPED' ? (o.detail?.slice(0, 1000) ?? null) : null},
             ticket_id = ${o.ticketId ?? null}::uuid,
             comment_id = ${o.status === 'PROCESSED' ? (o.commentId ?? null) : null}::uuid,
             from_address = COALESCE(${from}, from_address), subject = COALESCE(${subject}, subject),
             processed_at = now()
       WHERE id = ${id}::uuid`;
    if (o.status === 'DROPPED')
      this.logger.log(`inbound message ${id} dropped: ${o.reason}${o.detail ? ` (${o.detail})` : ''}`);
  }

  private async process(row: ClaimedRow): Promise<Outcome> {
    let mail: ParsedMail;
    try {
      mail = await simpleParser(row.raw, { maxHtmlLengthToParse: 2 * 1024 * 1024 });
    } catch (err) {
      const o = drop('malformed', err instanceof Error ? err.message : 'unparseable');
      await this.finish(this.prisma, row.id, o);
      return o;
    }
    const outcome = await this.route(row, mail);
    if (outcome.status === 'DROPPED') await this.finish(this.prisma, row.id, outcome, mail);
    return outcome;
  }

  /** Runs a write as `work`, marking this message processed in the write's transaction. */
  private async record(
    row: ClaimedRow,
    mail: ParsedMail,
    ticketId: string,
    work: () => Promise<{ id: string }>,
    commentOf: (result: { id: string }) => string | null,
  ): Promise<Outcome> {
    try {
      const { result, recorded } = await inTheWritesTransaction(
        async (tx, out) =>
          this.finish(
            tx as Tx,
            row.id,
            {
              status: 'PROCESSED',
              ticketId: ticketId || (out as { id: string }).id,
              commentId: commentOf(out as { id: string }),
            },
            mail,
          ),
        work,
      );
      if (!recorded) return drop('not-recorded', 'the write ran no transaction', ticketId || undefined);
      return { status: 'PROCESSED', ticketId: ticketId || result.id, commentId: commentOf(result) };
    } catch (err) {
      // The engine's refusals (404, 403, 422) are a reason to drop; anything else is retried.
      if (err instanceof DomainError) return drop('not-allowed', `${err.code}: ${err.message}`, ticketId || undefined);
      throw err;
    }
  }

  private async route(row: ClaimedRow, mail: ParsedMail): Promise<Outcome> {
    const c = this.config.inbound;
    const fromList = addresses(mail.from);
    if (fromList.length !== 1) return drop('malformed', 'exactly one From address is needed');
    const from = fromList[0];
    const own = [
      this.config.mail.supportAddress,
      /<([^>]+)>/.exec(this.config.mailFrom)?.[1] ?? this.config.mailFrom,
    ].map((a) => a.toLowerCase());
    const automatic = automaticReason(mail.headers, own, from);
    if (automatic) return drop(automatic);
    const recipients = addresses(mail.to).length + addresses(mail.cc).length;
    if (recipients > c.maxRecipients) return drop('too-many-recipients', `${recipients} addresses in To and Cc`);
    const [{ n }] = await this.prisma.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM inbound_messages
       WHERE from_address = ${from} AND received_at > now() - interval '1 hour' AND id < ${row.id}::uuid`;
    if (n >= c.perSenderPerHour) return drop('sender-budget', `${n} messages from this sender in the last hour`);
    if (c.requireAuth) {
      const verdict = await this.auth.dmarc(row.raw, {
        ip: row.remote_ip,
        helo: row.helo,
        mailFrom: row.envelope_from,
      });
      if (!verdict.pass) return drop('not-authenticated', verdict.detail);
    }
    const targets = row.envelope_to.map((a) => classifyRecipient(this.config.mail, a));
    const reply = targets.find((t) => t.kind === 'reply');
    if (reply && reply.kind === 'reply') return this.reply(row, mail, from, reply.answers, reply.token);
    if (targets.some((t) => t.kind === 'support')) return this.newTicket(row, mail, from);
    return drop('unknown-recipient');
  }

  /** A reply to a reply address: a public comment by the token's user, or a validation decision. */
  private async reply(
    row: ClaimedRow,
    mail: ParsedMail,
    from: string,
    answers: 'ticket' | 'validation',
    token: string,
  ): Promise<Outcome> {
    const stored = await this.prisma.mailReplyToken.findUnique({ where: { tokenHash: tokenHash(token) } });
    if (!stored || (answers === 'validation') !== (stored.validationId !== null)) return drop('unknown-token');
    const user = await this.prisma.user.findUnique({
      where: { id: stored.userId },
      select: { id: true, email: true, active: true, emailVerifiedAt: true, sessionEpoch: true },
    });
    if (!user) return drop('unknown-token');
    const subject =
      stored.validationId !== null
        ? { kind: 'validation' as const, validationId: stored.validationId }
        : { kind: 'ticket' as const, ticketId: stored.ticketId };
    if (!sameToken(replyToken(this.config.mail, subject, user.id, user.sessionEpoch), token))
      return drop('revoked-token', 'the user signed out everywhere or changed their password since', stored.ticketId);
    if (from !== user.email)
      return drop('sender-mismatch', `From is not the address this reply address was sent to`, stored.ticketId);
    if (!user.active || !user.emailVerifiedAt)
      return drop('sender-not-allowed', 'inactive or unverified', stored.ticketId);
    const p = await this.principals.load(user.id);
    if (!p) return drop('sender-not-allowed', 'inactive', stored.ticketId);
    const text = mail.text ?? '';
    if (stored.validationId !== null) return this.decide(row, mail, p, stored.ticketId, stored.validationId, text);
    const { files, refused } = await this.filesOf(mail);
    const body = visibleReply(text).slice(0, 20000) || (files.length ? '(files attached by mail)' : '');
    if (!body) return drop('empty', 'nothing above the quoted text', stored.ticketId);
    const outcome = await this.record(
      row,
      mail,
      stored.ticketId,
      () =>
        this.tickets.addComment(p, stored.ticketId, { body }, async (tx, comment) => {
          const saved = [];
          for (const f of files)
            saved.push(
              await this.attachments.saveFile(tx, p, stored.ticketId, f, { commentId: comment.id, internal: false }),
            );
          return saved;
        }),
      (c) => c.id,
    );
    if (outcome.status === 'PROCESSED' && refused.length)
      await this.note(row.id, `files left out: ${refused.join('; ')}`);
    return outcome;
  }

  private async decide(
    row: ClaimedRow,
    mail: ParsedMail,
    p: Principal,
    ticketId: string,
    validationId: string,
    text: string,
  ): Promise<Outcome> {
    const portal = await this.prisma.$queryRaw<{ on: boolean }[]>`
      SELECT COALESCE(po.decide_by_email, false) AS on
        FROM validations v JOIN organizations o ON o.id = v.organization_id LEFT JOIN portals po ON po.id = o.portal_id
       WHERE v.id = ${validationId}::uuid`;
    if (!portal[0]?.on) return drop('decide-by-email-off', 'the portal does not take decisions by mail', ticketId);
    const visible = visibleReply(text);
    const outcome = decisionOf(visible);
    if (!outcome) return drop('no-decision', 'the first line is neither ACCEPT nor REJECT', ticketId);
    const comment = visible
      .replace(/^\s*\S+[.!]?\s*/, '')
      .trim()
      .slice(0, 4000);
    return this.record(
      row,
      mail,
      ticketId,
      () => this.validations.decide(p, validationId, { outcome, ...(comment ? { comment } : {}) }),
      () => null,
    );
  }

  /** A new mail to the support address from a verified member: a ticket in their default organisation. */
  private async newTicket(row: ClaimedRow, mail: ParsedMail, from: string): Promise<Outcome> {
    const user = await this.prisma.user.findUnique({
      where: { email: from },
      select: { id: true, active: true, emailVerifiedAt: true },
    });
    if (!user || !user.active || !user.emailVerifiedAt) return drop('unknown-sender');
    const p = await this.principals.load(user.id);
    if (!p) return drop('unknown-sender');
    if (isStaff(p)) return drop('staff-sender', 'staff raise tickets for customers in the portal');
    const types = creatableTicketTypes(p, undefined);
    if (!types.allowed || !types.organizationId) return drop('not-allowed', types.reason);
    const type = MAIL_TICKET_TYPES.find((t) => types.types.includes(t));
    if (!type) return drop('not-allowed', 'the sender may raise no ticket type');
    const organizationId = types.organizationId;
    const description = (mail.text ?? '').replace(/\r\n/g, '\n').trim().slice(0, 20000);
    const outcome = await this.record(
      row,
      mail,
      '',
      () =>
        this.tickets.create(p, {
          organizationId,
          type,
          subject: ticketSubject(mail.subject),
          ...(description ? { description } : {}),
        }),
      () => null,
    );
    if (outcome.status !== 'PROCESSED') return outcome;
    // Cc of a new mail: verified members of the ticket's organisation only, added as the sender
    // would add them in the portal (the engine decides). A reply never gets here.
    const cc = addresses(mail.cc).filter((a) => a !== from);
    if (cc.length) {
      const members = await this.prisma.user.findMany({
        where: {
          email: { in: cc },
          active: true,
          emailVerifiedAt: { not: null },
          staffRole: null,
          memberships: { some: { organizationId, active: true } },
        },
        select: { id: true },
      });
      for (const m of members) {
        await this.tickets.addCc(p, outcome.ticketId, { userId: m.id }).catch((err: unknown) => {
          if (!(err instanceof DomainError)) throw err;
        });
      }
    }
    return outcome;
  }
}
