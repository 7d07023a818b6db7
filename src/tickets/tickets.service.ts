import { Injectable } from '@nestjs/common';
import { cis } from '../access/ci-grants.js';
import { CI_FACT_COLUMNS } from '../cis/ci-facts.js';
import type { Principal, TicketType } from '../access/principal.js';
import type { Decision } from '../access/resource.js';
import { tickets, type TicketAction } from '../access/ticket-grants.js';
import {
  creatableTicketTypes,
  decideRequesterPlacement,
  decideTicketCreate,
  requesterTicketTypes,
  type PlacementFacts,
} from '../access/ticket-policy.js';
import { PrincipalLoader } from '../auth/principal.loader.js';
import {
  decideCcTarget,
  decideInternal,
  decideRequester,
  decideResponsible,
  decideResponsibleNamed,
  decideTicketFields,
  decideTicketStatus,
  decideTicketType,
  isFirstResponse,
} from '../access/ticket-rules.js';
import { DomainError, forbidden, notFound, unprocessable } from '../common/errors.js';
import { afterCursor, keysetPage, mapPage, OLDEST_FIRST } from '../common/keyset.js';
import type { Page } from '../common/pagination.js';
import { PrismaService, type Tx } from '../database/prisma.service.js';
import type { Ticket } from '../generated/prisma/client.js';
import type {
  AddCcDto,
  CcDto,
  CommentDto,
  CreateCommentDto,
  CreateTicketDto,
  HistoryEntryDto,
  TicketDetailDto,
  TicketDto,
  TicketListQuery,
  TicketTypesDto,
  TicketTypesQuery,
  TransitionDto,
  UpdateTicketDto,
} from './dto/ticket.dto.js';
import { ccOf, ticketFacts } from './ticket-facts.js';
import { writeTicketHistory } from './ticket-history.js';
import { TicketNotifier } from './ticket-notifier.js';
import { canTransition, TRANSITIONS } from './ticket-workflow.js';
import { rowToTicketDto, toTicketDetailDto, toTicketDto } from './tickets.mapper.js';
import { TicketsRepository } from './tickets.repository.js';
import { SlaService } from './sla.service.js';
import { stalePrecondition, versioned } from '../common/etag.js';
import { recordEvent } from '../events/event-log.js';

export const MAX_CCS = 20;

type CiLink = { ciId: string; ci: { organizationId: string; siteId: string | null; department: string | null } };
type LoadedTicket = Ticket & { ccs: { userId: string }[]; cis: CiLink[] };

/** Linked CIs the caller may see: a ticket never names a CI whose own GET would be a 404 (staff see all). */
const visibleCiIds = (p: Principal, links: CiLink[]): string[] =>
  links.filter((l) => cis.decide(p, 'read', l.ci).allowed).map((l) => l.ciId);

/** Non-staff never see internal comments and history entries. */
const internalFilter = (p: Principal) => (decideInternal(p, 'read').allowed ? {} : { internal: false });

@Injectable()
export class TicketsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly repo: TicketsRepository,
    private readonly notifier: TicketNotifier,
    private readonly sla: SlaService,
    private readonly principals: PrincipalLoader,
  ) {}

  // ── reading ───────────────────────────────────────────────────

  async list(p: Principal, q: TicketListQuery): Promise<Page<TicketDto>> {
    const page = keysetPage(q);
    const rows = await this.repo.page(
      p,
      'read',
      {
        organizationId: q.organizationId,
        siteId: q.siteId,
        status: q.status,
        type: q.type,
        priority: q.priority,
        requesterId: q.requesterId,
        q: q.q,
        overdue: q.overdue,
      },
      page.after,
      page.take,
    );
    return mapPage(
      page.of(rows, (r) => ({ createdAt: new Date(r.created_at), id: r.id })),
      rowToTicketDto,
    );
  }

  /** Loads a ticket and decides `action`: not visible ⇒ 404 (as if absent), visible but refused ⇒ 403. */
  private async load(
    p: Principal,
    id: string,
    action: TicketAction,
    tx: Tx = this.prisma,
  ): Promise<{ ticket: LoadedTicket; decision: Decision; callerIsCc: boolean }> {
    const ticket = await tx.ticket.findUnique({
      where: { id },
      include: {
        ...ccOf(p.userId),
        cis: { select: { ciId: true, ci: { select: CI_FACT_COLUMNS } } },
      },
    });
    if (!ticket) throw notFound('ticket');
    const facts = ticketFacts(ticket);
    const decision = tickets.decide(p, action, facts);
    if (!decision.visible) throw notFound('ticket');
    if (!decision.allowed) throw forbidden(decision.reason);
    return { ticket, decision, callerIsCc: facts.callerIsCc };
  }

  async get(p: Principal, id: string): Promise<TicketDetailDto> {
    const { ticket, callerIsCc } = await this.load(p, id, 'read');
    return toTicketDetailDto(ticket, visibleCiIds(p, ticket.cis), callerIsCc);
  }

  /** The types the caller may raise in an organisation (empty in external support mode without site). */
  async ticketTypes(p: Principal, q: TicketTypesQuery): Promise<TicketTypesDto> {
    const requester = decideRequester(p, q.requesterId);
    if (!requester.allowed) throw forbidden(requester.reason);
    if (requester.onBehalf && q.requesterId) {
      const r = await this.principals.load(q.requesterId);
      if (!r) throw unprocessable('requesterId', 'must be an active member of the organization');
      const forRequester = requesterTicketTypes(r, q.organizationId);
      if (!forRequester.allowed) throw unprocessable(forRequester.field!, forRequester.reason);
      return { organizationId: forRequester.organizationId, types: forRequester.types };
    }
    const d = creatableTicketTypes(p, q.organizationId);
    if (!d.allowed) throw unprocessable('organizationId', d.reason);
    return { organizationId: d.organizationId, types: d.types };
  }

  // ── checks shared by create and update ────────────────────────

  private assertTypeAllowed(p: Principal, organizationId: string, type: TicketType): void {
    const d = decideTicketType(p, organizationId, type);
    if (!d.allowed) throw unprocessable('type', d.reason);
  }

  private async assertResponsibles(
    tx: Tx,
    p: Principal,
    organizationId: string,
    groupId: string | null | undefined,
    assigneeId: string | null | undefined,
  ): Promise<void> {
    if (groupId && !(await tx.group.findUnique({ where: { id: groupId }, select: { id: true } })))
      throw unprocessable('groupId', 'no such group');
    if (
      assigneeId &&
      !(await tx.user.findFirst({
        where: { id: assigneeId, staffRole: { not: null }, active: true },
        select: { id: true },
      }))
    ) {
      throw unprocessable('assigneeId', 'must be an active agent');
    }
    for (const [field, value] of [
      ['groupId', groupId],
      ['assigneeId', assigneeId],
    ] as const) {
      const d = value ? decideResponsible(p, organizationId, field, value) : null;
      if (d && !d.allowed) throw unprocessable(field, d.reason);
    }
  }

  /** Every linked CI must exist, belong to the ticket's organisation and be visible to the caller. */
  private async assertCis(
    tx: Tx,
    p: Principal,
    organizationId: string,
    ciIds: string[],
  ): Promise<{ id: string; siteId: string | null }[]> {
    if (ciIds.length === 0) return [];
    const rows = await tx.ci.findMany({
      where: { id: { in: ciIds } },
      select: { id: true, ...CI_FACT_COLUMNS },
    });
    for (const id of ciIds) {
      const ci = rows.find((c) => c.id === id);
      if (!ci || ci.organizationId !== organizationId || !cis.decide(p, 'read', ci).allowed) {
        throw unprocessable('ciIds', `CI ${id} does not exist or is not visible to you`);
      }
    }
    return rows;
  }

  /** Where the ticket of this requester lands (external support mode binds staff too); 422 on the field when refused. */
  private async placeForRequester(
    p: Principal,
    requesterId: string,
    organizationId: string,
    facts: PlacementFacts,
  ): Promise<string | null> {
    const requester = requesterId === p.userId ? p : await this.principals.load(requesterId);
    const d = requester
      ? decideRequesterPlacement(p, requester, organizationId, facts)
      : { allowed: true, siteId: facts.siteId ?? null, reason: '' };
    if (!d.allowed) throw unprocessable(d.field!, d.reason);
    return d.siteId;
  }

  // ── writing ───────────────────────────────────────────────────

  async create(p: Principal, dto: CreateTicketDto): Promise<TicketDetailDto> {
    const requester = decideRequester(p, dto.requesterId);
    if (!requester.allowed) throw forbidden(requester.reason);
    const where = decideTicketCreate(p, dto.organizationId, dto.siteId);
    if (where.status === 'forbidden') throw forbidden(where.reason);
    if (where.status === 'unprocessable') throw unprocessable(where.field!, where.reason);
    const ciIds = dto.ciIds ?? [];
    return this.prisma.$transaction(async (tx) => {
      const org = await tx.organization.findUnique({ where: { id: where.organizationId }, select: { id: true } });
      if (!org) throw unprocessable('organizationId', 'no such organization');
      let requesterId = p.userId;
      if (requester.onBehalf && dto.requesterId) {
        const ok = await tx.membership.findFirst({
          where: {
            userId: dto.requesterId,
            organizationId: where.organizationId,
            active: true,
            user: { active: true },
          },
          select: { id: true },
        });
        if (!ok) throw unprocessable('requesterId', 'must be an active member of the organization');
        requesterId = dto.requesterId;
      }
      this.assertTypeAllowed(p, where.organizationId, dto.type);
      await this.assertResponsibles(tx, p, where.organizationId, dto.groupId, dto.assigneeId);
      const named = decideResponsibleNamed(p, where.organizationId, dto);
      if (!named.allowed) throw unprocessable(named.field, named.reason);
      const linked = await this.assertCis(tx, p, where.organizationId, ciIds);
      const siteId = requester.onBehalf
        ? await this.placeForRequester(p, requesterId, where.organizationId, {
            siteId: dto.siteId,
            type: dto.type,
            cis: linked,
          })
        : where.siteId;
      if (
        siteId &&
        !(await tx.site.findFirst({
          where: { id: siteId, organizationId: where.organizationId },
          select: { id: true },
        }))
      ) {
        throw unprocessable('siteId', 'not a site of the organization');
      }
      const priority = dto.priority ?? 'MEDIUM';
      const created = new Date();
      const due = await this.sla.dueTimes(tx, siteId, priority, created);
      const t = await tx.ticket.create({
        data: {
          organizationId: where.organizationId,
          siteId,
          requesterId,
          type: dto.type,
          priority,
          subject: dto.subject,
          description: dto.description ?? '',
          groupId: dto.groupId ?? null,
          assigneeId: dto.assigneeId ?? null,
          contractId: due.contractId,
          responseDueAt: due.responseDueAt,
          resolutionDueAt: due.resolutionDueAt,
          createdAt: created,
          cis: { create: ciIds.map((ciId) => ({ ciId, organizationId: where.organizationId })) },
        },
      });
      await writeTicketHistory(tx, t, p.userId, 'created', null, { ...toTicketDto(t), ciIds });
      await this.notifier.notify(tx, {
        ticket: t,
        actorId: p.userId,
        kind: 'ticket.created',
        summary: `Ticket #${t.number} "${t.subject}" was created.`,
      });
      await recordEvent(tx, {
        type: 'ticket.created',
        organizationId: t.organizationId,
        ticketId: t.id,
        actorId: p.userId,
      });
      return toTicketDetailDto(t, ciIds, false);
    });
  }

  async update(p: Principal, id: string, dto: UpdateTicketDto, expectedVersion: number): Promise<TicketDetailDto> {
    return this.prisma.$transaction(async (tx) => {
      const { ticket, callerIsCc } = await this.load(p, id, 'update', tx);
      if (ticket.version !== expectedVersion) throw stalePrecondition();
      const fields = decideTicketFields(
        p,
        Object.keys(dto).filter((k) => dto[k as keyof UpdateTicketDto] !== undefined),
      );
      if (!fields.allowed) throw forbidden(fields.reason);
      const organizationId = dto.organizationId ?? ticket.organizationId;
      const moved = !!dto.organizationId && dto.organizationId !== ticket.organizationId;
      let siteId = dto.siteId !== undefined ? dto.siteId : ticket.siteId;
      if (moved) {
        const m = await tx.membership.findFirst({
          where: { userId: ticket.requesterId, organizationId: dto.organizationId, active: true },
          select: { id: true },
        });
        if (!m) throw unprocessable('organizationId', 'the requester is not a member of that organization');
        if (dto.siteId === undefined) siteId = null;
      }
      if (dto.type && dto.type !== ticket.type) this.assertTypeAllowed(p, organizationId, dto.type);
      if (dto.groupId !== undefined || dto.assigneeId !== undefined)
        await this.assertResponsibles(tx, p, organizationId, dto.groupId, dto.assigneeId);
      const linked = dto.ciIds ? await this.assertCis(tx, p, organizationId, dto.ciIds) : null;
      if (dto.siteId !== undefined || dto.type || dto.ciIds || moved) {
        siteId = await this.placeForRequester(p, ticket.requesterId, organizationId, {
          siteId: moved && dto.siteId === undefined ? undefined : siteId,
          type: dto.type ?? ticket.type,
          cis: linked ?? (moved ? [] : ticket.cis.map((l) => ({ id: l.ciId, siteId: l.ci.siteId }))),
        });
      }
      if (siteId && !(await tx.site.findFirst({ where: { id: siteId, organizationId }, select: { id: true } })))
        throw unprocessable('siteId', 'not a site of the organization');
      const priority = dto.priority ?? ticket.priority;
      const due =
        (dto.priority && dto.priority !== ticket.priority) || siteId !== ticket.siteId
          ? await this.sla.dueTimes(tx, siteId, priority, ticket.createdAt)
          : null;
      const updated = await versioned(
        tx.ticket.update({
          where: { id, version: ticket.version },
          data: {
            subject: dto.subject,
            description: dto.description,
            priority: dto.priority,
            type: dto.type,
            groupId: dto.groupId,
            assigneeId: dto.assigneeId,
            organizationId,
            siteId,
            ...(due
              ? { contractId: due.contractId, responseDueAt: due.responseDueAt, resolutionDueAt: due.resolutionDueAt }
              : {}),
            version: { increment: 1 },
          },
        }),
      );
      if (organizationId !== ticket.organizationId) {
        await tx.ticketComment.updateMany({ where: { ticketId: id }, data: { organizationId } });
        await tx.ticketHistory.updateMany({ where: { ticketId: id }, data: { organizationId } });
        await tx.ticketCi.deleteMany({ where: { ticketId: id } });
      }
      const beforeCis = ticket.cis.map((c) => c.ciId);
      // The caller replaces the links it can see; links to CIs it cannot see (e.g. linked by an agent) stay.
      const visibleBefore = new Set(visibleCiIds(p, ticket.cis));
      const hiddenCis =
        organizationId !== ticket.organizationId ? [] : beforeCis.filter((ciId) => !visibleBefore.has(ciId));
      const newCis = dto.ciIds ? [...new Set([...dto.ciIds, ...hiddenCis])] : null;
      if (newCis) {
        await tx.ticketCi.deleteMany({ where: { ticketId: id } });
        await tx.ticketCi.createMany({ data: newCis.map((ciId) => ({ ticketId: id, ciId, organizationId })) });
      }
      const before = toTicketDto(ticket);
      const after = toTicketDto(updated);
      const changed = (Object.keys(after) as (keyof TicketDto)[]).filter(
        (k) => !['version', 'updatedAt'].includes(k) && JSON.stringify(before[k]) !== JSON.stringify(after[k]),
      );
      const ciIds = newCis ?? (organizationId !== ticket.organizationId ? [] : beforeCis);
      if (changed.length || dto.ciIds) {
        await writeTicketHistory(
          tx,
          updated,
          p.userId,
          'updated',
          { ...Object.fromEntries(changed.map((k) => [k, before[k]])), ...(dto.ciIds ? { ciIds: beforeCis } : {}) },
          { ...Object.fromEntries(changed.map((k) => [k, after[k]])), ...(dto.ciIds ? { ciIds } : {}) },
        );
        await recordEvent(tx, {
          type: 'ticket.updated',
          organizationId: updated.organizationId,
          ticketId: id,
          actorId: p.userId,
          data: { changes: [...changed, ...(dto.ciIds ? ['ciIds'] : [])] },
        });
      }
      return toTicketDetailDto(
        updated,
        ciIds.filter((ciId) => !hiddenCis.includes(ciId)),
        callerIsCc,
      );
    });
  }

  async transition(p: Principal, id: string, dto: TransitionDto, expectedVersion?: number): Promise<TicketDetailDto> {
    return this.prisma.$transaction(async (tx) => {
      const { ticket, callerIsCc } = await this.load(p, id, 'transition', tx);
      if (expectedVersion !== undefined && ticket.version !== expectedVersion) throw stalePrecondition();
      const status = decideTicketStatus(p, ticket.organizationId, dto.status);
      if (!status.allowed) throw forbidden(status.reason);
      if (!canTransition(ticket.status, dto.status)) {
        throw new DomainError(
          'INVALID_TRANSITION',
          `cannot go from ${ticket.status} to ${dto.status}; allowed: ${TRANSITIONS[ticket.status].join(', ') || 'none (final status)'}`,
        );
      }
      const now = new Date();
      const updated = await versioned(
        tx.ticket.update({
          where: { id, version: ticket.version },
          data: {
            status: dto.status,
            resolvedAt: dto.status === 'RESOLVED' ? now : dto.status === 'OPEN' ? null : undefined,
            closedAt: dto.status === 'CLOSED' || dto.status === 'CANCELLED' ? now : undefined,
            version: { increment: 1 },
          },
        }),
      );
      await writeTicketHistory(
        tx,
        updated,
        p.userId,
        'status_changed',
        { status: ticket.status },
        { status: dto.status },
      );
      await recordEvent(tx, {
        type: 'ticket.status_changed',
        organizationId: updated.organizationId,
        ticketId: id,
        actorId: p.userId,
        data: { from: ticket.status, to: dto.status },
      });
      if (dto.comment) await this.addCommentRow(tx, p, updated, dto.comment, false);
      await this.notifier.notify(tx, {
        ticket: updated,
        actorId: p.userId,
        kind: 'ticket.status_changed',
        summary: `Status changed from ${ticket.status} to ${dto.status}.${dto.comment ? `\n\n${dto.comment}` : ''}`,
      });
      return toTicketDetailDto(updated, visibleCiIds(p, ticket.cis), callerIsCc);
    });
  }

  // ── comments ──────────────────────────────────────────────────

  async comments(p: Principal, id: string, limit = 50, cursorStr?: string): Promise<Page<CommentDto>> {
    await this.load(p, id, 'read');
    const page = keysetPage({ cursor: cursorStr, limit });
    const rows = await this.prisma.ticketComment.findMany({
      where: {
        ticketId: id,
        ...internalFilter(p),
        ...afterCursor(page.after, 'asc'),
      },
      include: { author: { select: { name: true } } },
      orderBy: OLDEST_FIRST,
      take: page.take,
    });
    return mapPage(page.of(rows), (c) => ({
      id: c.id,
      ticketId: c.ticketId,
      authorId: c.authorId,
      authorName: c.author.name,
      body: c.body,
      internal: c.internal,
      createdAt: c.createdAt,
    }));
  }

  private async addCommentRow(tx: Tx, p: Principal, t: Ticket, body: string, internal: boolean) {
    const c = await tx.ticketComment.create({
      data: { ticketId: t.id, organizationId: t.organizationId, authorId: p.userId, body, internal },
    });
    await writeTicketHistory(
      tx,
      t,
      p.userId,
      internal ? 'internal_comment_added' : 'comment_added',
      null,
      { commentId: c.id },
      internal,
    );
    await recordEvent(tx, {
      type: 'ticket.commented',
      organizationId: t.organizationId,
      ticketId: t.id,
      commentId: c.id,
      actorId: p.userId,
    });
    if (!t.firstResponseAt && isFirstResponse(p, internal))
      await tx.ticket.update({ where: { id: t.id }, data: { firstResponseAt: c.createdAt } });
    return c;
  }

  async addComment(p: Principal, id: string, dto: CreateCommentDto): Promise<CommentDto> {
    const internal = dto.internal ? decideInternal(p, 'write') : null;
    if (internal && !internal.allowed) throw forbidden(internal.reason);
    return this.prisma.$transaction(async (tx) => {
      const { ticket } = await this.load(p, id, 'comment', tx);
      const c = await this.addCommentRow(tx, p, ticket, dto.body, !!dto.internal);
      await this.notifier.notify(tx, {
        ticket,
        actorId: p.userId,
        kind: 'ticket.commented',
        internal: !!dto.internal,
        summary: `${p.name} commented${dto.internal ? ' (internal)' : ''}:\n\n${dto.body}`,
      });
      return {
        id: c.id,
        ticketId: c.ticketId,
        authorId: c.authorId,
        authorName: p.name,
        body: c.body,
        internal: c.internal,
        createdAt: c.createdAt,
      };
    });
  }

  // ── CCs ───────────────────────────────────────────────────────

  async ccs(p: Principal, id: string): Promise<CcDto[]> {
    await this.load(p, id, 'read');
    const rows = await this.prisma.ticketCc.findMany({
      where: { ticketId: id },
      include: { user: { select: { name: true } } },
      orderBy: { createdAt: 'asc' },
    });
    return rows.map((c) => ({ userId: c.userId, name: c.user.name, addedAt: c.createdAt }));
  }

  /**
   * Staff may CC any existing user; the requester only verified, active members of the ticket's
   * organisation. At most MAX_CCS per ticket, counted under a row lock on the ticket.
   */
  async addCc(p: Principal, id: string, dto: AddCcDto): Promise<CcDto> {
    return this.prisma.$transaction(async (tx) => {
      const { ticket } = await this.load(p, id, 'manage_cc', tx);
      await tx.$queryRaw`SELECT id FROM tickets WHERE id = ${id}::uuid FOR UPDATE`;
      const user = await tx.user.findUnique({
        where: { id: dto.userId },
        select: { id: true, name: true, active: true, emailVerifiedAt: true },
      });
      const member =
        !!user &&
        !!(await tx.membership.findFirst({
          where: { userId: dto.userId, organizationId: ticket.organizationId, active: true },
          select: { id: true },
        }));
      const target = decideCcTarget(p, {
        exists: !!user,
        active: !!user?.active,
        verified: !!user?.emailVerifiedAt,
        member,
      });
      if (!user || !target.allowed) throw unprocessable('userId', target.reason);
      const existing = await tx.ticketCc.findUnique({
        where: { ticketId_userId: { ticketId: id, userId: dto.userId } },
      });
      if (existing) return { userId: user.id, name: user.name, addedAt: existing.createdAt };
      const count = await tx.ticketCc.count({ where: { ticketId: id } });
      if (count >= MAX_CCS) throw new DomainError('CONFLICT', `a ticket has at most ${MAX_CCS} CCs`);
      const cc = await tx.ticketCc.create({
        data: {
          ticketId: id,
          userId: dto.userId,
          organizationId: ticket.organizationId,
          ticketCreatedAt: ticket.createdAt,
          addedById: p.userId,
        },
      });
      await writeTicketHistory(tx, ticket, p.userId, 'cc_added', null, { userId: dto.userId });
      await this.notifier.notify(tx, {
        ticket,
        actorId: p.userId,
        kind: 'ticket.cc_added',
        summary: `${p.name} added ${user.name} in CC.`,
        alsoNotify: [dto.userId],
      });
      return { userId: user.id, name: user.name, addedAt: cc.createdAt };
    });
  }

  async removeCc(p: Principal, id: string, userId: string): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const { ticket } = await this.load(p, id, 'manage_cc', tx);
      const { count } = await tx.ticketCc.deleteMany({ where: { ticketId: id, userId } });
      if (count === 0) throw notFound('CC');
      await writeTicketHistory(tx, ticket, p.userId, 'cc_removed', { userId }, null);
    });
  }

  // ── history ───────────────────────────────────────────────────

  async history_(p: Principal, id: string, limit = 100, cursorStr?: string): Promise<Page<HistoryEntryDto>> {
    await this.load(p, id, 'read');
    const page = keysetPage({ cursor: cursorStr, limit });
    const rows = await this.prisma.ticketHistory.findMany({
      where: {
        ticketId: id,
        ...internalFilter(p),
        ...afterCursor(page.after, 'asc'),
      },
      orderBy: OLDEST_FIRST,
      take: page.take,
    });
    return mapPage(page.of(rows), (h) => ({
      id: h.id,
      actorId: h.actorId,
      action: h.action,
      before: h.before ?? null,
      after: h.after ?? null,
      createdAt: h.createdAt,
    }));
  }
}
