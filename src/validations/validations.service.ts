import { Injectable } from '@nestjs/common';
import type { Principal } from '../access/principal.js';
import { decidingRoles, validations, type ValidationAction } from '../access/validation-grants.js';
import { decideValidationOutcome, validationCapabilities, type ValidationState } from '../access/capabilities.js';
import { conflict, DomainError, forbidden, notFound, unprocessable } from '../common/errors.js';
import { keysetPage, mapPage } from '../common/keyset.js';
import type { Page } from '../common/pagination.js';
import { PrismaService, type Tx } from '../database/prisma.service.js';
import { Prisma } from '../generated/prisma/client.js';
import { ccOf, ticketFacts } from '../tickets/ticket-facts.js';
import { writeTicketHistory } from '../tickets/ticket-history.js';
import { canTransition } from '../tickets/ticket-workflow.js';
import { recordEvent } from '../events/event-log.js';
import type {
  CreateDecisionDto,
  CreateValidationDto,
  ValidationDetailDto,
  ValidationDto,
  ValidationListQuery,
} from './dto/validation.dto.js';
import { ValidationNotifier, type ValidationTicket } from './validation-notifier.js';
import { rowToValidationDto, toValidationDetailDto, type LoadedValidation } from './validations.mapper.js';
import { ValidationsRepository } from './validations.repository.js';
import { withValidationName, withValidationNames, type Unnamed } from './validation-names.js';

/** Decisions race on one row lock; give queued transactions room to wait for it. */
const TX_OPTIONS = { maxWait: 10_000, timeout: 15_000 } as const;

const TICKET_SELECT = {
  id: true,
  number: true,
  subject: true,
  organizationId: true,
  siteId: true,
  requesterId: true,
  status: true,
} as const;

type DecideResult = { kind: 'decided'; dto: ValidationDetailDto } | { kind: 'expired' };

type Loaded = NonNullable<Awaited<ReturnType<ValidationsService['loadValidation']>>>;

/** What the decisions on a validation look at, for the caller. */
const stateOf = (v: Loaded, callerId: string): ValidationState => ({
  kind: v.kind,
  ticket: ticketFacts(v.ticket),
  status: v.status,
  dueAt: v.dueAt,
  decidedByCaller: v.decisions.some((d) => d.userId === callerId),
});

/** The validation as the caller gets it: `canDecide` and `capabilities.decide` are one decision. */
function detail(p: Principal, v: Loaded): Unnamed<ValidationDetailDto> {
  const capabilities = validationCapabilities(p, stateOf(v, p.userId));
  return { ...toValidationDetailDto(v as LoadedValidation, p.userId, capabilities.decide), capabilities };
}

@Injectable()
export class ValidationsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly repo: ValidationsRepository,
    private readonly notifier: ValidationNotifier,
  ) {}

  // ── reading ───────────────────────────────────────────────────

  async list(p: Principal, q: ValidationListQuery): Promise<Page<ValidationDto>> {
    const page = keysetPage(q);
    const rows = await this.repo.page(p, q, page.after, page.take);
    const listed = mapPage(
      page.of(rows, (r) => ({ createdAt: r.created_at, id: r.id })),
      rowToValidationDto,
    );
    return { ...listed, data: await withValidationNames(this.prisma.pool, p, listed.data) };
  }

  private async loadValidation(tx: Tx, p: Principal, id: string) {
    return tx.validation.findUnique({
      where: { id },
      include: {
        ticket: { select: { ...TICKET_SELECT, ...ccOf(p.userId) } },
        decisions: { include: { user: { select: { name: true } } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
      },
    });
  }

  /** Loads a validation and decides `action`: not visible ⇒ 404 (as if absent), visible but refused ⇒ 403. */
  private async load(tx: Tx, p: Principal, id: string, action: ValidationAction) {
    const v = await this.loadValidation(tx, p, id);
    if (!v) throw notFound('validation');
    const decision = validations.decide(p, action, { kind: v.kind, ticket: ticketFacts(v.ticket) });
    if (!decision.visible) throw notFound('validation');
    if (!decision.allowed) throw forbidden(decision.reason);
    return v;
  }

  async get(p: Principal, id: string): Promise<ValidationDetailDto> {
    return withValidationName(this.prisma, p, detail(p, await this.load(this.prisma, p, id, 'read')));
  }

  // ── shared writes ─────────────────────────────────────────────

  /** Moves the ticket along the workflow one step, with its history entry. */
  private async setTicketStatus(
    tx: Tx,
    t: { id: string; organizationId: string },
    actorId: string | null,
    from: string,
    to: 'OPEN' | 'PENDING_CUSTOMER',
    validationId: string,
  ): Promise<void> {
    await tx.ticket.update({ where: { id: t.id }, data: { status: to, version: { increment: 1 } } });
    await writeTicketHistory(tx, t, actorId, 'status_changed', { status: from }, { status: to, validationId });
    await recordEvent(tx, {
      type: 'ticket.status_changed',
      organizationId: t.organizationId,
      ticketId: t.id,
      actorId,
      data: { from, to },
    });
  }

  /** When the last open validation of a ticket waiting for the customer ends, the ticket goes back to OPEN. */
  private async releaseTicket(tx: Tx, ticketId: string, actorId: string | null, validationId: string): Promise<void> {
    const t = await tx.ticket.findUniqueOrThrow({
      where: { id: ticketId },
      select: { id: true, organizationId: true, status: true },
    });
    if (t.status !== 'PENDING_CUSTOMER') return;
    const stillOpen = await tx.validation.count({
      where: {
        ticketId,
        status: 'OPEN',
        id: { not: validationId },
        OR: [{ dueAt: null }, { dueAt: { gt: new Date() } }],
      },
    });
    if (stillOpen === 0) await this.setTicketStatus(tx, t, actorId, 'PENDING_CUSTOMER', 'OPEN', validationId);
  }

  // ── asking ────────────────────────────────────────────────────

  /**
   * Staff ask the customer. The eligible deciders (computed by the engine) each get one message;
   * the ticket moves to PENDING_CUSTOMER (through OPEN when NEW) while the validation is open.
   */
  async create(p: Principal, ticketId: string, dto: CreateValidationDto): Promise<ValidationDetailDto> {
    const ticket = await this.prisma.ticket.findUnique({ where: { id: ticketId }, select: TICKET_SELECT });
    if (!ticket) throw notFound('ticket');
    this.assertAskable(ticket.status);
    if (dto.dueAt.getTime() <= Date.now()) throw unprocessable('dueAt', 'must be in the future');
    const requiredApprovals = dto.requiredApprovals ?? 1;
    // Computed before the transaction: loading principals uses the pool, never a connection held by a transaction.
    const deciders = await this.notifier.eligibleDeciders(ticket, dto.kind);
    if (deciders.length === 0) {
      throw unprocessable(
        'kind',
        `no active member of the ticket's organization may decide a ${dto.kind} on this ticket (needs one of ${decidingRoles(dto.kind).join(', ')} and read access to the ticket)`,
      );
    }
    if (requiredApprovals > deciders.length) {
      throw unprocessable(
        'requiredApprovals',
        `only ${deciders.length} member(s) may decide this ${dto.kind}; cannot require ${requiredApprovals} approvals`,
      );
    }
    const id = await this.prisma.$transaction(async (tx) => {
      const [locked] = await tx.$queryRaw<
        { status: string }[]
      >`SELECT status::text AS status FROM tickets WHERE id = ${ticketId}::uuid FOR UPDATE`;
      if (!locked) throw notFound('ticket');
      this.assertAskable(locked.status);
      const v = await tx.validation.create({
        data: {
          ticketId,
          organizationId: ticket.organizationId,
          kind: dto.kind,
          question: dto.question,
          dueAt: dto.dueAt,
          requiredApprovals,
          requestedById: p.userId,
        },
      });
      await writeTicketHistory(tx, ticket, p.userId, 'validation_requested', null, {
        validationId: v.id,
        kind: v.kind,
        question: v.question,
        dueAt: v.dueAt,
        requiredApprovals,
      });
      let status = locked.status;
      if (status === 'NEW') {
        await this.setTicketStatus(tx, ticket, p.userId, 'NEW', 'OPEN', v.id);
        status = 'OPEN';
      }
      if (status !== 'PENDING_CUSTOMER' && canTransition(status as 'OPEN', 'PENDING_CUSTOMER')) {
        await this.setTicketStatus(tx, ticket, p.userId, status, 'PENDING_CUSTOMER', v.id);
      }
      await this.notifier.requested(tx, deciders, v, ticket as ValidationTicket, p.name);
      await recordEvent(tx, {
        type: 'validation.requested',
        organizationId: ticket.organizationId,
        ticketId,
        validationId: v.id,
        actorId: p.userId,
      });
      return v.id;
    });
    return this.get(p, id);
  }

  private assertAskable(status: string): void {
    if (status === 'RESOLVED' || status === 'CLOSED' || status === 'CANCELLED') {
      throw conflict(
        `cannot ask for a validation on a ${status} ticket${status === 'RESOLVED' ? '; reopen it first' : ''}`,
      );
    }
  }

  // ── deciding ──────────────────────────────────────────────────

  /**
   * One decision per eligible member. The validation row is locked (SELECT … FOR UPDATE) for the
   * whole transaction, so parallel decisions are serialised: one REJECT rejects, the quorum of
   * ACCEPTs accepts, and every later decision sees a final status (409). The unique constraint
   * (validation_id, user_id) backs the one-per-person rule. Past the due time the validation is
   * marked EXPIRED (committed) and the decision refused with 409 "expired".
   */
  async decide(p: Principal, id: string, dto: CreateDecisionDto): Promise<ValidationDetailDto> {
    let result: DecideResult;
    try {
      result = await this.prisma.$transaction(async (tx): Promise<DecideResult> => {
        const locked = await tx.$queryRaw<
          { id: string }[]
        >`SELECT id FROM validations WHERE id = ${id}::uuid FOR UPDATE`;
        if (locked.length === 0) throw notFound('validation');
        const v = await this.load(tx, p, id, 'decide');
        const now = new Date();
        const outcome = decideValidationOutcome(p, stateOf(v, p.userId), now);
        if (outcome.conflict === 'expired') {
          await this.expire(tx, v, now);
          return { kind: 'expired' };
        }
        if (!outcome.allowed) throw conflict(outcome.reason);
        await tx.validationDecision.create({
          data: {
            validationId: id,
            organizationId: v.ticket.organizationId,
            userId: p.userId,
            outcome: dto.outcome,
            comment: dto.comment ?? null,
            createdAt: now,
          },
        });
        const acceptCount = v.acceptCount + (dto.outcome === 'ACCEPT' ? 1 : 0);
        const status = dto.outcome === 'REJECT' ? 'REJECTED' : acceptCount >= v.requiredApprovals ? 'ACCEPTED' : 'OPEN';
        await tx.validation.update({
          where: { id },
          data: { acceptCount, status, decidedAt: status === 'OPEN' ? null : now, version: { increment: 1 } },
        });
        await writeTicketHistory(tx, v.ticket, p.userId, 'validation_decision', null, {
          validationId: id,
          kind: v.kind,
          outcome: dto.outcome,
          comment: dto.comment ?? null,
          userId: p.userId,
          userName: p.name,
          decidedAt: now,
        });
        if (status !== 'OPEN') {
          await writeTicketHistory(
            tx,
            v.ticket,
            p.userId,
            status === 'ACCEPTED' ? 'validation_accepted' : 'validation_rejected',
            { status: 'OPEN' },
            {
              validationId: id,
              status,
              acceptCount,
              requiredApprovals: v.requiredApprovals,
            },
          );
          await this.releaseTicket(tx, v.ticketId, p.userId, id);
          await recordEvent(tx, {
            type: 'validation.decided',
            organizationId: v.ticket.organizationId,
            ticketId: v.ticketId,
            validationId: id,
            actorId: p.userId,
            data: { status },
          });
          const why =
            status === 'REJECTED'
              ? `${p.name} rejected it${dto.comment ? `: ${dto.comment}` : '.'}`
              : `It was accepted (${acceptCount} of ${v.requiredApprovals} approvals; last by ${p.name}).`;
          await this.notifier.decided(
            tx,
            v,
            v.ticket,
            status,
            `Your ${v.kind === 'CHANGE' ? 'change approval' : 'validation'} request on ticket #${v.ticket.number} "${v.ticket.subject}" was ${status.toLowerCase()}. ${why}`,
          );
        }
        const fresh = await this.loadValidation(tx, p, id);
        return { kind: 'decided', dto: await withValidationName(tx, p, detail(p, fresh!)) };
      }, TX_OPTIONS);
    } catch (err) {
      if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002')
        throw conflict('you have already decided this validation');
      throw err;
    }
    if (result.kind === 'expired') throw new DomainError('CONFLICT', 'expired');
    return result.dto;
  }

  private async expire(tx: Tx, v: Loaded, now: Date): Promise<void> {
    await tx.validation.update({
      where: { id: v.id },
      data: { status: 'EXPIRED', decidedAt: now, version: { increment: 1 } },
    });
    await writeTicketHistory(
      tx,
      v.ticket,
      null,
      'validation_expired',
      { status: 'OPEN' },
      { validationId: v.id, status: 'EXPIRED', dueAt: v.dueAt },
    );
    await this.releaseTicket(tx, v.ticketId, null, v.id);
    await recordEvent(tx, {
      type: 'validation.decided',
      organizationId: v.ticket.organizationId,
      ticketId: v.ticketId,
      validationId: v.id,
      data: { status: 'EXPIRED' },
    });
    await this.notifier.decided(
      tx,
      v,
      v.ticket,
      'EXPIRED',
      `Your ${v.kind === 'CHANGE' ? 'change approval' : 'validation'} request on ticket #${v.ticket.number} "${v.ticket.subject}" expired at ${v.dueAt?.toISOString()} with ${v.acceptCount} of ${v.requiredApprovals} approvals.`,
    );
  }
}
