import { describeError } from '../../src/common/describe-error.js';

describe('describeError (what "Outpost failed to start:" prints)', () => {
  it('is never empty, whatever was thrown', () => {
    const thrown: unknown[] = [
      undefined,
      null,
      '',
      '  ',
      {},
      [],
      0,
      false,
      new Error(''),
      Object.create(null),
      Symbol('s'),
      new AggregateError([]),
    ];
    for (const t of thrown) {
      const text = describeError(t);
      expect(text.trim().length).toBeGreaterThan(3);
      expect(text).not.toBe('undefined');
    }
    expect(describeError(undefined)).toBe('undefined was thrown (no error details)');
  });

  it('keeps messages, and names empty-message errors by name, code, inner errors and cause', () => {
    expect(describeError(new Error('listen EADDRINUSE: address already in use 127.0.0.1:3000'))).toBe(
      'listen EADDRINUSE: address already in use 127.0.0.1:3000',
    );
    expect(describeError(Object.assign(new Error(''), { code: 'ECONNREFUSED' }))).toMatch(/^Error ECONNREFUSED/);
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    expect(describeError(Object.assign(new AggregateError([refused], ''), { code: 'ECONNREFUSED' }))).toBe(
      'AggregateError ECONNREFUSED (connect ECONNREFUSED 127.0.0.1:5432)',
    );
    expect(describeError(new Error('could not migrate', { cause: new TypeError('bad') }))).toBe(
      'could not migrate caused by: bad',
    );
    expect(describeError({ code: 'X1', detail: 'what' })).toBe("{ code: 'X1', detail: 'what' }");
  });
});
