import { NameBook } from '../../src/tickets/ticket-names.js';
import type { Principal } from '../../src/access/principal.js';
import type { EventType } from '../../src/events/event-log.js';
import { viewEvent, type EventContext } from '../../src/events/event-view.js';
import type { Ticket } from '../../src/generated/prisma/client.js';
import type { LoadedValidation } from '../../src/validations/validations.mapper.js';
import { member, ORG_A, ORG_B, staff, USER_ID } from '../helpers/principals.js';

/**
 * What a webhook owner or a stream receives, decided in memory for the personas of the policy
 * matrix: the same grants decide a payload as decide the API (not visible ⇒ not sent, with a reason).
 */
const S1 = '00000000-0000-7000-8000-000000000051';
const S2 = '00000000-0000-7000-8000-000000000052';
const OTHER = '00000000-0000-7000-8000-0000000000ee';
const T_ID = '00000000-0000-7000-8000-000000000071';

const ticket = (over: Partial<Ticket> = {}): Ticket =>
  ({
    id: T_ID,
    number: 7,
    organizationId: ORG_A,
    siteId: S1,
    requesterId: OTHER,
    type: 'INCIDENT',
    priority: 'MEDIUM',
    status: 'OPEN',
    subject: 'Printer',
    description: '',
    groupId: null,
    assigneeId: null,
    responseDueAt: null,
    resolutionDueAt: null,
    resolvedAt: null,
    closedAt: null,
    version: 1,
    createdAt: new Date('2026-12-01T10:00:00Z'),
    updatedAt: new Date('2026-12-01T10:00:00Z'),
    ...over,
  }) as Ticket;

function ctx(
  type: EventType,
  over: { ticket?: Partial<Ticket>; ccs?: string[]; internal?: boolean; kind?: 'VALIDATION' | 'CHANGE' } = {},
): EventContext {
  const t = ticket(over.ticket);
  return {
    names: new NameBook([]),
    commentFiles: [],
    event: {
      id: '42',
      type,
      organizationId: t.organizationId,
      ticketId: t.id,
      commentId: type === 'ticket.commented' ? 'c1' : null,
      validationId: type.startsWith('validation.') ? 'v1' : null,
      actorId: OTHER,
      data: type === 'ticket.status_changed' ? { from: 'NEW', to: 'OPEN' } : {},
      createdAt: new Date('2026-12-01T10:00:00Z'),
    },
    ticket: t,
    ccs: new Set(over.ccs ?? []),
    comment:
      type === 'ticket.commented'
        ? {
            id: 'c1',
            ticketId: t.id,
            authorId: OTHER,
            body: 'hello',
            internal: !!over.internal,
            createdAt: new Date(),
            author: { name: 'Agent' },
          }
        : null,
    validation: type.startsWith('validation.')
      ? ({
          id: 'v1',
          ticketId: t.id,
          kind: over.kind ?? 'VALIDATION',
          question: 'OK?',
          dueAt: null,
          requiredApprovals: 1,
          acceptCount: 0,
          status: 'OPEN',
          requestedById: OTHER,
          decidedAt: null,
          version: 1,
          createdAt: new Date(),
          ticket: { number: 7, subject: 'Printer', organizationId: t.organizationId },
          decisions: [],
        } satisfies LoadedValidation)
      : null,
  };
}

const esm = { externalSupportMode: true };
type Row = [name: string, p: Principal, c: EventContext, visible: boolean];

const ROWS: Row[] = [
  [
    'staff receive every ticket event',
    staff('AGENT'),
    ctx('ticket.created', { ticket: { organizationId: ORG_B } }),
    true,
  ],
  ['staff receive internal comments', staff('ADMIN'), ctx('ticket.commented', { internal: true }), true],
  [
    'an approver receives the organisation’s tickets',
    member({}, { roles: ['CUSTOMER_APPROVER'] }),
    ctx('ticket.updated'),
    true,
  ],
  [
    '…never an internal comment',
    member({}, { roles: ['CUSTOMER_APPROVER'] }),
    ctx('ticket.commented', { internal: true }),
    false,
  ],
  ['…a public one', member({}, { roles: ['CUSTOMER_APPROVER'] }), ctx('ticket.commented'), true],
  [
    '…nothing of another organisation',
    member({}, { roles: ['CUSTOMER_APPROVER'] }),
    ctx('ticket.created', { ticket: { organizationId: ORG_B } }),
    false,
  ],
  [
    'external support mode: not a ticket of another site',
    member(esm, { roles: ['CUSTOMER_APPROVER'], homeSiteId: S1 }),
    ctx('ticket.created', { ticket: { siteId: S2 } }),
    false,
  ],
  [
    '…those of the own site',
    member(esm, { roles: ['CUSTOMER_APPROVER'], homeSiteId: S1 }),
    ctx('ticket.created'),
    true,
  ],
  [
    '…a read site opens its tickets',
    member(esm, { roles: ['CUSTOMER_APPROVER'], homeSiteId: S1, readSiteIds: [S2] }),
    ctx('ticket.created', { ticket: { siteId: S2 } }),
    true,
  ],
  ['a portal user: not a colleague’s ticket', member(), ctx('ticket.status_changed'), false],
  ['…the own ticket', member(), ctx('ticket.status_changed', { ticket: { requesterId: USER_ID } }), true],
  ['…a ticket they are CC’d on', member(), ctx('ticket.commented', { ccs: [USER_ID] }), true],
  [
    'a portal whose status is not ACTIVE: nothing',
    member({ portalStatus: 'ENABLED' }, { roles: ['CUSTOMER_APPROVER'] }),
    ctx('ticket.created'),
    false,
  ],
  ['a CONTROLLER sees validations', member({}, { roles: ['CONTROLLER'] }), ctx('validation.requested'), true],
  ['a PORTAL_USER_PLUS does not', member({}, { roles: ['PORTAL_USER_PLUS'] }), ctx('validation.requested'), false],
];

describe('event payloads per receiver (policy at send time, in memory)', () => {
  it.each(ROWS)('%s', (_name, p, c, visible) => {
    const v = viewEvent(p, c);
    expect(v.visible).toBe(visible);
    if (!v.visible) expect(v.reason).not.toBe('');
  });

  it('payloads are the API’s DTOs; a validation says whether the receiver may decide it', () => {
    const controller = viewEvent(member({}, { roles: ['CONTROLLER'] }), ctx('validation.requested'));
    const approver = viewEvent(member({}, { roles: ['CUSTOMER_APPROVER'] }), ctx('validation.requested'));
    const change = viewEvent(
      member({}, { roles: ['CUSTOMER_APPROVER'] }),
      ctx('validation.requested', { kind: 'CHANGE' }),
    );
    expect(controller.visible && controller.payload.data.validation?.canDecide).toBe(false);
    expect(approver.visible && approver.payload.data.validation?.canDecide).toBe(true);
    expect(change.visible && change.payload.data.validation?.canDecide).toBe(false);
    const status = viewEvent(staff(), ctx('ticket.status_changed'));
    expect(status.visible && status.payload).toMatchObject({
      type: 'ticket.status_changed',
      eventId: '42',
      timestamp: '2026-12-01T10:00:00.000Z',
      data: { from: 'NEW', to: 'OPEN', ticket: { id: T_ID, subject: 'Printer', organizationId: ORG_A } },
    });
  });
});
