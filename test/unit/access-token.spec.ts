import { jest } from '@jest/globals';
import { loadConfig } from '../../src/config/config.js';
import { AccessTokenService } from '../../src/auth/access-token.service.js';

const base = { DATABASE_URL: 'postgresql://u@localhost/db', TOTP_ENCRYPTION_KEY: 't'.repeat(32) };
const service = (secret: string) => new AccessTokenService(loadConfig({ ...base, JWT_SECRET: secret }));
const SUB = '01a20c31-3b7a-750a-b188-d3791edeb7c6';

/** Verified tokens are cached (src/auth/access-token.service.ts); a cache hit must refuse what a cold verify refuses. */
describe('access token verification with its cache', () => {
  it('answers a second verify of the same token from the cache with the same claims, and never for another type', () => {
    const tokens = service('s'.repeat(48));
    const mfa = tokens.sign({ sub: SUB, ep: 3, typ: 'mfa' });
    expect(tokens.verify(mfa, 'mfa')).toMatchObject({ sub: SUB, ep: 3, typ: 'mfa' });
    // Cached now: used as an access token it is still refused, and still accepted as what it is.
    expect(tokens.verify(mfa, 'access')).toBeNull();
    expect(tokens.verify(mfa, 'mfa')).toMatchObject({ sub: SUB, ep: 3 });
  });

  it('refuses a token whose payload was altered after a valid one was cached, and one signed with another key', () => {
    const tokens = service('s'.repeat(48));
    const good = tokens.sign({ sub: SUB, ep: 0, typ: 'access' });
    expect(tokens.verify(good, 'access')).not.toBeNull();
    const [h, p, sig] = good.split('.');
    const claims = JSON.parse(Buffer.from(p, 'base64url').toString()) as Record<string, unknown>;
    const forged = [
      h,
      Buffer.from(JSON.stringify({ ...claims, sub: '01a20c31-0000-7000-8000-000000000000' })).toString('base64url'),
      sig,
    ].join('.');
    expect(tokens.verify(forged, 'access')).toBeNull();
    const foreign = service('x'.repeat(48)).sign({ sub: SUB, ep: 0, typ: 'access' });
    expect(tokens.verify(foreign, 'access')).toBeNull();
  });

  it('refuses a cached token once the clock reaches its expiry', () => {
    const tokens = service('s'.repeat(48));
    const now = Date.now();
    const spy = jest.spyOn(Date, 'now').mockReturnValue(now);
    try {
      const t = tokens.sign({ sub: SUB, ep: 0, typ: 'access' }, 60);
      expect(tokens.verify(t, 'access')).not.toBeNull();
      spy.mockReturnValue(now + 59_000);
      expect(tokens.verify(t, 'access')).not.toBeNull();
      spy.mockReturnValue(now + 61_000);
      expect(tokens.verify(t, 'access')).toBeNull();
    } finally {
      spy.mockRestore();
    }
  });
});
