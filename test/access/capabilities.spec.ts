import { TICKET_STATUSES, PORTAL_ROLES, type PortalRole, type TicketStatus } from '../../src/access/principal.js';
import { TICKET_EDITABLE_FIELDS } from '../../src/access/ticket-capabilities.js';
import { MEMBERSHIP_EDITABLE_FIELDS } from '../../src/access/capabilities.js';
import { useApp } from '../helpers/setup.js';
import { CASES, type Case, type T } from '../helpers/policy-cases.js';

/**
 * Capabilities through HTTP on PostgreSQL: for every persona of the policy matrix and every object
 * it can see, each capability shown true is an action that succeeds (2xx) and each shown false is
 * refused (403, 404, 409 or 422) — so what a frontend shows is what the API does.
 */
const REFUSED = [403, 404, 409, 422];
const STATUS_OF: Record<T, TicketStatus> = {
  own: 'NEW',
  colS1: 'OPEN',
  colS2: 'PENDING_CUSTOMER',
  noSite: 'RESOLVED',
  cc: 'OPEN',
  foreign: 'NEW',
};

type Res = { status: number; body: Record<string, unknown> };
const expectOk = (what: string, r: Res, status = 200) =>
  expect({ what, status: r.status, body: r.status === status ? null : r.body }).toEqual({ what, status, body: null });
const expectRefused = (what: string, r: Res) => {
  if (!REFUSED.includes(r.status))
    throw new Error(`${what}: expected a refusal, got ${r.status} ${JSON.stringify(r.body)}`);
};

describe('capabilities: what each object shows is what the API does', () => {
  const { ctx, f, as } = useApp({ RATE_LIMIT_ENABLED: 'false' });
  /** A PATCH with the ETag of the version last read (a refused one changes nothing, so it keeps). */
  const patch = (url: string, h: { authorization: string }, version: number, body: object) =>
    ctx.http.patch(url).set(h).set('if-match', `"${version}"`).send(body);

  describe('tickets, for every persona of the policy matrix', () => {
    async function world(c: Case) {
      const portal = await f.portal({ externalSupportMode: !!c.esm });
      const o = await f.org({ portalId: portal.id, ticketAccess: c.orgAccess ?? 'OWN' });
      const x = await f.org({ portalId: portal.id, ticketAccess: 'ORG_EDIT' });
      const s1 = await f.site(o.id);
      const s2 = await f.site(o.id);
      const colleague = await f.member(o.id, { homeSiteId: s1.id });
      const xUser = await f.member(x.id);
      const ccTargets = { o: await f.member(o.id, { homeSiteId: s1.id }), x: await f.member(x.id) };
      const group = await f.group();
      const agent = await f.staff('AGENT');
      let userId: string;
      if (c.persona === 'agent' || c.persona === 'admin') {
        userId = (await f.staff(c.persona === 'agent' ? 'AGENT' : 'ADMIN')).id;
      } else if (c.persona === 'outsider') {
        userId = xUser.id;
      } else {
        userId = (
          await f.member(o.id, {
            roles: c.roles ?? ['PORTAL_USER'],
            ticketAccess: c.userAccess ?? 'OWN',
            homeSiteId: c.homeSite === null ? null : s1.id,
            readSiteIds: (c.readSites ?? []).map(() => s2.id),
            writeSiteIds: (c.writeSites ?? []).map(() => s2.id),
          })
        ).id;
      }
      const ownRequester = c.persona === undefined || c.persona === 'member' ? userId : colleague.id;
      const at = (n: T) => ({ status: STATUS_OF[n] });
      const tickets = {
        own: await f.ticket(o.id, ownRequester, { siteId: s1.id, ...at('own') }),
        colS1: await f.ticket(o.id, colleague.id, { siteId: s1.id, ...at('colS1') }),
        colS2: await f.ticket(o.id, colleague.id, { siteId: s2.id, ...at('colS2') }),
        noSite: await f.ticket(o.id, colleague.id, { siteId: null, ...at('noSite') }),
        cc: await f.ticket(o.id, colleague.id, { siteId: s2.id, ...at('cc') }),
        foreign: await f.ticket(x.id, xUser.id, at('foreign')),
      };
      await f.cc(tickets.cc, userId);
      return { userId, tickets, ccTargets, group, agent, x };
    }

    it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
      const w = await world(c);
      const h = as({ id: w.userId });
      const seen: string[] = [];

      await Promise.all(
        (Object.keys(w.tickets) as T[]).map(async (n) => {
          const t = w.tickets[n];
          const url = `/api/v1/tickets/${t.id}`;
          const got = await ctx.http.get(url).set(h);
          if (got.status === 404) return;
          expectOk(`${n} GET`, got);
          seen.push(n);
          const caps = got.body.capabilities;

          // PATCH: the editable fields succeed (all at once: the rule is per field), every other one is refused
          const values: Record<string, unknown> = {
            subject: 'Changed subject',
            description: 'Changed description',
            priority: 'HIGH',
            type: 'QUESTION',
            groupId: w.group.id,
            assigneeId: w.agent.id,
            ciIds: [],
            organizationId: t.organizationId,
            siteId: t.siteId,
          };
          const editable: string[] = caps.editableFields;
          expect(caps.update).toBe(editable.length > 0);
          const fixed = TICKET_EDITABLE_FIELDS.filter((k) => !editable.includes(k));
          const refused = await Promise.all(fixed.map((k) => patch(url, h, got.body.version, { [k]: values[k] })));
          refused.forEach((r, i) => expectRefused(`${n} PATCH ${fixed[i]}`, r));
          if (caps.update) {
            const body = Object.fromEntries(editable.map((k) => [k, values[k]]));
            expectOk(`${n} PATCH ${editable.join(', ')}`, await patch(url, h, got.body.version, body));
          }

          // transitions: exactly the statuses shown succeed, each from the fixture's status
          const transition = (status: TicketStatus) => ctx.http.post(`${url}/transitions`).set(h).send({ status });
          const refusedStatuses = TICKET_STATUSES.filter((s) => !caps.transitions.includes(s));
          const refusals = await Promise.all(refusedStatuses.map(transition));
          refusals.forEach((r, i) => expectRefused(`${n} → ${refusedStatuses[i]}`, r));
          for (const status of caps.transitions as TicketStatus[]) {
            expectOk(`${n} → ${status}`, await transition(status));
            await ctx.prisma.ticket.update({ where: { id: t.id }, data: { status: STATUS_OF[n] } });
          }

          // comments, public and internal; a comment's file rule is the ticket's
          for (const internal of [false, true]) {
            const r = await ctx.http.post(`${url}/comments`).set(h).send({ body: 'hello', internal });
            if (caps[internal ? 'commentInternal' : 'comment']) {
              expectOk(`${n} comment internal=${internal}`, r, 201);
              expect(r.body.capabilities).toEqual({ addAttachment: true });
            } else expectRefused(`${n} comment internal=${internal}`, r);
          }
          expect(caps.addAttachment).toBe(caps.comment);

          // CCs: add and remove
          const target = n === 'foreign' ? w.ccTargets.x : w.ccTargets.o;
          const add = await ctx.http.post(`${url}/ccs`).set(h).send({ userId: target.id });
          if (caps.manageCcs) {
            expectOk(`${n} add CC`, add, 201);
            expectOk(`${n} remove CC`, await ctx.http.delete(`${url}/ccs/${target.id}`).set(h), 204);
          } else {
            expectRefused(`${n} add CC`, add);
            expectRefused(`${n} remove CC`, await ctx.http.delete(`${url}/ccs/${target.id}`).set(h));
          }
        }),
      );
      expect(seen.sort()).toEqual([...c.read].sort());
    });

    it('transitions are the workflow ∩ allowedStatuses, and a restricted member sees no staff-only field', async () => {
      const portal = await f.portal();
      const o = await f.org({ portalId: portal.id });
      const u = await f.member(o.id, { allowedStatuses: ['CANCELLED', 'RESOLVED'] });
      const h = as(u);
      const open = await f.ticket(o.id, u.id, { status: 'OPEN' });
      const r = await ctx.http.get(`/api/v1/tickets/${open.id}`).set(h).expect(200);
      expect(r.body.capabilities).toEqual({
        comment: true,
        commentInternal: false,
        update: true,
        editableFields: ['subject', 'description', 'priority', 'type', 'groupId', 'assigneeId', 'ciIds'],
        transitions: ['RESOLVED', 'CANCELLED'],
        manageCcs: true,
        addAttachment: true,
      });
      // allowed by the workflow, refused by allowedStatuses: 403
      await ctx.http
        .post(`/api/v1/tickets/${open.id}/transitions`)
        .set(h)
        .send({ status: 'PENDING_CUSTOMER' })
        .expect(403);
      // a final status leaves nothing to transition to
      const done = await ctx.http
        .post(`/api/v1/tickets/${open.id}/transitions`)
        .set(h)
        .send({ status: 'CANCELLED' })
        .expect(200);
      expect(done.body.capabilities.transitions).toEqual([]);
      await ctx.http.post(`/api/v1/tickets/${open.id}/transitions`).set(h).send({ status: 'RESOLVED' }).expect(409);

      // the capabilities of a created ticket come with its 201
      const created = await ctx.http
        .post('/api/v1/tickets')
        .set(h)
        .send({ type: 'QUESTION', subject: 'New one' })
        .expect(201);
      expect(created.body.capabilities).toMatchObject({ update: true, transitions: ['CANCELLED'], manageCcs: true });
    });
  });

  describe('CIs, contracts, validations, memberships and pages, for staff and every portal role', () => {
    const PERSONAS: ('AGENT' | 'ADMIN' | PortalRole)[] = ['AGENT', 'ADMIN', ...PORTAL_ROLES];

    async function world(persona: (typeof PERSONAS)[number]) {
      const portal = await f.portal();
      const page = await ctx.prisma.portalPage.create({
        data: { portalId: portal.id, title: 'Home', slug: 'home', position: 0 },
      });
      const o = await f.org({ portalId: portal.id });
      const s1 = await f.site(o.id);
      const colleague = await f.member(o.id, { homeSiteId: s1.id, roles: ['PORTAL_USER', 'PORTAL_USER_PLUS'] });
      const staffRole = persona === 'AGENT' || persona === 'ADMIN' ? persona : null;
      const user = staffRole
        ? { ...(await f.staff(staffRole)), membership: null }
        : await f.member(o.id, { homeSiteId: s1.id, roles: [persona as PortalRole] });
      const ci = await f.ci(o.id, { siteId: s1.id });
      const ciToDelete = await f.ci(o.id, { siteId: s1.id });
      const contract = await f.contract(o.id, { ciIds: [ci.id] });
      const contractToDelete = await f.contract(o.id);
      const ticket = await f.ticket(o.id, colleague.id, { siteId: s1.id, status: 'PENDING_CUSTOMER' });
      const validation = await f.validation(ticket, (await f.staff()).id, { dueAt: new Date(Date.now() + 3600_000) });
      return { user, colleague, page, ci, ciToDelete, contract, contractToDelete, validation };
    }

    it.each(PERSONAS.map((r) => [r] as const))('%s', async (persona) => {
      const w = await world(persona);
      const h = as(w.user);

      // CI: update, delete, sheet
      const ci = await ctx.http.get(`/api/v1/cis/${w.ci.id}`).set(h);
      expectOk('GET ci', ci);
      const ciCaps = ci.body.capabilities;
      const patchCi = await ctx.http
        .patch(`/api/v1/cis/${w.ci.id}`)
        .set(h)
        .set('if-match', `"${ci.body.version}"`)
        .send({ name: 'Renamed' });
      if (ciCaps.update) expectOk('PATCH ci', patchCi);
      else expectRefused('PATCH ci', patchCi);
      const sheet = await ctx.http.get(`/api/v1/cis/${w.ci.id}/sheet.pdf`).set(h);
      if (ciCaps.sheet) expectOk('CI sheet', sheet);
      else expectRefused('CI sheet', sheet);
      const otherCi = await ctx.http.get(`/api/v1/cis/${w.ciToDelete.id}`).set(h).expect(200);
      const delCi = await ctx.http.delete(`/api/v1/cis/${w.ciToDelete.id}`).set(h);
      if (otherCi.body.capabilities.delete) expectOk('DELETE ci', delCi, 204);
      else expectRefused('DELETE ci', delCi);
      expect(ciCaps).toEqual({ update: !!w.user.staffRole, delete: !!w.user.staffRole, sheet: true });

      // contracts: visible to staff and the roles with SLA; update and delete are staff's
      const k = await ctx.http.get(`/api/v1/contracts/${w.contract.id}`).set(h);
      if (k.status === 200) {
        const patch = await ctx.http
          .patch(`/api/v1/contracts/${w.contract.id}`)
          .set(h)
          .set('if-match', `"${k.body.version}"`)
          .send({ name: 'Renamed' });
        if (k.body.capabilities.update) expectOk('PATCH contract', patch);
        else expectRefused('PATCH contract', patch);
        const other = await ctx.http.get(`/api/v1/contracts/${w.contractToDelete.id}`).set(h).expect(200);
        const del = await ctx.http.delete(`/api/v1/contracts/${w.contractToDelete.id}`).set(h);
        if (other.body.capabilities.delete) expectOk('DELETE contract', del, 204);
        else expectRefused('DELETE contract', del);
        expect(k.body.capabilities).toEqual({ update: !!w.user.staffRole, delete: !!w.user.staffRole });
      } else {
        expect(['PORTAL_USER', 'PORTAL_USER_PLUS']).toContain(persona);
        expectRefused('GET contract', k);
      }

      // validations: the eligible customer decides once; staff never decide
      const v = await ctx.http.get(`/api/v1/validations/${w.validation.id}`).set(h);
      if (v.status === 200) {
        expect(v.body.capabilities.decide).toBe(v.body.canDecide);
        const decided = await ctx.http
          .post(`/api/v1/validations/${w.validation.id}/decisions`)
          .set(h)
          .send({ outcome: 'ACCEPT' });
        if (v.body.capabilities.decide) {
          expectOk('decide', decided, 201);
          expect(decided.body.capabilities).toEqual({ decide: false });
          const again = await ctx.http
            .post(`/api/v1/validations/${w.validation.id}/decisions`)
            .set(h)
            .send({ outcome: 'ACCEPT' });
          expect(again.status).toBe(409);
        } else expectRefused('decide', decided);
        expect(v.body.capabilities.decide).toBe(['CUSTOMER_APPROVER', 'CHANGE_MANAGER'].includes(persona));
      } else {
        expect(['PORTAL_USER', 'PORTAL_USER_PLUS']).toContain(persona);
      }

      // memberships: the colleague's (visible to staff and role managers) and the caller's own
      const values: Record<string, unknown> = {
        homeSiteId: w.colleague.membership.homeSiteId,
        department: 'IT',
        ticketAccess: 'OWN',
        readSiteIds: [],
        writeSiteIds: [],
        allowedTicketTypes: null,
        allowedStatuses: null,
        allowedResponsibles: null,
        active: true,
      };
      const own = w.user.membership ? [w.user.membership.id] : [];
      for (const id of [w.colleague.membership.id, ...own]) {
        const url = `/api/v1/memberships/${id}`;
        const m = await ctx.http.get(url).set(h);
        if (m.status === 404) {
          expect(id).toBe(w.colleague.membership.id);
          continue;
        }
        expectOk('GET membership', m);
        const caps = m.body.capabilities;
        let version = m.body.version as number;
        const patch = async (body: object) => {
          const r = await ctx.http.patch(url).set(h).set('if-match', `"${version}"`).send(body);
          if (r.status === 200) version = r.body.version;
          return r;
        };
        for (const field of MEMBERSHIP_EDITABLE_FIELDS) {
          const r = await patch({ [field]: field === 'roles' ? m.body.roles : values[field] });
          if (caps.editableFields.includes(field)) expectOk(`PATCH membership ${field}`, r);
          else expectRefused(`PATCH membership ${field}`, r);
        }
        for (const role of PORTAL_ROLES) {
          const roles: PortalRole[] = m.body.roles;
          const removed = roles.filter((x) => x !== role);
          // a membership keeps at least one role: removing the only one replaces it
          const replaced: PortalRole[] = removed.length
            ? removed
            : [role === 'PORTAL_USER' ? 'PORTAL_USER_PLUS' : 'PORTAL_USER'];
          const toggled = roles.includes(role) ? replaced : [...roles, role];
          const r = await patch({ roles: toggled });
          if (caps.grantableRoles.includes(role)) {
            expectOk(`toggle ${role}`, r);
            expectOk(`toggle ${role} back`, await patch({ roles }));
          } else expectRefused(`toggle ${role}`, r);
        }
        expect(caps.update).toBe(caps.editableFields.length > 0);
        const del = await ctx.http.delete(url).set(h);
        if (caps.remove) expectOk('DELETE membership', del, 204);
        else expectRefused('DELETE membership', del);
      }

      // pages: ADMIN changes them; members see theirs in GET me/portal
      const pageCaps = w.user.staffRole
        ? (await ctx.http.get(`/api/v1/pages/${w.page.id}`).set(h).expect(200)).body.capabilities
        : (await ctx.http.get('/api/v1/me/portal').set(h).expect(200)).body.organizations[0].pages[0].capabilities;
      expect(pageCaps).toEqual({ update: persona === 'ADMIN', delete: persona === 'ADMIN' });
      const patchPage = await ctx.http
        .patch(`/api/v1/pages/${w.page.id}`)
        .set(h)
        .set('if-match', `"${w.page.version}"`)
        .send({ title: 'Start' });
      if (pageCaps.update) expectOk('PATCH page', patchPage);
      else expectRefused('PATCH page', patchPage);
      const delPage = await ctx.http.delete(`/api/v1/pages/${w.page.id}`).set(h);
      if (pageCaps.delete) expectOk('DELETE page', delPage, 204);
      else expectRefused('DELETE page', delPage);
    });
  });
});
