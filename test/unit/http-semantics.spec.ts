import { noneMatchHits } from '../../src/common/etag.js';
import { RouteMethods } from '../../src/common/method-not-allowed.js';

describe('If-None-Match comparison (RFC 9110 §13.1.2: weak)', () => {
  it.each([
    ['"3"', '"3"', true],
    ['W/"3"', '"3"', true],
    ['"3"', 'W/"3"', true],
    [' "1" , "3" ', '"3"', true],
    ['*', '"3"', true],
    [['"1"', '"3"'], '"3"', true],
    ['"4"', '"3"', false],
    ['3', '"3"', false],
    ['"33"', '"3"', false],
    ['', '"3"', false],
    [',,', '"3"', false],
  ] as [string | string[], string, boolean][])('%j against %s ⇒ %s', (header, etag, hit) => {
    expect(noneMatchHits(header, etag)).toBe(hit);
  });

  it('no header never hits', () => {
    expect(noneMatchHits(undefined, '"3"')).toBe(false);
  });
});

describe('methods per route pattern (Allow)', () => {
  const table = new RouteMethods();
  table.add('/api/v1/tickets', 'GET');
  table.add('/api/v1/tickets', 'HEAD');
  table.add('/api/v1/tickets', 'POST');
  table.add('/api/v1/tickets/count', 'GET');
  table.add('/api/v1/tickets/:id', ['GET', 'PATCH']);
  table.add('/docs/*', 'GET');
  table.add('*', 'OPTIONS');

  it('lists the methods of every pattern matching the path, in a fixed order', () => {
    expect(table.allowed('/api/v1/tickets')).toEqual(['GET', 'HEAD', 'POST', 'OPTIONS']);
    expect(table.allowed('/api/v1/tickets/abc?x=1')).toEqual(['GET', 'HEAD', 'PATCH', 'OPTIONS']);
    // `count` is also routed as `{id}` for the methods only that pattern has.
    expect(table.allowed('/api/v1/tickets/count')).toEqual(['GET', 'HEAD', 'PATCH', 'OPTIONS']);
    expect(table.allowed('/docs/swagger-ui.css')).toEqual(['GET', 'HEAD', 'OPTIONS']);
  });

  it('decodes each segment as the router does and ignores a trailing slash', () => {
    expect(table.allowed('/%61pi/v1/tickets/')).toEqual(['GET', 'HEAD', 'POST', 'OPTIONS']);
    expect(table.allowed('/api/v1/tickets%2Fcount')).toBeNull();
  });

  it('knows no path that only the catch-all route matches, nor a malformed one', () => {
    expect(table.allowed('/api/v1/nothing')).toBeNull();
    expect(table.allowed('/api/v1/tickets/a/b')).toBeNull();
    expect(table.allowed('/api/v1/tickets//')).toBeNull();
    expect(table.allowed('/api/v1/%E0%A4%A')).toBeNull();
    expect(table.allowed('*')).toBeNull();
  });
});
