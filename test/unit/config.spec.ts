import { ConfigError, loadConfig } from '../../src/config/config.js';

const base = {
  DATABASE_URL: 'postgresql://u@localhost/db',
  JWT_SECRET: 'j'.repeat(32),
  TOTP_ENCRYPTION_KEY: 't'.repeat(32),
};

describe('configuration is validated at boot', () => {
  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ DIRECT_DATABASE_URL: 'mysql://x' }, 'DIRECT_DATABASE_URL'],
    [{ DB_STATEMENTS: 'prepared' }, 'DB_STATEMENTS'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET'],
    [{ JWT_SECRET: '' }, 'JWT_SECRET'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ SEED_DEMO: 'maybe' }, 'SEED_DEMO'],
    [{ ADMIN_EMAIL: 'root@example.test' }, 'ADMIN_PASSWORD'],
    [{ REDIS_URL: 'http://x' }, 'REDIS_URL'],
    [{ TRUST_PROXY: 'sometimes' }, 'TRUST_PROXY'],
    [{ RATE_LIMIT_PER_USER: '0' }, 'RATE_LIMIT_PER_USER'],
    [{ RATE_LIMIT_AUTH_PER_IP: 'many' }, 'RATE_LIMIT_AUTH_PER_IP'],
    [{ RATE_LIMIT_ENABLED: 'perhaps' }, 'RATE_LIMIT_ENABLED'],
    [{ REQUEST_TIMEOUT_MS: '10' }, 'REQUEST_TIMEOUT_MS'],
    [{ METRICS_PORT: 'ninety' }, 'METRICS_PORT'],
    [{ METRICS_PORT: '0' }, 'METRICS_PORT'],
    [{ METRICS_PORT: '3000' }, 'METRICS_PORT'],
    [{ METRICS_TOKEN: 'too-short' }, 'METRICS_TOKEN'],
    [{ METRICS_TOKEN: 'has a space in it, has a space in it, 123' }, 'METRICS_TOKEN'],
  ])('%j stops the process naming %s', (override, variable) => {
    let caught: unknown;
    try {
      loadConfig({ ...base, ...override });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    expect((caught as ConfigError).variable).toBe(variable);
    expect((caught as Error).message).toContain(variable);
  });

  it('accepts a valid production configuration', () => {
    const c = loadConfig({ ...base, PORT: '8080', SEED_DEMO: 'true' });
    expect(c).toMatchObject({ mode: 'production', port: 8080, seedDemo: true, accessTokenTtlSeconds: 900 });
  });

  it.each([
    ['true', true],
    ['false', false],
    ['', false],
    ['1', 1],
    ['10.0.0.1, 10.0.0.0/8,::1', ['10.0.0.1', '10.0.0.0/8', '::1']],
  ])('TRUST_PROXY=%j ⇒ %j', (raw, expected) => {
    expect(loadConfig({ ...base, TRUST_PROXY: raw as string }).trustProxy).toEqual(expected);
  });

  it('exposes no metrics unless METRICS_PORT or METRICS_TOKEN is set', () => {
    expect(loadConfig(base).metrics).toEqual({ port: null, token: null });
    expect(loadConfig({ ...base, METRICS_PORT: '9464', METRICS_TOKEN: 'm'.repeat(32) }).metrics).toEqual({
      port: 9464,
      token: 'm'.repeat(32),
    });
  });

  it('has rate-limit and timeout defaults generous enough for a few busy users', () => {
    const c = loadConfig(base);
    expect(c.rateLimit).toEqual({ enabled: true, windowSeconds: 60, perUser: 1200, perIp: 3000, authPerIp: 300 });
    expect(c).toMatchObject({
      requestTimeoutMs: 30000,
      keepAliveTimeoutMs: 72000,
      shutdownTimeoutMs: 25000,
      idempotencyTtlSeconds: 86400,
      redisKeyPrefix: 'outpost:',
    });
  });
});
