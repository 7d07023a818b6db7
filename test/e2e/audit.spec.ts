import { useApp } from '../helpers/setup.js';
import { routeInventory } from '../../src/auth/route-inventory.js';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { auditEvents } from '../../src/access/audit-grants.js';
import { member, staff } from '../helpers/principals.js';

describe('audit trail', () => {
  const { ctx, f } = useApp();
  let adminToken: string;
  const bearer = (t: string) => ({ authorization: `Bearer ${t}` });
  const ids = (body: { data: { id: string }[] }) => body.data.map((e) => e.id);

  beforeEach(async () => {
    adminToken = ctx.tokenFor(await f.staff('ADMIN'));
  });

  it('records who asked for a change of ticket access with the change, and shows it in the trail', async () => {
    const org = await f.org();
    const ada = await f.member(org.id, { roles: ['CUSTOMER_APPROVER'], name: 'Ada Approver' });
    await ctx.http
      .put(`/api/v1/organizations/${org.id}/permission-contacts/${ada.id}`)
      .set(bearer(adminToken))
      .expect(200);
    await ctx.http
      .patch(`/api/v1/organizations/${org.id}`)
      .set(bearer(adminToken))
      .set('if-match', '"1"')
      .send({ ticketAccess: 'ORG_COMMENT', requestedBy: { userId: ada.id } })
      .expect(200);
    const res = await ctx.http
      .get(`/api/v1/audit?organizationId=${org.id}&action=organization.updated`)
      .set(bearer(adminToken))
      .expect(200);
    expect(res.body.data).toEqual([
      expect.objectContaining({
        before: expect.objectContaining({ ticketAccess: 'OWN' }),
        after: expect.objectContaining({ ticketAccess: 'ORG_COMMENT' }),
        requestedBy: { userId: ada.id, name: 'Ada Approver', email: ada.email },
      }),
    ]);
    // the contact's organisation approver reads it too
    const own = await ctx.http
      .get(`/api/v1/audit?organizationId=${org.id}&action=organization.updated`)
      .set(bearer(ctx.tokenFor(ada)))
      .expect(200);
    expect(own.body.data[0].requestedBy.userId).toBe(ada.id);
  });

  it('records an access change with actor, before and after, in the same transaction', async () => {
    const org = await f.org();
    const u = await f.member(org.id);
    const admin = await ctx.prisma.user.findFirstOrThrow({ where: { staffRole: 'ADMIN' } });
    await ctx.http
      .patch(`/api/v1/memberships/${u.membership.id}`)
      .set(bearer(adminToken))
      .set('if-match', `"${u.membership.version}"`)
      .send({
        roles: ['PORTAL_USER_PLUS'],
        ticketAccess: 'ORG_READ',
        requestedBy: { name: 'Jane Doe', email: 'jane@customer.example' },
      })
      .expect(200);
    const res = await ctx.http
      .get(`/api/v1/audit?organizationId=${org.id}&action=membership.updated`)
      .set(bearer(adminToken))
      .expect(200);
    expect(res.body.data).toHaveLength(1);
    expect(res.body.data[0]).toMatchObject({
      organizationId: org.id,
      actorId: admin.id,
      targetType: 'membership',
      targetId: u.membership.id,
      before: { roles: ['PORTAL_USER'], ticketAccess: 'OWN' },
      after: { roles: ['PORTAL_USER_PLUS'], ticketAccess: 'ORG_READ' },
    });
    // a refused change (stale ETag) writes no event
    await ctx.http
      .patch(`/api/v1/memberships/${u.membership.id}`)
      .set(bearer(adminToken))
      .set('if-match', `"${u.membership.version}"`)
      .send({ roles: ['PORTAL_USER'] })
      .expect(412);
    expect(await ctx.prisma.auditEvent.count({ where: { action: 'membership.updated' } })).toBe(1);
  });

  it('filters by organisation, action, target type, time window and pages with a keyset cursor', async () => {
    const a = await f.org();
    const b = await f.org();
    const t0 = new Date('2025-01-01T00:00:00Z');
    const mk = (organizationId: string | null, action: string, minutes: number) =>
      ctx.prisma.auditEvent.create({
        data: {
          organizationId,
          action,
          targetType: action.split('.')[0],
          targetId: organizationId ?? 'x',
          createdAt: new Date(t0.getTime() + minutes * 60_000),
        },
      });
    const e1 = await mk(a.id, 'organization.updated', 1);
    const e2 = await mk(a.id, 'membership.created', 2);
    const e3 = await mk(b.id, 'membership.created', 3);
    const e4 = await mk(null, 'portal.updated', 4);
    const e5 = await mk(a.id, 'membership.updated', 5);
    const q = async (qs: string) =>
      ids((await ctx.http.get(`/api/v1/audit?${qs}`).set(bearer(adminToken)).expect(200)).body);
    expect(await q(`organizationId=${a.id}`)).toEqual([e5.id, e2.id, e1.id]);
    expect(await q('action=membership.created')).toEqual([e3.id, e2.id]);
    expect(await q('targetType=portal')).toEqual([e4.id]);
    expect(await q('from=2025-01-01T00:02:00Z&to=2025-01-01T00:04:00Z')).toEqual([e3.id, e2.id]);
    const p1 = await ctx.http.get('/api/v1/audit?limit=2&to=2025-01-02T00:00:00Z').set(bearer(adminToken)).expect(200);
    expect(ids(p1.body)).toEqual([e5.id, e4.id]);
    const p2 = await ctx.http
      .get(`/api/v1/audit?limit=2&to=2025-01-02T00:00:00Z&cursor=${p1.body.nextCursor}`)
      .set(bearer(adminToken))
      .expect(200);
    const p3 = await ctx.http
      .get(`/api/v1/audit?limit=2&to=2025-01-02T00:00:00Z&cursor=${p2.body.nextCursor}`)
      .set(bearer(adminToken))
      .expect(200);
    expect([...ids(p2.body), ...ids(p3.body)]).toEqual([e3.id, e2.id, e1.id]);
    expect(p3.body.nextCursor).toBeNull();
    const bad = await ctx.http
      .get('/api/v1/audit?from=yesterday&action=DROP TABLE')
      .set(bearer(adminToken))
      .expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['action', 'from']);
  });

  it("shows customer approvers their organisation's events only; others get 403/404", async () => {
    const a = await f.org();
    const b = await f.org();
    const ea = await ctx.prisma.auditEvent.create({
      data: { organizationId: a.id, action: 'membership.created', targetType: 'membership', targetId: 'x' },
    });
    await ctx.prisma.auditEvent.create({
      data: { organizationId: b.id, action: 'membership.created', targetType: 'membership', targetId: 'y' },
    });
    await ctx.prisma.auditEvent.create({
      data: { organizationId: null, action: 'portal.updated', targetType: 'portal', targetId: 'z' },
    });
    const approver = ctx.tokenFor(await f.member(a.id, { roles: ['CUSTOMER_APPROVER'] }));
    expect(ids((await ctx.http.get('/api/v1/audit').set(bearer(approver)).expect(200)).body)).toEqual([ea.id]);
    expect(
      ids((await ctx.http.get(`/api/v1/audit?organizationId=${a.id}`).set(bearer(approver)).expect(200)).body),
    ).toEqual([ea.id]);
    await ctx.http.get(`/api/v1/audit?organizationId=${b.id}`).set(bearer(approver)).expect(404);
    const changeManager = ctx.tokenFor(await f.member(a.id, { roles: ['CHANGE_MANAGER'] }));
    expect(ids((await ctx.http.get('/api/v1/audit').set(bearer(changeManager)).expect(200)).body)).toEqual([ea.id]);
    for (const role of ['PORTAL_USER', 'PORTAL_USER_PLUS', 'CONTROLLER'] as const) {
      const t = ctx.tokenFor(await f.member(a.id, { roles: [role] }));
      const r = await ctx.http.get(`/api/v1/audit?organizationId=${a.id}`).set(bearer(t)).expect(403);
      expect(r.body.detail).toMatch(/CUSTOMER_APPROVER/);
    }
    const agent = ctx.tokenFor(await f.staff('AGENT'));
    await ctx.http.get('/api/v1/audit').set(bearer(agent)).expect(403);
    expect((await ctx.http.get('/api/v1/audit').set(bearer(adminToken)).expect(200)).body.data).toHaveLength(3);
  });

  it('one grant definition: the in-memory decision and the SQL predicate agree', () => {
    const p = member({ id: 'o1' }, { roles: ['CUSTOMER_APPROVER'] }).and({ id: 'o2' }, { roles: ['PORTAL_USER'] });
    const sql = auditEvents.predicate(p, 'read');
    expect(sql.text).toBe('((a.organization_id = $1::uuid))');
    expect(sql.values).toEqual(['o1']);
    expect(auditEvents.decide(p, 'read', { organizationId: 'o1' }).allowed).toBe(true);
    expect(auditEvents.decide(p, 'read', { organizationId: 'o2' }).allowed).toBe(false);
    expect(auditEvents.predicate(staff('AGENT'), 'read').text).toBe('FALSE');
    expect(auditEvents.predicate(staff('ADMIN'), 'read').text).toBe('TRUE');
  });

  it('cannot be altered or deleted: no route writes it, and the database refuses UPDATE and DELETE', async () => {
    const routes = routeInventory(ctx.app.get(DiscoveryService), ctx.app.get(MetadataScanner), ctx.app.get(Reflector));
    expect(routes.filter((r) => r.path.startsWith('/audit')).map((r) => r.method)).toEqual(['GET']);
    const e = await ctx.prisma.auditEvent.create({
      data: {
        organizationId: null,
        action: 'portal.updated',
        targetType: 'portal',
        targetId: 'p',
        before: { a: 1 },
        after: { a: 2 },
      },
    });
    await ctx.http.delete(`/api/v1/audit/${e.id}`).set(bearer(adminToken)).expect(404);
    await ctx.http.patch(`/api/v1/audit/${e.id}`).set(bearer(adminToken)).send({ after: {} }).expect(404);
    await expect(ctx.pool.query(`UPDATE audit_events SET after = '{}' WHERE id = $1`, [e.id])).rejects.toThrow();
    await expect(ctx.pool.query(`DELETE FROM audit_events WHERE id = $1`, [e.id])).rejects.toThrow();
    const still = await ctx.prisma.auditEvent.findUniqueOrThrow({ where: { id: e.id } });
    expect(still.after).toEqual({ a: 2 });
  });
});
