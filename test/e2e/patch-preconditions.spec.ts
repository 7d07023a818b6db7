import { useApp } from '../helpers/setup.js';

/**
 * Every PATCH route of the live OpenAPI document behaves as the README says: without `If-Match`
 * ⇒ 428 (unless the document says the header is optional there), a stale ETag ⇒ 412 with nothing
 * written, the current one ⇒ 200 with the next ETag, and of 20 parallel PATCHes sent with one
 * ETag exactly one wins. A PATCH route the table below does not know fails the test, so a new
 * one cannot escape these checks.
 */
describe('every PATCH route honours If-Match', () => {
  const { ctx, f } = useApp({}, { truncate: false });
  let doc: {
    paths: Record<string, Record<string, { parameters?: { in: string; name: string; required?: boolean }[] }>>;
  };

  beforeAll(async () => {
    doc = (await ctx.http.get('/docs/openapi.json').expect(200)).body;
  });

  interface Fixture {
    /** The caller, the URL of an object it may change, and a body that changes one field. */
    auth: string;
    url: string;
    body(n: number): Record<string, unknown>;
    /** The stored value of the changed field and the version. */
    stored(): Promise<{ value: unknown; version: number }>;
  }
  interface Route {
    /** The document says If-Match is optional here (the update then applies unconditionally). */
    optionalIfMatch?: true;
    setup(): Promise<Fixture>;
  }

  const bearer = (u: { id: string }) => `Bearer ${ctx.tokenFor(u)}`;
  const admin = async () => bearer(await f.staff('ADMIN'));

  const routes: Record<string, Route> = {
    'PATCH /api/v1/sla/calendars/{id}': {
      async setup() {
        const c = await ctx.prisma.slaCalendar.create({
          data: {
            name: `Calendar ${Math.random().toString(36).slice(2)}`,
            timeZone: 'Europe/Berlin',
            hours: [{ weekday: 1, start: '08:00', end: '17:00' }],
            holidays: [],
          },
        });
        return {
          auth: await admin(),
          url: `/api/v1/sla/calendars/${c.id}`,
          body: (n) => ({ name: `Calendar ${c.id.slice(0, 8)} ${n}` }),
          stored: async () => {
            const r = await ctx.prisma.slaCalendar.findUniqueOrThrow({ where: { id: c.id } });
            return { value: r.name, version: r.version };
          },
        };
      },
    },
    'PATCH /api/v1/me/notifications': {
      optionalIfMatch: true,
      async setup() {
        const org = await f.org();
        const u = await f.member(org.id);
        return {
          auth: bearer(u),
          url: '/api/v1/me/notifications',
          body: (n) => ({ ticketUpdated: n % 2 === 0 }),
          stored: async () => {
            const r = await ctx.prisma.user.findUniqueOrThrow({ where: { id: u.id } });
            const pref = await ctx.prisma.notificationPreference.findUnique({
              where: { userId_kind: { userId: u.id, kind: 'ticketUpdated' } },
            });
            return { value: pref?.enabled ?? true, version: r.notificationVersion };
          },
        };
      },
    },
    'PATCH /api/v1/me': {
      optionalIfMatch: true,
      async setup() {
        const org = await f.org();
        const u = await f.member(org.id);
        return {
          auth: bearer(u),
          url: '/api/v1/me',
          body: (n) => ({ name: `Me ${n}` }),
          stored: async () => {
            const r = await ctx.prisma.user.findUniqueOrThrow({ where: { id: u.id } });
            return { value: r.name, version: r.version };
          },
        };
      },
    },
    'PATCH /api/v1/webhooks/{id}': {
      async setup() {
        const agent = await f.staff('AGENT');
        const w = await ctx.prisma.webhookEndpoint.create({
          data: {
            ownerId: agent.id,
            url: 'https://hooks.example.test/',
            eventTypes: ['ticket.created'],
            secretEnc: 'x',
          },
        });
        return {
          auth: bearer(agent),
          url: `/api/v1/webhooks/${w.id}`,
          body: (n) => ({ description: `Hook ${n}` }),
          stored: async () => {
            const r = await ctx.prisma.webhookEndpoint.findUniqueOrThrow({ where: { id: w.id } });
            return { value: r.description, version: r.version };
          },
        };
      },
    },
    'PATCH /api/v1/users/{id}': {
      async setup() {
        const u = await f.user();
        return {
          auth: await admin(),
          url: `/api/v1/users/${u.id}`,
          body: (n) => ({ name: `User ${n}` }),
          stored: async () => {
            const r = await ctx.prisma.user.findUniqueOrThrow({ where: { id: u.id } });
            return { value: r.name, version: r.version };
          },
        };
      },
    },
    'PATCH /api/v1/memberships/{id}': {
      async setup() {
        const org = await f.org();
        const m = await f.member(org.id);
        return {
          auth: await admin(),
          url: `/api/v1/memberships/${m.membership.id}`,
          body: (n) => ({ department: `Dept ${n}` }),
          stored: async () => {
            const r = await ctx.prisma.membership.findUniqueOrThrow({ where: { id: m.membership.id } });
            return { value: r.department, version: r.version };
          },
        };
      },
    },
    'PATCH /api/v1/organizations/{id}': {
      async setup() {
        const org = await f.org();
        return {
          auth: await admin(),
          url: `/api/v1/organizations/${org.id}`,
          body: (n) => ({ name: `Org renamed ${n}` }),
          stored: async () => {
            const r = await ctx.prisma.organization.findUniqueOrThrow({ where: { id: org.id } });
            return { value: r.name, version: r.version };
          },
        };
      },
    },
    'PATCH /api/v1/sites/{id}': {
      async setup() {
        const org = await f.org();
        const site = await f.site(org.id);
        return {
          auth: await admin(),
          url: `/api/v1/sites/${site.id}`,
          body: (n) => ({ name: `Site renamed ${n}` }),
          stored: async () => {
            const r = await ctx.prisma.site.findUniqueOrThrow({ where: { id: site.id } });
            return { value: r.name, version: r.version };
          },
        };
      },
    },
    'PATCH /api/v1/tickets/{id}': {
      async setup() {
        const portal = await f.portal();
        const org = await f.org({ portalId: portal.id });
        const requester = await f.member(org.id);
        const t = await f.ticket(org.id, requester.id);
        return {
          auth: bearer(requester),
          url: `/api/v1/tickets/${t.id}`,
          body: (n) => ({ subject: `Subject ${n}` }),
          stored: async () => {
            const r = await ctx.prisma.ticket.findUniqueOrThrow({ where: { id: t.id } });
            return { value: r.subject, version: r.version };
          },
        };
      },
    },
    'PATCH /api/v1/cis/{id}': {
      async setup() {
        const org = await f.org();
        const ci = await f.ci(org.id);
        return {
          auth: bearer(await f.staff('AGENT')),
          url: `/api/v1/cis/${ci.id}`,
          body: (n) => ({ name: `CI renamed ${n}` }),
          stored: async () => {
            const r = await ctx.prisma.ci.findUniqueOrThrow({ where: { id: ci.id } });
            return { value: r.name, version: r.version };
          },
        };
      },
    },
    'PATCH /api/v1/contracts/{id}': {
      async setup() {
        const org = await f.org();
        const k = await f.contract(org.id);
        return {
          auth: bearer(await f.staff('AGENT')),
          url: `/api/v1/contracts/${k.id}`,
          body: (n) => ({ name: `Contract renamed ${n}` }),
          stored: async () => {
            const r = await ctx.prisma.contract.findUniqueOrThrow({ where: { id: k.id } });
            return { value: r.name, version: r.version };
          },
        };
      },
    },
    'PATCH /api/v1/portals/{id}': {
      async setup() {
        const portal = await f.portal();
        return {
          auth: await admin(),
          url: `/api/v1/portals/${portal.id}`,
          body: (n) => ({ name: `Portal renamed ${n}` }),
          stored: async () => {
            const r = await ctx.prisma.portal.findUniqueOrThrow({ where: { id: portal.id } });
            return { value: r.name, version: r.version };
          },
        };
      },
    },
    'PATCH /api/v1/pages/{id}': {
      async setup() {
        const portal = await f.portal();
        const page = await ctx.prisma.portalPage.create({
          data: { portalId: portal.id, title: 'Tickets', slug: `tickets-${Date.now()}`, position: 0 },
        });
        return {
          auth: await admin(),
          url: `/api/v1/pages/${page.id}`,
          body: (n) => ({ title: `Page ${n}` }),
          stored: async () => {
            const r = await ctx.prisma.portalPage.findUniqueOrThrow({ where: { id: page.id } });
            return { value: r.title, version: r.version };
          },
        };
      },
    },
  };

  const documented = () =>
    Object.entries(doc.paths).flatMap(([path, ops]) => (ops.patch ? [{ key: `PATCH ${path}`, op: ops.patch }] : []));

  it('the table knows every PATCH route of the document, and only those', () => {
    expect(
      documented()
        .map((r) => r.key)
        .sort(),
    ).toEqual(Object.keys(routes).sort());
  });

  describe.each(Object.keys(routes))('%s', (key) => {
    const route = () => routes[key];
    const ifMatchParam = () =>
      documented()
        .find((r) => r.key === key)
        ?.op.parameters?.find((p) => p.in === 'header' && p.name.toLowerCase() === 'if-match');

    it('documents If-Match (required unless the route says it is optional)', () => {
      expect(ifMatchParam()).toMatchObject({ in: 'header', required: !route().optionalIfMatch });
    });

    it('no If-Match ⇒ 428 and nothing written (or, where optional, an unconditional update)', async () => {
      const fx = await route().setup();
      const before = await fx.stored();
      const res = await ctx.http.patch(fx.url).set('authorization', fx.auth).send(fx.body(1));
      if (route().optionalIfMatch) {
        expect(res.status).toBe(200);
        expect(res.headers.etag).toBe(`"${before.version + 1}"`);
        return;
      }
      expect(res.status).toBe(428);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(await fx.stored()).toEqual(before);
    });

    it('a stale If-Match ⇒ 412 and nothing written; the current one ⇒ 200 with the next ETag', async () => {
      const fx = await route().setup();
      const before = await fx.stored();
      const { version } = before;
      const stale = await ctx.http
        .patch(fx.url)
        .set('authorization', fx.auth)
        .set('if-match', `"${version + 7}"`)
        .send(fx.body(1));
      expect(stale.status).toBe(412);
      expect(stale.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(await fx.stored()).toEqual(before);
      const ok = await ctx.http
        .patch(fx.url)
        .set('authorization', fx.auth)
        .set('if-match', `"${version}"`)
        .send(fx.body(2));
      expect(ok.status).toBe(200);
      expect(ok.headers.etag).toBe(`"${version + 1}"`);
      expect(await fx.stored()).toEqual({ value: Object.values(fx.body(2))[0], version: version + 1 });
      const again = await ctx.http
        .patch(fx.url)
        .set('authorization', fx.auth)
        .set('if-match', `"${version}"`)
        .send(fx.body(3));
      expect(again.status).toBe(412);
    });

    it('20 parallel PATCHes with the same ETag ⇒ exactly one 200, the others 412', async () => {
      const fx = await route().setup();
      const { version } = await fx.stored();
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          ctx.http
            .patch(fx.url)
            .set('authorization', fx.auth)
            .set('if-match', `"${version}"`)
            .send(fx.body(100 + i))
            .then((r) => r),
        ),
      );
      const statuses = results.map((r) => r.status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      expect(statuses.filter((s) => s === 412)).toHaveLength(19);
      const after = await fx.stored();
      expect(after.version).toBe(version + 1);
      const winner = results.findIndex((r) => r.status === 200);
      expect(after.value).toBe(Object.values(fx.body(100 + winner))[0]);
    });
  });
});
