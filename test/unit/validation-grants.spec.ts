import type { PortalRole, Principal } from '../../src/access/principal.js';
import { validations, type ValidationAction, type ValidationKind } from '../../src/access/validation-grants.js';
import { member, staff, type MembershipOpts } from '../helpers/principals.js';

const decideValidation = validations.decide;
const compileValidationPredicate = validations.predicate;

const ORG = '00000000-0000-7000-8000-00000000000a';
const OTHER = '00000000-0000-7000-8000-00000000000b';
const S1 = '00000000-0000-7000-8000-000000000051';
const S2 = '00000000-0000-7000-8000-000000000052';

/** A member of ORG with home site S1 and the given roles. */
const withRoles = (roles: PortalRole[], m: MembershipOpts = {}, esm = false) =>
  member({ id: ORG, externalSupportMode: esm }, { roles, homeSiteId: S1, ...m });
const agent = staff('AGENT');

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
    ['approver reads', withRoles(['CUSTOMER_APPROVER']), 'VALIDATION', 'read', 'allowed', ticket()],
    ['approver decides a VALIDATION', withRoles(['CUSTOMER_APPROVER']), 'VALIDATION', 'decide', 'allowed', ticket()],
    ['approver cannot decide a CHANGE', withRoles(['CUSTOMER_APPROVER']), 'CHANGE', 'decide', 'forbidden', ticket()],
    ['change manager decides a CHANGE', withRoles(['CHANGE_MANAGER']), 'CHANGE', 'decide', 'allowed', ticket()],
    ['change manager decides a VALIDATION', withRoles(['CHANGE_MANAGER']), 'VALIDATION', 'decide', 'allowed', ticket()],
    ['controller reads', withRoles(['CONTROLLER']), 'CHANGE', 'read', 'allowed', ticket()],
    ['controller never decides', withRoles(['CONTROLLER']), 'VALIDATION', 'decide', 'forbidden', ticket()],
    ['portal user sees nothing', withRoles(['PORTAL_USER']), 'VALIDATION', 'read', 'hidden', ticket()],
    [
      'portal user plus sees nothing',
      withRoles(['PORTAL_USER_PLUS'], { ticketAccess: 'ORG_EDIT' }),
      'VALIDATION',
      'read',
      'hidden',
      ticket(),
    ],
    [
      'approver of another organisation',
      withRoles(['CUSTOMER_APPROVER']),
      'VALIDATION',
      'decide',
      'hidden',
      ticket(S1, OTHER),
    ],
    [
      'approver, external support mode, other site',
      withRoles(['CUSTOMER_APPROVER'], {}, true),
      'VALIDATION',
      'decide',
      'hidden',
      ticket(S2),
    ],
    [
      'approver, external support mode, read site',
      withRoles(['CUSTOMER_APPROVER'], { readSiteIds: [S2] }, true),
      'VALIDATION',
      'decide',
      'allowed',
      ticket(S2),
    ],
    [
      'approver, external support mode, own site',
      withRoles(['CUSTOMER_APPROVER'], {}, true),
      'VALIDATION',
      'decide',
      'allowed',
      ticket(S1),
    ],
    ['staff read', agent, 'VALIDATION', 'read', 'allowed', ticket()],
    ['staff never decide', agent, 'VALIDATION', 'decide', 'forbidden', ticket()],
  ];
  it.each(rows)('%s', (_name, p, kind, action, expected, t) => {
    expect(verdict(decideValidation(p, action, { kind, ticket: t }))).toBe(expected);
  });

  it('lists the validation grant and the ticket-read grant it rests on', () => {
    const d = decideValidation(withRoles(['CHANGE_MANAGER']), 'decide', { kind: 'CHANGE', ticket: ticket() });
    expect(d.grants.map((g) => g.source)).toEqual(['DECIDING_ROLE', 'ROLE']);
  });
});

describe('validation grants: compiled predicate', () => {
  it('fails closed without a grant', () => {
    expect(compileValidationPredicate(withRoles(['PORTAL_USER']), 'read').sql).toBe('FALSE');
    expect(compileValidationPredicate(withRoles(['CONTROLLER']), 'decide').sql).toBe('FALSE');
    expect(compileValidationPredicate(agent, 'decide').sql).toBe('FALSE');
  });

  it('is TRUE for staff reads, and grants AND ticket read for members', () => {
    expect(compileValidationPredicate(agent, 'read').sql).toBe('TRUE');
    const q = compileValidationPredicate(withRoles(['CUSTOMER_APPROVER']), 'decide');
    expect(q.text).toContain('t.organization_id = $1::uuid AND v.kind = $2::"ValidationKind"');
    expect(q.values.slice(0, 2)).toEqual([ORG, 'VALIDATION']);
    expect(q.text).toMatch(/\) AND \(/);
  });
});
