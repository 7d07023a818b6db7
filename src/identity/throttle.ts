import { sha256 } from './session.service.js';

/**
 * A fixed-window counter in this process's memory, keyed by a hash (never the raw email): the
 * first, per-instance layer of the mail cap on anonymous endpoints. Per instance; the
 * authoritative caps live in PostgreSQL (login lockouts included).
 */
export class WindowCounter {
  private readonly entries = new Map<string, { count: number; resetAt: number }>();

  constructor(private readonly maxEntries = 50_000) {}

  /** Counts one hit; returns the count in the current window and when the window ends. */
  hit(key: string, windowMs: number, now = Date.now()): { count: number; resetAt: number } {
    const k = sha256(key);
    let e = this.entries.get(k);
    if (!e || e.resetAt <= now) {
      e = { count: 0, resetAt: now + windowMs };
      this.entries.delete(k);
      if (this.entries.size >= this.maxEntries) this.evict(now);
      this.entries.set(k, e);
    }
    e.count++;
    return { ...e };
  }

  peek(key: string, now = Date.now()): { count: number; resetAt: number } | null {
    const e = this.entries.get(sha256(key));
    return e && e.resetAt > now ? { ...e } : null;
  }

  clear(key: string): void {
    this.entries.delete(sha256(key));
  }

  private evict(now: number): void {
    for (const [k, e] of this.entries) if (e.resetAt <= now) this.entries.delete(k);
    // Still full: drop the oldest insertions (Map keeps insertion order).
    for (const k of this.entries.keys()) {
      if (this.entries.size < this.maxEntries) break;
      this.entries.delete(k);
    }
  }
}

export const retryAfterSeconds = (resetAt: number, now = Date.now()): number =>
  Math.max(1, Math.ceil((resetAt - now) / 1000));
