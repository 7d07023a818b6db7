import { PassThrough } from 'node:stream';
import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationShutdown } from '@nestjs/common';
import pg from 'pg';
import type { Principal } from '../access/principal.js';
import { PrincipalLoader } from '../auth/principal.loader.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { PrismaService } from '../database/prisma.service.js';
import { Readiness } from '../health/readiness.js';
import { EVENTS_CHANNEL } from './event-log.js';
import { eventsAfter, loadContexts, loadEvents, viewEvent, type EventContext } from './event-view.js';

/** Events replayed at most on a `Last-Event-ID` resume; beyond, the client is told to refetch. */
export const RESUME_LIMIT = 1000;
/** Notifications arriving within this window are loaded and sent as one batch. */
const BATCH_MS = 10;

interface StreamClient {
  userId: string;
  principal: Principal;
  out: PassThrough;
  /** While the resume is being sent, live events wait here. */
  buffer: EventContext[] | null;
  sent: Set<string> | null;
}

type Listener = (ids: string[]) => void;

/**
 * Live events of this instance. One dedicated connection LISTENs on the events channel (a
 * session: DIRECT_DATABASE_URL past a transaction pooler), so a change committed on any instance
 * reaches the streams and the webhook worker of every instance. Notifications are batched; each
 * batch loads the events and their current rows once, reloads the principals of the connected
 * users once (so a revoked user gets nothing more, and a deactivated one is disconnected), and
 * sends each client the events the engine lets it see, built by `viewEvent` like a webhook payload.
 */
@Injectable()
export class EventsHub implements BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger('Events');
  private readonly clients = new Set<StreamClient>();
  private readonly listeners = new Set<Listener>();
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private reconnectDelay = 500;
  private stopped = false;
  private pending: string[] = [];
  private flushTimer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();
  private heartbeat: NodeJS.Timeout | null = null;
  private drainWatch: NodeJS.Timeout | null = null;
  /** Highest event id seen: after a lost connection, events past it are caught up. */
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
    void this.ensureListening();
  }

  get connectedClients(): number {
    return this.clients.size;
  }

  // ── the LISTEN connection ─────────────────────────────────────

  /** Resolves once this instance LISTENs (tests wait for it before making a change elsewhere). */
  ensureListening(): Promise<void> {
    if (this.client || this.stopped) return Promise.resolve();
    this.connecting ??= this.connect().finally(() => (this.connecting = null));
    return this.connecting;
  }

  private async connect(): Promise<void> {
    const url = this.config.webhooks.listenUrl ?? this.config.databaseUrl;
    if (!url) return;
    const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: this.config.dbConnectTimeoutMs });
    const lost = () => {
      if (this.client !== c) return;
      this.client = null;
      c.end().catch(() => undefined);
      this.scheduleReconnect();
    };
    c.on('error', lost);
    c.on('end', lost);
    c.on('notification', (n) => {
      if (n.channel === EVENTS_CHANNEL && n.payload) this.enqueue([n.payload]);
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${EVENTS_CHANNEL}`);
    } catch (err) {
      c.end().catch(() => undefined);
      this.logger.warn(`cannot LISTEN for events: ${err instanceof Error ? err.message : String(err)}`);
      this.scheduleReconnect();
      return;
    }
    if (this.stopped) {
      await c.end().catch(() => undefined);
      return;
    }
    this.client = c;
    this.reconnectDelay = 500;
    if (this.lastSeen !== null) await this.catchUp(this.lastSeen);
  }

  private scheduleReconnect(): void {
    if (this.stopped) return;
    const t = setTimeout(() => void this.ensureListening(), this.reconnectDelay);
    t.unref();
    this.reconnectDelay = Math.min(30_000, this.reconnectDelay * 2);
  }

  /** Events committed while the connection was lost. */
  private async catchUp(after: bigint): Promise<void> {
    try {
      const missed = await eventsAfter(this.prisma, after.toString(), RESUME_LIMIT);
      if (missed.length) this.enqueue(missed.map((e) => e.id));
    } catch {
      // The next notification or reconnect tries again.
    }
  }

  private enqueue(ids: string[]): void {
    for (const id of ids) {
      const n = BigInt(id);
      if (this.lastSeen === null || n > this.lastSeen) this.lastSeen = n;
    }
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
    await this.ensureListening();
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
    const sent = client.sent;
    client.buffer = null;
    client.sent = null;
    for (const ctx of waiting) if (!sent?.has(ctx.event.id)) this.send(client, ctx);
  }

  private send(client: StreamClient, ctx: EventContext): void {
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
    await this.connecting?.catch(() => undefined);
    const c = this.client;
    this.client = null;
    await c?.end().catch(() => undefined);
  }
}
