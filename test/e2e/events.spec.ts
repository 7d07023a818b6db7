import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import { closeGracefully, createApp } from '../../src/app.factory.js';
import { EventsHub } from '../../src/events/events.hub.js';
import { testConfig } from '../helpers/app.js';
import { useApp } from '../helpers/setup.js';
import { openSse, type SseStream } from '../helpers/sse-client.js';

const ENV = { RATE_LIMIT_ENABLED: 'false', SSE_HEARTBEAT_MS: '200' };

describe('GET events: Server-Sent Events filtered per caller, resumable, across instances', () => {
  const { ctx, f, as } = useApp(ENV);
  let base: string;
  /** A second instance on the same database. */
  let other: NestFastifyApplication;
  let otherHttp: TestAgent;
  let otherBase: string;
  const streams: SseStream[] = [];

  const listen = async (app: NestFastifyApplication) => {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.getHttpServer().address() as { port: number };
    return `http://127.0.0.1:${port}`;
  };

  beforeAll(async () => {
    base = await listen(ctx.app);
    other = await createApp(testConfig(ctx.databaseUrl, ENV));
    otherBase = await listen(other);
    otherHttp = request(other.getHttpServer());
  });
  afterEach(() => {
    for (const s of streams.splice(0)) s.close();
  });
  afterAll(async () => {
    await other?.close().catch(() => undefined);
  });

  const open = async (u: { id: string }, extra: Record<string, string> = {}, at = base) => {
    const s = await openSse(at, { ...as(u), ...extra });
    streams.push(s);
    return s;
  };
  const payloads = (s: SseStream) => s.events.map((e) => JSON.parse(e.data) as { type: string; data: any });

  async function world() {
    const portal = await f.portal();
    const a = await f.org({ portalId: portal.id });
    const b = await f.org({ portalId: portal.id });
    return {
      a,
      b,
      agent: await f.staff('AGENT'),
      user: await f.member(a.id, { roles: ['PORTAL_USER'] }),
      colleague: await f.member(a.id, { roles: ['PORTAL_USER'] }),
      memberB: await f.member(b.id, { roles: ['PORTAL_USER_PLUS'] }),
    };
  }

  it('each caller receives the events the engine lets them read, when each is sent; heartbeats keep the line open', async () => {
    const w = await world();
    const staff = await open(w.agent);
    const user = await open(w.user);
    const memberB = await open(w.memberB);
    expect(staff.status).toBe(200);
    expect(staff.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(staff.headers['cache-control']).toBe('private, no-cache, no-transform');
    const t = await ctx.http
      .post('/api/v1/tickets')
      .set(as(w.user))
      .send({ type: 'INCIDENT', subject: 'Live' })
      .expect(201);
    await ctx.http
      .post(`/api/v1/tickets/${t.body.id}/comments`)
      .set(as(w.agent))
      .send({ body: 'note', internal: true })
      .expect(201);
    await ctx.http.post(`/api/v1/tickets/${t.body.id}/comments`).set(as(w.agent)).send({ body: 'answer' }).expect(201);
    // A colleague's own ticket (OWN access) and another organisation's ticket.
    await ctx.http.post('/api/v1/tickets').set(as(w.colleague)).send({ type: 'INCIDENT', subject: 'Mine' }).expect(201);
    await ctx.http.post('/api/v1/tickets').set(as(w.memberB)).send({ type: 'INCIDENT', subject: 'B' }).expect(201);
    await staff.waitFor(5);
    await memberB.waitFor(1);
    await user.waitFor(2);
    expect(payloads(staff).map((p) => p.type)).toEqual([
      'ticket.created',
      'ticket.commented',
      'ticket.commented',
      'ticket.created',
      'ticket.created',
    ]);
    expect(payloads(user).map((p) => [p.type, p.data.comment?.body ?? p.data.ticket.subject])).toEqual([
      ['ticket.created', 'Live'],
      ['ticket.commented', 'answer'],
    ]);
    expect(payloads(memberB).map((p) => p.data.ticket.subject)).toEqual(['B']);
    // SSE ids are the event log's ids, increasing; comment lines are heartbeats.
    const ids = staff.events.map((e) => Number(e.id));
    expect([...ids].sort((x, y) => x - y)).toEqual(ids);
    await new Promise((r) => setTimeout(r, 450));
    expect(user.comments.filter((c) => c === 'heartbeat').length).toBeGreaterThanOrEqual(1);
  });

  it('Last-Event-ID resumes with the missed events the caller may see, then follows live', async () => {
    const w = await world();
    const t = await f.ticket(w.a.id, w.user.id);
    const first = await open(w.user);
    await ctx.http.post(`/api/v1/tickets/${t.id}/comments`).set(as(w.agent)).send({ body: 'one' }).expect(201);
    const [seen] = await first.waitFor(1);
    first.close();
    await ctx.http.post(`/api/v1/tickets/${t.id}/comments`).set(as(w.agent)).send({ body: 'two' }).expect(201);
    await ctx.http
      .post(`/api/v1/tickets/${t.id}/comments`)
      .set(as(w.agent))
      .send({ body: 'hidden', internal: true })
      .expect(201);
    await ctx.http.post(`/api/v1/tickets/${t.id}/comments`).set(as(w.agent)).send({ body: 'three' }).expect(201);
    const again = await open(w.user, { 'last-event-id': seen.id! });
    await again.waitFor(2);
    await ctx.http.post(`/api/v1/tickets/${t.id}/comments`).set(as(w.agent)).send({ body: 'four' }).expect(201);
    await again.waitFor(3);
    expect(payloads(again).map((p) => p.data.comment.body)).toEqual(['two', 'three', 'four']);
    // A malformed Last-Event-ID is a 400 problem, not a stream.
    const bad = await ctx.http.get('/api/v1/events').set(as(w.user)).set('last-event-id', 'abc').expect(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
  });

  it('a change made on one instance reaches a stream on the other (both follow the event log)', async () => {
    const w = await world();
    const onA = await open(w.user, {}, base);
    await ctx.app.get(EventsHub).ensureFollowing();
    await otherHttp.post('/api/v1/tickets').set(as(w.user)).send({ type: 'QUESTION', subject: 'From B' }).expect(201);
    const [e] = await onA.waitFor(1);
    expect(JSON.parse(e.data)).toMatchObject({ type: 'ticket.created', data: { ticket: { subject: 'From B' } } });
  });

  it('a user deactivated while connected is disconnected at the next event', async () => {
    const w = await world();
    const s = await open(w.user);
    await ctx.prisma.user.update({ where: { id: w.user.id }, data: { active: false } });
    await ctx.http.post('/api/v1/tickets').set(as(w.colleague)).send({ type: 'QUESTION', subject: 'x' }).expect(201);
    await s.ended;
    expect(s.events).toHaveLength(0);
  });

  it('SIGTERM drains: open streams are closed and the instance stops promptly', async () => {
    const w = await world();
    const s = await open(w.user, {}, otherBase);
    await otherHttp.get('/health/live').expect(200);
    const started = Date.now();
    await closeGracefully(other, 5000);
    await s.ended;
    expect(Date.now() - started).toBeLessThan(4000);
  });
});
