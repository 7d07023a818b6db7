import { useApp } from '../helpers/setup.js';
import { stable, tokenFromMail } from '../helpers/identity.js';

/**
 * Security review — information leaks inside an organisation and through side channels: sites
 * (client numbers) across the per-site isolation of external support mode, CIs a ticket names,
 * self-registration links outliving the portal's consent, internal comments and history,
 * purchased contracts and suppliers, and notification recipients.
 */
const NONEXISTENT = '0190a0a0-0000-7000-8000-00000000beef';

describe('security: information leaks', () => {
  const { ctx, f, as } = useApp({ RATE_LIMIT_ENABLED: 'false' });

  describe('sites in external support mode', () => {
    it('shows a member only their own sites (the abbreviation is the client number that self-registration accepts)', async () => {
      const portal = await f.portal({ externalSupportMode: true, selfRegistration: 'CLIENT_NUMBER' });
      const o = await f.org({ portalId: portal.id });
      const s1 = await f.site(o.id);
      const s2 = await f.site(o.id);
      const s3 = await f.site(o.id);
      const u = await f.member(o.id, { homeSiteId: s1.id, roles: ['PORTAL_USER_PLUS'] });
      const reader = await f.member(o.id, { homeSiteId: s1.id, readSiteIds: [s3.id] });
      const siteless = await f.member(o.id, { roles: ['CUSTOMER_APPROVER'] });
      const agent = await f.staff('AGENT');
      const list = async (who: { id: string }) =>
        (
          (await ctx.http.get(`/api/v1/organizations/${o.id}/sites`).set(as(who)).expect(200)).body.data as {
            id: string;
          }[]
        )
          .map((s) => s.id)
          .sort();
      expect(await list(u)).toEqual([s1.id]);
      expect(await list(reader)).toEqual([s1.id, s3.id].sort());
      expect(await list(siteless)).toEqual([]);
      expect(await list(agent)).toEqual([s1.id, s2.id, s3.id].sort());
      const hidden = await ctx.http.get(`/api/v1/sites/${s2.id}`).set(as(u));
      const absent = await ctx.http.get(`/api/v1/sites/${NONEXISTENT}`).set(as(u));
      expect(hidden.status).toBe(404);
      expect(stable(hidden.body)).toEqual(stable(absent.body));
      await ctx.http.get(`/api/v1/sites/${s1.id}`).set(as(u)).expect(200);
      await ctx.http.get(`/api/v1/sites/${s3.id}`).set(as(reader)).expect(200);
    });

    it('shows every site of the organisation when the mode is off', async () => {
      const o = await f.org({ portalId: (await f.portal()).id });
      const s1 = await f.site(o.id);
      const s2 = await f.site(o.id);
      const u = await f.member(o.id, { homeSiteId: s1.id });
      const ids = (
        (await ctx.http.get(`/api/v1/organizations/${o.id}/sites`).set(as(u)).expect(200)).body.data as { id: string }[]
      )
        .map((s) => s.id)
        .sort();
      expect(ids).toEqual([s1.id, s2.id].sort());
      await ctx.http.get(`/api/v1/sites/${s2.id}`).set(as(u)).expect(200);
    });
  });

  describe('self-registration links', () => {
    const register = (email: string, clientNumber?: string) =>
      ctx.http
        .post('/api/v1/auth/register')
        .send({
          email,
          name: 'New Member',
          password: 'a long unusual passphrase',
          ...(clientNumber ? { clientNumber } : {}),
        })
        .expect(202);

    it('grants no membership when the portal closed registration (or stopped being ACTIVE) before the link was used', async () => {
      const portal = await f.portal({ selfRegistration: 'CLIENT_NUMBER' });
      const o = await f.org({ portalId: portal.id });
      const site = await f.site(o.id, { abbreviation: 'CLOSE-1' });
      await register('late@example.test', 'CLOSE-1');
      await register('early@example.test', 'CLOSE-1');
      const late = await tokenFromMail(ctx, 'late@example.test', 'identity.verify-email');
      const early = await tokenFromMail(ctx, 'early@example.test', 'identity.verify-email');
      await ctx.http.post('/api/v1/auth/verify-email').send({ token: early }).expect(200);
      await ctx.prisma.portal.update({ where: { id: portal.id }, data: { selfRegistration: 'OFF' } });
      await ctx.http.post('/api/v1/auth/verify-email').send({ token: late }).expect(200);
      const members = await ctx.prisma.membership.findMany({
        where: { organizationId: o.id },
        include: { user: { select: { email: true } } },
      });
      expect(members.map((m) => [m.user.email, m.homeSiteId])).toEqual([['early@example.test', site.id]]);
      const lateUser = await ctx.prisma.user.findUniqueOrThrow({ where: { email: 'late@example.test' } });
      expect(lateUser.defaultOrganizationId).toBeNull();

      const domainPortal = await f.portal({ selfRegistration: 'EMAIL_DOMAIN' });
      const d = await f.org({ portalId: domainPortal.id, domains: ['dom.example'] });
      await register('someone@dom.example');
      const token = await tokenFromMail(ctx, 'someone@dom.example', 'identity.verify-email');
      await ctx.prisma.portal.update({ where: { id: domainPortal.id }, data: { status: 'DISABLED' } });
      await ctx.http.post('/api/v1/auth/verify-email').send({ token }).expect(200);
      expect(await ctx.prisma.membership.count({ where: { organizationId: d.id } })).toBe(0);
    });

    it('does not let a registration plant a password on, or rename, an account staff invited', async () => {
      const portal = await f.portal({ selfRegistration: 'EMAIL_DOMAIN' });
      await f.org({ portalId: portal.id, domains: ['invited.example'] });
      const admin = await f.staff('ADMIN');
      // An invited user with no organisation yet (no membership, no password, not verified).
      const created = await ctx.http
        .post('/api/v1/users')
        .set(as(admin))
        .send({ email: 'victim@elsewhere.example', name: 'Victim Name' })
        .expect(201);
      await ctx.prisma.organizationDomain.create({
        data: {
          organizationId: (await ctx.prisma.organization.findFirstOrThrow()).id,
          domain: 'elsewhere.example',
          kind: 'ASSOCIATED',
        },
      });
      await ctx.http
        .post('/api/v1/auth/register')
        .send({ email: 'victim@elsewhere.example', name: 'Mallory', password: 'attacker chosen passphrase' })
        .expect(202);
      const user = await ctx.prisma.user.findUniqueOrThrow({ where: { id: created.body.id } });
      expect(user.name).toBe('Victim Name');
      expect(await ctx.prisma.oneTimeToken.count({ where: { userId: user.id, purpose: 'VERIFY_EMAIL' } })).toBe(0);
      const invite = await tokenFromMail(ctx, 'victim@elsewhere.example', 'identity.invitation');
      await ctx.http
        .post('/api/v1/auth/invitation/accept')
        .send({ token: invite, password: 'a secret of her own choosing' })
        .expect(204);
      await ctx.http
        .post('/api/v1/auth/login')
        .send({ email: 'victim@elsewhere.example', password: 'attacker chosen passphrase' })
        .expect(401);
      await ctx.http
        .post('/api/v1/auth/login')
        .send({ email: 'victim@elsewhere.example', password: 'a secret of her own choosing' })
        .expect(200);
    });

    it('keeps a pending account unchanged until a link is used (a second registration cannot rename it)', async () => {
      const portal = await f.portal({ selfRegistration: 'EMAIL_DOMAIN' });
      await f.org({ portalId: portal.id, domains: ['pending.example'] });
      await register('p@pending.example');
      await ctx.http
        .post('/api/v1/auth/register')
        .send({
          email: 'p@pending.example',
          name: 'Someone Else',
          password: 'another unusual passphrase',
          locale: 'de',
        })
        .expect(202);
      const row = await ctx.prisma.user.findUniqueOrThrow({ where: { email: 'p@pending.example' } });
      expect([row.name, row.locale, row.passwordHash]).toEqual(['New Member', null, null]);
      const token = await tokenFromMail(ctx, 'p@pending.example', 'identity.verify-email');
      await ctx.http.post('/api/v1/auth/verify-email').send({ token }).expect(200);
      const done = await ctx.prisma.user.findUniqueOrThrow({ where: { email: 'p@pending.example' } });
      expect([done.name, done.locale]).toEqual(['Someone Else', 'de']);
    });
  });

  describe('CIs named by a ticket', () => {
    it('lists only the CIs the caller may see, and an update by the caller keeps the links it cannot see', async () => {
      const portal = await f.portal({ ciDepartmentFilter: true });
      const o = await f.org({ portalId: portal.id });
      const site = await f.site(o.id);
      const u = await f.member(o.id, { homeSiteId: site.id, department: 'Sales' });
      const agent = await f.staff('AGENT');
      const mine = await f.ci(o.id, { siteId: site.id, department: 'Sales' });
      const other = await f.ci(o.id, { siteId: site.id, department: 'Finance' });
      const t = await f.ticket(o.id, u.id, { siteId: site.id });
      await ctx.http
        .patch(`/api/v1/tickets/${t.id}`)
        .set(as(agent))
        .set('if-match', '"1"')
        .send({ ciIds: [mine.id, other.id] })
        .expect(200);
      await ctx.http.get(`/api/v1/cis/${other.id}`).set(as(u)).expect(404);
      const seen = await ctx.http.get(`/api/v1/tickets/${t.id}`).set(as(u)).expect(200);
      expect(seen.body.ciIds).toEqual([mine.id]);
      const upd = await ctx.http
        .patch(`/api/v1/tickets/${t.id}`)
        .set(as(u))
        .set('if-match', `"${seen.body.version}"`)
        .send({ ciIds: [] })
        .expect(200);
      expect(upd.body.ciIds).toEqual([]);
      const links = await ctx.prisma.ticketCi.findMany({ where: { ticketId: t.id } });
      expect(links.map((l) => l.ciId)).toEqual([other.id]);
      const staffView = await ctx.http.get(`/api/v1/tickets/${t.id}`).set(as(agent)).expect(200);
      expect(staffView.body.ciIds).toEqual([other.id]);
    });
  });

  describe('staff-only data', () => {
    it('never shows internal comments or their history to externals, nor mails them about one', async () => {
      const o = await f.org({ ticketAccess: 'ORG_READ' });
      const requester = await f.member(o.id);
      const cc = await f.member(o.id);
      const agent = await f.staff('AGENT');
      const other = await f.staff('AGENT');
      const t = await f.ticket(o.id, requester.id);
      await ctx.prisma.ticket.update({ where: { id: t.id }, data: { assigneeId: other.id } });
      await f.cc(t, cc.id);
      await ctx.http
        .post(`/api/v1/tickets/${t.id}/comments`)
        .set(as(agent))
        .send({ body: 'internal: customer is difficult', internal: true })
        .expect(201);
      await ctx.http
        .post(`/api/v1/tickets/${t.id}/comments`)
        .set(as(agent))
        .send({ body: 'public answer' })
        .expect(201);
      for (const who of [requester, cc]) {
        const comments = (await ctx.http.get(`/api/v1/tickets/${t.id}/comments`).set(as(who)).expect(200)).body
          .data as { body: string }[];
        expect(comments.map((c) => c.body)).toEqual(['public answer']);
        const history = (await ctx.http.get(`/api/v1/tickets/${t.id}/history`).set(as(who)).expect(200)).body.data as {
          action: string;
        }[];
        expect(history.map((h) => h.action)).toEqual(['comment_added']);
      }
      const staffHistory = (await ctx.http.get(`/api/v1/tickets/${t.id}/history`).set(as(other)).expect(200)).body
        .data as { action: string }[];
      expect(staffHistory.map((h) => h.action)).toEqual(['internal_comment_added', 'comment_added']);
      const mails = await ctx.prisma.outboxMessage.findMany({
        where: { kind: 'ticket.commented' },
        orderBy: { createdAt: 'asc' },
      });
      const internalMails = mails.filter((m) => m.body.includes('customer is difficult'));
      expect(internalMails.map((m) => m.recipientUserId)).toEqual([other.id]);
    });

    it('hides purchased contracts and suppliers from externals everywhere (detail, list, CI, report) and shows them to staff', async () => {
      const o = await f.org();
      const site = await f.site(o.id);
      const approver = await f.member(o.id, { roles: ['CUSTOMER_APPROVER'], homeSiteId: site.id });
      const agent = await f.staff('AGENT');
      const ci = await f.ci(o.id, { siteId: site.id });
      const sold = await f.contract(o.id, { siteId: site.id, ciIds: [ci.id], supplier: 'Hidden Supplier Ltd' });
      const purchased = await f.contract(o.id, {
        siteId: site.id,
        ciIds: [ci.id],
        direction: 'PURCHASED',
        kind: 'SUPPORT',
        supplier: 'Vendor GmbH',
      });
      const h = as(approver);
      const hidden = await ctx.http.get(`/api/v1/contracts/${purchased.id}`).set(h);
      const absent = await ctx.http.get(`/api/v1/contracts/${NONEXISTENT}`).set(h);
      expect(hidden.status).toBe(404);
      expect(stable(hidden.body)).toEqual(stable(absent.body));
      const list = (await ctx.http.get('/api/v1/contracts?direction=PURCHASED').set(h).expect(200)).body.data;
      expect(list).toEqual([]);
      const all = (await ctx.http.get('/api/v1/contracts').set(h).expect(200)).body.data as Record<string, unknown>[];
      expect(all.map((k) => k.id)).toEqual([sold.id]);
      expect(all[0]).not.toHaveProperty('supplier');
      const detail = (await ctx.http.get(`/api/v1/contracts/${sold.id}`).set(h).expect(200)).body;
      expect(detail).not.toHaveProperty('supplier');
      const ciDetail = (await ctx.http.get(`/api/v1/cis/${ci.id}`).set(h).expect(200)).body;
      expect(ciDetail.contracts.map((k: { id: string }) => k.id)).toEqual([sold.id]);
      const report = (await ctx.http.get('/api/v1/reports/contracts-by-site').set(h).expect(200)).body;
      expect(report.sites.flatMap((s: { contracts: { id: string }[] }) => s.contracts.map((k) => k.id))).toEqual([
        sold.id,
      ]);
      const sheet = await ctx.http
        .get(`/api/v1/cis/${ci.id}/sheet.pdf`)
        .set(h)
        .buffer(true)
        .parse((res, cb) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => cb(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect((sheet.body as Buffer).toString('latin1')).not.toContain(purchased.number);
      // Staff see both, with the supplier.
      const staffCi = (await ctx.http.get(`/api/v1/cis/${ci.id}`).set(as(agent)).expect(200)).body;
      expect(staffCi.contracts.map((k: { id: string }) => k.id).sort()).toEqual([sold.id, purchased.id].sort());
      expect((await ctx.http.get(`/api/v1/contracts/${purchased.id}`).set(as(agent)).expect(200)).body.supplier).toBe(
        'Vendor GmbH',
      );
    });
  });

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

  describe('notifications', () => {
    it('sends one message per recipient, none naming another recipient', async () => {
      const o = await f.org();
      const requester = await f.member(o.id, { email: 'req@leak.test' });
      const cc1 = await f.member(o.id, { email: 'cc1@leak.test' });
      const cc2 = await f.member(o.id, { email: 'cc2@leak.test' });
      const outsider = await f.member((await f.org()).id, { email: 'out@leak.test' });
      const agent = await f.staff('AGENT');
      const t = await f.ticket(o.id, requester.id);
      await f.cc(t, cc1.id);
      await f.cc(t, cc2.id);
      await ctx.http.post(`/api/v1/tickets/${t.id}/ccs`).set(as(agent)).send({ userId: outsider.id }).expect(201);
      await ctx.prisma.outboxMessage.deleteMany();
      await ctx.http
        .post(`/api/v1/tickets/${t.id}/comments`)
        .set(as(agent))
        .send({ body: 'We are on it.' })
        .expect(201);
      const msgs = await ctx.prisma.outboxMessage.findMany({ where: { kind: 'ticket.commented' } });
      expect(msgs.map((m) => m.toEmail).sort()).toEqual(['cc1@leak.test', 'cc2@leak.test', 'req@leak.test']);
      const addresses = ['req@leak.test', 'cc1@leak.test', 'cc2@leak.test', 'out@leak.test'];
      for (const m of msgs) {
        const others = addresses.filter((a) => a !== m.toEmail);
        expect(others.filter((a) => m.body.includes(a) || m.subject.includes(a))).toEqual([]);
      }
    });
  });
});
