import {
  ciCapabilities,
  contractCapabilities,
  decideValidationOutcome,
  membershipCapabilities,
  MEMBERSHIP_EDITABLE_FIELDS,
  pageCapabilities,
  validationCapabilities,
  type MembershipEditableField,
  type ValidationState,
} from '../../src/access/capabilities.js';
import { TICKET_STATUSES } from '../../src/access/principal.js';
import {
  commentCapabilities,
  decideTransition,
  TICKET_EDITABLE_FIELDS,
  ticketCapabilities,
  type TicketEditableField,
  type TicketState,
} from '../../src/access/ticket-capabilities.js';
import { TRANSITIONS } from '../../src/access/ticket-workflow.js';
import type { UpdateTicketDto } from '../../src/tickets/dto/ticket.dto.js';
import type { UpdateMembershipDto } from '../../src/users/dto/user.dto.js';
import { member, nobody, ORG_A, ORG_B, staff, USER_ID } from '../helpers/principals.js';

/**
 * The capability functions in memory: each capability is the decision its action is enforced by,
 * so these tables are the engine's answers; test/access/capabilities.spec.ts checks them over HTTP.
 */
const OTHER = '00000000-0000-7000-8000-0000000000ee';
const S1 = '00000000-0000-7000-8000-000000000051';
const ticket = (over: Partial<TicketState> = {}): TicketState => ({
  organizationId: ORG_A,
  siteId: S1,
  requesterId: USER_ID,
  callerIsCc: false,
  status: 'OPEN',
  ...over,
});
const MEMBER_FIELDS: TicketEditableField[] = [
  'subject',
  'description',
  'priority',
  'type',
  'groupId',
  'assigneeId',
  'ciIds',
];
const NOTHING = {
  comment: false,
  commentInternal: false,
  update: false,
  editableFields: [],
  transitions: [],
  manageCcs: false,
  addAttachment: false,
};

/** Equal types, or a compile error where it is asserted. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

describe('ticket capabilities', () => {
  it('name exactly the fields of the PATCH bodies', () => {
    const tickets: Same<keyof UpdateTicketDto, TicketEditableField> = true;
    const memberships: Same<Exclude<keyof UpdateMembershipDto, 'requestedBy'>, MembershipEditableField> = true;
    expect([tickets, memberships]).toEqual([true, true]);
    expect(new Set(TICKET_EDITABLE_FIELDS).size).toBe(TICKET_EDITABLE_FIELDS.length);
    expect(new Set(MEMBERSHIP_EDITABLE_FIELDS).size).toBe(MEMBERSHIP_EDITABLE_FIELDS.length);
  });

  it('staff: everything, every field, the whole workflow from each status', () => {
    for (const status of TICKET_STATUSES) {
      expect(ticketCapabilities(staff('AGENT'), ticket({ status, requesterId: OTHER }))).toEqual({
        comment: true,
        commentInternal: true,
        update: true,
        editableFields: [...TICKET_EDITABLE_FIELDS],
        transitions: TICKET_STATUSES.filter((s) => TRANSITIONS[status].includes(s)),
        manageCcs: true,
        addAttachment: true,
      });
    }
  });

  it('the requester: no staff-only field, no internal comment, CCs managed', () => {
    expect(ticketCapabilities(member(), ticket({ status: 'NEW' }))).toEqual({
      comment: true,
      commentInternal: false,
      update: true,
      editableFields: MEMBER_FIELDS,
      transitions: ['OPEN', 'CANCELLED'],
      manageCcs: true,
      addAttachment: true,
    });
  });

  it('transitions are the workflow ∩ allowedStatuses; a final status has none', () => {
    const restricted = member({}, { allowedStatuses: ['RESOLVED', 'CLOSED'] });
    expect(ticketCapabilities(restricted, ticket({ status: 'OPEN' })).transitions).toEqual(['RESOLVED']);
    expect(ticketCapabilities(restricted, ticket({ status: 'RESOLVED' })).transitions).toEqual(['CLOSED']);
    expect(ticketCapabilities(restricted, ticket({ status: 'NEW' })).transitions).toEqual([]);
    const none = member({}, { allowedStatuses: [] });
    expect(ticketCapabilities(none, ticket()).transitions).toEqual([]);
    expect(ticketCapabilities(none, ticket()).update).toBe(true);
    for (const status of ['CLOSED', 'CANCELLED'] as const)
      expect(ticketCapabilities(staff('ADMIN'), ticket({ status })).transitions).toEqual([]);
  });

  it('a transition refused by the workflow is a conflict, one refused by a rule is not', () => {
    const restricted = member({}, { allowedStatuses: ['RESOLVED'] });
    expect(decideTransition(restricted, ticket({ status: 'NEW' }), 'RESOLVED')).toMatchObject({
      allowed: false,
      invalid: true,
      reason: 'cannot go from NEW to RESOLVED; allowed: OPEN, CANCELLED',
    });
    expect(decideTransition(restricted, ticket({ status: 'OPEN' }), 'CANCELLED')).toMatchObject({
      allowed: false,
      visible: true,
      invalid: false,
    });
    const cc = member({ ticketAccess: 'OWN' });
    expect(decideTransition(cc, ticket({ requesterId: OTHER, callerIsCc: true }), 'RESOLVED')).toMatchObject({
      allowed: false,
      visible: true,
      invalid: false,
    });
    expect(decideTransition(cc, ticket({ requesterId: OTHER }), 'RESOLVED')).toMatchObject({ visible: false });
  });

  it('a CC comments and attaches, nothing more; organisation-wide edit does not manage CCs', () => {
    expect(ticketCapabilities(member(), ticket({ requesterId: OTHER, callerIsCc: true }))).toEqual({
      ...NOTHING,
      comment: true,
      addAttachment: true,
    });
    expect(ticketCapabilities(member({ ticketAccess: 'ORG_EDIT' }), ticket({ requesterId: OTHER }))).toEqual({
      comment: true,
      commentInternal: false,
      update: true,
      editableFields: MEMBER_FIELDS,
      transitions: ['PENDING_CUSTOMER', 'RESOLVED', 'CANCELLED'],
      manageCcs: false,
      addAttachment: true,
    });
    expect(ticketCapabilities(member({ ticketAccess: 'ORG_READ' }), ticket({ requesterId: OTHER }))).toEqual(NOTHING);
  });

  it('a ticket the caller cannot see gives nothing', () => {
    expect(ticketCapabilities(member(), ticket({ organizationId: ORG_B }))).toEqual(NOTHING);
    expect(ticketCapabilities(nobody(), ticket())).toEqual(NOTHING);
    // a portal that is not ACTIVE grants nothing, even on one's own ticket
    expect(ticketCapabilities(member({ portalStatus: 'ENABLED' }), ticket())).toEqual(NOTHING);
  });

  it('a file on an internal comment is staff-only', () => {
    expect(commentCapabilities(member(), ticket(), { internal: false })).toEqual({ addAttachment: true });
    expect(commentCapabilities(member(), ticket(), { internal: true })).toEqual({ addAttachment: false });
    expect(commentCapabilities(staff(), ticket(), { internal: true })).toEqual({ addAttachment: true });
    expect(
      commentCapabilities(member({ ticketAccess: 'ORG_READ' }), ticket({ requesterId: OTHER }), { internal: false }),
    ).toEqual({
      addAttachment: false,
    });
  });
});

describe('validation capabilities', () => {
  const approver = member({}, { roles: ['CUSTOMER_APPROVER'] });
  const v = (over: Partial<ValidationState> = {}): ValidationState => ({
    kind: 'VALIDATION',
    ticket: { organizationId: ORG_A, siteId: null, requesterId: OTHER, callerIsCc: false },
    status: 'OPEN',
    dueAt: null,
    decidedByCaller: false,
    ...over,
  });
  const now = new Date('2026-06-01T12:00:00Z');

  it('an eligible decider decides an open validation once, before its due time', () => {
    expect(validationCapabilities(approver, v(), now)).toEqual({ decide: true });
    expect(decideValidationOutcome(approver, v({ status: 'ACCEPTED' }), now)).toMatchObject({
      allowed: false,
      conflict: 'final',
    });
    expect(decideValidationOutcome(approver, v({ dueAt: now }), now)).toMatchObject({
      allowed: false,
      conflict: 'expired',
    });
    expect(decideValidationOutcome(approver, v({ dueAt: new Date(now.getTime() + 1) }), now)).toMatchObject({
      allowed: true,
    });
    expect(decideValidationOutcome(approver, v({ decidedByCaller: true }), now)).toMatchObject({
      allowed: false,
      conflict: 'decided',
    });
  });

  it('staff and controllers see without deciding (403, no conflict); others do not see it', () => {
    for (const p of [staff('ADMIN'), member({}, { roles: ['CONTROLLER'] })])
      expect(decideValidationOutcome(p, v(), now)).toMatchObject({ allowed: false, visible: true, conflict: null });
    expect(decideValidationOutcome(approver, v({ kind: 'CHANGE' }), now)).toMatchObject({
      allowed: false,
      visible: true,
    });
    expect(decideValidationOutcome(member(), v(), now)).toMatchObject({ visible: false, conflict: null });
    expect(validationCapabilities(member(), v(), now)).toEqual({ decide: false });
  });
});

describe('CI, contract, membership and page capabilities', () => {
  const ci = { organizationId: ORG_A, siteId: S1, department: null };
  const sold = { organizationId: ORG_A, siteId: null, direction: 'SOLD' as const };

  it('CIs and contracts: staff change and delete them; whoever sees a CI prints its sheet', () => {
    expect(ciCapabilities(staff('AGENT'), ci)).toEqual({ update: true, delete: true, sheet: true });
    expect(ciCapabilities(member({}, { homeSiteId: S1 }), ci)).toEqual({ update: false, delete: false, sheet: true });
    expect(ciCapabilities(member({}, { homeSiteId: null }), ci)).toEqual({
      update: false,
      delete: false,
      sheet: false,
    });
    expect(contractCapabilities(staff('ADMIN'), { ...sold, direction: 'PURCHASED' })).toEqual({
      update: true,
      delete: true,
    });
    expect(contractCapabilities(member({}, { roles: ['CONTROLLER'] }), sold)).toEqual({ update: false, delete: false });
  });

  it('memberships: ADMIN everything; a role manager the roles of others it may grant; nobody else anything', () => {
    const other = { organizationId: ORG_A, userId: OTHER, roles: ['PORTAL_USER'] as const };
    expect(membershipCapabilities(staff('ADMIN'), { ...other, roles: [...other.roles] })).toEqual({
      update: true,
      editableFields: [...MEMBERSHIP_EDITABLE_FIELDS],
      grantableRoles: ['PORTAL_USER', 'PORTAL_USER_PLUS', 'CUSTOMER_APPROVER', 'CHANGE_MANAGER', 'CONTROLLER'],
      remove: true,
    });
    const none = { update: false, editableFields: [], grantableRoles: [], remove: false };
    expect(membershipCapabilities(staff('AGENT'), { ...other, roles: [...other.roles] })).toEqual(none);
    const approver = member({}, { roles: ['CUSTOMER_APPROVER'] });
    expect(membershipCapabilities(approver, { ...other, roles: [...other.roles] })).toEqual({
      update: true,
      editableFields: ['roles'],
      grantableRoles: ['PORTAL_USER', 'PORTAL_USER_PLUS', 'CUSTOMER_APPROVER'],
      remove: false,
    });
    expect(
      membershipCapabilities(approver, { organizationId: ORG_A, userId: USER_ID, roles: ['CUSTOMER_APPROVER'] }),
    ).toEqual(none);
    expect(
      membershipCapabilities(member(), { organizationId: ORG_A, userId: USER_ID, roles: ['PORTAL_USER'] }),
    ).toEqual(none);
    // a CHANGE_MANAGER the approver may not touch: removing it is refused, so it is not grantable
    expect(
      membershipCapabilities(approver, { ...other, roles: ['PORTAL_USER', 'CHANGE_MANAGER'] }).grantableRoles,
    ).toEqual(['PORTAL_USER', 'PORTAL_USER_PLUS', 'CUSTOMER_APPROVER']);
  });

  it('pages: ADMIN only', () => {
    expect(pageCapabilities(staff('ADMIN'))).toEqual({ update: true, delete: true });
    expect(pageCapabilities(staff('AGENT'))).toEqual({ update: false, delete: false });
    expect(pageCapabilities(member({}, { roles: ['CHANGE_MANAGER'] }))).toEqual({ update: false, delete: false });
  });
});
