import { useApp } from '../helpers/setup.js';

const strip = (b: Record<string, unknown>) => ({ ...b, requestId: undefined, instance: undefined });
const MISSING = '0190b8a5-0000-7000-8000-000000000000';

describe('invoices (CONTROLLER) and changes (roles with "changes")', () => {
  const { ctx, f, as } = useApp();

  const ids = (...cs: { id: string }[]) => cs.map((c) => c.id).sort();
  const auth = (u: { id: string }) => `Bearer ${ctx.tokenFor(u)}`;

  async function world() {
    const portal = await f.portal();
    const a = await f.org({ portalId: portal.id });
    const b = await f.org({ portalId: portal.id });
    const s1 = await f.site(a.id);
    const s2 = await f.site(a.id);
    const staff = await f.staff('AGENT');
    const setEsm = (on: boolean) =>
      ctx.prisma.portal.update({ where: { id: portal.id }, data: { externalSupportMode: on } });
    return { portal, a, b, s1, s2, staff, setEsm };
  }

  describe('invoices', () => {
    it.each([false, true])(
      'CONTROLLER sees the invoices of their organisation only (external support mode %s)',
      async (esm) => {
        const w = await world();
        await w.setEsm(esm);
        const ia1 = await f.invoice(w.a.id, { issuedOn: new Date('2025-02-01') });
        const ia2 = await f.invoice(w.a.id, { issuedOn: new Date('2025-03-01') });
        const ib = await f.invoice(w.b.id);
        const c = await f.member(w.a.id, { homeSiteId: w.s1.id, roles: ['CONTROLLER'] });
        const res = await ctx.http.get('/api/v1/invoices').set('authorization', auth(c)).expect(200);
        expect(res.body.data.map((i: { id: string }) => i.id)).toEqual([ia2.id, ia1.id]);
        await ctx.http.get(`/api/v1/invoices/${ia1.id}`).set('authorization', auth(c)).expect(200);
        const hidden = await ctx.http.get(`/api/v1/invoices/${ib.id}`).set('authorization', auth(c)).expect(404);
        const missing = await ctx.http.get(`/api/v1/invoices/${MISSING}`).set('authorization', auth(c)).expect(404);
        expect(strip(hidden.body)).toEqual(strip(missing.body));
        expect(
          (await ctx.http.get(`/api/v1/invoices?organizationId=${w.b.id}`).set('authorization', auth(c)).expect(200))
            .body.data,
        ).toEqual([]);
      },
    );

    it('every other portal role gets 403 "requires CONTROLLER", on the list and on a single invoice', async () => {
      const w = await world();
      const ia = await f.invoice(w.a.id);
      for (const role of ['PORTAL_USER', 'PORTAL_USER_PLUS', 'CUSTOMER_APPROVER', 'CHANGE_MANAGER'] as const) {
        const u = await f.member(w.a.id, { homeSiteId: w.s1.id, roles: [role] });
        const res = await ctx.http.get('/api/v1/invoices').set('authorization', auth(u)).expect(403);
        expect(res.body.detail).toBe('requires CONTROLLER');
        await ctx.http.get(`/api/v1/invoices/${ia.id}`).set('authorization', auth(u)).expect(403);
      }
    });

    it('a CONTROLLER of B who is a PORTAL_USER of A sees only B invoices', async () => {
      const w = await world();
      await f.invoice(w.a.id);
      const ib = await f.invoice(w.b.id);
      const u = await f.member(w.b.id, { roles: ['CONTROLLER'] });
      await f.addMembership(u.id, w.a.id, { roles: ['PORTAL_USER'] });
      const res = await ctx.http.get('/api/v1/invoices').set('authorization', auth(u)).expect(200);
      expect(res.body.data.map((i: { id: string }) => i.id)).toEqual([ib.id]);
    });

    it('staff create invoices (contract of the same organisation) and page through them by issue date', async () => {
      const w = await world();
      const k = await f.contract(w.a.id);
      const kb = await f.contract(w.b.id);
      const token = auth(w.staff);
      await ctx.http
        .post('/api/v1/invoices')
        .set('authorization', token)
        .send({ organizationId: w.a.id, contractId: kb.id, number: 'I-1', issuedOn: '2025-01-10', amountCents: 100 })
        .expect(422);
      for (const [n, d] of [
        ['I-1', '2025-01-10'],
        ['I-2', '2025-01-12'],
        ['I-3', '2025-01-11'],
      ]) {
        await ctx.http
          .post('/api/v1/invoices')
          .set('authorization', token)
          .send({ organizationId: w.a.id, contractId: k.id, number: n, issuedOn: d, amountCents: 100 })
          .expect(201);
      }
      await ctx.http
        .post('/api/v1/invoices')
        .set('authorization', token)
        .send({ organizationId: w.a.id, number: 'I-1', issuedOn: '2025-01-10', amountCents: 1 })
        .expect(409);
      const numbers: string[] = [];
      let cursor: string | null = null;
      do {
        const res: { body: { data: { number: string }[]; nextCursor: string | null } } = await ctx.http
          .get(`/api/v1/invoices?limit=2${cursor ? `&cursor=${cursor}` : ''}`)
          .set('authorization', token)
          .expect(200);
        numbers.push(...res.body.data.map((i) => i.number));
        cursor = res.body.nextCursor;
      } while (cursor);
      expect(numbers).toEqual(['I-2', 'I-3', 'I-1']);
      const c = await f.member(w.a.id, { roles: ['CONTROLLER'] });
      await ctx.http
        .post('/api/v1/invoices')
        .set('authorization', auth(c))
        .send({ organizationId: w.a.id, number: 'I-9', issuedOn: '2025-01-10', amountCents: 1 })
        .expect(403);
    });
  });

  describe('changes', () => {
    it.each([false, true])(
      'CHANGE tickets with their change approvals for roles with "changes" (external support mode %s)',
      async (esm) => {
        const w = await world();
        await w.setEsm(esm);
        const requester = await f.member(w.a.id, { homeSiteId: w.s1.id });
        const chS1 = await f.ticket(w.a.id, requester.id, { type: 'CHANGE', siteId: w.s1.id });
        const chS2 = await f.ticket(w.a.id, requester.id, { type: 'CHANGE', siteId: w.s2.id });
        await f.ticket(w.a.id, requester.id, { type: 'INCIDENT', siteId: w.s1.id });
        const other = await f.member(w.b.id);
        const chB = await f.ticket(w.b.id, other.id, { type: 'CHANGE' });
        const v = await ctx.prisma.validation.create({
          data: {
            ticketId: chS1.id,
            organizationId: w.a.id,
            kind: 'CHANGE',
            question: 'Go?',
            requestedById: w.staff.id,
            requiredApprovals: 2,
            acceptCount: 1,
          },
        });
        await ctx.prisma.validation.create({
          data: {
            ticketId: chS1.id,
            organizationId: w.a.id,
            kind: 'VALIDATION',
            question: 'Not a change approval',
            requestedById: w.staff.id,
          },
        });

        for (const role of ['CHANGE_MANAGER', 'CONTROLLER'] as const) {
          const u = await f.member(w.a.id, { homeSiteId: w.s1.id, roles: [role] });
          const res = await ctx.http.get('/api/v1/changes').set('authorization', auth(u)).expect(200);
          expect(res.body.data.map((t: { id: string }) => t.id).sort()).toEqual(esm ? ids(chS1) : ids(chS1, chS2));
          const first = res.body.data.find((t: { id: string }) => t.id === chS1.id);
          expect(first.approvals).toEqual([
            expect.objectContaining({ id: v.id, status: 'OPEN', requiredApprovals: 2, acceptCount: 1 }),
          ]);
        }
        const staffRes = await ctx.http.get('/api/v1/changes').set('authorization', auth(w.staff)).expect(200);
        expect(staffRes.body.data.map((t: { id: string }) => t.id).sort()).toEqual(ids(chS1, chS2, chB));
      },
    );

    it('roles without "changes" get 403 with the reason; a changes role in another organisation does not open this one', async () => {
      const w = await world();
      const requester = await f.member(w.a.id, { homeSiteId: w.s1.id });
      await f.ticket(w.a.id, requester.id, { type: 'CHANGE', siteId: w.s1.id });
      for (const role of ['PORTAL_USER', 'PORTAL_USER_PLUS', 'CUSTOMER_APPROVER'] as const) {
        const u = await f.member(w.a.id, { homeSiteId: w.s1.id, roles: [role] });
        const res = await ctx.http.get('/api/v1/changes').set('authorization', auth(u)).expect(403);
        expect(res.body.detail).toBe('requires CHANGE_MANAGER or CONTROLLER');
      }
      const mixed = await f.member(w.b.id, { roles: ['CHANGE_MANAGER'] });
      await f.addMembership(mixed.id, w.a.id, { roles: ['PORTAL_USER_PLUS'], homeSiteId: w.s1.id });
      expect((await ctx.http.get('/api/v1/changes').set('authorization', auth(mixed)).expect(200)).body.data).toEqual(
        [],
      );
    });
  });

  describe('what an invoice names', () => {
    it('names a contract on an invoice only when the caller could GET that contract', async () => {
      const portal = await f.portal({ externalSupportMode: true });
      const o = await f.org({ portalId: portal.id });
      const s1 = await f.site(o.id);
      const s2 = await f.site(o.id);
      const controller = await f.member(o.id, { roles: ['CONTROLLER'], homeSiteId: s1.id });
      const agent = await f.staff('AGENT');
      const mine = await f.contract(o.id, { siteId: s1.id });
      const otherSite = await f.contract(o.id, { siteId: s2.id });
      const purchased = await f.contract(o.id, { siteId: s1.id, direction: 'PURCHASED' });
      const i1 = await f.invoice(o.id, { contractId: mine.id });
      const i2 = await f.invoice(o.id, { contractId: otherSite.id });
      const i3 = await f.invoice(o.id, { contractId: purchased.id });
      const h = as(controller);
      const list = (await ctx.http.get('/api/v1/invoices').set(h).expect(200)).body.data as {
        id: string;
        contractId: string | null;
      }[];
      expect(Object.fromEntries(list.map((i) => [i.id, i.contractId]))).toEqual({
        [i1.id]: mine.id,
        [i2.id]: null,
        [i3.id]: null,
      });
      expect((await ctx.http.get(`/api/v1/invoices/${i3.id}`).set(h).expect(200)).body.contractId).toBeNull();
      await ctx.http.get(`/api/v1/contracts/${purchased.id}`).set(h).expect(404);
      await ctx.http.get(`/api/v1/contracts/${otherSite.id}`).set(h).expect(404);
      expect((await ctx.http.get(`/api/v1/invoices/${i3.id}`).set(as(agent)).expect(200)).body.contractId).toBe(
        purchased.id,
      );
    });
  });
});
