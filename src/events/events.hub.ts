import { PassThrough } from 'node:stream';
import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationShutdown } from '@nestjs/common';
import type { Principal } from '../access/principal.js';
import { PrincipalLoader } from '../auth/principal.loader.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { PrismaService } from '../database/prisma.service.js';
import { Readiness } from '../health/readiness.js';
import { eventsAfter, loadContexts, loadEvents, viewEvent, type EventContext } from './event-view.js';

/** Events replayed at most on a `Last-Event-ID` resume; beyond, the client is told to refetch. */
export const RESUME_LIMIT = 1000;
/** New events found within this window are loaded and sent as one batch. */
const BATCH_MS = 10;
/** How long an id below the highest one seen is waited for (its transaction may commit late). */
const GAP_WAIT_MS = 10_000;

interface StreamClient {
  userId: string;
  principal: Principal;
  out: PassThrough;
  /** While the resume is being sent, live events wait here. */
  buffer: EventContext[] | null;
  /** The ids the resume sent (at most RESUME_LIMIT): not sent again when they also arrive live. */
  sent: Set<string> | null;
}

type Listener = (ids: string[]) => void;

/**
 * Live events of this instance. While someone listens (a stream, the webhook worker), the instance
 * follows the event log with one indexed query every EVENTS_POLL_MS, so a change committed on any
 * instance reaches the streams and the worker of every instance; no session state, nothing held
 * open in a pooler. New events are batched; each batch loads the events and their current rows once, reloads the principals of the connected
 * users once (so a revoked user gets nothing more, and a deactivated one is disconnected), and
 * sends each client the events the engine lets it see, built by `viewEvent` like a webhook payload.
 */
@Injectable()
export class EventsHub implements BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger('Events');
  private readonly clients = new Set<StreamClient>();
  private readonly listeners = new Set<Listener>();
  private starting: Promise<void> | null = null;
  private pollTimer: NodeJS.Timeout | null = null;
  private polling = false;
  /** Ids below the highest seen that had not committed yet, until when they are looked for. */
  private readonly gaps = new Map<string, number>();
  private stopped = false;
  private pending: string[] = [];
  private flushTimer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();
  private heartbeat: NodeJS.Timeout | null = null;
  private drainWatch: NodeJS.Timeout | null = null;
  /** Highest event id seen. */
  private lastSeen: bigint | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly prisma: PrismaService,
    private readonly principals: PrincipalLoader,
    private readonly readiness: Readiness,
  ) {}

  /** Calls `fn` with the ids of newly committed events (the webhook worker wakes up on them). */
  subscribe(fn: Listener): void {
    this.listeners.add(fn);
    void this.ensureFollowing();
  }

  get connectedClients(): number {
    return this.clients.size;
  }

  // ── following the event log ───────────────────────────────────

  /** Resolves once this instance follows the event log (tests wait for it before making a change elsewhere). */
  ensureFollowing(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    this.starting ??= this.start();
    return this.starting;
  }

  private async start(): Promise<void> {
    this.pollTimer = setInterval(() => void this.poll(), this.config.webhooks.eventsPollMs);
    this.pollTimer.unref();
    await this.poll();
  }

  /** Where following starts: after the newest event now (null while the database cannot say, e.g. before migrations). */
  private async begin(): Promise<void> {
    const [row] = await this.prisma.$queryRaw<{ id: string | null }[]>`SELECT max(id)::text AS id FROM events`;
    this.lastSeen = BigInt(row?.id ?? '0');
  }

  /**
   * One indexed query per interval: the events after the highest id seen, and the ids below it
   * that were missing (a transaction that took its id earlier and committed later; a rolled-back
   * one's id never comes and is given up after GAP_WAIT_MS).
   */
  private async poll(): Promise<void> {
    // Not before the migrations are applied (a production start), nor while draining.
    if (this.polling || !this.readiness.ready) return;
    this.polling = true;
    try {
      if (this.lastSeen === null) return await this.begin();
      const now = Date.now();
      for (const [id, until] of this.gaps) if (until < now) this.gaps.delete(id);
      const gaps = [...this.gaps.keys()];
      const [r] = await this.prisma.$queryRaw<{ top: string | null; ids: string[] }[]>`
        SELECT (SELECT max(id)::text FROM events) AS top,
               (SELECT COALESCE(json_agg(x.id::text ORDER BY x.id), '[]'::json) FROM (
                  SELECT id FROM events WHERE id > ${this.lastSeen.toString()}::bigint OR id = ANY(${gaps}::bigint[])
                  ORDER BY id LIMIT 1000) x) AS ids`;
      // The log was emptied and its ids started over (a restored or truncated database): follow it anew.
      if (BigInt(r?.top ?? '0') < this.lastSeen) {
        this.lastSeen = 0n;
        this.gaps.clear();
        return;
      }
      const ids = r?.ids ?? [];
      if (ids.length === 0) return;
      for (const id of ids) this.gaps.delete(id);
      let expected = this.lastSeen + 1n;
      for (const id of ids.map(BigInt).filter((n) => n > this.lastSeen!)) {
        for (let missing = expected; missing < id && this.gaps.size < 10_000; missing++)
          this.gaps.set(missing.toString(), now + GAP_WAIT_MS);
        expected = id + 1n;
        this.lastSeen = id;
      }
      this.enqueue(ids);
    } catch (err) {
      this.logger.warn(`reading the event log failed: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      this.polling = false;
    }
  }

  private enqueue(ids: string[]): void {
    for (const l of this.listeners) l(ids);
    if (this.clients.size === 0) return;
    this.pending.push(...ids);
    this.flushTimer ??= setTimeout(() => {
      this.flushTimer = null;
      const batch = [...new Set(this.pending)];
      this.pending = [];
      this.flushing = this.flushing
        .then(() => this.flush(batch))
        .catch((err: unknown) => {
          this.logger.error(`event batch failed: ${err instanceof Error ? err.message : String(err)}`);
        });
    }, BATCH_MS);
  }

  private async flush(ids: string[]): Promise<void> {
    if (this.clients.size === 0) return;
    const events = (await loadEvents(this.prisma, ids)).filter((e) => e.type !== 'ping');
    if (events.length === 0) return;
    const contexts = await loadContexts(this.prisma, events);
    const fresh = await this.principals.loadMany([...new Set([...this.clients].map((c) => c.userId))]);
    for (const client of this.clients) {
      const p = fresh.get(client.userId);
      if (!p) {
        this.end(client);
        continue;
      }
      client.principal = p;
      if (client.buffer) client.buffer.push(...contexts);
      else for (const ctx of contexts) this.send(client, ctx);
    }
  }

  // ── streams ───────────────────────────────────────────────────

  /**
   * Opens an event stream for `p`. With `lastEventId`, first the retained events after it that
   * `p` may see (at most RESUME_LIMIT; an `overflow` event when the gap is larger or pruned),
   * then live events. Returns the stream the route sends.
   */
  async open(p: Principal, lastEventId: string | null, onClose: (fn: () => void) => void): Promise<PassThrough> {
    await this.ensureFollowing();
    const out = new PassThrough();
    const client: StreamClient = { userId: p.userId, principal: p, out, buffer: lastEventId ? [] : null, sent: null };
    this.clients.add(client);
    this.startTimers();
    onClose(() => this.end(client));
    out.write(`retry: 3000\n: connected\n\n`);
    if (lastEventId) void this.resume(client, lastEventId);
    return out;
  }

  private async resume(client: StreamClient, lastEventId: string): Promise<void> {
    try {
      const [oldest] = await this.prisma.$queryRaw<{ id: string | null }[]>`SELECT min(id)::text AS id FROM events`;
      const events = await eventsAfter(this.prisma, lastEventId, RESUME_LIMIT);
      const pruned = oldest?.id !== null && oldest?.id !== undefined && BigInt(oldest.id) > BigInt(lastEventId) + 1n;
      if (pruned || events.length === RESUME_LIMIT) {
        client.out.write(
          `event: overflow\ndata: ${JSON.stringify({ reason: 'the events after Last-Event-ID are no longer all in the log: refetch, then follow the stream' })}\n\n`,
        );
      }
      client.sent = new Set();
      for (const ctx of await loadContexts(this.prisma, events)) {
        this.send(client, ctx);
        client.sent.add(ctx.event.id);
      }
    } catch (err) {
      this.logger.warn(`resume failed: ${err instanceof Error ? err.message : String(err)}`);
    }
    const waiting = client.buffer ?? [];
    client.buffer = null;
    for (const ctx of waiting) this.send(client, ctx);
  }

  private send(client: StreamClient, ctx: EventContext): void {
    if (client.buffer === null && client.sent?.has(ctx.event.id)) return;
    const view = viewEvent(client.principal, ctx);
    if (!view.visible) return;
    client.out.write(
      `id: ${view.payload.eventId}\nevent: ${view.payload.type}\ndata: ${JSON.stringify(view.payload)}\n\n`,
    );
  }

  private end(client: StreamClient): void {
    if (!this.clients.delete(client)) return;
    client.out.end();
    if (this.clients.size === 0) this.stopTimers();
  }

  private startTimers(): void {
    if (!this.heartbeat) {
      this.heartbeat = setInterval(() => {
        for (const c of this.clients) c.out.write(': heartbeat\n\n');
      }, this.config.webhooks.sseHeartbeatMs);
      this.heartbeat.unref();
    }
    // Shutdown: streams never end by themselves, so draining ends them (the drain then completes).
    if (!this.drainWatch) {
      this.drainWatch = setInterval(() => {
        if (this.readiness.draining) this.closeAll();
      }, 100);
      this.drainWatch.unref();
    }
  }

  private stopTimers(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    if (this.drainWatch) clearInterval(this.drainWatch);
    this.heartbeat = null;
    this.drainWatch = null;
  }

  closeAll(): void {
    for (const c of [...this.clients]) this.end(c);
  }

  /** Before the HTTP server closes: open streams would keep it waiting. */
  beforeApplicationShutdown(): void {
    this.stopped = true;
    this.closeAll();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.closeAll();
    if (this.flushTimer) clearTimeout(this.flushTimer);
    if (this.pollTimer) clearInterval(this.pollTimer);
    await this.starting?.catch(() => undefined);
    if (this.pollTimer) clearInterval(this.pollTimer);
    this.pollTimer = null;
  }
}
