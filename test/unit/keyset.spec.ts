import { afterCursor, afterCursorSql, keysetPage, sortKeyPage } from '../../src/common/keyset.js';
import { isCalendarDate } from '../../src/common/sort-cursor.js';

// The 400 problem every list answers for a cursor it did not write.
const MALFORMED = 'Malformed cursor';
const ID = '0190b7c2-dead-7000-8000-00000000beef';
const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
const rows = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `0190b7c2-dead-7000-8000-${String(i).padStart(12, '0')}`,
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)),
  }));

describe('the keyset page helper', () => {
  it('fetches limit + 1 rows, keeps limit and encodes the last kept row as [createdAt ISO, id] in base64url', () => {
    const page = keysetPage({ limit: 2 });
    expect(page.after).toBeNull();
    expect(page.take).toBe(3);
    const r = rows(3);
    const out = page.of(r);
    expect(out.data).toEqual(r.slice(0, 2));
    expect(out.nextCursor).toBe(b64([r[1].createdAt.toISOString(), r[1].id]));
    expect(page.of(r.slice(0, 2))).toEqual({ data: r.slice(0, 2), nextCursor: null });
  });

  it('decodes a cursor of the previous page when opened, and refuses a forged one with the same 400', () => {
    const at = new Date('2026-01-01T00:00:01.000Z');
    expect(keysetPage({ cursor: b64([at.toISOString(), ID]) }).after).toEqual({ createdAt: at, id: ID });
    expect(keysetPage({}).limit).toBe(50);
    expect(keysetPage({}, 100).limit).toBe(100);
    for (const bad of ['x', b64(['10000-01-01T00:00:00.000Z', ID]), b64([at.toISOString(), 'nope'])]) {
      expect(() => keysetPage({ cursor: bad })).toThrow(MALFORMED);
    }
  });

  it('sort-key pages encode [key, id] and check the key', () => {
    const page = sortKeyPage({ limit: 1 }, isCalendarDate);
    const out = page.of(
      [
        { issuedOn: '2026-02-01', id: ID },
        { issuedOn: '2026-01-01', id: ID },
      ],
      (i) => ({ key: i.issuedOn, id: i.id }),
    );
    expect(out.nextCursor).toBe(b64(['2026-02-01', ID]));
    expect(sortKeyPage({ cursor: out.nextCursor! }, isCalendarDate).after).toEqual({ key: '2026-02-01', id: ID });
    expect(() => sortKeyPage({ cursor: b64(['2026-13-45', ID]) }, isCalendarDate)).toThrow(MALFORMED);
  });

  it('states "after the cursor" for Prisma in both orders and for SQL', () => {
    const k = { createdAt: new Date('2026-01-01T00:00:00.000Z'), id: ID };
    expect(afterCursor(null)).toEqual({});
    expect(afterCursor(k)).toEqual({
      OR: [{ createdAt: { lt: k.createdAt } }, { createdAt: k.createdAt, id: { lt: ID } }],
    });
    expect(afterCursor(k, 'asc')).toEqual({
      OR: [{ createdAt: { gt: k.createdAt } }, { createdAt: k.createdAt, id: { gt: ID } }],
    });
    const q = afterCursorSql('k', k);
    expect(q.text).toBe('(k.created_at, k.id) < ($1::timestamptz, $2::uuid)');
    expect(q.values).toEqual([k.createdAt, ID]);
  });
});
