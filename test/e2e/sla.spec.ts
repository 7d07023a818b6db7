import { DateTime } from 'luxon';
import { SlaWorker } from '../../src/sla/sla-worker.service.js';
import { SLA_STATES } from '../../src/sla/sla-clock.js';
import { useApp } from '../helpers/setup.js';
import { pdfText } from '../helpers/pdf-text.js';

const binary = (
  res: NodeJS.ReadableStream & { setEncoding(e: string): void },
  cb: (err: Error | null, body: Buffer) => void,
) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

const BERLIN_OFFICE = {
  name: 'Berlin office',
  timeZone: 'Europe/Berlin',
  hours: [1, 2, 3, 4, 5].flatMap((weekday) => [
    { weekday, start: '08:00', end: '12:00' },
    { weekday, start: '13:00', end: '17:00' },
  ]),
  holidays: ['2026-12-25', '2026-12-24'],
};

describe('SLA on business time', () => {
  const { ctx, f, as } = useApp();

  const api = (path: string) => `/api/v1${path}`;

  async function world() {
    const portal = await f.portal();
    const org = await f.org({ portalId: portal.id });
    const site = await f.site(org.id);
    const other = await f.site(org.id);
    const contract = await f.contract(org.id, {
      siteId: site.id,
      direction: 'SOLD',
      sla: [
        { priority: 'MEDIUM', responseMinutes: 60, resolutionMinutes: 480 },
        { priority: 'HIGH', responseMinutes: 10, resolutionMinutes: 100 },
      ],
    });
    const staff = await f.staff('ADMIN');
    const setEsm = (on: boolean) =>
      ctx.prisma.portal.update({ where: { id: portal.id }, data: { externalSupportMode: on } });
    return { portal, org, site, other, contract, staff, setEsm };
  }

  async function raise(
    w: Awaited<ReturnType<typeof world>>,
    body: Record<string, unknown> = {},
    siteId: string = w.site.id,
  ) {
    const res = await ctx.http
      .post(api('/tickets'))
      .set(as(w.staff))
      .send({ organizationId: w.org.id, siteId, type: 'INCIDENT', subject: 'Down', ...body })
      .expect(201);
    return res.body as Record<string, unknown> & { id: string; version: number };
  }

  async function transition(staff: { id: string }, id: string, status: string) {
    const res = await ctx.http
      .post(api(`/tickets/${id}/transitions`))
      .set(as(staff))
      .send({ status })
      .expect(200);
    return res.body;
  }

  describe('calendars', () => {
    it('staff create, read, list, update (If-Match) and delete a calendar; hours come back sorted', async () => {
      const staff = await f.staff('AGENT');
      const created = await ctx.http
        .post(api('/sla/calendars'))
        .set(as(staff))
        .send({ ...BERLIN_OFFICE, hours: [...BERLIN_OFFICE.hours].reverse() })
        .expect(201);
      expect(created.body).toMatchObject({
        name: 'Berlin office',
        timeZone: 'Europe/Berlin',
        holidays: ['2026-12-24', '2026-12-25'],
        isDefault: false,
        version: 1,
      });
      expect(created.body.hours.slice(0, 2)).toEqual([
        { weekday: 1, start: '08:00', end: '12:00' },
        { weekday: 1, start: '13:00', end: '17:00' },
      ]);
      const id = created.body.id as string;
      await ctx.http
        .get(api(`/sla/calendars/${id}`))
        .set(as(staff))
        .expect(200);
      const list = await ctx.http.get(api('/sla/calendars')).set(as(staff)).expect(200);
      expect(list.body.data.map((c: { id: string }) => c.id)).toEqual([id]);
      await ctx.http
        .patch(api(`/sla/calendars/${id}`))
        .set(as(staff))
        .send({ timeZone: 'America/New_York' })
        .expect(428);
      const upd = await ctx.http
        .patch(api(`/sla/calendars/${id}`))
        .set(as(staff))
        .set('if-match', '"1"')
        .send({ timeZone: 'America/New_York', isDefault: true })
        .expect(200);
      expect(upd.body).toMatchObject({ timeZone: 'America/New_York', isDefault: true, version: 2 });
      await ctx.http
        .delete(api(`/sla/calendars/${id}`))
        .set(as(staff))
        .expect(204);
      await ctx.http
        .get(api(`/sla/calendars/${id}`))
        .set(as(staff))
        .expect(404);
    });

    it.each<[string, Record<string, unknown>, string[]]>([
      ['an unknown time zone', { timeZone: 'Europe/Atlantis' }, ['timeZone']],
      ['an inverted interval', { hours: [{ weekday: 1, start: '17:00', end: '08:00' }] }, ['hours.0.end']],
      [
        'overlapping intervals',
        {
          hours: [
            { weekday: 3, start: '08:00', end: '12:00' },
            { weekday: 3, start: '11:30', end: '14:00' },
          ],
        },
        ['hours.1'],
      ],
      [
        'a malformed time and an impossible holiday',
        { hours: [{ weekday: 2, start: '8', end: '12:00' }], holidays: ['2026-02-30'] },
        ['hours.0.start', 'holidays.0'],
      ],
    ])('refuses %s with 422 naming the fields, and writes nothing', async (_n, change, fields) => {
      const staff = await f.staff('AGENT');
      const res = await ctx.http
        .post(api('/sla/calendars'))
        .set(as(staff))
        .send({ ...BERLIN_OFFICE, ...change })
        .expect(422);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([...fields].sort());
      expect(await ctx.prisma.slaCalendar.count()).toBe(0);
    });

    it('a weekday out of range or an unknown property is a 400; customers get 403; an in-use calendar cannot go (409)', async () => {
      const w = await world();
      await ctx.http
        .post(api('/sla/calendars'))
        .set(as(w.staff))
        .send({ ...BERLIN_OFFICE, hours: [{ weekday: 9, start: '08:00', end: '12:00' }] })
        .expect(400);
      await ctx.http
        .post(api('/sla/calendars'))
        .set(as(w.staff))
        .send({ ...BERLIN_OFFICE, color: 'red' })
        .expect(400);
      const customer = await f.member(w.org.id, { roles: ['CUSTOMER_APPROVER'] });
      await ctx.http.get(api('/sla/calendars')).set(as(customer)).expect(403);
      const cal = await ctx.http.post(api('/sla/calendars')).set(as(w.staff)).send(BERLIN_OFFICE).expect(201);
      const k = await ctx.http
        .get(api(`/contracts/${w.contract.id}`))
        .set(as(w.staff))
        .expect(200);
      const attached = await ctx.http
        .patch(api(`/contracts/${w.contract.id}`))
        .set(as(w.staff))
        .set('if-match', `"${k.body.version}"`)
        .send({ calendarId: cal.body.id })
        .expect(200);
      expect(attached.body.calendarId).toBe(cal.body.id);
      await ctx.http
        .delete(api(`/sla/calendars/${cal.body.id}`))
        .set(as(w.staff))
        .expect(409);
      await ctx.http
        .patch(api(`/contracts/${w.contract.id}`))
        .set(as(w.staff))
        .set('if-match', `"${attached.body.version}"`)
        .send({ calendarId: '0190a0a0-0000-7000-8000-00000000beef' })
        .expect(422);
    });
  });

  describe('due times', () => {
    it('without a calendar the targets run around the clock (creation + minutes)', async () => {
      const w = await world();
      const t = await raise(w);
      const created = new Date(t.createdAt as string).getTime();
      expect(new Date(t.responseDueAt as string).getTime() - created).toBe(60 * 60_000);
      expect(new Date(t.resolutionDueAt as string).getTime() - created).toBe(480 * 60_000);
      expect(t).toMatchObject({ slaState: 'ok', respondedAt: null });
      const none = await raise(w, {}, w.other.id);
      expect(none).toMatchObject({ responseDueAt: null, resolutionDueAt: null, slaState: null });
    });

    it("a contract's calendar counts business minutes: today and tomorrow as holidays push the due times two days on", async () => {
      const w = await world();
      const zone = 'Asia/Tokyo';
      const today = DateTime.now().setZone(zone).startOf('day');
      const cal = await ctx.http
        .post(api('/sla/calendars'))
        .set(as(w.staff))
        .send({
          name: 'Tokyo all week',
          timeZone: zone,
          hours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '24:00' })),
          holidays: [today.toISODate(), today.plus({ days: 1 }).toISODate()],
        })
        .expect(201);
      await ctx.prisma.contract.update({ where: { id: w.contract.id }, data: { calendarId: cal.body.id } });
      const t = await raise(w);
      const start = today.plus({ days: 2 });
      expect(new Date(t.responseDueAt as string).toISOString()).toBe(start.plus({ minutes: 60 }).toUTC().toISO());
      expect(new Date(t.resolutionDueAt as string).toISOString()).toBe(start.plus({ minutes: 480 }).toUTC().toISO());
    });

    it("the site's calendar applies when the contract names none, and the provider default when neither does", async () => {
      const w = await world();
      const zone = 'America/Los_Angeles';
      const today = DateTime.now().setZone(zone).startOf('day');
      const calendar = (name: string, skip: number, isDefault = false) =>
        ctx.http
          .post(api('/sla/calendars'))
          .set(as(w.staff))
          .send({
            name,
            timeZone: zone,
            isDefault,
            hours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '24:00' })),
            holidays: Array.from({ length: skip }, (_, i) => today.plus({ days: i }).toISODate()),
          })
          .expect(201);
      await calendar('default', 1, true);
      const dueOn = async () => new Date((await raise(w)).responseDueAt as string).toISOString();
      expect(await dueOn()).toBe(today.plus({ days: 1, minutes: 60 }).toUTC().toISO());
      const site = await calendar('site', 3);
      const s = await ctx.http
        .get(api(`/sites/${w.site.id}`))
        .set(as(w.staff))
        .expect(200);
      await ctx.http
        .patch(api(`/sites/${w.site.id}`))
        .set(as(w.staff))
        .set('if-match', `"${s.body.version}"`)
        .send({ calendarId: site.body.id })
        .expect(200);
      expect(await dueOn()).toBe(today.plus({ days: 3, minutes: 60 }).toUTC().toISO());
    });

    it('PENDING_CUSTOMER pauses the clock (no due time, slaState paused); back to OPEN resumes with the time left', async () => {
      const w = await world();
      const t = await raise(w);
      const due = new Date(t.resolutionDueAt as string).getTime();
      await transition(w.staff, t.id, 'OPEN');
      const paused = await transition(w.staff, t.id, 'PENDING_CUSTOMER');
      expect(paused).toMatchObject({ slaState: 'paused', resolutionDueAt: null, responseDueAt: null });
      // The pause began two hours ago: resuming now moves both due times two hours on.
      const row = await ctx.prisma.ticket.findUniqueOrThrow({ where: { id: t.id } });
      const pauses = row.slaPauses as { from: string; to: string | null }[];
      const began = new Date(new Date(pauses[0].from).getTime() - 2 * 3600_000);
      await ctx.prisma.ticket.update({
        where: { id: t.id },
        data: { slaPauses: [{ from: began.toISOString(), to: null }] },
      });
      const resumed = await transition(w.staff, t.id, 'OPEN');
      const shift = new Date(resumed.resolutionDueAt).getTime() - due;
      expect(shift).toBeGreaterThanOrEqual(2 * 3600_000);
      expect(shift).toBeLessThan(2 * 3600_000 + 30_000);
      expect(resumed.slaState).toBe('ok');
    });

    it('the first public staff comment meets the response target; an internal one or a customer comment does not', async () => {
      const w = await world();
      const requester = await f.member(w.org.id, { homeSiteId: w.site.id });
      const t = await raise(w, { requesterId: requester.id });
      await ctx.http
        .post(api(`/tickets/${t.id}/comments`))
        .set(as(requester))
        .send({ body: 'Any news?' })
        .expect(201);
      await ctx.http
        .post(api(`/tickets/${t.id}/comments`))
        .set(as(w.staff))
        .send({ body: 'Looking', internal: true })
        .expect(201);
      let got = await ctx.http
        .get(api(`/tickets/${t.id}`))
        .set(as(w.staff))
        .expect(200);
      expect(got.body.respondedAt).toBeNull();
      await ctx.http
        .post(api(`/tickets/${t.id}/comments`))
        .set(as(w.staff))
        .send({ body: 'On it' })
        .expect(201);
      got = await ctx.http
        .get(api(`/tickets/${t.id}`))
        .set(as(w.staff))
        .expect(200);
      expect(got.body.respondedAt).not.toBeNull();
      const row = await ctx.prisma.ticket.findUniqueOrThrow({ where: { id: t.id } });
      // The response target is met: only the resolution target still runs.
      expect(row.slaBreachAt?.toISOString()).toBe(new Date(t.resolutionDueAt as string).toISOString());
    });
  });

  describe('slaState', () => {
    it('GET tickets?slaState= lists exactly the tickets in that state, each showing it', async () => {
      const w = await world();
      const ago = (min: number) => new Date(Date.now() - min * 60_000);
      const ok = await raise(w);
      const warning = await raise(w);
      await ctx.prisma.ticket.update({ where: { id: warning.id }, data: { slaWarningAt: ago(1) } });
      const breached = await raise(w);
      await ctx.prisma.ticket.update({
        where: { id: breached.id },
        data: { slaWarningAt: ago(5), slaBreachAt: ago(1) },
      });
      const paused = await raise(w);
      await transition(w.staff, paused.id, 'OPEN');
      await transition(w.staff, paused.id, 'PENDING_CUSTOMER');
      const met = await raise(w);
      await transition(w.staff, met.id, 'OPEN');
      await transition(w.staff, met.id, 'RESOLVED');
      await raise(w, {}, w.other.id); // no SLA: in no state
      const expected: Record<string, string[]> = {
        ok: [ok.id],
        warning: [warning.id],
        breached: [breached.id],
        paused: [paused.id],
        met: [met.id],
      };
      for (const state of SLA_STATES) {
        const res = await ctx.http
          .get(api(`/tickets?organizationId=${w.org.id}&slaState=${state}`))
          .set(as(w.staff))
          .expect(200);
        expect(res.body.data.map((t: { id: string }) => t.id)).toEqual(expected[state]);
        expect(res.body.data.map((t: { slaState: string }) => t.slaState)).toEqual([state]);
      }
      const bad = await ctx.http.get(api('/tickets?slaState=late')).set(as(w.staff)).expect(400);
      expect(JSON.stringify(bad.body)).toContain('breached');
    });

    it('the worker notifies the assigned group once at 80 % and once at the breach, through the outbox', async () => {
      const w = await world();
      const a1 = await f.staff('AGENT');
      const a2 = await f.staff('AGENT');
      const group = await f.group();
      await ctx.prisma.groupMember.createMany({
        data: [
          { groupId: group.id, userId: a1.id },
          { groupId: group.id, userId: a2.id },
        ],
      });
      await ctx.prisma.user.update({ where: { id: a1.id }, data: { timeZone: 'Europe/Berlin' } });
      const t = await raise(w, { priority: 'HIGH', groupId: group.id });
      const created = new Date(t.createdAt as string).getTime();
      const worker = ctx.app.get(SlaWorker);
      const sla = () => ctx.prisma.outboxMessage.findMany({ where: { kind: { startsWith: 'ticket.sla_' } } });
      expect(await worker.tick(new Date(created + 7 * 60_000))).toEqual({ warned: 0, breached: 0, messages: 0 });
      // 80 % of the 10-minute response target.
      expect(await worker.tick(new Date(created + 8 * 60_000 + 1_000))).toEqual({
        warned: 1,
        breached: 0,
        messages: 2,
      });
      expect(await worker.tick(new Date(created + 9 * 60_000))).toEqual({ warned: 0, breached: 0, messages: 0 });
      expect(await worker.tick(new Date(created + 10 * 60_000 + 1_000))).toEqual({
        warned: 0,
        breached: 1,
        messages: 2,
      });
      expect(await worker.tick(new Date(created + 60 * 60_000))).toEqual({ warned: 0, breached: 0, messages: 0 });
      const messages = await sla();
      expect(messages.map((m) => `${m.kind} ${m.recipientUserId}`).sort()).toEqual(
        [
          `ticket.sla_breached ${a1.id}`,
          `ticket.sla_breached ${a2.id}`,
          `ticket.sla_warning ${a1.id}`,
          `ticket.sla_warning ${a2.id}`,
        ].sort(),
      );
      // Dates in the recipient's time zone.
      const berlin = messages.find((m) => m.recipientUserId === a1.id && m.kind === 'ticket.sla_warning')!;
      const due = DateTime.fromISO(t.responseDueAt as string);
      expect(berlin.body).toContain(
        `${due.setZone('Europe/Berlin').toFormat("yyyy-MM-dd HH:mm 'UTC'ZZ")} (Europe/Berlin)`,
      );
      const utc = messages.find((m) => m.recipientUserId === a2.id && m.kind === 'ticket.sla_warning')!;
      expect(utc.body).toContain(`${due.setZone('UTC').toFormat('yyyy-MM-dd HH:mm')} UTC+00:00 (UTC)`);
      const row = await ctx.prisma.ticket.findUniqueOrThrow({ where: { id: t.id } });
      expect(row.slaWarnedAt).not.toBeNull();
      expect(row.slaBreachedNotifiedAt).not.toBeNull();
    });

    it('two workers ticking at once notify a breach once', async () => {
      const w = await world();
      const agent = await f.staff('AGENT');
      const t = await raise(w, { priority: 'HIGH', assigneeId: agent.id });
      const later = new Date(new Date(t.createdAt as string).getTime() + 3600_000);
      const worker = ctx.app.get(SlaWorker);
      const [r1, r2] = await Promise.all([worker.tick(later), worker.tick(later)]);
      expect(r1.breached + r2.breached).toBe(1);
      expect(
        await ctx.prisma.outboxMessage.count({ where: { kind: 'ticket.sla_breached', recipientUserId: agent.id } }),
      ).toBe(1);
      expect(await ctx.prisma.outboxMessage.count({ where: { kind: 'ticket.sla_warning' } })).toBe(0);
    });
  });

  describe('sla/summary', () => {
    async function summaryWorld() {
      const w = await world();
      await f.contract(w.org.id, {
        siteId: w.other.id,
        direction: 'SOLD',
        sla: [{ priority: 'MEDIUM', responseMinutes: 60, resolutionMinutes: 480 }],
      });
      const ago = (min: number) => new Date(Date.now() - min * 60_000);
      const met = await raise(w, { priority: 'HIGH' });
      const created = new Date(met.createdAt as string).getTime();
      await ctx.prisma.ticket.update({
        where: { id: met.id },
        data: {
          status: 'RESOLVED',
          firstResponseAt: new Date(created + 60_000),
          resolvedAt: new Date(created + 50 * 60_000),
          slaWarningAt: null,
          slaBreachAt: null,
        },
      });
      const breached = await raise(w, { priority: 'HIGH' });
      await ctx.prisma.ticket.update({
        where: { id: breached.id },
        data: { responseDueAt: ago(60), slaWarningAt: ago(62), slaBreachAt: ago(60) },
      });
      const atRisk = await raise(w, { priority: 'MEDIUM' }, w.other.id);
      await ctx.prisma.ticket.update({ where: { id: atRisk.id }, data: { slaWarningAt: ago(1) } });
      return w;
    }
    const summary = (user: { id: string }, query: string) => ctx.http.get(api(`/sla/summary?${query}`)).set(as(user));
    const row = (body: { priorities: { priority: string }[] }, priority: string) =>
      body.priorities.find((r) => r.priority === priority);

    it('counts targets met per priority and the open tickets breached or at risk, for staff and an approver', async () => {
      const w = await summaryWorld();
      const approver = await f.member(w.org.id, { homeSiteId: w.site.id, roles: ['CUSTOMER_APPROVER'] });
      for (const user of [w.staff, approver]) {
        const res = await summary(user, `organizationId=${w.org.id}`).expect(200);
        expect(res.body.priorities.map((r: { priority: string }) => r.priority)).toEqual([
          'LOW',
          'MEDIUM',
          'HIGH',
          'CRITICAL',
        ]);
        expect(row(res.body, 'HIGH')).toEqual({
          priority: 'HIGH',
          tickets: 2,
          responseMet: 1,
          responseMissed: 1,
          responseMetPercent: 50,
          resolutionMet: 1,
          resolutionMissed: 0,
          resolutionMetPercent: 100,
          openBreached: 1,
          openAtRisk: 0,
        });
        expect(row(res.body, 'MEDIUM')).toMatchObject({ tickets: 1, openAtRisk: 1, responseMetPercent: null });
        expect(res.body).toMatchObject({ openBreached: 1, openAtRisk: 1 });
      }
    });

    it('in external support mode an approver counts the tickets of their own sites only', async () => {
      const w = await summaryWorld();
      await w.setEsm(true);
      const approver = await f.member(w.org.id, { homeSiteId: w.other.id, roles: ['CUSTOMER_APPROVER'] });
      const res = await summary(approver, `organizationId=${w.org.id}`).expect(200);
      expect(row(res.body, 'HIGH')).toMatchObject({ tickets: 0, openBreached: 0 });
      expect(row(res.body, 'MEDIUM')).toMatchObject({ tickets: 1, openAtRisk: 1 });
      expect(res.body).toMatchObject({ openBreached: 0, openAtRisk: 1 });
    });

    it('a role without SLA gets 403, another organisation 404 as if absent; a bad window 422, a bad id 400', async () => {
      const w = await summaryWorld();
      const plain = await f.member(w.org.id, { homeSiteId: w.site.id, roles: ['PORTAL_USER_PLUS'] });
      await summary(plain, `organizationId=${w.org.id}`).expect(403);
      const otherOrg = await f.org({ portalId: w.portal.id });
      const foreign = await f.member(otherOrg.id, { roles: ['CUSTOMER_APPROVER'] });
      const hidden = await summary(foreign, `organizationId=${w.org.id}`).expect(404);
      const missing = await summary(foreign, 'organizationId=0190a0a0-0000-7000-8000-00000000beef').expect(404);
      expect({ ...hidden.body, instance: undefined, requestId: undefined }).toEqual({
        ...missing.body,
        instance: undefined,
        requestId: undefined,
      });
      const bad = await summary(
        w.staff,
        `organizationId=${w.org.id}&from=2026-12-01T00:00:00Z&to=2026-11-01T00:00:00Z`,
      ).expect(422);
      expect(bad.body.errors[0].field).toBe('from');
      await summary(w.staff, 'organizationId=nope').expect(400);
      const window = await summary(
        w.staff,
        `organizationId=${w.org.id}&from=2020-01-01T00:00:00Z&to=2020-02-01T00:00:00Z`,
      ).expect(200);
      expect(window.body.priorities.every((r: { tickets: number }) => r.tickets === 0)).toBe(true);
    });
  });

  describe('time zones of users', () => {
    it('PATCH me takes an IANA time zone (unknown ⇒ 422, nothing changes); GET me shows it', async () => {
      const u = await f.staff('AGENT');
      expect((await ctx.http.get(api('/me')).set(as(u)).expect(200)).body.timeZone).toBe('UTC');
      const bad = await ctx.http.patch(api('/me')).set(as(u)).send({ timeZone: 'Moon/Tranquility' }).expect(422);
      expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'timeZone' })]);
      expect((await ctx.http.get(api('/me')).set(as(u)).expect(200)).body.timeZone).toBe('UTC');
      await ctx.http.patch(api('/me')).set(as(u)).send({ timeZone: null }).expect(400);
      const ok = await ctx.http.patch(api('/me')).set(as(u)).send({ timeZone: 'Asia/Kolkata' }).expect(200);
      expect(ok.body.timeZone).toBe('Asia/Kolkata');
    });

    it("ticket mail shows the resolution due time and the CI sheet its print time in the reader's zone", async () => {
      const w = await world();
      const requester = await f.member(w.org.id, { homeSiteId: w.site.id });
      await ctx.http.patch(api('/me')).set(as(requester)).send({ timeZone: 'Asia/Kolkata' }).expect(200);
      const t = await raise(w, { requesterId: requester.id });
      const mail = await ctx.prisma.outboxMessage.findFirstOrThrow({
        where: { recipientUserId: requester.id, kind: 'ticket.created' },
      });
      const due = DateTime.fromISO(t.resolutionDueAt as string).setZone('Asia/Kolkata');
      expect(mail.body).toContain(`Resolution due: ${due.toFormat('yyyy-MM-dd HH:mm')} UTC+05:30 (Asia/Kolkata)`);
      const ci = await f.ci(w.org.id, { siteId: w.site.id });
      const pdf = await ctx.http
        .get(api(`/cis/${ci.id}/sheet.pdf`))
        .set(as(requester))
        .buffer(true)
        .parse(binary as never)
        .expect(200);
      expect(pdfText(pdf.body as Buffer)).toMatch(
        /Printed:\s*\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC\+05:30 \(Asia\/Kolkata\)/,
      );
    });
  });
});
