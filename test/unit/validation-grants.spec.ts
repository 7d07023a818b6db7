import type { MembershipContext, PortalRole, Principal } from '../../src/access/principal.js';
import { validations, type ValidationAction, type ValidationKind } from '../../src/access/validation-grants.js';

const decideValidation = validations.decide;
const compileValidationPredicate = validations.predicate;

const ORG = '00000000-0000-7000-8000-00000000000a';
const OTHER = '00000000-0000-7000-8000-00000000000b';
const S1 = '00000000-0000-7000-8000-000000000051';
const S2 = '00000000-0000-7000-8000-000000000052';

function member(roles: PortalRole[], o: Partial<MembershipContext> = {}, esm = false): Principal {
  const m: MembershipContext = {
    id: 'm',
    organizationId: ORG,
    roles,
    homeSiteId: S1,
    department: null,
    ticketAccess: 'OWN',
    readSiteIds: [],
    writeSiteIds: [],
    allowedTicketTypes: null,
    allowedStatuses: null,
    allowedResponsibles: null,
    org: {
      id: ORG,
      name: 'O',
      kind: 'CUSTOMER',
      ticketAccess: 'OWN',
      portalId: null,
      portalStatus: null,
      externalSupportMode: esm,
      ciDepartmentFilter: false,
      require2fa: false,
    },
    ...o,
  };
  return {
    userId: 'u',
    email: 'u@x',
    name: 'U',
    staffRole: null,
    defaultOrganizationId: ORG,
    emailVerified: true,
    totpEnabled: false,
    sessionEpoch: 0,
    memberships: [m],
  };
}
const staff: Principal = { ...member([]), staffRole: 'AGENT', memberships: [] };

const ticket = (siteId: string | null = S1, organizationId = ORG) => ({
  organizationId,
  siteId,
  requesterId: 'someone',
  callerIsCc: false,
});

type Row = [
  string,
  Principal,
  ValidationKind,
  ValidationAction,
  'allowed' | 'forbidden' | 'hidden',
  ReturnType<typeof ticket>,
];

const verdict = (d: { allowed: boolean; visible: boolean }) =>
  d.allowed ? 'allowed' : d.visible ? 'forbidden' : 'hidden';

describe('validation grants: decideValidation', () => {
  const rows: Row[] = [
    ['approver reads', member(['CUSTOMER_APPROVER']), 'VALIDATION', 'read', 'allowed', ticket()],
    ['approver decides a VALIDATION', member(['CUSTOMER_APPROVER']), 'VALIDATION', 'decide', 'allowed', ticket()],
    ['approver cannot decide a CHANGE', member(['CUSTOMER_APPROVER']), 'CHANGE', 'decide', 'forbidden', ticket()],
    ['change manager decides a CHANGE', member(['CHANGE_MANAGER']), 'CHANGE', 'decide', 'allowed', ticket()],
    ['change manager decides a VALIDATION', member(['CHANGE_MANAGER']), 'VALIDATION', 'decide', 'allowed', ticket()],
    ['controller reads', member(['CONTROLLER']), 'CHANGE', 'read', 'allowed', ticket()],
    ['controller never decides', member(['CONTROLLER']), 'VALIDATION', 'decide', 'forbidden', ticket()],
    ['portal user sees nothing', member(['PORTAL_USER']), 'VALIDATION', 'read', 'hidden', ticket()],
    [
      'portal user plus sees nothing',
      member(['PORTAL_USER_PLUS'], { ticketAccess: 'ORG_EDIT' }),
      'VALIDATION',
      'read',
      'hidden',
      ticket(),
    ],
    [
      'approver of another organisation',
      member(['CUSTOMER_APPROVER']),
      'VALIDATION',
      'decide',
      'hidden',
      ticket(S1, OTHER),
    ],
    [
      'approver, external support mode, other site',
      member(['CUSTOMER_APPROVER'], {}, true),
      'VALIDATION',
      'decide',
      'hidden',
      ticket(S2),
    ],
    [
      'approver, external support mode, read site',
      member(['CUSTOMER_APPROVER'], { readSiteIds: [S2] }, true),
      'VALIDATION',
      'decide',
      'allowed',
      ticket(S2),
    ],
    [
      'approver, external support mode, own site',
      member(['CUSTOMER_APPROVER'], {}, true),
      'VALIDATION',
      'decide',
      'allowed',
      ticket(S1),
    ],
    ['staff read', staff, 'VALIDATION', 'read', 'allowed', ticket()],
    ['staff never decide', staff, 'VALIDATION', 'decide', 'forbidden', ticket()],
  ];
  it.each(rows)('%s', (_name, p, kind, action, expected, t) => {
    expect(verdict(decideValidation(p, action, { kind, ticket: t }))).toBe(expected);
  });

  it('lists the validation grant and the ticket-read grant it rests on', () => {
    const d = decideValidation(member(['CHANGE_MANAGER']), 'decide', { kind: 'CHANGE', ticket: ticket() });
    expect(d.grants.map((g) => g.source)).toEqual(['DECIDING_ROLE', 'ROLE']);
  });
});

describe('validation grants: compiled predicate', () => {
  it('fails closed without a grant', () => {
    expect(compileValidationPredicate(member(['PORTAL_USER']), 'read').sql).toBe('FALSE');
    expect(compileValidationPredicate(member(['CONTROLLER']), 'decide').sql).toBe('FALSE');
    expect(compileValidationPredicate(staff, 'decide').sql).toBe('FALSE');
  });

  it('is TRUE for staff reads, and grants AND ticket read for members', () => {
    expect(compileValidationPredicate(staff, 'read').sql).toBe('TRUE');
    const q = compileValidationPredicate(member(['CUSTOMER_APPROVER']), 'decide');
    expect(q.text).toContain('t.organization_id = $1::uuid AND v.kind = $2::"ValidationKind"');
    expect(q.values.slice(0, 2)).toEqual([ORG, 'VALIDATION']);
    expect(q.text).toMatch(/\) AND \(/);
  });
});
