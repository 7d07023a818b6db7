import type { Principal } from '../../src/access/principal.js';
import type { Resource } from '../../src/access/resource.js';
import { RESOURCES } from '../../src/access/resources.js';
import { member, nobody, ORG_A, ORG_B, PORTAL_ID, staff, USER_ID } from '../helpers/principals.js';

/**
 * The fast tier of the engine: for every resource a table of principals, rows and actions with
 * the expected outcome — allowed, visible but refused (403), or not visible (404) — decided in
 * memory, no database. Tickets and validations have their own, larger tables
 * (test/access/policy-matrix.spec.ts, test/unit/validation-grants.spec.ts); every other resource
 * is here, and a resource without a table fails the first test.
 */
type Outcome = 'allowed' | 'refused' | 'hidden';
type Row = [name: string, p: Principal, action: string, facts: unknown, expected: Outcome];

const S1 = '00000000-0000-7000-8000-000000000051';
const S2 = '00000000-0000-7000-8000-000000000052';
const OTHER_PORTAL = '00000000-0000-7000-8000-0000000000e9';
const OTHER_USER = '00000000-0000-7000-8000-0000000000ee';

const onS1 = (roles: Parameters<typeof member>[1] = {}, org: Parameters<typeof member>[0] = {}) =>
  member(org, { homeSiteId: S1, ...roles });
const esm = { externalSupportMode: true };
const ticket = (over: Record<string, unknown> = {}) => ({
  organizationId: ORG_A,
  siteId: S1,
  requesterId: OTHER_USER,
  callerIsCc: false,
  ...over,
});

const TABLES: Record<string, Row[]> = {
  ci: [
    [
      'staff see every CI',
      staff('AGENT'),
      'read',
      { organizationId: ORG_B, siteId: null, department: null },
      'allowed',
    ],
    [
      'a member sees the CIs of their site',
      onS1(),
      'read',
      { organizationId: ORG_A, siteId: S1, department: null },
      'allowed',
    ],
    ['…not those of another site', onS1(), 'read', { organizationId: ORG_A, siteId: S2, department: null }, 'hidden'],
    ['…nor the CIs without site', onS1(), 'read', { organizationId: ORG_A, siteId: null, department: null }, 'hidden'],
    [
      'a member without site sees the CIs without site',
      member(),
      'read',
      { organizationId: ORG_A, siteId: null, department: null },
      'allowed',
    ],
    [
      'a read site opens its CIs',
      onS1({ readSiteIds: [S2] }),
      'read',
      { organizationId: ORG_A, siteId: S2, department: null },
      'allowed',
    ],
    [
      'department filter: own department',
      onS1({ department: 'Plant' }, { ciDepartmentFilter: true }),
      'read',
      { organizationId: ORG_A, siteId: S1, department: 'Plant' },
      'allowed',
    ],
    [
      'department filter: another department',
      onS1({ department: 'Plant' }, { ciDepartmentFilter: true }),
      'read',
      { organizationId: ORG_A, siteId: S1, department: 'Finance' },
      'hidden',
    ],
    [
      'department filter: a member without department sees none',
      onS1({}, { ciDepartmentFilter: true }),
      'read',
      { organizationId: ORG_A, siteId: S1, department: null },
      'hidden',
    ],
    [
      'system info sees every CI of the organisation',
      onS1({ roles: ['CONTROLLER'] }, { ciDepartmentFilter: true }),
      'read',
      { organizationId: ORG_A, siteId: S2, department: 'Finance' },
      'allowed',
    ],
    [
      'system info in external support mode: own sites only',
      onS1({ roles: ['CONTROLLER'] }, esm),
      'read',
      { organizationId: ORG_A, siteId: S2, department: null },
      'hidden',
    ],
    [
      'another organisation',
      onS1({ roles: ['CONTROLLER'] }),
      'read',
      { organizationId: ORG_B, siteId: null, department: null },
      'hidden',
    ],
  ],
  contract: [
    [
      'staff see purchased contracts',
      staff('ADMIN'),
      'read',
      { organizationId: ORG_A, siteId: null, direction: 'PURCHASED' },
      'allowed',
    ],
    [
      'a role with SLA sees sold contracts',
      onS1({ roles: ['CUSTOMER_APPROVER'] }),
      'read',
      { organizationId: ORG_A, siteId: S2, direction: 'SOLD' },
      'allowed',
    ],
    [
      '…never purchased ones',
      onS1({ roles: ['CUSTOMER_APPROVER'] }),
      'read',
      { organizationId: ORG_A, siteId: S1, direction: 'PURCHASED' },
      'hidden',
    ],
    [
      'a portal user sees no contract',
      onS1(),
      'read',
      { organizationId: ORG_A, siteId: S1, direction: 'SOLD' },
      'hidden',
    ],
    [
      'external support mode: own site',
      onS1({ roles: ['CONTROLLER'] }, esm),
      'read',
      { organizationId: ORG_A, siteId: S1, direction: 'SOLD' },
      'allowed',
    ],
    [
      'external support mode: another site',
      onS1({ roles: ['CONTROLLER'] }, esm),
      'read',
      { organizationId: ORG_A, siteId: S2, direction: 'SOLD' },
      'hidden',
    ],
    [
      'external support mode, no site: contracts without site',
      member(esm, { roles: ['CONTROLLER'] }),
      'read',
      { organizationId: ORG_A, siteId: null, direction: 'SOLD' },
      'allowed',
    ],
  ],
  site: [
    ['staff see every site', staff('AGENT'), 'read', { id: S2, organizationId: ORG_B }, 'allowed'],
    ['a member sees every site of the organisation', onS1(), 'read', { id: S2, organizationId: ORG_A }, 'allowed'],
    ['…not of another one', onS1(), 'read', { id: S2, organizationId: ORG_B }, 'hidden'],
    ['external support mode: own site', onS1({}, esm), 'read', { id: S1, organizationId: ORG_A }, 'allowed'],
    ['external support mode: another site', onS1({}, esm), 'read', { id: S2, organizationId: ORG_A }, 'hidden'],
    ['external support mode, no site: none', member(esm), 'read', { id: S1, organizationId: ORG_A }, 'hidden'],
  ],
  download: [
    ['staff see every download', staff('AGENT'), 'read', { organizationId: null, portalId: OTHER_PORTAL }, 'allowed'],
    ['published to the organisation', member(), 'read', { organizationId: ORG_A, portalId: null }, 'allowed'],
    [
      'published to the organisation’s portal',
      member(),
      'read',
      { organizationId: null, portalId: PORTAL_ID },
      'allowed',
    ],
    ['published to another portal', member(), 'read', { organizationId: null, portalId: OTHER_PORTAL }, 'hidden'],
    ['published to another organisation', member(), 'read', { organizationId: ORG_B, portalId: null }, 'hidden'],
    ['no membership, nothing', nobody(), 'read', { organizationId: ORG_A, portalId: PORTAL_ID }, 'hidden'],
  ],
  invoice: [
    ['staff see invoices', staff('AGENT'), 'read', { organizationId: ORG_B }, 'allowed'],
    [
      'CONTROLLER sees the organisation’s invoices',
      member({}, { roles: ['CONTROLLER'] }),
      'read',
      { organizationId: ORG_A },
      'allowed',
    ],
    ['…not another organisation’s', member({}, { roles: ['CONTROLLER'] }), 'read', { organizationId: ORG_B }, 'hidden'],
    [
      'CHANGE_MANAGER sees none',
      member({}, { roles: ['CHANGE_MANAGER'] }),
      'read',
      { organizationId: ORG_A },
      'hidden',
    ],
    [
      'CONTROLLER in one organisation, portal user in the other',
      member({}, { roles: ['PORTAL_USER'] }).and({}, { roles: ['CONTROLLER'] }),
      'read',
      { organizationId: ORG_A },
      'hidden',
    ],
  ],
  change: [
    ['staff see changes', staff('AGENT'), 'read', ticket(), 'allowed'],
    [
      'CHANGE_MANAGER sees the organisation’s changes',
      onS1({ roles: ['CHANGE_MANAGER'] }),
      'read',
      ticket({ siteId: S2 }),
      'allowed',
    ],
    ['CONTROLLER too', onS1({ roles: ['CONTROLLER'] }), 'read', ticket(), 'allowed'],
    ['an approver does not', onS1({ roles: ['CUSTOMER_APPROVER'] }), 'read', ticket(), 'hidden'],
    [
      'a role with changes, the ticket not readable (external support mode, another site)',
      onS1({ roles: ['CHANGE_MANAGER'] }, esm),
      'read',
      ticket({ siteId: S2 }),
      'hidden',
    ],
    [
      'a portal user requester of the change: no changes feature',
      onS1(),
      'read',
      ticket({ requesterId: USER_ID }),
      'hidden',
    ],
  ],
  audit: [
    ['ADMIN reads every event', staff('ADMIN'), 'read', { organizationId: null }, 'allowed'],
    ['AGENT reads none', staff('AGENT'), 'read', { organizationId: ORG_A }, 'hidden'],
    [
      'an approver reads the organisation’s events',
      member({}, { roles: ['CUSTOMER_APPROVER'] }),
      'read',
      { organizationId: ORG_A },
      'allowed',
    ],
    [
      '…not another organisation’s',
      member({}, { roles: ['CUSTOMER_APPROVER'] }),
      'read',
      { organizationId: ORG_B },
      'hidden',
    ],
    [
      '…nor events of no organisation',
      member({}, { roles: ['CUSTOMER_APPROVER'] }),
      'read',
      { organizationId: null },
      'hidden',
    ],
    ['a CONTROLLER reads none', member({}, { roles: ['CONTROLLER'] }), 'read', { organizationId: ORG_A }, 'hidden'],
  ],
  webhook: [
    ['staff manage any organisation’s endpoint', staff('AGENT'), 'manage', { organizationId: ORG_B }, 'allowed'],
    ['…and the global ones', staff('ADMIN'), 'manage', { organizationId: null }, 'allowed'],
    [
      'an approver manages the organisation’s endpoints',
      member({}, { roles: ['CUSTOMER_APPROVER'] }),
      'manage',
      { organizationId: ORG_A },
      'allowed',
    ],
    ['a change manager too', member({}, { roles: ['CHANGE_MANAGER'] }), 'manage', { organizationId: ORG_A }, 'allowed'],
    [
      '…not another organisation’s',
      member({}, { roles: ['CUSTOMER_APPROVER'] }),
      'manage',
      { organizationId: ORG_B },
      'hidden',
    ],
    ['…nor a global one', member({}, { roles: ['CUSTOMER_APPROVER'] }), 'read', { organizationId: null }, 'hidden'],
    ['a CONTROLLER none', member({}, { roles: ['CONTROLLER'] }), 'read', { organizationId: ORG_A }, 'hidden'],
    [
      'an approver whose portal is not active none',
      member({ portalStatus: 'ENABLED' }, { roles: ['CUSTOMER_APPROVER'] }),
      'manage',
      { organizationId: ORG_A },
      'hidden',
    ],
  ],
};

/**
 * Resources with their own tables elsewhere: tickets and validations (see above); memberships,
 * contacts, organisations and partner links in test/unit/access-rules.spec.ts.
 */
const ELSEWHERE = ['ticket', 'validation', 'membership', 'contact', 'organization', 'partnerLink'];

const outcome = (r: Resource, p: Principal, action: string, facts: unknown): Outcome => {
  const d = r.decide(p, action, facts);
  return d.allowed ? 'allowed' : d.visible ? 'refused' : 'hidden';
};

describe('the engine in memory: decide() per resource', () => {
  it('has a table for every registered resource', () => {
    expect([...Object.keys(TABLES), ...ELSEWHERE].sort()).toEqual(RESOURCES.map((r) => r.name).sort());
  });

  for (const [name, rows] of Object.entries(TABLES)) {
    const resource = RESOURCES.find((r) => r.name === name) as Resource;
    describe(name, () => {
      it('has allowed and refused rows', () => {
        const outcomes = new Set(rows.map(([, p, a, f]) => outcome(resource, p, a, f)));
        expect(outcomes.has('allowed')).toBe(true);
        expect(outcomes.has('hidden') || outcomes.has('refused')).toBe(true);
      });
      it.each(rows)('%s', (_name, p, action, facts, expected) => {
        expect(outcome(resource, p, action, facts)).toBe(expected);
        const d = resource.decide(p, action, facts);
        // Allowed ⇒ the grants that allowed it; refused ⇒ none, and a reason either way.
        expect(d.grants.length > 0).toBe(d.allowed);
        expect(d.reason).not.toBe('');
      });
    });
  }
});

describe('portal status gates every grant (in memory)', () => {
  const roles = ['CHANGE_MANAGER', 'CONTROLLER'] as const;
  for (const portalStatus of ['ENABLED', 'DISABLED'] as const) {
    it(`a member whose portal is ${portalStatus} holds no grant on any resource; an ACTIVE one does`, () => {
      const gated = member({ portalStatus, ticketAccess: 'ORG_EDIT' }, { roles: [...roles], homeSiteId: S1 });
      const open = member({ ticketAccess: 'ORG_EDIT' }, { roles: [...roles], homeSiteId: S1 });
      // No grant reaches the organisation, nor its portal (a user still reads their own membership rows).
      for (const r of RESOURCES as readonly Resource[]) {
        const reaching = r
          .grants(gated)
          .filter((g) => g.scope.organizationId !== undefined || g.scope.portalId !== undefined);
        expect([r.name, reaching]).toEqual([r.name, []]);
      }
      expect(RESOURCES.filter((r) => (r as Resource).grants(open).length > 0).length).toBeGreaterThan(5);
    });
  }

  it('a partner keeps the grants of the organisation whose portal is active, and only those', () => {
    const p = member({ portalStatus: 'ENABLED', portalId: OTHER_PORTAL }, { roles: ['CONTROLLER'] }).and(
      {},
      { roles: ['CONTROLLER'] },
    );
    const scopes = (RESOURCES as readonly Resource[])
      .flatMap((r) => r.grants(p).map((g) => g.scope))
      .filter((s) => s.organizationId !== undefined || s.portalId !== undefined);
    expect(new Set(scopes.map((s) => s.organizationId ?? `portal ${s.portalId}`))).toEqual(
      new Set([ORG_B, `portal ${PORTAL_ID}`]),
    );
  });
});
