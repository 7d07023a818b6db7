import { useApp } from '../helpers/setup.js';

interface Row {
  id: string;
  created_at: Date;
  updated_at: Date;
  resolution_due_at: Date | null;
  priority: string;
}

const PRIORITY_RANK: Record<string, number> = { LOW: 0, MEDIUM: 1, HIGH: 2, CRITICAL: 3 };
const SORTS = ['createdAt', '-createdAt', 'updatedAt', '-updatedAt', 'resolutionDueAt', 'priority'] as const;
type Sort = (typeof SORTS)[number];

/** The order each sort promises, computed in memory from the rows (ties broken by id, in the sort's direction). */
function expectedOrder(rows: Row[], sort: Sort): string[] {
  const t = (d: Date | null) => (d === null ? Infinity : d.getTime());
  const byId = (a: Row, b: Row) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const cmp: Record<Sort, (a: Row, b: Row) => number> = {
    createdAt: (a, b) => t(a.created_at) - t(b.created_at) || byId(a, b),
    '-createdAt': (a, b) => t(b.created_at) - t(a.created_at) || byId(b, a),
    updatedAt: (a, b) => t(a.updated_at) - t(b.updated_at) || byId(a, b),
    '-updatedAt': (a, b) => t(b.updated_at) - t(a.updated_at) || byId(b, a),
    resolutionDueAt: (a, b) => {
      const x = t(a.resolution_due_at);
      const y = t(b.resolution_due_at);
      return (x === y ? 0 : x < y ? -1 : 1) || byId(a, b);
    },
    priority: (a, b) =>
      PRIORITY_RANK[b.priority] - PRIORITY_RANK[a.priority] || t(b.created_at) - t(a.created_at) || byId(b, a),
  };
  return [...rows].sort(cmp[sort]).map((r) => r.id);
}

describe('ticket lists: sort, full-text search and counts', () => {
  const { ctx, f, as } = useApp({ RATE_LIMIT_ENABLED: 'false' });

  /**
   * An organisation with 30 tickets inserted by one statement: created_at, updated_at and due times
   * with ties, a third without a due time, every priority. The portal user is the requester of a
   * third and CC'd on another third (and on two of their own), so their list is a UNION of branches.
   */
  async function world() {
    const portal = await f.portal();
    const org = await f.org({ portalId: portal.id });
    const hq = await f.site(org.id);
    const user = await f.member(org.id, { homeSiteId: hq.id });
    const colleague = await f.member(org.id, { homeSiteId: hq.id });
    const plus = await f.member(org.id, { homeSiteId: hq.id, roles: ['PORTAL_USER_PLUS'] });
    const other = await f.org({ portalId: portal.id });
    const stranger = await f.member(other.id);
    const agent = await f.staff('AGENT');
    await ctx.pool.query(
      `INSERT INTO tickets (id, organization_id, site_id, requester_id, type, priority, subject, created_at, updated_at, resolution_due_at)
       SELECT gen_random_uuid(), $1, $2, CASE WHEN g % 3 = 0 THEN $3::uuid ELSE $4::uuid END, 'INCIDENT',
              (ARRAY['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'])[1 + g % 4]::"TicketPriority", 'Ticket ' || g,
              timestamptz '2026-01-01' + (g / 2) * interval '1 hour',
              timestamptz '2026-02-01' + (g % 7) * interval '1 minute',
              CASE WHEN g % 3 = 1 THEN NULL ELSE timestamptz '2026-03-01' + (g % 5) * interval '1 day' END
         FROM generate_series(1, 30) g`,
      [org.id, hq.id, user.id, colleague.id],
    );
    await ctx.pool.query(
      `INSERT INTO tickets (id, organization_id, requester_id, type, subject, updated_at) SELECT gen_random_uuid(), $1, $2, 'QUESTION', 'Elsewhere ' || g, now() FROM generate_series(1, 5) g`,
      [other.id, stranger.id],
    );
    // CC'd on the colleague's tickets numbered 1 mod 3 (through the CC index), and on two of their own.
    await ctx.pool.query(
      `INSERT INTO ticket_ccs (ticket_id, user_id, organization_id, ticket_created_at)
       SELECT id, $2, organization_id, created_at FROM tickets
        WHERE organization_id = $1 AND (split_part(subject, ' ', 2)::int % 3 = 1 OR split_part(subject, ' ', 2)::int IN (3, 6))`,
      [org.id, user.id],
    );
    return { portal, org, hq, user, colleague, plus, other, stranger, agent };
  }

  const rowsOf = async (where: string, values: unknown[]) =>
    (
      await ctx.pool.query<Row>(
        `SELECT t.id, t.created_at, t.updated_at, t.resolution_due_at, t.priority FROM tickets t WHERE ${where}`,
        values,
      )
    ).rows;

  async function walk(user: { id: string }, query: string, limit = 4): Promise<string[]> {
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 100; i++) {
      const url: string = `/api/v1/tickets?limit=${limit}&${query}${cursor ? `&cursor=${cursor}` : ''}`;
      const r: { body: { data: { id: string }[]; nextCursor: string | null } } = await ctx.http
        .get(url)
        .set(as(user))
        .expect(200);
      expect(r.body.data.length).toBeLessThanOrEqual(limit);
      seen.push(...r.body.data.map((t: { id: string }) => t.id));
      cursor = r.body.nextCursor;
      if (!cursor) return seen;
    }
    throw new Error('the list did not end');
  }

  describe('sort', () => {
    it('pages every sort in its order, across pages, without duplicates or gaps, for requester+CC, organisation and staff branches', async () => {
      const w = await world();
      const own = `t.organization_id = $1 AND (t.requester_id = $2 OR EXISTS (SELECT 1 FROM ticket_ccs c WHERE c.ticket_id = t.id AND c.user_id = $2))`;
      const userRows = await rowsOf(own, [w.org.id, w.user.id]);
      const orgRows = await rowsOf('t.organization_id = $1', [w.org.id]);
      const allRows = await rowsOf('TRUE', []);
      expect(userRows).toHaveLength(20);
      for (const sort of SORTS) {
        expect(await walk(w.user, `sort=${sort}`)).toEqual(expectedOrder(userRows, sort));
        expect(await walk(w.plus, `sort=${sort}`, 7)).toEqual(expectedOrder(orgRows, sort));
        expect(await walk(w.agent, `sort=${sort}`, 6)).toEqual(expectedOrder(allRows, sort));
      }
      // The default is -createdAt, newest first; resolutionDueAt puts the tickets without a due time last.
      expect(await walk(w.user, '')).toEqual(expectedOrder(userRows, '-createdAt'));
      const due = await walk(w.plus, 'sort=resolutionDueAt', 30);
      const nulls = orgRows.filter((r) => r.resolution_due_at === null).map((r) => r.id);
      expect(due.slice(-nulls.length).sort()).toEqual(nulls.sort());
    });

    it('sorts with filters (the CC branch then joins its tickets) and follows a change of the ticket into the CC rows', async () => {
      const w = await world();
      const own = `t.organization_id = $1 AND (t.requester_id = $2 OR EXISTS (SELECT 1 FROM ticket_ccs c WHERE c.ticket_id = t.id AND c.user_id = $2))`;
      const high = await rowsOf(`${own} AND t.priority = 'HIGH'`, [w.org.id, w.user.id]);
      expect(high.length).toBeGreaterThan(2);
      expect(await walk(w.user, 'sort=-updatedAt&priority=HIGH', 2)).toEqual(expectedOrder(high, '-updatedAt'));
      // An agent raises the priority of a ticket the user is only CC'd on: it leads the user's priority list.
      const { rows: ccd } = await ctx.pool.query<{ ticket_id: string }>(
        `SELECT c.ticket_id FROM ticket_ccs c JOIN tickets t ON t.id = c.ticket_id
          WHERE c.user_id = $1 AND t.requester_id <> $1 AND t.priority = 'LOW' ORDER BY t.created_at LIMIT 1`,
        [w.user.id],
      );
      const id = ccd[0].ticket_id;
      const t = await ctx.http.get(`/api/v1/tickets/${id}`).set(as(w.agent)).expect(200);
      await ctx.http
        .patch(`/api/v1/tickets/${id}`)
        .set(as(w.agent))
        .set('if-match', t.headers.etag)
        .send({ priority: 'CRITICAL' })
        .expect(200);
      const after = await rowsOf(own, [w.org.id, w.user.id]);
      expect(after.find((r) => r.id === id)?.priority).toBe('CRITICAL');
      expect(await walk(w.user, 'sort=priority')).toEqual(expectedOrder(after, 'priority'));
      const recent = await ctx.http.get('/api/v1/tickets?sort=-updatedAt&limit=1').set(as(w.user)).expect(200);
      expect(recent.body.data[0].id).toBe(id);
      const { rows } = await ctx.pool.query(
        `SELECT c.ticket_updated_at = t.updated_at AND c.ticket_priority = t.priority AS same FROM ticket_ccs c JOIN tickets t ON t.id = c.ticket_id WHERE c.ticket_id = $1`,
        [id],
      );
      expect(rows).toEqual([{ same: true }]);
    });

    it('refuses a cursor of another sort and an unknown sort with 400 problem+json naming the field', async () => {
      const w = await world();
      const page = await ctx.http.get('/api/v1/tickets?sort=priority&limit=2').set(as(w.user)).expect(200);
      const cursor = page.body.nextCursor as string;
      const wrong = await ctx.http.get(`/api/v1/tickets?sort=updatedAt&cursor=${cursor}`).set(as(w.user)).expect(400);
      expect(wrong.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(wrong.body.errors).toEqual([{ field: 'cursor', message: expect.stringContaining('sort=priority') }]);
      // A cursor of the default order given with an explicit other sort, and the other way round.
      const dflt = (await ctx.http.get('/api/v1/tickets?limit=2').set(as(w.user)).expect(200)).body.nextCursor;
      await ctx.http.get(`/api/v1/tickets?sort=createdAt&cursor=${dflt}`).set(as(w.user)).expect(400);
      await ctx.http.get(`/api/v1/tickets?sort=-createdAt&cursor=${dflt}`).set(as(w.user)).expect(200);
      await ctx.http.get(`/api/v1/tickets?cursor=${cursor}`).set(as(w.user)).expect(400);
      // The untagged cursor of earlier releases still continues the default order.
      const legacy = Buffer.from(JSON.stringify(['2026-01-01T05:00:00.000Z', w.user.id])).toString('base64url');
      await ctx.http.get(`/api/v1/tickets?cursor=${legacy}`).set(as(w.user)).expect(200);
      await ctx.http.get(`/api/v1/tickets?sort=priority&cursor=${legacy}`).set(as(w.user)).expect(400);
      // Forged cursors: a bad priority, a bad timestamp, 'infinity' where only resolutionDueAt allows it.
      for (const forged of [
        ['priority', 'URGENT', '2026-01-01T00:00:00.000Z', w.user.id],
        ['updatedAt', '2026-13-01T00:00:00.000Z', w.user.id],
        ['updatedAt', 'infinity', w.user.id],
        ['resolutionDueAt', 'infinity'],
      ]) {
        const c = Buffer.from(JSON.stringify(forged)).toString('base64url');
        const r = await ctx.http.get(`/api/v1/tickets?sort=${forged[0]}&cursor=${c}`).set(as(w.user)).expect(400);
        expect(r.body.errors).toEqual([{ field: 'cursor', message: 'is not a valid cursor' }]);
      }
      const due = Buffer.from(JSON.stringify(['resolutionDueAt', 'infinity', w.user.id])).toString('base64url');
      await ctx.http.get(`/api/v1/tickets?sort=resolutionDueAt&cursor=${due}`).set(as(w.user)).expect(200);
      const bad = await ctx.http.get('/api/v1/tickets?sort=newest').set(as(w.user)).expect(400);
      expect(bad.body.errors).toEqual([
        {
          field: 'sort',
          message:
            'sort must be one of the following values: createdAt, -createdAt, updatedAt, -updatedAt, resolutionDueAt, priority',
        },
      ]);
    });
  });

  describe('full-text search', () => {
    async function searchWorld() {
      const w = await world();
      const subject = await f.ticket(w.org.id, w.user.id, { subject: 'Printer on fire' });
      const described = await ctx.prisma.ticket.create({
        data: {
          organizationId: w.org.id,
          requesterId: w.colleague.id,
          type: 'INCIDENT',
          subject: 'Supplies',
          description: 'The toner cartridge of the second floor is empty.',
          status: 'OPEN',
        },
      });
      await f.cc(described, w.user.id);
      const commented = await f.ticket(w.org.id, w.user.id, { subject: 'Meeting room' });
      const internal = await f.ticket(w.org.id, w.user.id, { subject: 'Access badge' });
      const foreign = await ctx.prisma.ticket.create({
        data: {
          organizationId: w.other.id,
          requesterId: w.stranger.id,
          type: 'INCIDENT',
          subject: 'Toner',
          description: 'toner cartridge projector',
        },
      });
      await ctx.http
        .post(`/api/v1/tickets/${commented.id}/comments`)
        .set(as(w.user))
        .send({ body: 'The projector flickers every morning.' })
        .expect(201);
      await ctx.http
        .post(`/api/v1/tickets/${internal.id}/comments`)
        .set(as(w.agent))
        .send({ body: 'Vendor escalation codeword zanzibar.', internal: true })
        .expect(201);
      return { ...w, subject, described, commented, internal, foreign };
    }
    const search = async (user: { id: string }, qs: string) =>
      (await ctx.http.get(`/api/v1/tickets?${qs}`).set(as(user)).expect(200)).body.data.map(
        (t: { id: string }) => t.id,
      );

    it('matches subject, description and public comments, never another tenant’s tickets nor an internal comment', async () => {
      const w = await searchWorld();
      expect(await search(w.user, 'q=toner')).toEqual([w.described.id]);
      expect(await search(w.user, 'q=cartridges%20OR%20TONER')).toEqual([w.described.id]);
      expect(await search(w.user, 'q=projector')).toEqual([w.commented.id]);
      expect(await search(w.user, 'q=%22projector%20flickers%22')).toEqual([w.commented.id]);
      expect(await search(w.user, 'q=projector%20-morning')).toEqual([]);
      // A substring of the subject still matches, as before full-text search.
      expect(await search(w.user, 'q=rinte')).toEqual([w.subject.id]);
      // Internal comments are not part of the document: no match for the customer, nor for staff.
      expect(await search(w.user, 'q=zanzibar')).toEqual([]);
      expect(await search(w.agent, 'q=zanzibar')).toEqual([]);
      // Staff search every organisation: the foreign ticket too.
      expect((await search(w.agent, 'q=toner')).sort()).toEqual([w.described.id, w.foreign.id].sort());
      expect(await search(w.stranger, 'q=projector')).toEqual([w.foreign.id]);
      // Only punctuation: no lexeme, no match, no error.
      expect(await search(w.user, 'q=%21%21')).toEqual([]);
    });

    it('combines with filters and sorts, and counts the same tickets', async () => {
      const w = await searchWorld();
      expect(await search(w.user, 'q=toner&status=OPEN')).toEqual([w.described.id]);
      expect(await search(w.user, 'q=toner&status=NEW')).toEqual([]);
      expect(await search(w.user, `q=toner&requesterId=${w.user.id}`)).toEqual([]);
      await ctx.http
        .post(`/api/v1/tickets/${w.subject.id}/comments`)
        .set(as(w.user))
        .send({ body: 'And the toner smells.' })
        .expect(201);
      expect(await search(w.user, 'q=toner&sort=createdAt')).toEqual([w.subject.id, w.described.id]);
      expect(await search(w.user, 'q=toner&sort=-createdAt&limit=1')).toEqual([w.described.id]);
      const count = await ctx.http.get('/api/v1/tickets/count?q=toner').set(as(w.user)).expect(200);
      expect(count.body).toEqual({ count: 2, exact: true });
    });

    it('follows comments made internal, public again, edited and deleted, and edits of subject and description', async () => {
      const w = await searchWorld();
      const [comment] = await ctx.prisma.ticketComment.findMany({ where: { ticketId: w.commented.id } });
      await ctx.prisma.ticketComment.update({ where: { id: comment.id }, data: { internal: true } });
      expect(await search(w.user, 'q=projector')).toEqual([]);
      await ctx.prisma.ticketComment.update({ where: { id: comment.id }, data: { internal: false } });
      expect(await search(w.user, 'q=projector')).toEqual([w.commented.id]);
      await ctx.prisma.ticketComment.update({ where: { id: comment.id }, data: { body: 'The beamer flickers.' } });
      expect(await search(w.user, 'q=projector')).toEqual([]);
      expect(await search(w.user, 'q=beamer')).toEqual([w.commented.id]);
      // Making the internal comment public brings it into the document.
      await ctx.prisma.ticketComment.updateMany({ where: { ticketId: w.internal.id }, data: { internal: false } });
      expect(await search(w.user, 'q=zanzibar')).toEqual([w.internal.id]);
      await ctx.prisma.ticketComment.deleteMany({ where: { ticketId: w.internal.id } });
      expect(await search(w.user, 'q=zanzibar')).toEqual([]);
      // A new description replaces the old one; the comments stay in the document.
      const t = await ctx.http.get(`/api/v1/tickets/${w.commented.id}`).set(as(w.user)).expect(200);
      await ctx.http
        .patch(`/api/v1/tickets/${w.commented.id}`)
        .set(as(w.user))
        .set('if-match', t.headers.etag)
        .send({ description: 'Whiteboard missing' })
        .expect(200);
      expect(await search(w.user, 'q=whiteboard')).toEqual([w.commented.id]);
      expect(await search(w.user, 'q=beamer')).toEqual([w.commented.id]);
    });

    it('keeps both comments when two are added at once on one ticket', async () => {
      const w = await searchWorld();
      await Promise.all(
        ['alpha', 'bravo', 'charlie', 'delta'].map((word) =>
          ctx.http
            .post(`/api/v1/tickets/${w.commented.id}/comments`)
            .set(as(w.user))
            .send({ body: `word ${word}` })
            .expect(201),
        ),
      );
      for (const word of ['alpha', 'bravo', 'charlie', 'delta'])
        expect(await search(w.user, `q=${word}`)).toEqual([w.commented.id]);
    });
  });

  describe('count', () => {
    it('counts what the list shows, with the same filters, exactly', async () => {
      const w = await world();
      const count = async (user: { id: string }, qs = '') =>
        (await ctx.http.get(`/api/v1/tickets/count?${qs}`).set(as(user)).expect(200)).body;
      expect(await count(w.user)).toEqual({ count: 20, exact: true });
      expect(await count(w.plus)).toEqual({ count: 30, exact: true });
      expect(await count(w.agent)).toEqual({ count: 35, exact: true });
      expect(await count(w.stranger)).toEqual({ count: 5, exact: true });
      expect(await count(w.user, 'priority=HIGH')).toEqual({
        count: (await walk(w.user, 'priority=HIGH', 100)).length,
        exact: true,
      });
      expect(await count(w.agent, `organizationId=${w.other.id}`)).toEqual({ count: 5, exact: true });
      expect(await count(w.user, `organizationId=${w.other.id}`)).toEqual({ count: 0, exact: true });
      // Sort, cursor and limit are list parameters, not filters.
      for (const qs of ['limit=5', 'sort=priority', 'cursor=abc', 'status=NOPE'])
        await ctx.http.get(`/api/v1/tickets/count?${qs}`).set(as(w.user)).expect(400);
      await ctx.http.get('/api/v1/tickets/count').expect(401);
    });

    it('counts nothing of an organisation whose portal is not active, and refuses to name it (same gate as the list)', async () => {
      const w = await world();
      await ctx.prisma.portal.update({ where: { id: w.portal.id }, data: { status: 'ENABLED' } });
      const count = await ctx.http.get('/api/v1/tickets/count').set(as(w.user)).expect(200);
      expect(count.body).toEqual({ count: 0, exact: true });
      const named = await ctx.http.get(`/api/v1/tickets/count?organizationId=${w.org.id}`).set(as(w.user)).expect(403);
      expect(named.body.detail).toMatch(/ENABLED/);
      expect((await ctx.http.get('/api/v1/tickets/count').set(as(w.agent)).expect(200)).body).toEqual({
        count: 35,
        exact: true,
      });
    });
  });
});

describe('ticket counts above the limit', () => {
  const { ctx, f, as } = useApp({ RATE_LIMIT_ENABLED: 'false', TICKET_COUNT_LIMIT: '50' });

  it('answers { count: limit, exact: false } above the limit, and exact counts up to it', async () => {
    const portal = await f.portal();
    const org = await f.org({ portalId: portal.id, ticketAccess: 'ORG_READ' });
    const user = await f.member(org.id);
    const agent = await f.staff('AGENT');
    await ctx.pool.query(
      `INSERT INTO tickets (id, organization_id, requester_id, type, priority, subject, updated_at)
       SELECT gen_random_uuid(), $1, $2, 'INCIDENT', CASE WHEN g <= 50 THEN 'LOW' ELSE 'HIGH' END::"TicketPriority", 'Ticket ' || g, now()
         FROM generate_series(1, 60) g`,
      [org.id, user.id],
    );
    const count = async (u: { id: string }, qs = '') =>
      (await ctx.http.get(`/api/v1/tickets/count?${qs}`).set(as(u)).expect(200)).body;
    expect(await count(user)).toEqual({ count: 50, exact: false });
    expect(await count(agent)).toEqual({ count: 50, exact: false });
    expect(await count(user, 'priority=LOW')).toEqual({ count: 50, exact: true });
    expect(await count(user, 'priority=HIGH')).toEqual({ count: 10, exact: true });
  });
});
