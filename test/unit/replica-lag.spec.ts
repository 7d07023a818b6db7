import { ConfigError, loadConfig } from '../../src/config/config.js';
import { MemoryReadMarkers } from '../../src/database/read-markers.js';
import {
  LSN_UNKNOWN_NEWEST,
  ReplicaLag,
  formatLsn,
  lsnFromKey,
  lsnKey,
  parseLsn,
} from '../../src/database/replica-lag.js';

describe('WAL positions', () => {
  it('parse as 64-bit offsets and print as PostgreSQL does', () => {
    expect(parseLsn('0/3000000')).toBe(0x3000000n);
    expect(parseLsn('16/B374D848')).toBe(0x16b374d848n);
    expect(formatLsn(0x16b374d848n)).toBe('16/B374D848');
    expect(() => parseLsn('16-B374D848')).toThrow(/not a WAL position/);
  });

  it('keep their order as fixed-width text (how Redis compares them)', () => {
    const a = parseLsn('0/FFFFFFFF');
    const b = parseLsn('1/0');
    expect(lsnKey(a) < lsnKey(b)).toBe(true);
    expect(lsnKey(b) < lsnKey(LSN_UNKNOWN_NEWEST)).toBe(true);
    expect(lsnFromKey(lsnKey(b))).toBe(b);
  });
});

describe('replica lag from sampled primary positions', () => {
  it('is 0 for a replica at or past the newest sample, however long the primary has been idle', () => {
    const lag = new ReplicaLag(10_000);
    lag.sample(1000, 100n);
    lag.sample(2000, 100n);
    expect(lag.lagMs(60_000, 100n)).toBe(0);
    expect(lag.lagMs(60_000, 150n)).toBe(0);
  });

  it('is the age of the first position the replica has not replayed', () => {
    const lag = new ReplicaLag(10_000);
    lag.sample(1000, 100n);
    lag.sample(2000, 200n);
    lag.sample(3000, 300n);
    expect(lag.lagMs(3500, 250n)).toBe(500); // has 200 (t=2000), not 300 (t=3000)
    expect(lag.lagMs(3500, 150n)).toBe(1500);
    expect(lag.lagMs(3500, 100n)).toBe(1500);
  });

  it('counts a replica behind every retained sample as beyond the bound, and knows nothing before a sample', () => {
    const lag = new ReplicaLag(1000);
    expect(lag.lagMs(0, 0n)).toBeNull();
    lag.sample(0, 100n);
    lag.sample(2000, 200n);
    lag.sample(3000, 300n); // the sample at 0 is out of the window now
    expect(lag.lagMs(3100, 150n)).toBe(Infinity);
    expect(lag.lagMs(3100, 200n)).toBe(100);
  });
});

describe('read-your-writes markers in memory', () => {
  it('only move forward, and expire', async () => {
    const m = new MemoryReadMarkers(50);
    await m.set('u', 300n);
    await m.set('u', 200n); // a write that finished later but committed earlier
    expect(await m.get('u')).toBe(300n);
    expect(await m.get('other')).toBeNull();
    await new Promise((r) => setTimeout(r, 60));
    expect(await m.get('u')).toBeNull();
  });
});

describe('replica configuration', () => {
  const base = {
    DATABASE_URL: 'postgresql://u@primary/db',
    JWT_SECRET: 'j'.repeat(32),
    TOTP_ENCRYPTION_KEY: 't'.repeat(32),
  };

  it('reads DATABASE_REPLICA_URLS as a comma-separated list, with defaults for the bound and the probe', () => {
    const c = loadConfig({ ...base, DATABASE_REPLICA_URLS: ' postgresql://u@r1/db , postgresql://u@r2:5433/db ' });
    expect(c.replicas).toEqual({
      urls: ['postgresql://u@r1/db', 'postgresql://u@r2:5433/db'],
      maxLagMs: 5000,
      probeIntervalMs: 1000,
    });
    expect(loadConfig(base).replicas.urls).toEqual([]);
  });

  it.each([
    [{ DATABASE_REPLICA_URLS: 'mysql://r1/db' }, 'DATABASE_REPLICA_URLS'],
    [{ REPLICA_MAX_LAG_MS: 'soon' }, 'REPLICA_MAX_LAG_MS'],
    [{ REPLICA_PROBE_INTERVAL_MS: '5' }, 'REPLICA_PROBE_INTERVAL_MS'],
  ])('%j stops the process naming %s', (override, variable) => {
    let err: unknown;
    try {
      loadConfig({ ...base, ...override });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).variable).toBe(variable);
  });
});
