import type { ValidationKind } from '../access/validation-grants.js';
import type {
  DecisionDto,
  DecisionOutcome,
  ValidationDetailDto,
  ValidationDto,
  ValidationStatus,
} from './dto/validation.dto.js';
import type { Unnamed } from './validation-names.js';

/** A validation as the inbox SQL returns it (snake_case, effective status, the caller's view). */
export interface ValidationRow {
  id: string;
  ticket_id: string;
  ticket_number: number;
  ticket_subject: string;
  organization_id: string;
  kind: ValidationKind;
  question: string;
  due_at: Date | null;
  required_approvals: number;
  accept_count: number;
  status: ValidationStatus;
  requested_by_id: string;
  decided_at: Date | null;
  version: number;
  created_at: Date;
  can_decide: boolean;
  my_decision: DecisionOutcome | null;
}

export const rowToValidationDto = (r: ValidationRow): Unnamed<ValidationDto> => ({
  id: r.id,
  ticketId: r.ticket_id,
  ticketNumber: r.ticket_number,
  ticketSubject: r.ticket_subject,
  organizationId: r.organization_id,
  kind: r.kind,
  question: r.question,
  dueAt: r.due_at,
  requiredApprovals: r.required_approvals,
  acceptCount: r.accept_count,
  status: r.status,
  requestedById: r.requested_by_id,
  decidedAt: r.decided_at,
  canDecide: r.can_decide,
  myDecision: r.my_decision,
  version: r.version,
  createdAt: r.created_at,
});

/** OPEN past its due time reads EXPIRED (the same rule as the inbox SQL). */
export function effectiveStatus(
  v: { status: ValidationStatus; dueAt: Date | null },
  now = new Date(),
): ValidationStatus {
  return v.status === 'OPEN' && v.dueAt !== null && v.dueAt.getTime() <= now.getTime() ? 'EXPIRED' : v.status;
}

export interface LoadedValidation {
  id: string;
  ticketId: string;
  kind: ValidationKind;
  question: string;
  dueAt: Date | null;
  requiredApprovals: number;
  acceptCount: number;
  status: ValidationStatus;
  requestedById: string;
  decidedAt: Date | null;
  version: number;
  createdAt: Date;
  ticket: { number: number; subject: string; organizationId: string };
  decisions: {
    id: string;
    userId: string;
    outcome: DecisionOutcome;
    comment: string | null;
    createdAt: Date;
    user: { name: string };
  }[];
}

export const toDecisionDto = (d: LoadedValidation['decisions'][number]): DecisionDto => ({
  id: d.id,
  userId: d.userId,
  userName: d.user.name,
  outcome: d.outcome,
  comment: d.comment,
  createdAt: d.createdAt,
});

export function toValidationDetailDto(
  v: LoadedValidation,
  callerId: string,
  mayDecide: boolean,
): Omit<Unnamed<ValidationDetailDto>, 'capabilities'> {
  const status = effectiveStatus(v);
  const mine = v.decisions.find((d) => d.userId === callerId);
  return {
    id: v.id,
    ticketId: v.ticketId,
    ticketNumber: v.ticket.number,
    ticketSubject: v.ticket.subject,
    organizationId: v.ticket.organizationId,
    kind: v.kind,
    question: v.question,
    dueAt: v.dueAt,
    requiredApprovals: v.requiredApprovals,
    acceptCount: v.acceptCount,
    status,
    requestedById: v.requestedById,
    decidedAt: v.decidedAt,
    canDecide: mayDecide && status === 'OPEN' && !mine,
    myDecision: mine?.outcome ?? null,
    version: v.version,
    createdAt: v.createdAt,
    decisions: v.decisions.map(toDecisionDto),
  };
}
