import { useApp } from '../helpers/setup.js';

/**
 * SPEC §4: updates need If-Match with the resource's ETag. For each updatable resource of this
 * branch: GET and PATCH carry a strong ETag from the version column; no If-Match ⇒ 428; a stale
 * one ⇒ 412 and nothing written; two PATCHes racing with one ETag ⇒ exactly one 200 and one 412.
 */
describe('ETag / If-Match over HTTP', () => {
  const { ctx, f } = useApp();

  interface Case {
    name: string;
    /** Creates the resource; returns its URL, a PATCH body builder and a reader of the stored field. */
    setup(): Promise<{
      url: string;
      body(n: number): Record<string, unknown>;
      stored(): Promise<{ value: unknown; version: number }>;
    }>;
  }

  const cases: Case[] = [
    {
      name: 'ticket',
      async setup() {
        const org = await f.org();
        const m = await f.member(org.id);
        const t = await f.ticket(org.id, m.id, { subject: 'original' });
        return {
          url: `/api/v1/tickets/${t.id}`,
          body: (n) => ({ subject: `subject ${n}` }),
          stored: async () => {
            const r = await ctx.prisma.ticket.findUniqueOrThrow({ where: { id: t.id } });
            return { value: r.subject, version: r.version };
          },
        };
      },
    },
    {
      name: 'organization',
      async setup() {
        const org = await f.org({ name: 'original' });
        return {
          url: `/api/v1/organizations/${org.id}`,
          body: (n) => ({ name: `name ${n}` }),
          stored: async () => {
            const r = await ctx.prisma.organization.findUniqueOrThrow({ where: { id: org.id } });
            return { value: r.name, version: r.version };
          },
        };
      },
    },
    {
      name: 'site',
      async setup() {
        const org = await f.org();
        const site = await f.site(org.id, { name: 'original' });
        return {
          url: `/api/v1/sites/${site.id}`,
          body: (n) => ({ name: `site ${n}` }),
          stored: async () => {
            const r = await ctx.prisma.site.findUniqueOrThrow({ where: { id: site.id } });
            return { value: r.name, version: r.version };
          },
        };
      },
    },
    {
      name: 'membership',
      async setup() {
        const org = await f.org();
        const m = await f.member(org.id, { department: 'original' });
        return {
          url: `/api/v1/memberships/${m.membership.id}`,
          body: (n) => ({ department: `dept ${n}` }),
          stored: async () => {
            const r = await ctx.prisma.membership.findUniqueOrThrow({ where: { id: m.membership.id } });
            return { value: r.department, version: r.version };
          },
        };
      },
    },
  ];

  let admin: string;
  beforeEach(async () => {
    admin = `Bearer ${ctx.tokenFor(await f.staff('ADMIN'))}`;
  });

  describe.each(cases)('$name', ({ setup }) => {
    it('GET and PATCH answer with a strong ETag from the version; the ETag changes with each update', async () => {
      const r = await setup();
      const got = await ctx.http.get(r.url).set('authorization', admin).expect(200);
      const before = await r.stored();
      expect(got.headers.etag).toBe(`"${before.version}"`);
      const patched = await ctx.http
        .patch(r.url)
        .set('authorization', admin)
        .set('if-match', got.headers.etag)
        .send(r.body(1))
        .expect(200);
      expect(patched.headers.etag).toBe(`"${before.version + 1}"`);
      expect(await r.stored()).toEqual({ value: Object.values(r.body(1))[0], version: before.version + 1 });
      const again = await ctx.http.get(r.url).set('authorization', admin).expect(200);
      expect(again.headers.etag).toBe(patched.headers.etag);
    });

    it('PATCH without If-Match ⇒ 428 problem+json, nothing written', async () => {
      const r = await setup();
      const before = await r.stored();
      const res = await ctx.http.patch(r.url).set('authorization', admin).send(r.body(1)).expect(428);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ status: 428, title: 'Precondition required' });
      expect(await r.stored()).toEqual(before);
    });

    it('PATCH with a stale ETag ⇒ 412, nothing written', async () => {
      const r = await setup();
      const etag = (await ctx.http.get(r.url).set('authorization', admin).expect(200)).headers.etag;
      await ctx.http.patch(r.url).set('authorization', admin).set('if-match', etag).send(r.body(1)).expect(200);
      const afterFirst = await r.stored();
      const res = await ctx.http
        .patch(r.url)
        .set('authorization', admin)
        .set('if-match', etag)
        .send(r.body(2))
        .expect(412);
      expect(res.body).toMatchObject({ status: 412, title: 'Precondition failed' });
      expect(await r.stored()).toEqual(afterFirst);
    });

    it('two concurrent PATCHes with the same ETag ⇒ exactly one 200 and one 412', async () => {
      const r = await setup();
      const etag = (await ctx.http.get(r.url).set('authorization', admin).expect(200)).headers.etag;
      const before = await r.stored();
      const results = await Promise.all(
        [1, 2].map((n) =>
          ctx.http
            .patch(r.url)
            .set('authorization', admin)
            .set('if-match', etag)
            .send(r.body(n))
            .then((x) => x),
        ),
      );
      expect(results.map((x) => x.status).sort()).toEqual([200, 412]);
      const winner = results.find((x) => x.status === 200)!;
      const after = await r.stored();
      expect(after.version).toBe(before.version + 1);
      expect(winner.headers.etag).toBe(`"${after.version}"`);
    });
  });
});
