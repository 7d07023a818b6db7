import { ConfigError, loadConfig } from '../../src/config/config.js';

const base = { DATABASE_URL: 'postgresql://u@localhost/db', JWT_SECRET: 'j'.repeat(32), TOTP_ENCRYPTION_KEY: 't'.repeat(32) };

describe('configuration is validated at boot', () => {
  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET'],
    [{ JWT_SECRET: '' }, 'JWT_SECRET'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ SEED_DEMO: 'maybe' }, 'SEED_DEMO'],
    [{ ADMIN_EMAIL: 'root@example.test' }, 'ADMIN_PASSWORD'],
    [{ REDIS_URL: 'http://x' }, 'REDIS_URL'],
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
});
