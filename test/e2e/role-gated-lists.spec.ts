import type { PortalRole } from '../../src/generated/prisma/client.js';
import { useApp } from '../helpers/setup.js';

/**
 * SPEC §2: a list none of the caller's roles may use at all ⇒ 403 with the reason (the roles that
 * may); a caller holding such a role in at least one organisation gets 200, filtered to what its
 * grants reach. Contracts (and their by-site report) need a role with "SLA", changes a role with
 * "changes", invoices CONTROLLER; every member may list the CIs of their sites.
 */
const SLA = 'requires CUSTOMER_APPROVER or CHANGE_MANAGER or CONTROLLER';
const CHANGES = 'requires CHANGE_MANAGER or CONTROLLER';
const INVOICES = 'requires CONTROLLER';

type Persona =
  'PORTAL_USER' | 'PORTAL_USER_PLUS' | 'CUSTOMER_APPROVER' | 'CHANGE_MANAGER' | 'CONTROLLER' | 'AGENT' | 'ADMIN';

/** Per list: the 403 reason for personas that may not use it, null where the persona gets 200. */
const expected: Record<string, Record<Persona, string | null>> = {
  '/api/v1/contracts': {
    PORTAL_USER: SLA,
    PORTAL_USER_PLUS: SLA,
    CUSTOMER_APPROVER: null,
    CHANGE_MANAGER: null,
    CONTROLLER: null,
    AGENT: null,
    ADMIN: null,
  },
  '/api/v1/reports/contracts-by-site': {
    PORTAL_USER: SLA,
    PORTAL_USER_PLUS: SLA,
    CUSTOMER_APPROVER: null,
    CHANGE_MANAGER: null,
    CONTROLLER: null,
    AGENT: null,
    ADMIN: null,
  },
  '/api/v1/changes': {
    PORTAL_USER: CHANGES,
    PORTAL_USER_PLUS: CHANGES,
    CUSTOMER_APPROVER: CHANGES,
    CHANGE_MANAGER: null,
    CONTROLLER: null,
    AGENT: null,
    ADMIN: null,
  },
  '/api/v1/invoices': {
    PORTAL_USER: INVOICES,
    PORTAL_USER_PLUS: INVOICES,
    CUSTOMER_APPROVER: INVOICES,
    CHANGE_MANAGER: INVOICES,
    CONTROLLER: null,
    AGENT: null,
    ADMIN: null,
  },
  '/api/v1/cis': {
    PORTAL_USER: null,
    PORTAL_USER_PLUS: null,
    CUSTOMER_APPROVER: null,
    CHANGE_MANAGER: null,
    CONTROLLER: null,
    AGENT: null,
    ADMIN: null,
  },
};

describe('role-gated lists: 403 when no role may use them, 200 filtered otherwise', () => {
  const { ctx, f } = useApp({}, { truncate: false });
  const auth: Partial<Record<Persona, string>> = {};
  let w: {
    a: { id: string };
    b: { id: string };
    invoiceA: { id: string };
    invoiceB: { id: string };
    contractA: { id: string };
    contractB: { id: string };
    changeA: { id: string };
    changeB: { id: string };
  };

  beforeAll(async () => {
    const portal = await f.portal();
    const a = await f.org({ portalId: portal.id });
    const b = await f.org({ portalId: portal.id });
    const siteA = await f.site(a.id);
    const siteB = await f.site(b.id);
    const other = await f.member(b.id);
    const someoneA = await f.member(a.id);
    w = {
      a,
      b,
      invoiceA: await f.invoice(a.id),
      invoiceB: await f.invoice(b.id),
      contractA: await f.contract(a.id, { siteId: siteA.id }),
      contractB: await f.contract(b.id, { siteId: siteB.id }),
      changeA: await f.ticket(a.id, someoneA.id, { type: 'CHANGE' }),
      changeB: await f.ticket(b.id, other.id, { type: 'CHANGE' }),
    };
    await f.ci(a.id, { siteId: siteA.id });
    for (const role of [
      'PORTAL_USER',
      'PORTAL_USER_PLUS',
      'CUSTOMER_APPROVER',
      'CHANGE_MANAGER',
      'CONTROLLER',
    ] as const) {
      auth[role] = `Bearer ${ctx.tokenFor(await f.member(a.id, { roles: [role], homeSiteId: siteA.id }))}`;
    }
    auth.AGENT = `Bearer ${ctx.tokenFor(await f.staff('AGENT'))}`;
    auth.ADMIN = `Bearer ${ctx.tokenFor(await f.staff('ADMIN'))}`;
  });

  const cases = Object.entries(expected).flatMap(([url, byPersona]) =>
    Object.entries(byPersona).map(([persona, reason]) => ({ url, persona: persona as Persona, reason })),
  );

  it.each(cases)('GET $url as $persona', async ({ url, persona, reason }) => {
    const res = await ctx.http.get(url).set('authorization', auth[persona]!);
    if (reason === null) {
      expect(res.status).toBe(200);
      return;
    }
    expect(res.status).toBe(403);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 403, detail: reason });
  });

  it('a filter on an organisation never turns a 403 into a 200 (the role decides, not the filter)', async () => {
    for (const url of ['/api/v1/contracts', '/api/v1/changes', '/api/v1/invoices']) {
      await ctx.http.get(`${url}?organizationId=${w.a.id}`).set('authorization', auth.PORTAL_USER!).expect(403);
    }
  });

  /** A member with the role in one organisation only: 200, and only that organisation's rows. */
  it.each([
    ['/api/v1/invoices', ['CONTROLLER'], () => w.invoiceB.id, () => w.invoiceA.id],
    ['/api/v1/contracts', ['CUSTOMER_APPROVER'], () => w.contractB.id, () => w.contractA.id],
    ['/api/v1/changes', ['CHANGE_MANAGER'], () => w.changeB.id, () => w.changeA.id],
  ] as [string, PortalRole[], () => string, () => string][])(
    '%s: the role in one of two organisations ⇒ 200 with that organisation only',
    async (url, roles, inRole, notInRole) => {
      const u = await f.member(w.a.id, { roles: ['PORTAL_USER'] });
      await f.addMembership(u.id, w.b.id, { roles, ticketAccess: 'ORG_READ' });
      const res = await ctx.http
        .get(url)
        .set('authorization', `Bearer ${ctx.tokenFor(u)}`)
        .expect(200);
      const ids = (res.body.data as { id: string }[]).map((x) => x.id);
      expect(ids).toContain(inRole());
      expect(ids).not.toContain(notInRole());
      // Asking for the organisation without the role is filtered to nothing, not refused.
      const narrowed = await ctx.http
        .get(`${url}?organizationId=${w.a.id}`)
        .set('authorization', `Bearer ${ctx.tokenFor(u)}`)
        .expect(200);
      expect(narrowed.body.data).toEqual([]);
    },
  );
});
