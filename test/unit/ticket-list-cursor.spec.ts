import { BadRequestException } from '@nestjs/common';
import { sortKeysOf, TICKET_SORTS } from '../../src/access/ticket-query.js';
import { KeysetPage } from '../../src/common/keyset.js';
import { ticketCursor } from '../../src/tickets/ticket-list-cursor.js';

const ID = '0190b7c2-dead-7000-8000-00000000beef';
const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
const row = {
  id: ID,
  created_at: '2026-01-02T03:04:05.006Z',
  updated_at: new Date('2026-02-02T03:04:05.006Z'),
  resolution_due_at: null,
  priority: 'HIGH',
};

/** The field errors of the 400 a decode throws. */
function errorsOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(BadRequestException);
    return ((e as BadRequestException).getResponse() as { errors: unknown }).errors;
  }
  throw new Error('no error thrown');
}

describe('the ticket list cursor', () => {
  it('holds its sort, the sort keys of the last row and its id, and reads back the same position', () => {
    const keys = {
      createdAt: ['2026-01-02T03:04:05.006Z'],
      '-createdAt': ['2026-01-02T03:04:05.006Z'],
      updatedAt: ['2026-02-02T03:04:05.006Z'],
      '-updatedAt': ['2026-02-02T03:04:05.006Z'],
      resolutionDueAt: ['infinity'],
      priority: ['HIGH', '2026-01-02T03:04:05.006Z'],
    };
    for (const sort of TICKET_SORTS) {
      expect(sortKeysOf(sort, row)).toEqual(keys[sort]);
      const page = new KeysetPage(ticketCursor(sort), undefined, 1);
      const { nextCursor } = page.of([row, { ...row, id: 'next' }], (r) => ({ keys: sortKeysOf(sort, r), id: r.id }));
      expect(nextCursor).toBe(b64([sort, ...keys[sort], ID]));
      expect(new KeysetPage(ticketCursor(sort), nextCursor!, 1).after).toEqual({ keys: keys[sort], id: ID });
    }
  });

  it('refuses a cursor of another sort, naming the sort it came from', () => {
    const c = b64(['priority', 'HIGH', '2026-01-02T03:04:05.006Z', ID]);
    expect(errorsOf(() => ticketCursor('updatedAt').decode(c))).toEqual([
      { field: 'cursor', message: expect.stringMatching(/^was issued for sort=priority, not sort=updatedAt/) },
    ]);
  });

  it('reads the untagged cursor of earlier releases as one of the default sort only', () => {
    const legacy = b64(['2026-01-02T03:04:05.006Z', ID]);
    expect(ticketCursor('-createdAt').decode(legacy)).toEqual({ keys: ['2026-01-02T03:04:05.006Z'], id: ID });
    expect(errorsOf(() => ticketCursor('createdAt').decode(legacy))).toEqual([
      { field: 'cursor', message: expect.stringContaining('sort=-createdAt') },
    ]);
  });

  it('refuses forged keys with the malformed-cursor 400', () => {
    const malformed = [{ field: 'cursor', message: 'is not a valid cursor' }];
    for (const [sort, parts] of [
      ['priority', ['priority', 'URGENT', '2026-01-02T03:04:05.006Z', ID]],
      ['priority', ['priority', 'HIGH', ID]],
      ['updatedAt', ['updatedAt', 'infinity', ID]],
      ['updatedAt', ['updatedAt', '2026-02-30T00:00:00.000Z', ID]],
      ['updatedAt', ['updatedAt', '10000-01-01T00:00:00.000Z', ID]],
      ['createdAt', ['createdAt', '2026-01-02T03:04:05.006Z', 'not-a-uuid']],
      ['createdAt', ['createdAt', { $gt: 1 }, ID]],
    ] as const)
      expect(errorsOf(() => ticketCursor(sort).decode(b64(parts)))).toEqual(malformed);
    expect(errorsOf(() => ticketCursor('createdAt').decode('%%%'))).toEqual(malformed);
    expect(errorsOf(() => ticketCursor('createdAt').decode(b64({ a: 1 })))).toEqual(malformed);
  });
});
