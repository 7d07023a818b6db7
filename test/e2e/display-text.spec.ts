import { useApp } from '../helpers/setup.js';

/**
 * Display fields (names, subjects, titles, numbers, file names) refuse bidirectional controls and
 * zero-width characters with a 400 naming the field, so one value cannot pose as another on
 * screen; free text (a ticket's description, a comment) keeps whatever the author wrote.
 */
const SPOOFING: Record<string, string> = {
  LRE: '\u202A',
  RLE: '\u202B',
  PDF: '\u202C',
  LRO: '\u202D',
  RLO: '\u202E',
  LRI: '\u2066',
  RLI: '\u2067',
  FSI: '\u2068',
  PDI: '\u2069',
  LRM: '\u200E',
  RLM: '\u200F',
  ALM: '\u061C',
  ZWSP: '\u200B',
  ZWNJ: '\u200C',
  ZWJ: '\u200D',
  WJ: '\u2060',
  BOM: '\uFEFF',
};

describe('display fields refuse bidirectional controls and zero-width characters', () => {
  const { ctx, f } = useApp({}, { truncate: false });
  let admin: string;
  let member: string;
  let org: { id: string };
  let portal: { id: string };

  beforeAll(async () => {
    admin = `Bearer ${ctx.tokenFor(await f.staff('ADMIN'))}`;
    portal = await f.portal();
    org = await f.org({ portalId: portal.id });
    member = `Bearer ${ctx.tokenFor(await f.member(org.id))}`;
  });

  let n = 0;
  interface Create {
    name: string;
    method?: 'post' | 'patch';
    url: () => string;
    auth: () => string;
    /** A valid body (each call unique where the route needs unique values). */
    body: () => Record<string, unknown>;
    fields: string[];
  }
  const creates: Create[] = [
    {
      name: 'POST organizations',
      url: () => '/api/v1/organizations',
      auth: () => admin,
      body: () => ({ name: `Org ${++n}` }),
      fields: ['name'],
    },
    {
      name: 'POST organizations/{id}/sites',
      url: () => `/api/v1/organizations/${org.id}/sites`,
      auth: () => admin,
      body: () => ({ name: `Site ${++n}`, abbreviation: `DT-${++n}`, address: '1 Main Street' }),
      fields: ['name', 'address'],
    },
    {
      name: 'POST groups',
      url: () => '/api/v1/groups',
      auth: () => admin,
      body: () => ({ name: `Group ${++n}` }),
      fields: ['name'],
    },
    {
      name: 'POST users',
      url: () => '/api/v1/users',
      auth: () => admin,
      body: () => ({ email: `display${++n}@example.test`, name: `Person ${n}`, phone: '+41 44 000 00 00' }),
      fields: ['name', 'phone'],
    },
    {
      name: 'POST tickets',
      url: () => '/api/v1/tickets',
      auth: () => member,
      body: () => ({ type: 'INCIDENT', subject: `Printer ${++n}` }),
      fields: ['subject'],
    },
    {
      name: 'POST cis',
      url: () => '/api/v1/cis',
      auth: () => admin,
      body: () => ({
        organizationId: org.id,
        name: `Server ${++n}`,
        type: 'Server',
        serial: `SN-${n}`,
        department: 'IT',
      }),
      fields: ['name', 'type', 'serial', 'department'],
    },
    {
      name: 'POST contracts',
      url: () => '/api/v1/contracts',
      auth: () => admin,
      body: () => ({
        organizationId: org.id,
        number: `DT-${++n}`,
        name: `Contract ${n}`,
        kind: 'LEASE',
        direction: 'PURCHASED',
        supplier: 'Vendor GmbH',
        startsOn: '2025-01-01',
      }),
      fields: ['number', 'name', 'supplier'],
    },
    {
      name: 'POST invoices',
      url: () => '/api/v1/invoices',
      auth: () => admin,
      body: () => ({ organizationId: org.id, number: `INV-DT-${++n}`, issuedOn: '2025-01-01', amountCents: 100 }),
      fields: ['number'],
    },
    {
      name: 'POST portals',
      url: () => '/api/v1/portals',
      auth: () => admin,
      body: () => ({ name: `Portal ${++n}` }),
      fields: ['name'],
    },
    {
      name: 'POST portals/{id}/pages',
      url: () => `/api/v1/portals/${portal.id}/pages`,
      auth: () => admin,
      body: () => ({ title: `Page ${++n}`, slug: `page-${n}` }),
      fields: ['title'],
    },
    {
      name: 'POST downloads',
      url: () => '/api/v1/downloads',
      auth: () => admin,
      body: () => ({
        portalId: portal.id,
        title: `VPN ${++n}`,
        fileName: `vpn-${n}.sh`,
        contentType: 'text/plain',
        contentBase64: Buffer.from('echo hi').toString('base64'),
      }),
      fields: ['title', 'fileName'],
    },
    {
      name: 'PATCH me',
      method: 'patch',
      url: () => '/api/v1/me',
      auth: () => member,
      body: () => ({ name: `Me ${++n}` }),
      fields: ['name'],
    },
  ];

  describe.each(creates)('$name', (c) => {
    const send = (body: Record<string, unknown>) =>
      ctx.http[c.method ?? 'post'](c.url()).set('authorization', c.auth()).send(body);

    it.each(c.fields)(
      '%s: every bidirectional control and zero-width character ⇒ 400 naming the field, nothing stored',
      async (field) => {
        for (const [label, ch] of Object.entries(SPOOFING)) {
          const body = c.body();
          const original = String(body[field]);
          // In the middle, where it reorders or hides the text around it.
          body[field] = `${original.slice(0, 2)}${ch}${original.slice(2)}`;
          const res = await send(body);
          expect({ label, status: res.status }).toEqual({ label, status: 400 });
          expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
          // One error, on this field: a file name's own character rule may be the one reported.
          const message =
            field === 'fileName'
              ? expect.stringMatching(/^fileName must (not contain bidirectional|be a plain file name)/)
              : `${field} must not contain bidirectional control or zero-width characters`;
          expect({ label, errors: res.body.errors }).toEqual({ label, errors: [{ field, message }] });
        }
      },
    );

    it('the same body without them is accepted', async () => {
      const res = await send(c.body());
      expect(res.status).toBe(c.method === 'patch' ? 200 : 201);
    });
  });

  it('nothing refused was stored', async () => {
    // The class lists the refused code points one by one; joiners among them are meant.
    // eslint-disable-next-line no-misleading-character-class
    const spoofed = new RegExp(`[${Object.values(SPOOFING).join('')}]`, 'u');
    const names = [
      ...(await ctx.prisma.organization.findMany({ select: { name: true } })).map((r) => r.name),
      ...(await ctx.prisma.ticket.findMany({ select: { subject: true } })).map((r) => r.subject),
      ...(await ctx.prisma.ci.findMany({ select: { name: true } })).map((r) => r.name),
      ...(await ctx.prisma.user.findMany({ select: { name: true } })).map((r) => r.name),
    ];
    expect(names.filter((s) => spoofed.test(s))).toEqual([]);
  });

  it('a ticket description and a comment keep their text as written (right-to-left marks included)', async () => {
    const description = 'Printer on floor 2 jams.\nשלום \u200F(RTL)\u200F — ZWJ emoji 👩\u200D💻, tabs\tand "quotes".';
    const t = await ctx.http
      .post('/api/v1/tickets')
      .set('authorization', member)
      .send({ type: 'INCIDENT', subject: 'Printer jams', description })
      .expect(201);
    expect(t.body.description).toBe(description);
    expect((await ctx.prisma.ticket.findUniqueOrThrow({ where: { id: t.body.id } })).description).toBe(description);
    const comment = 'Still jams \u202Bאחרי\u202C the update.';
    const c = await ctx.http
      .post(`/api/v1/tickets/${t.body.id}/comments`)
      .set('authorization', member)
      .send({ body: comment })
      .expect(201);
    expect(c.body.body).toBe(comment);
  });
});
