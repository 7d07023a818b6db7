import { decideAuditList } from '../../src/access/audit-grants.js';
import { seesContractSupplier } from '../../src/access/contract-grants.js';
import { decideExplain } from '../../src/access/explain-rules.js';
import { mayUseWidgets, previewsEveryPortal } from '../../src/access/portal-rules.js';
import {
  contacts,
  decideMemberList,
  decideMembershipChange,
  memberships,
  type MembershipChange,
} from '../../src/access/member-grants.js';
import { organizations } from '../../src/access/organization-grants.js';
import { decidePartnerLinkChange, decidePartnerLinkList, partnerLinks } from '../../src/access/partner-grants.js';
import type { MembershipContext, PortalRole, Principal, StaffRole } from '../../src/access/principal.js';
import type { Decision } from '../../src/access/resource.js';
import {
  membership as buildMembership,
  nobody,
  staff as buildStaff,
  type MembershipOpts,
} from '../helpers/principals.js';
import { creatableTicketTypes, decideTicketCreate, ticketOrganization } from '../../src/access/ticket-policy.js';
import {
  decideCcTarget,
  decideInternal,
  decideRequester,
  decideResponsible,
  decideTicketFields,
  decideTicketStatus,
  decideTicketType,
} from '../../src/access/ticket-rules.js';

const A = '00000000-0000-7000-8000-00000000000a';
const B = '00000000-0000-7000-8000-00000000000b';
const ME = '00000000-0000-7000-8000-0000000000e1';
const OTHER = '00000000-0000-7000-8000-0000000000e2';

/** A membership of `organizationId` (no portal) with `roles`, from the shared in-memory builder. */
const membership = (organizationId: string, roles: PortalRole[], m: MembershipOpts = {}): MembershipContext =>
  buildMembership({ id: organizationId, name: 'O', portalId: null, portalStatus: null }, { roles, ...m });
const member = (...ms: MembershipContext[]): Principal => ({
  ...nobody({ userId: ME, email: 'me@x', name: 'Me', defaultOrganizationId: ms[0]?.organizationId ?? null }),
  memberships: ms,
});
const staff = (role: StaffRole): Principal => buildStaff(role, { userId: ME, email: 'me@x', name: 'Me' });

const admin = staff('ADMIN');
const agent = staff('AGENT');
const approver = member(membership(A, ['CUSTOMER_APPROVER']));
const plus = member(membership(A, ['PORTAL_USER_PLUS']));
const user = member(membership(A, ['PORTAL_USER']));

/** A decision as one word: allowed, refused (403) or hidden (404). */
const outcome = (d: Decision) => (d.allowed ? 'allowed' : d.visible ? 'refused' : 'hidden');

describe('memberships: who reads a membership row', () => {
  const rows: [string, Principal, { organizationId: string; userId: string }, 'allowed' | 'hidden'][] = [
    ['agent, any membership', agent, { organizationId: B, userId: OTHER }, 'allowed'],
    ['approver, a colleague', approver, { organizationId: A, userId: OTHER }, 'allowed'],
    ['approver, another organisation', approver, { organizationId: B, userId: OTHER }, 'hidden'],
    [
      'portal user plus, a colleague (allContacts is not manageRoles)',
      plus,
      { organizationId: A, userId: OTHER },
      'hidden',
    ],
    ['portal user, own membership', user, { organizationId: A, userId: ME }, 'allowed'],
    ['portal user, own membership elsewhere (inactive)', user, { organizationId: B, userId: ME }, 'allowed'],
    ['portal user, a colleague', user, { organizationId: A, userId: OTHER }, 'hidden'],
  ];
  it.each(rows)('%s', (_name, p, row, expected) => {
    expect(outcome(memberships.decide(p, 'read', row))).toBe(expected);
  });

  it('compiles the same grants to SQL', () => {
    expect(memberships.predicate(agent, 'read').text).toBe('TRUE');
    const sql = memberships.predicate(approver, 'read');
    expect(sql.text).toBe('((m.organization_id = $1::uuid) OR (m.user_id = $2::uuid))');
    expect(sql.values).toEqual([A, ME]);
    expect(memberships.predicate(user, 'list').text).toBe('FALSE');
  });
});

describe('decideMemberList: listing an organisation’s members', () => {
  const rows: [string, Principal, string, string, RegExp | null][] = [
    ['admin', admin, B, 'allowed', null],
    ['agent', agent, B, 'allowed', null],
    ['approver, own organisation', approver, A, 'allowed', null],
    ['approver, another organisation', approver, B, 'hidden', null],
    ['portal user plus', plus, A, 'refused', /requires CUSTOMER_APPROVER or CHANGE_MANAGER \(or use GET \/contacts\)/],
    ['portal user', user, A, 'refused', /CUSTOMER_APPROVER or CHANGE_MANAGER/],
  ];
  it.each(rows)('%s', (_name, p, org, expected, reason) => {
    const d = decideMemberList(p, org);
    expect(outcome(d)).toBe(expected);
    if (reason) expect(d.reason).toMatch(reason);
  });
});

describe('contacts: the directory', () => {
  it('staff reach every contact; roles with allContacts the organisation; others their own entry', () => {
    expect(contacts.scopes(agent, 'read')).toEqual([{}]);
    expect(contacts.scopes(plus, 'read')).toEqual([{ organizationId: A }]);
    expect(contacts.scopes(user, 'read')).toEqual([{ organizationId: A, ownerId: ME }]);
    expect(contacts.scopes(user, 'read', B)).toEqual([]);
  });
  const rows: [string, Principal, { organizationId: string; userId: string }, 'allowed' | 'hidden'][] = [
    ['portal user plus, a colleague', plus, { organizationId: A, userId: OTHER }, 'allowed'],
    ['portal user, a colleague', user, { organizationId: A, userId: OTHER }, 'hidden'],
    ['portal user, own entry', user, { organizationId: A, userId: ME }, 'allowed'],
    ['portal user plus, another organisation', plus, { organizationId: B, userId: OTHER }, 'hidden'],
  ];
  it.each(rows)('%s', (_name, p, row, expected) => {
    expect(outcome(contacts.decide(p, 'read', row))).toBe(expected);
  });
});

describe('decideMembershipChange: role management', () => {
  const colleague = { userId: OTHER, organizationId: A, roles: ['PORTAL_USER'] as PortalRole[] };
  const change = (c: Partial<MembershipChange> = {}): MembershipChange => ({
    target: colleague,
    fields: ['roles'],
    roles: ['PORTAL_USER_PLUS'],
    ...c,
  });
  const rows: [string, Principal, MembershipChange, string, RegExp | null][] = [
    [
      'admin changes anything',
      admin,
      change({ fields: ['ticketAccess', 'roles'], roles: ['CONTROLLER'] }),
      'allowed',
      null,
    ],
    ['agent', agent, change(), 'refused', /only an ADMIN may change memberships/],
    ['approver grants a basic role', approver, change(), 'allowed', null],
    ['approver grants their own role', approver, change({ roles: ['CUSTOMER_APPROVER'] }), 'allowed', null],
    [
      'approver grants a role they lack',
      approver,
      change({ roles: ['CONTROLLER'] }),
      'refused',
      /may not grant or remove CONTROLLER/,
    ],
    [
      'approver changes other fields',
      approver,
      change({ fields: ['roles', 'ticketAccess'] }),
      'refused',
      /only an ADMIN may change ticketAccess/,
    ],
    [
      'approver changes own roles',
      approver,
      change({ target: { ...colleague, userId: ME } }),
      'refused',
      /your own roles/,
    ],
    [
      'approver, another organisation',
      approver,
      change({ target: { ...colleague, organizationId: B } }),
      'hidden',
      null,
    ],
    [
      'portal user, own membership',
      user,
      change({ target: { ...colleague, userId: ME } }),
      'refused',
      /requires CUSTOMER_APPROVER or CHANGE_MANAGER in this organization/,
    ],
    ['portal user, a colleague', user, change(), 'hidden', null],
  ];
  it.each(rows)('%s', (_name, p, c, expected, reason) => {
    const d = decideMembershipChange(p, c);
    expect(outcome(d)).toBe(expected);
    if (reason) expect(d.reason).toMatch(reason);
  });
});

describe('partner links', () => {
  const rows: [string, Principal, string, string][] = [
    ['admin', admin, B, 'allowed'],
    ['agent', agent, B, 'allowed'],
    ['approver, own organisation', approver, A, 'allowed'],
    ['approver, another organisation', approver, B, 'hidden'],
    ['portal user plus', plus, A, 'refused'],
  ];
  it.each(rows)('list: %s', (_name, p, org, expected) => {
    expect(outcome(decidePartnerLinkList(p, org))).toBe(expected);
    expect(outcome(partnerLinks.decide(p, 'read', { organizationId: org }))).toBe(
      expected === 'refused' ? 'hidden' : expected,
    );
  });
  it('names the roles that see partner links', () => {
    expect(decidePartnerLinkList(plus, A).reason).toBe(
      'partner links are shown to CUSTOMER_APPROVER and CHANGE_MANAGER members',
    );
  });
  it('only an ADMIN links and unlinks', () => {
    expect(decidePartnerLinkChange(admin, 'link').allowed).toBe(true);
    expect(decidePartnerLinkChange(agent, 'link').reason).toBe('only an ADMIN links partners');
    expect(decidePartnerLinkChange(approver, 'unlink').reason).toBe('only an ADMIN unlinks partners');
    expect(partnerLinks.decide(approver, 'manage', { organizationId: A }).allowed).toBe(false);
    expect(partnerLinks.decide(admin, 'manage', { organizationId: A }).allowed).toBe(true);
  });
});

describe('decideAuditList', () => {
  const rows: [string, Principal, string | undefined, string, RegExp | null][] = [
    ['admin', admin, undefined, 'allowed', null],
    ['admin, an organisation', admin, B, 'allowed', null],
    ['agent', agent, undefined, 'refused', /shown to admins/],
    ['agent, an organisation', agent, A, 'refused', /shown to admins/],
    ['approver', approver, undefined, 'allowed', null],
    ['approver, own organisation', approver, A, 'allowed', null],
    ['approver, a foreign organisation', approver, B, 'hidden', null],
    ['portal user', user, undefined, 'refused', /CUSTOMER_APPROVER and CHANGE_MANAGER members/],
    ['portal user, own organisation', user, A, 'refused', /CUSTOMER_APPROVER and CHANGE_MANAGER members/],
    ['portal user, a foreign organisation', user, B, 'hidden', null],
  ];
  it.each(rows)('%s', (_name, p, org, expected, reason) => {
    const d = decideAuditList(p, org);
    expect(outcome(d)).toBe(expected);
    if (reason) expect(d.reason).toMatch(reason);
  });
});

describe('organizations', () => {
  it('staff see every organisation, members theirs', () => {
    expect(outcome(organizations.decide(agent, 'read', { id: B }))).toBe('allowed');
    expect(outcome(organizations.decide(user, 'read', { id: A }))).toBe('allowed');
    expect(outcome(organizations.decide(user, 'read', { id: B }))).toBe('hidden');
    expect(organizations.scopes(member(membership(A, []), membership(B, [])), 'read')).toEqual([
      { organizationId: A },
      { organizationId: B },
    ]);
    expect(organizations.predicate(member(), 'read').text).toBe('FALSE');
    expect(organizations.predicate(user, 'read').text).toBe('((o.id = $1::uuid))');
  });
});

describe('ticket rules', () => {
  const restricted = member(
    membership(A, ['PORTAL_USER'], {
      allowedTicketTypes: ['QUESTION'],
      allowedStatuses: ['RESOLVED'],
      allowedResponsibles: { groupIds: ['g1'], agentIds: [] },
    }),
  );

  it('internal comments and history: staff only', () => {
    expect(decideInternal(agent, 'read').allowed).toBe(true);
    expect(decideInternal(user, 'read').allowed).toBe(false);
    expect(decideInternal(user, 'write').reason).toBe('internal comments are staff-only');
  });

  it('ticket types', () => {
    expect(decideTicketType(restricted, A, 'QUESTION').allowed).toBe(true);
    expect(decideTicketType(restricted, A, 'INCIDENT').reason).toBe('must be one of QUESTION for this user');
    expect(decideTicketType(user, A, 'INCIDENT').allowed).toBe(true);
    expect(decideTicketType(agent, A, 'INCIDENT').allowed).toBe(true);
    expect(creatableTicketTypes(restricted, A).types).toEqual(['QUESTION']);
  });

  it('responsibles', () => {
    expect(decideResponsible(restricted, A, 'groupId', 'g1').allowed).toBe(true);
    expect(decideResponsible(restricted, A, 'groupId', 'g2').reason).toBe(
      'not one of the responsible groups allowed for this user',
    );
    expect(decideResponsible(restricted, A, 'assigneeId', 'a1').reason).toBe(
      'not one of the responsible agents allowed for this user',
    );
    expect(decideResponsible(user, A, 'assigneeId', 'a1').allowed).toBe(true);
  });

  it('statuses', () => {
    expect(decideTicketStatus(restricted, A, 'RESOLVED').allowed).toBe(true);
    expect(decideTicketStatus(restricted, A, 'CLOSED').reason).toBe('you may only set the statuses RESOLVED');
    expect(decideTicketStatus(agent, A, 'CLOSED').allowed).toBe(true);
  });

  it('staff-only fields and requesters', () => {
    expect(decideTicketFields(user, ['subject']).allowed).toBe(true);
    expect(decideTicketFields(user, ['subject', 'siteId', 'organizationId']).reason).toBe(
      'only staff may change organizationId, siteId',
    );
    expect(decideTicketFields(agent, ['organizationId']).allowed).toBe(true);
    expect(decideRequester(user, OTHER).allowed).toBe(false);
    expect(decideRequester(user, ME)).toMatchObject({ allowed: true, onBehalf: false });
    expect(decideRequester(agent, OTHER)).toMatchObject({ allowed: true, onBehalf: true });
    expect(decideRequester(agent, undefined)).toMatchObject({ allowed: true, onBehalf: false });
  });

  it('CC targets: one answer for an external caller', () => {
    const ok = { exists: true, active: true, verified: true, member: true };
    expect(decideCcTarget(user, ok).allowed).toBe(true);
    const refusals = [
      { ...ok, exists: false },
      { ...ok, member: false },
      { ...ok, verified: false },
      { ...ok, active: false },
    ].map((t) => decideCcTarget(user, t));
    expect(refusals.every((d) => !d.allowed)).toBe(true);
    expect(new Set(refusals.map((d) => d.reason)).size).toBe(1);
    expect(decideCcTarget(agent, { ...ok, member: false, verified: false }).allowed).toBe(true);
    expect(decideCcTarget(agent, { ...ok, exists: false }).reason).toBe('no such user');
  });
});

describe('one organisation choice for ticket types and ticket creation', () => {
  const two = { ...member(membership(A, []), membership(B, [])), defaultOrganizationId: null };
  const rows: [string, Principal, string | undefined, string | null][] = [
    ['one membership, no default', { ...user, defaultOrganizationId: null }, undefined, A],
    ['two memberships, default B', { ...two, defaultOrganizationId: B }, undefined, B],
    ['two memberships, named A', two, A, A],
    ['two memberships, no default', two, undefined, null],
    ['no membership', member(), undefined, null],
  ];
  it.each(rows)('%s', (_name, p, named, expected) => {
    expect(ticketOrganization(p, named).organizationId).toBe(expected);
    const types = creatableTicketTypes(p, named);
    const create = decideTicketCreate(p, named, undefined);
    if (expected) {
      expect(types).toMatchObject({ allowed: true, organizationId: expected });
      expect(create).toMatchObject({ allowed: true, organizationId: expected });
    } else {
      expect(create).toMatchObject({ allowed: false, field: 'organizationId' });
    }
  });
  it('several organisations and no default: both refuse with the same reason naming the choice', () => {
    const types = creatableTicketTypes(two, undefined);
    const create = decideTicketCreate(two, undefined, undefined);
    expect(types.allowed).toBe(false);
    expect(create.status).toBe('unprocessable');
    expect(types.reason).toBe(create.reason);
    expect(create.reason).toContain(A);
    expect(create.reason).toContain(B);
  });
});

describe('explain, portal pages and contract suppliers', () => {
  it('admins explain anyone in detail; others only themselves', () => {
    expect(decideExplain(admin, OTHER)).toMatchObject({ allowed: true, detailed: true });
    expect(decideExplain(agent, OTHER)).toMatchObject({
      allowed: false,
      reason: 'only admins may explain the access of another user',
    });
    expect(decideExplain(user, ME)).toMatchObject({ allowed: true, detailed: false });
    expect(decideExplain(user, OTHER).allowed).toBe(false);
  });
  it('a page needs the feature of every widget', () => {
    const m = membership(A, ['CONTROLLER']);
    expect(mayUseWidgets(m, [null, 'sla', 'systemInfo'])).toBe(true);
    expect(mayUseWidgets(m, ['sla', 'decideValidation'])).toBe(false);
    expect(mayUseWidgets(membership(A, ['PORTAL_USER']), [null])).toBe(true);
    expect(mayUseWidgets(membership(A, ['PORTAL_USER']), ['sla'])).toBe(false);
  });
  it('staff preview every portal and see suppliers; members do not', () => {
    expect(previewsEveryPortal(agent)).toBe(true);
    expect(previewsEveryPortal(approver)).toBe(false);
    expect(seesContractSupplier(admin)).toBe(true);
    expect(seesContractSupplier(approver)).toBe(false);
  });
});
