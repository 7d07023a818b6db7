import { createTestApp, type TestContext } from '../helpers/app.js';
import { Factory } from '../factories/index.js';
import { PrincipalLoader } from '../../src/auth/principal.loader.js';
import { contacts, memberships } from '../../src/access/member-grants.js';
import { organizations } from '../../src/access/organization-grants.js';
import type { Principal } from '../../src/access/principal.js';
import { Prisma } from '../../src/generated/prisma/client.js';

/**
 * The in-memory decision and the compiled SQL of the membership, contact and organisation
 * resources agree on every row of a small world, for staff, a role manager, a member with "all
 * contacts", a member of two organisations and a plain member.
 */
describe('memberships, contacts and organisations: decide() and the SQL predicate agree', () => {
  let ctx: TestContext;
  let f: Factory;
  let principals: PrincipalLoader;

  beforeAll(async () => {
    ctx = await createTestApp();
    f = new Factory(ctx.prisma);
    principals = ctx.app.get(PrincipalLoader);
  });
  afterAll(() => ctx.close());
  beforeEach(() => ctx.truncate());

  it('on every membership and organisation row', async () => {
    const a = await f.org();
    const b = await f.org();
    const c = await f.org();
    const approver = await f.member(a.id, { roles: ['CUSTOMER_APPROVER'] });
    const plus = await f.member(a.id, { roles: ['PORTAL_USER_PLUS'] });
    const plain = await f.member(a.id);
    const twoOrgs = await f.member(b.id);
    await f.addMembership(twoOrgs.id, a.id, { roles: ['PORTAL_USER_PLUS'] });
    await f.addMembership(approver.id, b.id);
    await f.member(c.id);
    const agent = await f.staff('AGENT');
    const rows = await ctx.prisma.membership.findMany({ select: { id: true, organizationId: true, userId: true } });
    const orgs = await ctx.prisma.organization.findMany({ select: { id: true } });
    const ids = (xs: { id: string }[]) => xs.map((x) => x.id).sort();

    for (const u of [agent, approver, plus, plain, twoOrgs]) {
      const p = (await principals.load(u.id)) as Principal;
      for (const [resource, action] of [
        [memberships, 'read'],
        [memberships, 'list'],
        [contacts, 'read'],
      ] as const) {
        const predicate = (resource as typeof memberships).predicate(p, action as 'read');
        const inSql = await ctx.prisma.$queryRaw<{ id: string }[]>(
          Prisma.sql`SELECT m.id FROM memberships m WHERE ${predicate}`,
        );
        const inMemory = rows.filter((r) => (resource as typeof memberships).decide(p, action as 'read', r).allowed);
        expect({ who: u.email, resource: resource.name, action, ids: ids(inSql) }).toEqual({
          who: u.email,
          resource: resource.name,
          action,
          ids: ids(inMemory),
        });
      }
      const orgSql = await ctx.prisma.$queryRaw<{ id: string }[]>(
        Prisma.sql`SELECT o.id FROM organizations o WHERE ${organizations.predicate(p, 'read')}`,
      );
      expect(ids(orgSql)).toEqual(ids(orgs.filter((o) => organizations.decide(p, 'read', o).allowed)));
    }
    // The world is not trivial: the approver reads more memberships than the plain member, less than staff.
    const approverP = (await principals.load(approver.id)) as Principal;
    const plainP = (await principals.load(plain.id)) as Principal;
    const reach = (p: Principal) => rows.filter((r) => memberships.decide(p, 'read', r).allowed).length;
    expect(reach(plainP)).toBe(1);
    expect(reach(approverP)).toBeGreaterThan(reach(plainP));
    expect(reach(approverP)).toBeLessThan(rows.length);
  });
});
