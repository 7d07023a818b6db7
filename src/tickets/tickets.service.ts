import { Injectable } from '@nestjs/common';
import { cis } from '../access/ci-grants.js';
import { CI_FACT_COLUMNS } from '../cis/ci-facts.js';
import type { Principal, TicketType } from '../access/principal.js';
import type { Decision } from '../access/resource.js';
import { tickets, type TicketAction } from '../access/ticket-grants.js';
import {
  decideComment,
  decideManageCcs,
  decideTicketUpdate,
  decideTransition,
  ticketCapabilities,
  commentCapabilities,
  type TicketState,
} from '../access/ticket-capabilities.js';
import {
  creatableTicketTypes,
  decideRequesterPlacement,
  decideTicketCreate,
  requesterTicketTypes,
  type PlacementFacts,
} from '../access/ticket-policy.js';
import { PrincipalLoader } from '../auth/principal.loader.js';
import { AttachmentsService } from '../attachments/attachments.service.js';
import type { AttachmentDto } from '../attachments/dto/attachment.dto.js';
import {
  decideInternal,
  decideRequester,
  decideResponsible,
  decideResponsibleNamed,
  decideTicketType,
  isFirstResponse,
} from '../access/ticket-rules.js';
import { DomainError, forbidden, notFound, unprocessable } from '../common/errors.js';
import { afterCursor, keysetPage, KeysetPage, mapPage, OLDEST_FIRST, sortKeyPage } from '../common/keyset.js';
import { decideCcCandidates } from '../access/cc-rules.js';
import { nameVisibility } from '../access/name-rules.js';
import { DEFAULT_TICKET_SORT, sortKeysOf, type TicketListFilters } from '../access/ticket-query.js';
import { ticketCursor } from './ticket-list-cursor.js';
import type { Page, PageQuery } from '../common/pagination.js';
import { PrismaService, type Tx } from '../database/prisma.service.js';
import type { Ticket } from '../generated/prisma/client.js';
import { MAX_CCS } from './dto/ticket.dto.js';
import type {
  AddCcDto,
  CcCandidateDto,
  CcCandidatesQuery,
  CcDto,
  CommentDetailDto,
  CommentDto,
  CreateCommentDto,
  CreateTicketDto,
  HistoryEntryDto,
  TicketDetailDto,
  TicketDto,
  TicketCountDto,
  TicketFilterQuery,
  TicketListQuery,
  TicketTypesDto,
  TicketTypesQuery,
  TransitionDto,
  UpdateTicketDto,
} from './dto/ticket.dto.js';
import { ccOf, ticketFacts } from './ticket-facts.js';
import { writeTicketHistory } from './ticket-history.js';
import { TicketNotifier } from './ticket-notifier.js';
import { rowToTicketDto, toTicketDetailDto, toTicketDto } from './tickets.mapper.js';
import { TicketsRepository } from './tickets.repository.js';
import { loadNames, nameRequest, withTicketName, withTicketNames, type Unnamed } from './ticket-names.js';
import { assertCcTargets, ccCandidatesPage } from './ticket-ccs.js';
import { SlaService, type SlaTicket } from './sla.service.js';
import { pausesAfter, pausesFromJson } from '../sla/sla-clock.js';
import { stalePrecondition, versioned } from '../common/etag.js';
import { recordEvent } from '../events/event-log.js';

type CiLink = { ciId: string; ci: { organizationId: string; siteId: string | null; department: string | null } };
type LoadedTicket = Ticket & { ccs: { userId: string }[]; cis: CiLink[] };

/** Linked CIs the caller may see: a ticket never names a CI whose own GET would be a 404 (staff see all). */
const visibleCiIds = (p: Principal, links: CiLink[]): string[] =>
  links.filter((l) => cis.decide(p, 'read', l.ci).allowed).map((l) => l.ciId);

/** The ticket as the caller gets it: its detail and what the caller may do with it now. */
const ticketDetail = (p: Principal, t: Ticket, ciIds: string[], callerIsCc: boolean): Unnamed<TicketDetailDto> => ({
  ...toTicketDetailDto(t, ciIds, callerIsCc),
  capabilities: ticketCapabilities(p, stateOf(t, callerIsCc)),
});

const stateOf = (t: Ticket, callerIsCc: boolean): TicketState => ({ ...ticketFacts(t, callerIsCc), status: t.status });

/** The SLA clock's view of a stored ticket, with changes about to be written. */
const slaTicket = (t: Ticket, change: Partial<SlaTicket> = {}): SlaTicket => ({
  siteId: t.siteId,
  priority: t.priority,
  status: t.status,
  createdAt: t.createdAt,
  firstResponseAt: t.firstResponseAt,
  resolvedAt: t.resolvedAt,
  closedAt: t.closedAt,
  pauses: pausesFromJson(t.slaPauses),
  slaWarnedAt: t.slaWarnedAt,
  slaBreachedNotifiedAt: t.slaBreachedNotifiedAt,
  ...change,
});

/** Non-staff never see internal comments and history entries. */
const internalFilter = (p: Principal) => (decideInternal(p, 'read').allowed ? {} : { internal: false });

const listFilters = (q: TicketFilterQuery): TicketListFilters => ({
  organizationId: q.organizationId,
  siteId: q.siteId,
  status: q.status,
  type: q.type,
  priority: q.priority,
  requesterId: q.requesterId,
  q: q.q,
  overdue: q.overdue,
  slaState: q.slaState,
});

@Injectable()
export class TicketsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly repo: TicketsRepository,
    private readonly notifier: TicketNotifier,
    private readonly sla: SlaService,
    private readonly principals: PrincipalLoader,
    private readonly attachments: AttachmentsService,
  ) {}

  // ── reading ───────────────────────────────────────────────────

  async list(p: Principal, q: TicketListQuery): Promise<Page<TicketDto>> {
    const sort = q.sort ?? DEFAULT_TICKET_SORT;
    const page = new KeysetPage(ticketCursor(sort), q.cursor, q.limit ?? 50);
    const rows = await this.repo.page(p, 'read', listFilters(q), page.after, page.take, sort);
    const listed = mapPage(
      page.of(rows, (r) => ({ keys: sortKeysOf(sort, r), id: r.id })),
      rowToTicketDto,
    );
    return { ...listed, data: await withTicketNames(this.prisma.pool, p, listed.data) };
  }

  /** `GET tickets/count`: the list's filters, counted exactly up to 10,000. */
  count(p: Principal, q: TicketFilterQuery): Promise<TicketCountDto> {
    return this.repo.count(p, 'read', listFilters(q));
  }

  /**
   * Loads a ticket and decides `action` (or asks `decide`, one of the engine's decisions on the
   * ticket's state): not visible ⇒ 404 (as if absent), visible but refused ⇒ 403.
   */
  private async load(
    p: Principal,
    id: string,
    action: TicketAction | ((t: TicketState) => Decision),
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
    const decision =
      typeof action === 'function' ? action({ ...facts, status: ticket.status }) : tickets.decide(p, action, facts);
    if (!decision.visible) throw notFound('ticket');
    if (!decision.allowed) throw forbidden(decision.reason);
    return { ticket, decision, callerIsCc: facts.callerIsCc };
  }

  async get(p: Principal, id: string): Promise<TicketDetailDto> {
    const { ticket, callerIsCc } = await this.load(p, id, 'read');
    const detail = await withTicketName(
      this.prisma,
      p,
      ticketDetail(p, ticket, visibleCiIds(p, ticket.cis), callerIsCc),
    );
    return { ...detail, attachments: await this.attachments.summaries(p, id) };
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
    const ccUserIds = dto.ccUserIds ?? [];
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
      if (ccUserIds.length) await assertCcTargets(tx, p, where.organizationId, ccUserIds, 'ccUserIds');
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
      const due = await this.sla.columns(tx, {
        siteId,
        priority,
        status: 'NEW',
        createdAt: created,
        firstResponseAt: null,
        resolvedAt: null,
        closedAt: null,
        pauses: [],
      });
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
          ...due,
          createdAt: created,
          // One INSERT for all links (a nested `create` list is one statement per CI).
          ...(ciIds.length
            ? { cis: { createMany: { data: ciIds.map((ciId) => ({ ciId, organizationId: where.organizationId })) } } }
            : {}),
        },
      });
      if (ccUserIds.length)
        await tx.ticketCc.createMany({
          data: ccUserIds.map((userId) => ({
            ticketId: t.id,
            userId,
            organizationId: t.organizationId,
            ticketCreatedAt: t.createdAt,
            addedById: p.userId,
          })),
        });
      await writeTicketHistory(tx, t, p.userId, 'created', null, {
        ...toTicketDto(t),
        ciIds,
        ...(ccUserIds.length ? { ccUserIds } : {}),
      });
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
      return withTicketName(tx, p, ticketDetail(p, t, ciIds, ccUserIds.includes(p.userId)));
    });
  }

  async update(p: Principal, id: string, dto: UpdateTicketDto, expectedVersion: number): Promise<TicketDetailDto> {
    return this.prisma.$transaction(async (tx) => {
      const { ticket, callerIsCc } = await this.load(p, id, 'update', tx);
      if (ticket.version !== expectedVersion) throw stalePrecondition();
      const fields = decideTicketUpdate(
        p,
        ticketFacts(ticket),
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
          ? await this.sla.columns(tx, slaTicket(ticket, { siteId, priority }))
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
            ...(due ?? {}),
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
      const changed = (Object.keys(after) as (keyof typeof after)[]).filter(
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
      return withTicketName(
        tx,
        p,
        ticketDetail(
          p,
          updated,
          ciIds.filter((ciId) => !hiddenCis.includes(ciId)),
          callerIsCc,
        ),
      );
    });
  }

  async transition(p: Principal, id: string, dto: TransitionDto, expectedVersion?: number): Promise<TicketDetailDto> {
    return this.prisma.$transaction(async (tx) => {
      const { ticket, callerIsCc } = await this.load(p, id, 'transition', tx);
      if (expectedVersion !== undefined && ticket.version !== expectedVersion) throw stalePrecondition();
      const d = decideTransition(p, stateOf(ticket, callerIsCc), dto.status);
      if (d.invalid) throw new DomainError('INVALID_TRANSITION', d.reason);
      if (!d.allowed) throw forbidden(d.reason);
      const now = new Date();
      const resolvedAt = dto.status === 'RESOLVED' ? now : dto.status === 'OPEN' ? null : ticket.resolvedAt;
      const closedAt = dto.status === 'CLOSED' || dto.status === 'CANCELLED' ? now : ticket.closedAt;
      const sla = await this.sla.columns(
        tx,
        slaTicket(ticket, {
          status: dto.status,
          resolvedAt,
          closedAt,
          pauses: pausesAfter(pausesFromJson(ticket.slaPauses), ticket.status, dto.status, now),
        }),
        now,
      );
      const updated = await versioned(
        tx.ticket.update({
          where: { id, version: ticket.version },
          data: { status: dto.status, resolvedAt, closedAt, ...sla, version: { increment: 1 } },
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
      return withTicketName(tx, p, ticketDetail(p, updated, visibleCiIds(p, ticket.cis), callerIsCc));
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
    const kept = page.of(rows);
    const files = await this.attachments.ofComments(
      p,
      kept.data.map((c) => c.id),
    );
    return mapPage(kept, (c) => ({
      id: c.id,
      ticketId: c.ticketId,
      authorId: c.authorId,
      authorName: c.author.name,
      // The author of a comment the caller may read is a party of the ticket (name-rules.ts).
      author: { id: c.authorId, name: c.author.name },
      body: c.body,
      internal: c.internal,
      createdAt: c.createdAt,
      attachments: files.get(c.id) ?? [],
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
    if (!t.firstResponseAt && isFirstResponse(p, internal)) {
      const sla = await this.sla.columns(tx, slaTicket(t, { firstResponseAt: c.createdAt }));
      await tx.ticket.update({ where: { id: t.id }, data: { firstResponseAt: c.createdAt, ...sla } });
    }
    return c;
  }

  /** A comment; `withFiles` stores the files sent with it in the same transaction (multipart). */
  async addComment(
    p: Principal,
    id: string,
    dto: CreateCommentDto,
    withFiles?: (tx: Tx, comment: { id: string; internal: boolean }) => Promise<AttachmentDto[]>,
  ): Promise<CommentDetailDto> {
    return this.prisma.$transaction(async (tx) => {
      const { ticket } = await this.load(p, id, (t) => decideComment(p, t, !!dto.internal), tx);
      const c = await this.addCommentRow(tx, p, ticket, dto.body, !!dto.internal);
      const attachments = withFiles ? await withFiles(tx, c) : [];
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
        author: { id: c.authorId, name: p.name },
        body: c.body,
        internal: c.internal,
        createdAt: c.createdAt,
        capabilities: commentCapabilities(p, ticketFacts(ticket), c),
        attachments,
      };
    }, this.attachments.streamingTransaction);
  }

  // ── CCs ───────────────────────────────────────────────────────

  /** The CCs of a ticket in the order they were added (keyset on (created_at, user_id)). */
  async ccs(p: Principal, id: string, q: PageQuery): Promise<Page<CcDto>> {
    await this.load(p, id, 'read');
    const page = keysetPage(q);
    const after = page.after;
    const rows = await this.prisma.ticketCc.findMany({
      where: {
        ticketId: id,
        ...(after
          ? { OR: [{ createdAt: { gt: after.createdAt } }, { createdAt: after.createdAt, userId: { gt: after.id } }] }
          : {}),
      },
      include: { user: { select: { name: true } } },
      orderBy: [{ createdAt: 'asc' }, { userId: 'asc' }],
      take: page.take,
    });
    return mapPage(
      page.of(rows, (c) => ({ createdAt: c.createdAt, id: c.userId })),
      (c) => ({ userId: c.userId, name: c.user.name, addedAt: c.createdAt }),
    );
  }

  /**
   * Whom the caller may CC on tickets of an organisation (the engine decides who may ask, as for
   * adding CCs): its verified, active members — id, name, email — by name, with a prefix search on
   * the name (any of its words) and the email.
   */
  async ccCandidates(p: Principal, q: CcCandidatesQuery): Promise<Page<CcCandidateDto>> {
    const d = decideCcCandidates(p, q.organizationId);
    if (!d.visible) throw notFound('organization');
    if (!d.allowed) throw forbidden(d.reason);
    const page = sortKeyPage(q);
    const rows = await ccCandidatesPage(this.prisma, q.organizationId, q.q, page.after, page.take);
    return page.of(rows, (r) => ({ key: r.name, id: r.id }));
  }

  /**
   * Staff may CC any existing user; the requester only verified, active members of the ticket's
   * organisation. At most MAX_CCS per ticket, counted under a row lock on the ticket.
   */
  async addCc(p: Principal, id: string, dto: AddCcDto): Promise<CcDto> {
    return this.prisma.$transaction(async (tx) => {
      const { ticket } = await this.load(p, id, (t) => decideManageCcs(p, t), tx);
      await tx.$queryRaw`SELECT id FROM tickets WHERE id = ${id}::uuid FOR UPDATE`;
      const user = (await assertCcTargets(tx, p, ticket.organizationId, [dto.userId], 'userId')).get(dto.userId)!;
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
      const { ticket } = await this.load(p, id, (t) => decideManageCcs(p, t), tx);
      const { count } = await tx.ticketCc.deleteMany({ where: { ticketId: id, userId } });
      if (count === 0) throw notFound('CC');
      await writeTicketHistory(tx, ticket, p.userId, 'cc_removed', { userId }, null);
    });
  }

  // ── history ───────────────────────────────────────────────────

  async history_(p: Principal, id: string, limit = 100, cursorStr?: string): Promise<Page<HistoryEntryDto>> {
    const { ticket } = await this.load(p, id, 'read');
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
    const visible = nameVisibility(p, ticket).parties;
    const asked = nameRequest();
    if (visible) for (const h of rows) if (h.actorId) asked.users.add(h.actorId);
    const book = await loadNames(this.prisma, asked);
    return mapPage(page.of(rows), (h) => ({
      id: h.id,
      actorId: h.actorId,
      actor: book.person(h.actorId, visible),
      action: h.action,
      before: h.before ?? null,
      after: h.after ?? null,
      createdAt: h.createdAt,
    }));
  }
}
