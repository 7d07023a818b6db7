import { Redis } from 'ioredis';
import { lsnFromKey, lsnKey, type Lsn } from './replica-lag.js';

/**
 * Read-your-writes markers: per user, the primary's WAL position after their latest write. Until
 * a replica has replayed past it, that user's list reads go to the primary. A marker only ever
 * moves forward (two writes finishing out of order keep the later position) and expires after
 * `ttlMs`, by which time no replica within the lag bound can still be behind it.
 */
export interface ReadMarkers {
  /** Throws when the markers cannot be read (the caller then reads from the primary). */
  get(userId: string): Promise<Lsn | null>;
  set(userId: string, lsn: Lsn): Promise<void>;
  close(): Promise<void>;
}

/** In this process only: right for one instance (or sticky sessions). */
export class MemoryReadMarkers implements ReadMarkers {
  private readonly markers = new Map<string, { lsn: Lsn; expiresAt: number }>();
  private nextSweep = 0;

  constructor(private readonly ttlMs: number) {}

  getSync(userId: string): Lsn | null {
    const m = this.markers.get(userId);
    if (!m) return null;
    if (m.expiresAt <= Date.now()) {
      this.markers.delete(userId);
      return null;
    }
    return m.lsn;
  }

  get(userId: string): Promise<Lsn | null> {
    return Promise.resolve(this.getSync(userId));
  }

  set(userId: string, lsn: Lsn): Promise<void> {
    const now = Date.now();
    const current = this.getSync(userId);
    this.markers.delete(userId); // re-inserted last: the map stays in expiry order
    this.markers.set(userId, { lsn: current !== null && current > lsn ? current : lsn, expiresAt: now + this.ttlMs });
    if (now >= this.nextSweep) {
      this.nextSweep = now + this.ttlMs;
      for (const [k, m] of this.markers) {
        if (m.expiresAt > now) break;
        this.markers.delete(k);
      }
    }
    return Promise.resolve();
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

/** Keeps the greater of the stored and the given position (fixed-width hex compares as text). */
const RAISE_SCRIPT = `
local cur = redis.call('GET', KEYS[1])
if (not cur) or cur < ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
else
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 1`;

/**
 * Shared by every instance through Redis, so a write answered by one instance is seen by the
 * next request on another. This process's own markers are kept in memory too: when Redis fails,
 * a user's reads on the instance that served the write still see it, and reads elsewhere go to
 * the primary (`get` throws).
 */
export class RedisReadMarkers implements ReadMarkers {
  private readonly redis: Redis;
  private readonly local: MemoryReadMarkers;

  constructor(
    url: string,
    private readonly prefix: string,
    private readonly ttlMs: number,
    private readonly warn: (msg: string) => void,
  ) {
    this.local = new MemoryReadMarkers(ttlMs);
    this.redis = new Redis(url, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      commandTimeout: 500,
      connectTimeout: 2000,
    });
    this.redis.on('error', () => {}); // each failed command is handled where it fails
    this.redis.defineCommand('outpostRaiseMarker', { numberOfKeys: 1, lua: RAISE_SCRIPT });
  }

  private key(userId: string): string {
    return `${this.prefix}ryw:${userId}`;
  }

  async get(userId: string): Promise<Lsn | null> {
    const local = this.local.getSync(userId);
    const shared = await this.redis.get(this.key(userId));
    const remote = shared ? lsnFromKey(shared) : null;
    if (local === null) return remote;
    return remote !== null && remote > local ? remote : local;
  }

  async set(userId: string, lsn: Lsn): Promise<void> {
    await this.local.set(userId, lsn);
    try {
      await (
        this.redis as unknown as { outpostRaiseMarker(key: string, lsn: string, ttl: number): Promise<number> }
      ).outpostRaiseMarker(this.key(userId), lsnKey(lsn), this.ttlMs);
    } catch (err) {
      this.warn(`read-your-writes marker not shared through Redis: ${(err as Error).message}`);
    }
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}
