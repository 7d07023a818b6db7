import fc from 'fast-check';
import pg from 'pg';
import { Prisma } from '../../src/generated/prisma/client.js';
import {
  PORTAL_ROLES,
  TICKET_ACCESS_LEVELS,
  type MembershipContext,
  type PortalRole,
  type TicketAccess,
  type Principal,
} from '../../src/access/principal.js';
import { RESOURCES } from '../../src/access/resources.js';
import type { Resource } from '../../src/access/resource.js';
import { compileTicketPage } from '../../src/access/ticket-query.js';
import { compileCiPage } from '../../src/access/ci-query.js';
import { tickets } from '../../src/access/ticket-grants.js';
import { cis } from '../../src/access/ci-grants.js';
import { createTestDatabase } from '../helpers/app.js';
import { membership as buildMembership } from '../helpers/principals.js';
import { compileScope, type RowFacts } from '../../src/access/scope.js';

/**
 * The agreement property of the engine: for every resource, on generated principals and rows,
 * the rows the in-memory decision allows are exactly the rows the compiled SQL returns on real
 * PostgreSQL. The rows are VALUES lists named like the resource's tables (a CTE shadows the
 * table), so the SQL runs as the services run it, without inserting anything.
 */
const sql = Prisma.sql;
const id = (n: number) => `00000000-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;

// A small world, so that generated principals and rows meet often.
const ORGS = [id(0xa1), id(0xa2), id(0xa3)];
const SITES = ORGS.flatMap((o, i) => [id(0xb0 + 2 * i), id(0xb1 + 2 * i)].map((s) => ({ id: s, organizationId: o })));
const USERS = [id(0xc1), id(0xc2), id(0xc3)];
const PORTALS = [id(0xd1), id(0xd2)];
const DEPARTMENTS = ['Finance', 'Plant', null];

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);
const sitesOfOrg = (o: string) => SITES.filter((s) => s.organizationId === o).map((s) => s.id);

const access = fc.oneof(
  { weight: 3, arbitrary: fc.constant<TicketAccess>('OWN') },
  { weight: 1, arbitrary: pick(TICKET_ACCESS_LEVELS) },
);

const membership = (organizationId: string): fc.Arbitrary<MembershipContext> =>
  fc
    .record({
      // Most generated members are plain portal users with OWN access, so that the narrow grants
      // (requester, CC, sites, departments) decide often, not only the organisation-wide ones.
      roles: fc.oneof(
        { weight: 3, arbitrary: fc.constant<PortalRole[]>(['PORTAL_USER']) },
        { weight: 2, arbitrary: fc.subarray([...PORTAL_ROLES], { minLength: 1 }) },
      ),
      homeSiteId: fc.option(pick(sitesOfOrg(organizationId)), { nil: null }),
      department: pick(DEPARTMENTS),
      ticketAccess: access,
      readSiteIds: fc.subarray(sitesOfOrg(organizationId)),
      writeSiteIds: fc.subarray(sitesOfOrg(organizationId)),
      orgAccess: access,
      externalSupportMode: fc.boolean(),
      ciDepartmentFilter: fc.boolean(),
      portalId: fc.option(pick(PORTALS), { nil: null }),
    })
    .map(({ orgAccess, externalSupportMode, ciDepartmentFilter, portalId, ...m }) =>
      buildMembership(
        { id: organizationId, ticketAccess: orgAccess, portalId, externalSupportMode, ciDepartmentFilter },
        m,
      ),
    );

const principal: fc.Arbitrary<Principal> = fc
  .record({
    userId: pick(USERS),
    staffRole: fc.oneof(
      { weight: 5, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: pick(['ADMIN', 'AGENT'] as const) },
    ),
    orgs: fc.subarray(ORGS),
  })
  .chain(({ userId, staffRole, orgs }) =>
    fc.tuple(...orgs.map(membership)).map((memberships): Principal => ({
      userId,
      email: 'u@x.test',
      name: 'U',
      staffRole,
      defaultOrganizationId: null,
      emailVerified: true,
      totpEnabled: false,
      sessionEpoch: 0,
      memberships: staffRole ? [] : memberships,
    })),
  );

const site = pick(SITES);
const nullableSite = fc.option(site, { nil: null });

let serial = 0x1000;
const RUNS = 200;
const nextId = () => id(serial++);

const ticketRow = fc
  .record({ s: nullableSite, org: pick(ORGS), requester: pick(USERS), ccs: fc.subarray(USERS), hour: fc.nat(1000) })
  .map(({ s, org, requester, ccs, hour }) => {
    const organizationId = s?.organizationId ?? org;
    return {
      id: nextId(),
      organizationId,
      siteId: s?.id ?? null,
      requesterId: requester,
      ccs,
      createdAt: new Date(Date.UTC(2026, 0, 1) + hour * 3_600_000),
    };
  });
type TicketRow = typeof ticketRow extends fc.Arbitrary<infer T> ? T : never;

function ticketsCte(rows: TicketRow[]): Prisma.Sql {
  const t = rows.length
    ? Prisma.join(
        rows.map(
          (r) =>
            sql`(${r.id}::uuid, ${r.organizationId}::uuid, ${r.siteId}::uuid, ${r.requesterId}::uuid, ${r.createdAt}::timestamptz, 'CHANGE'::"TicketType")`,
        ),
      )
    : sql`(NULL::uuid, NULL::uuid, NULL::uuid, NULL::uuid, NULL::timestamptz, NULL::"TicketType")`;
  const ccs = rows.flatMap((r) => r.ccs.map((u) => ({ r, u })));
  const c = ccs.length
    ? Prisma.join(
        ccs.map(({ r, u }) => sql`(${r.id}::uuid, ${u}::uuid, ${r.organizationId}::uuid, ${r.createdAt}::timestamptz)`),
      )
    : sql`(NULL::uuid, NULL::uuid, NULL::uuid, NULL::timestamptz)`;
  return sql`tickets(id, organization_id, site_id, requester_id, created_at, type) AS (SELECT * FROM (VALUES ${t}) x WHERE x.column1 IS NOT NULL),
    ticket_ccs(ticket_id, user_id, organization_id, ticket_created_at) AS (SELECT * FROM (VALUES ${c}) x WHERE x.column1 IS NOT NULL)`;
}

const ticketFacts = (r: TicketRow, p: Principal) => ({
  organizationId: r.organizationId,
  siteId: r.siteId,
  requesterId: r.requesterId,
  callerIsCc: r.ccs.includes(p.userId),
});

/** How each resource's rows are generated and laid out in SQL. */
interface Fixture {
  rows: fc.Arbitrary<unknown[]>;
  /** WITH … FROM … for the generated rows, selecting `id` of the rows that pass `predicate`. */
  query(rows: unknown[], predicate: Prisma.Sql): Prisma.Sql;
  facts(row: unknown, p: Principal): unknown;
  idOf(row: unknown): string;
}

const orgAndSite = fc.record({ s: nullableSite, org: pick(ORGS) }).map(({ s, org }) => ({
  organizationId: s?.organizationId ?? org,
  siteId: s?.id ?? null,
}));

const ticketFixture: Fixture = {
  rows: fc.array(ticketRow, { maxLength: 12 }) as fc.Arbitrary<unknown[]>,
  query: (rows, predicate) =>
    sql`WITH ${ticketsCte(rows as TicketRow[])} SELECT t.id FROM tickets t WHERE ${predicate}`,
  facts: (r, p) => ticketFacts(r as TicketRow, p),
  idOf: (r) => (r as TicketRow).id,
};

/** Explicit fixtures for the resources whose facts are more than their columns. */
const FIXTURES: Record<string, Fixture> = {
  ticket: ticketFixture,
  change: ticketFixture,
  validation: {
    rows: fc.array(
      fc
        .record({ ticket: ticketRow, kind: pick(['VALIDATION', 'CHANGE'] as const) })
        .map((v) => ({ id: nextId(), ...v })),
      { maxLength: 10 },
    ) as fc.Arbitrary<unknown[]>,
    query(rows, predicate) {
      const vs = rows as { id: string; kind: string; ticket: TicketRow }[];
      if (vs.length === 0) return sql`SELECT NULL::uuid AS id WHERE FALSE`;
      const v = Prisma.join(vs.map((r) => sql`(${r.id}::uuid, ${r.ticket.id}::uuid, ${r.kind}::"ValidationKind")`));
      return sql`WITH ${ticketsCte(vs.map((r) => r.ticket))}, validations(id, ticket_id, kind) AS (VALUES ${v})
        SELECT v.id FROM validations v JOIN tickets t ON t.id = v.ticket_id WHERE ${predicate}`;
    },
    facts: (r, p) => {
      const v = r as { kind: 'VALIDATION' | 'CHANGE'; ticket: TicketRow };
      return { kind: v.kind, ticket: ticketFacts(v.ticket, p) };
    },
    idOf: (r) => (r as { id: string }).id,
  },
};

/**
 * The fixture of a plain resource, derived from the columns it declares: each generated row has a
 * value for each fact the resource keeps, and the SQL row puts it in that column.
 */
function plainFixture(r: Resource, enumLabels: Map<string, string[]>): Fixture {
  const c = r.columns;
  const alias = c.organizationId.split('.')[0];
  const col = (expr: string) => expr.split('.')[1];
  const siteIsId = c.siteId !== undefined && col(c.siteId) === 'id';
  // An organisation's own id is its organisation column.
  const orgIsId = col(c.organizationId) === 'id';
  const values = Object.entries(c.values ?? {});
  const row = fc
    .record({
      at: orgAndSite,
      department: pick(DEPARTMENTS),
      portalId: fc.option(pick(PORTALS), { nil: null }),
      ownerId: pick(USERS),
      values: fc.tuple(...values.map(([, v]) => pick(enumLabels.get(v.type)!))),
    })
    .map(({ at, department, portalId, ownerId, values: vs }) => {
      const s = siteIsId
        ? at.siteId
          ? at
          : { ...at, siteId: SITES.find((x) => x.organizationId === at.organizationId)!.id }
        : at;
      const facts: RowFacts = { organizationId: s.organizationId };
      if (c.siteId) facts.siteId = s.siteId;
      if (c.department) facts.department = department;
      if (c.portalId) facts.portalId = portalId;
      if (c.ownerId) facts.ownerId = ownerId;
      if (values.length) facts.values = Object.fromEntries(values.map(([name], i) => [name, vs[i]]));
      return { id: siteIsId ? s.siteId! : orgIsId ? s.organizationId : nextId(), facts };
    });
  type R = { id: string; facts: RowFacts };
  return {
    rows: (siteIsId || orgIsId
      ? fc.uniqueArray(row, { selector: (x) => x.id, maxLength: 6 })
      : fc.array(row, { maxLength: 12 })) as fc.Arbitrary<unknown[]>,
    query(rows, predicate) {
      const rs = rows as R[];
      if (rs.length === 0) return sql`SELECT NULL::uuid AS id WHERE FALSE`;
      const cols: [string, (f: RowFacts) => Prisma.Sql][] = orgIsId
        ? []
        : [[col(c.organizationId), (f) => sql`${f.organizationId}::uuid`]];
      if (c.siteId && !siteIsId) cols.push([col(c.siteId), (f) => sql`${f.siteId}::uuid`]);
      if (c.department) cols.push([col(c.department), (f) => sql`${f.department}::text`]);
      if (c.portalId) cols.push([col(c.portalId), (f) => sql`${f.portalId}::uuid`]);
      if (c.ownerId) cols.push([col(c.ownerId), (f) => sql`${f.ownerId}::uuid`]);
      for (const [name, v] of values) cols.push([col(v.column), (f) => sql`${f.values![name]}::${Prisma.raw(v.type)}`]);
      const names = ['id', ...cols.map(([n]) => n)].join(', ');
      const tuples = rs.map((x) =>
        cols.length ? sql`(${x.id}::uuid, ${Prisma.join(cols.map(([, v]) => v(x.facts)))})` : sql`(${x.id}::uuid)`,
      );
      return sql`WITH ${Prisma.raw(r.table)}(${Prisma.raw(names)}) AS (VALUES ${Prisma.join(tuples)})
        SELECT ${Prisma.raw(alias)}.id FROM ${Prisma.raw(r.table)} ${Prisma.raw(alias)} WHERE ${predicate}`;
    },
    facts: (x) => (x as R).facts,
    idOf: (x) => (x as R).id,
  };
}

describe('the engine: in-memory decisions and compiled SQL agree on generated principals and rows', () => {
  let db: { url: string; drop(): Promise<void> };
  let pool: pg.Pool;
  const enumLabels = new Map<string, string[]>();
  const run = async (q: Prisma.Sql) =>
    (
      await pool.query<{ id: string }>({ text: q.text, values: q.values as unknown[] }).catch((e) => {
        throw new Error(`${e.message}: ${q.text}`);
      })
    ).rows
      .map((r) => r.id)
      .sort();

  beforeAll(async () => {
    db = await createTestDatabase();
    pool = new pg.Pool({ connectionString: db.url, max: 2 });
    const types = [...new Set(RESOURCES.flatMap((r) => Object.values(r.columns.values ?? {}).map((v) => v.type)))];
    for (const t of types) {
      const { rows } = await pool.query<{ v: string }>(`SELECT unnest(enum_range(NULL::${t}))::text AS v`);
      enumLabels.set(
        t,
        rows.map((r) => r.v),
      );
    }
  });
  afterAll(async () => {
    await pool.end();
    await db.drop();
  });

  it('has a fixture for every resource whose facts are more than its columns', () => {
    expect(Object.keys(FIXTURES).sort()).toEqual(
      RESOURCES.filter((r) => !r.plain)
        .map((r) => r.name)
        .sort(),
    );
  });

  for (const resource of RESOURCES as readonly Resource[]) {
    for (const action of resource.actions) {
      it(`${resource.name}: ${action}`, async () => {
        const fixture = resource.plain ? plainFixture(resource, enumLabels) : FIXTURES[resource.name];
        const decide = (r: unknown, p: Principal) =>
          resource.plain
            ? resource.decideRow(p, action, fixture.facts(r, p) as RowFacts)
            : resource.decide(p, action, fixture.facts(r, p));
        let allowedSomewhere = 0;
        let refusedSomewhere = 0;
        await fc.assert(
          fc.asyncProperty(principal, fixture.rows, fc.option(pick(ORGS), { nil: undefined }), async (p, rows, org) => {
            const expected = rows
              .filter((r) => decide(r, p).allowed)
              .filter((r) => {
                if (!org) return true;
                const f = fixture.facts(r, p) as {
                  organizationId?: string | null;
                  ticket?: { organizationId: string };
                };
                return (f.ticket?.organizationId ?? f.organizationId) === org;
              })
              .map(fixture.idOf)
              .sort();
            allowedSomewhere += expected.length;
            refusedSomewhere += rows.length - expected.length;
            // The list's organisation filter, as the services add it next to the engine's predicate.
            const filter = org ? compileScope({ organizationId: org }, resource.columns) : sql`TRUE`;
            const predicate = sql`${resource.predicate(p, action, org)} AND ${filter}`;
            expect(await run(fixture.query(rows, predicate))).toEqual(expected);
          }),
          { numRuns: RUNS },
        );
        // The generators reach both outcomes, so the property is not vacuous.
        expect(allowedSomewhere).toBeGreaterThan(0);
        expect(refusedSomewhere).toBeGreaterThan(0);
      });
    }
  }

  it('tickets: the keyset page compiler returns the allowed rows newest first', async () => {
    await fc.assert(
      fc.asyncProperty(principal, fc.array(ticketRow, { maxLength: 12 }), async (p, rows) => {
        const expected = rows
          .filter((r) => tickets.decide(p, 'read', ticketFacts(r, p)).allowed)
          .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1))
          .map((r) => r.id);
        const scopes = tickets.scopes(p, 'read');
        const page = sql`WITH ${ticketsCte(rows)} ${compileTicketPage(scopes, {}, null, 100)}`;
        const got = scopes.length
          ? (await pool.query<{ id: string }>({ text: page.text, values: page.values as unknown[] })).rows.map(
              (r) => r.id,
            )
          : [];
        expect(got).toEqual(expected);
      }),
      { numRuns: RUNS },
    );
  });

  it('CIs: the keyset page compiler returns the allowed rows by name', async () => {
    const ciRow = fc
      .record({ at: orgAndSite, department: pick(DEPARTMENTS), name: fc.constantFrom('alpha', 'beta', 'gamma') })
      .map((c) => ({ id: nextId(), ...c.at, department: c.department, name: c.name }));
    await fc.assert(
      fc.asyncProperty(principal, fc.array(ciRow, { maxLength: 12 }), async (p, rows) => {
        const expected = rows
          .filter((r) => cis.decide(p, 'read', r).allowed)
          .sort((a, b) => (a.name === b.name ? (a.id < b.id ? -1 : 1) : a.name < b.name ? -1 : 1))
          .map((r) => r.id);
        const scopes = cis.scopes(p, 'read');
        if (rows.length === 0 || scopes.length === 0)
          return expect(expected.length === 0 || scopes.length > 0).toBe(true);
        const values = Prisma.join(
          rows.map(
            (r) =>
              sql`(${r.id}::uuid, ${r.organizationId}::uuid, ${r.siteId}::uuid, ${r.department}::text, ${r.name}::text, NULL::text, NULL::text)`,
          ),
        );
        const page = sql`WITH cis(id, organization_id, site_id, department, name, serial, type) AS (VALUES ${values}) ${compileCiPage(scopes, {}, null, 100)}`;
        const got = (await pool.query<{ id: string }>({ text: page.text, values: page.values as unknown[] })).rows.map(
          (r) => r.id,
        );
        expect(got).toEqual(expected);
      }),
      { numRuns: RUNS },
    );
  });
});
