import { Injectable } from '@nestjs/common';
import { listDeniedReason, slaSummaries } from '../access/feature-grants.js';
import { TICKET_PRIORITIES, type Principal, type TicketPriority } from '../access/principal.js';
import { tickets } from '../access/ticket-grants.js';
import { compileTicketPredicate } from '../access/ticket-query.js';
import { forbidden, notFound, unprocessable } from '../common/errors.js';
import { PrismaService } from '../database/prisma.service.js';
import { Prisma } from '../generated/prisma/client.js';
import type { SlaPrioritySummaryDto, SlaSummaryDto, SlaSummaryQuery } from './dto/summary.dto.js';
import { slaStatePredicate } from './sla-state-sql.js';

const sql = Prisma.sql;
const DAY = 86_400_000;

interface Row {
  priority: TicketPriority;
  tickets: number;
  response_met: number;
  response_missed: number;
  resolution_met: number;
  resolution_missed: number;
  open_breached: number;
  open_at_risk: number;
}

const percent = (met: number, missed: number): number | null =>
  met + missed === 0 ? null : Math.round((1000 * met) / (met + missed)) / 10;

/**
 * The SLA tile: per priority, the share of response and resolution targets met among the tickets
 * created in a window, and the open ones breached or at risk now. The engine decides who may ask
 * (`slaSummaries`), and the counts run over exactly the tickets the caller may read (the ticket
 * resource's compiled scopes), in one index-backed aggregate over the organisation's window.
 */
@Injectable()
export class SlaSummaryService {
  constructor(private readonly prisma: PrismaService) {}

  async summary(p: Principal, q: SlaSummaryQuery): Promise<SlaSummaryDto> {
    const denied = listDeniedReason(p, 'slaSummary');
    if (denied) throw forbidden(denied);
    if (!slaSummaries.decide(p, 'read', { organizationId: q.organizationId }).allowed) throw notFound('organization');
    const to = q.to ? new Date(q.to) : new Date();
    const from = q.from ? new Date(q.from) : new Date(to.getTime() - 30 * DAY);
    for (const [field, d] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (Number.isNaN(d.getTime()) || d.getUTCFullYear() < 1970 || d.getUTCFullYear() > 9999)
        throw unprocessable(field, 'must be an instant between 1970 and 9999');
    }
    if (from.getTime() >= to.getTime()) throw unprocessable('from', 'must be before to');
    if (to.getTime() - from.getTime() > 366 * DAY) throw unprocessable('from', 'the window spans at most 366 days');
    const org = await this.prisma.organization.findUnique({ where: { id: q.organizationId }, select: { id: true } });
    if (!org) throw notFound('organization');
    const visible = compileTicketPredicate(tickets.scopes(p, 'read', q.organizationId));
    const responseStop = sql`COALESCE(t.first_response_at, CASE WHEN t.status IN ('RESOLVED', 'CLOSED', 'CANCELLED') THEN COALESCE(t.resolved_at, t.closed_at) END)`;
    const resolutionStop = sql`CASE WHEN t.status IN ('RESOLVED', 'CLOSED') THEN COALESCE(t.resolved_at, t.closed_at) END`;
    const rows = await this.prisma.$queryRaw<Row[]>(sql`
      SELECT t.priority,
             count(*)::int AS tickets,
             count(*) FILTER (WHERE ${responseStop} <= t.response_due_at)::int AS response_met,
             count(*) FILTER (WHERE t.response_due_at < COALESCE(${responseStop}, now()))::int AS response_missed,
             count(*) FILTER (WHERE ${resolutionStop} <= t.resolution_due_at)::int AS resolution_met,
             count(*) FILTER (WHERE t.status <> 'CANCELLED' AND t.resolution_due_at < COALESCE(${resolutionStop}, now()))::int AS resolution_missed,
             count(*) FILTER (WHERE t.status NOT IN ('RESOLVED', 'CLOSED', 'CANCELLED') AND ${slaStatePredicate('breached')})::int AS open_breached,
             count(*) FILTER (WHERE ${slaStatePredicate('warning')})::int AS open_at_risk
        FROM tickets t
       WHERE t.organization_id = ${q.organizationId}::uuid
         AND t.created_at >= ${from} AND t.created_at < ${to}
         AND t.contract_id IS NOT NULL
         AND ${visible}
       GROUP BY t.priority`);
    const priorities: SlaPrioritySummaryDto[] = TICKET_PRIORITIES.map((priority) => {
      const r = rows.find((x) => x.priority === priority);
      const n = (k: keyof Omit<Row, 'priority'>) => r?.[k] ?? 0;
      return {
        priority,
        tickets: n('tickets'),
        responseMet: n('response_met'),
        responseMissed: n('response_missed'),
        responseMetPercent: percent(n('response_met'), n('response_missed')),
        resolutionMet: n('resolution_met'),
        resolutionMissed: n('resolution_missed'),
        resolutionMetPercent: percent(n('resolution_met'), n('resolution_missed')),
        openBreached: n('open_breached'),
        openAtRisk: n('open_at_risk'),
      };
    });
    return {
      organizationId: q.organizationId,
      from,
      to,
      priorities,
      openBreached: priorities.reduce((s, r) => s + r.openBreached, 0),
      openAtRisk: priorities.reduce((s, r) => s + r.openAtRisk, 0),
    };
  }
}
