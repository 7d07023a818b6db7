/**
 * WAL positions and replica lag, without a database (src/database/replicas.ts probes, this
 * computes). A position (`pg_lsn`, printed `16/B374D848`) is a 64-bit byte offset in the WAL.
 */
export type Lsn = bigint;

/** Greater than every real position: "unknown, assume the newest" (a write whose position could not be read). */
export const LSN_UNKNOWN_NEWEST: Lsn = (1n << 64n) - 1n;

const LSN_TEXT = /^([0-9A-Fa-f]{1,8})\/([0-9A-Fa-f]{1,8})$/;

/** `16/B374D848` → 0x16_B374D848. */
export function parseLsn(text: string): Lsn {
  const m = LSN_TEXT.exec(text);
  if (!m) throw new Error(`not a WAL position: ${text}`);
  return (BigInt('0x' + m[1]) << 32n) | BigInt('0x' + m[2]);
}

export function formatLsn(lsn: Lsn): string {
  return `${(lsn >> 32n).toString(16).toUpperCase()}/${(lsn & 0xffffffffn).toString(16).toUpperCase()}`;
}

/** Fixed-width hex, so that positions compare as strings (Redis keeps them so). */
export const lsnKey = (lsn: Lsn): string => lsn.toString(16).padStart(16, '0');
export const lsnFromKey = (key: string): Lsn => BigInt('0x' + key);

/**
 * Replica lag in time, from the primary's WAL position sampled at each probe: a replica whose
 * replay position is behind the first sample taken at `t` has not replayed what the primary had
 * written at `t`, so it lags by at least `now - t`. An idle primary writes nothing and its replicas
 * lag by 0 however long ago they last replayed a record (which a replay timestamp would get wrong).
 * Samples older than `retainMs` are dropped; a replica behind every sample kept lags by more than
 * that (`Infinity`), so `retainMs` must exceed the lag bound.
 */
export class ReplicaLag {
  private readonly samples: { at: number; lsn: Lsn }[] = [];

  constructor(
    private readonly retainMs: number,
    private readonly maxSamples = 10_000,
  ) {}

  /** The primary was at `lsn` at time `at` (ms); samples arrive in time order. */
  sample(at: number, lsn: Lsn): void {
    const last = this.samples[this.samples.length - 1];
    if (last && last.lsn === lsn) return; // only the first time the primary was seen at a position matters
    this.samples.push({ at, lsn });
    const horizon = at - this.retainMs;
    let drop = 0;
    while (drop < this.samples.length - 1 && this.samples[drop + 1].at <= horizon) drop++;
    drop = Math.max(drop, this.samples.length - this.maxSamples);
    if (drop > 0) this.samples.splice(0, drop);
  }

  get known(): boolean {
    return this.samples.length > 0;
  }

  /** How far (ms) a replica that has replayed up to `replayed` is behind at `now`; null without any sample. */
  lagMs(now: number, replayed: Lsn): number | null {
    const n = this.samples.length;
    if (n === 0) return null;
    if (replayed >= this.samples[n - 1].lsn) return 0;
    if (replayed < this.samples[0].lsn) return Infinity;
    // Binary search of the first sample the replica has not replayed.
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.samples[mid].lsn > replayed) hi = mid;
      else lo = mid + 1;
    }
    return Math.max(0, now - this.samples[lo].at);
  }
}
