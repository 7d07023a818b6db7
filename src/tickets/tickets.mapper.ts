import type { Ticket } from '../generated/prisma/client.js';
import type { TicketDetailDto, TicketDto } from './dto/ticket.dto.js';
import type { Unnamed } from './ticket-names.js';
import { slaStateAt } from '../sla/sla-clock.js';

/**
 * Row as returned by the list SQL (snake_case). Timestamps are `Date`s, or ISO strings when the
 * query used ISO_TIMESTAMP_TYPES (src/database/pg-time.ts); both serialise to the same JSON.
 */
type Instant = Date | string;
export interface TicketListRow {
  id: string;
  number: number;
  organization_id: string;
  site_id: string | null;
  requester_id: string;
  type: TicketDto['type'];
  priority: TicketDto['priority'];
  status: TicketDto['status'];
  subject: string;
  description: string;
  group_id: string | null;
  assignee_id: string | null;
  response_due_at: Instant | null;
  resolution_due_at: Instant | null;
  first_response_at: Instant | null;
  contract_id: string | null;
  sla_warning_at: Instant | null;
  sla_breach_at: Instant | null;
  resolved_at: Instant | null;
  closed_at: Instant | null;
  version: number;
  created_at: Instant;
  updated_at: Instant;
}

export const TICKET_COLUMNS = `t.id, t.number, t.organization_id, t.site_id, t.requester_id, t.type, t.priority, t.status, t.subject,
  t.description, t.group_id, t.assignee_id, t.response_due_at, t.resolution_due_at, t.first_response_at,
  t.contract_id, t.sla_warning_at, t.sla_breach_at, t.resolved_at, t.closed_at, t.version,
  t.created_at, t.updated_at`;

export const rowToTicketDto = (r: TicketListRow): Unnamed<TicketDto> => ({
  id: r.id,
  number: r.number,
  organizationId: r.organization_id,
  siteId: r.site_id,
  requesterId: r.requester_id,
  type: r.type,
  priority: r.priority,
  status: r.status,
  subject: r.subject,
  description: r.description,
  groupId: r.group_id,
  assigneeId: r.assignee_id,
  responseDueAt: r.response_due_at as Date | null,
  resolutionDueAt: r.resolution_due_at as Date | null,
  respondedAt: r.first_response_at as Date | null,
  slaState: slaStateAt(
    {
      hasSla: r.contract_id !== null,
      status: r.status,
      warningAt: r.sla_warning_at === null ? null : new Date(r.sla_warning_at),
      breachAt: r.sla_breach_at === null ? null : new Date(r.sla_breach_at),
    },
    new Date(),
  ),
  resolvedAt: r.resolved_at as Date | null,
  closedAt: r.closed_at as Date | null,
  version: r.version,
  createdAt: r.created_at as Date,
  updatedAt: r.updated_at as Date,
});

export const toTicketDto = (t: Ticket): Unnamed<TicketDto> => ({
  id: t.id,
  number: t.number,
  organizationId: t.organizationId,
  siteId: t.siteId,
  requesterId: t.requesterId,
  type: t.type,
  priority: t.priority,
  status: t.status,
  subject: t.subject,
  description: t.description,
  groupId: t.groupId,
  assigneeId: t.assigneeId,
  responseDueAt: t.responseDueAt,
  resolutionDueAt: t.resolutionDueAt,
  respondedAt: t.firstResponseAt,
  slaState: slaStateAt(
    { hasSla: t.contractId !== null, status: t.status, warningAt: t.slaWarningAt, breachAt: t.slaBreachAt },
    new Date(),
  ),
  resolvedAt: t.resolvedAt,
  closedAt: t.closedAt,
  version: t.version,
  createdAt: t.createdAt,
  updatedAt: t.updatedAt,
});

/** The detail without names and `capabilities` (the service adds them: they are the caller's decisions). */
export const toTicketDetailDto = (
  t: Ticket,
  ciIds: string[],
  cc: boolean,
): Omit<Unnamed<TicketDetailDto>, 'capabilities'> => ({
  ...toTicketDto(t),
  ciIds,
  cc,
});
