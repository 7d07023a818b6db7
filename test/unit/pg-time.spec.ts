import { pgTimestamptzToIso } from '../../src/database/pg-time.js';

describe('the list timestamp parser', () => {
  it.each([
    ['2026-11-24 03:53:22.123+00', '2026-11-24T03:53:22.123Z'],
    ['2026-11-24 03:53:22.1+00', '2026-11-24T03:53:22.100Z'],
    ['2026-11-24 03:53:22+00', '2026-11-24T03:53:22.000Z'],
    ['2026-11-24 03:53:22.123456+00', '2026-11-24T03:53:22.123Z'],
    ['2026-11-24 04:53:22.5+01', '2026-11-24T03:53:22.500Z'],
  ])('%s ⇒ %s, exactly what Date#toJSON gives', (pgText, iso) => {
    expect(pgTimestamptzToIso(pgText)).toBe(iso);
    expect(new Date(pgText.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00')).toJSON()).toBe(iso);
  });
});
