import fc from 'fast-check';
import {
  addBusinessMinutes,
  businessMinutesBetween,
  toBusinessCalendar,
  validateCalendar,
  type BusinessCalendar,
  type CalendarInput,
} from '../../src/sla/business-time.js';
import { computeClock, dueAfter, pausesAfter, slaStateAt, type ClockInput } from '../../src/sla/sla-clock.js';

const weekdays = (intervals: [string, string][], days = [1, 2, 3, 4, 5]) =>
  days.flatMap((weekday) => intervals.map(([start, end]) => ({ weekday, start, end })));

/** A German office: Mon–Fri 08:00–12:00 and 13:00–17:00, Good Friday and Easter Monday 2026 off. */
const BERLIN: BusinessCalendar = toBusinessCalendar({
  timeZone: 'Europe/Berlin',
  hours: weekdays([
    ['08:00', '12:00'],
    ['13:00', '17:00'],
  ]),
  holidays: ['2026-04-03', '2026-04-06'],
});
/** Every hour of every day, but on Berlin's wall clock (its DST days are 23 and 25 hours long). */
const BERLIN_ALL_DAY = toBusinessCalendar({
  timeZone: 'Europe/Berlin',
  hours: weekdays([['00:00', '24:00']], [1, 2, 3, 4, 5, 6, 7]),
  holidays: [],
});
/** Sundays 01:00–04:00 in Berlin: on the March DST Sunday 02:00–03:00 does not exist. */
const BERLIN_SUNDAY_NIGHT = toBusinessCalendar({
  timeZone: 'Europe/Berlin',
  hours: [{ weekday: 7, start: '01:00', end: '04:00' }],
  holidays: [],
});

const at = (iso: string) => new Date(iso);

describe('adding business minutes on real calendars', () => {
  it.each<[string, BusinessCalendar | null, string, number, string]>([
    [
      'a Friday-evening ticket in Berlin starts counting on Monday at 08:00',
      BERLIN,
      '2026-03-06T18:30:00+01:00',
      240,
      '2026-03-09T12:00:00+01:00',
    ],
    ['the lunch break does not count', BERLIN, '2026-03-09T11:00:00+01:00', 120, '2026-03-09T14:00:00+01:00'],
    [
      'Good Friday and Easter Monday are skipped',
      BERLIN,
      '2026-04-02T16:00:00+02:00',
      480,
      '2026-04-07T16:00:00+02:00',
    ],
    [
      'the March DST weekend: Friday CET to Monday CEST',
      BERLIN,
      '2026-03-27T16:00:00+01:00',
      120,
      '2026-03-30T09:00:00+02:00',
    ],
    [
      'the October DST weekend: Friday CEST to Monday CET',
      BERLIN,
      '2026-10-23T16:00:00+02:00',
      120,
      '2026-10-26T09:00:00+01:00',
    ],
    [
      '24 business hours across the spring-forward night are 24 real hours',
      BERLIN_ALL_DAY,
      '2026-03-28T12:00:00+01:00',
      1440,
      '2026-03-29T13:00:00+02:00',
    ],
    [
      '24 business hours across the fall-back night are 24 real hours',
      BERLIN_ALL_DAY,
      '2026-10-24T12:00:00+02:00',
      1440,
      '2026-10-25T11:00:00+01:00',
    ],
    [
      '90 minutes from 01:00 CET on the spring-forward Sunday end at 03:30 CEST',
      BERLIN_SUNDAY_NIGHT,
      '2026-03-29T00:30:00+01:00',
      90,
      '2026-03-29T03:30:00+02:00',
    ],
    [
      'without a calendar (24/7) it is elapsed time',
      null,
      '2026-03-06T18:30:00+01:00',
      240,
      '2026-03-06T22:30:00+01:00',
    ],
    [
      'zero minutes outside business hours stay at the start',
      BERLIN,
      '2026-03-07T10:00:00+01:00',
      0,
      '2026-03-07T10:00:00+01:00',
    ],
  ])('%s', (_name, cal, from, minutes, due) => {
    expect(addBusinessMinutes(cal, at(from), minutes).toISOString()).toBe(at(due).toISOString());
    if (minutes > 0) expect(businessMinutesBetween(cal, at(from), at(due))).toBe(minutes);
  });
});

describe('a calendar too sparse for its target', () => {
  it('is due at the 20-year horizon instead of throwing or looping on', () => {
    const sparse = toBusinessCalendar({
      timeZone: 'UTC',
      hours: [{ weekday: 1, start: '00:00', end: '00:01' }],
      holidays: [],
    });
    const from = at('2026-01-01T00:00:00Z');
    const due = addBusinessMinutes(sparse, from, 10_000_000);
    expect(due.getUTCFullYear()).toBeGreaterThanOrEqual(2045);
    expect(due.getUTCFullYear()).toBeLessThanOrEqual(2047);
  });
});

describe('counting business minutes on real calendars', () => {
  it.each<[string, BusinessCalendar, string, string, number]>([
    ['a whole Berlin week', BERLIN, '2026-03-02T00:00:00+01:00', '2026-03-09T00:00:00+01:00', 5 * 480],
    [
      'the Easter week has four business days',
      BERLIN,
      '2026-03-30T00:00:00+02:00',
      '2026-04-06T23:59:00+02:00',
      4 * 480,
    ],
    [
      'the spring-forward Sunday has 23 hours',
      BERLIN_ALL_DAY,
      '2026-03-29T00:00:00+01:00',
      '2026-03-30T00:00:00+02:00',
      23 * 60,
    ],
    [
      'the fall-back Sunday has 25 hours',
      BERLIN_ALL_DAY,
      '2026-10-25T00:00:00+02:00',
      '2026-10-26T00:00:00+01:00',
      25 * 60,
    ],
    [
      '01:00–04:00 on the spring-forward Sunday is two hours',
      BERLIN_SUNDAY_NIGHT,
      '2026-03-29T00:00:00+01:00',
      '2026-03-29T12:00:00+02:00',
      120,
    ],
    [
      '01:00–04:00 on the fall-back Sunday is four hours',
      BERLIN_SUNDAY_NIGHT,
      '2026-10-25T00:00:00+02:00',
      '2026-10-25T12:00:00+01:00',
      240,
    ],
    ['a weekend counts nothing', BERLIN, '2026-03-06T17:00:00+01:00', '2026-03-09T08:00:00+01:00', 0],
  ])('%s', (_name, cal, from, to, minutes) => {
    expect(businessMinutesBetween(cal, at(from), at(to))).toBe(minutes);
  });
});

describe('the SLA clock', () => {
  const base: ClockInput = {
    calendar: BERLIN,
    target: { responseMinutes: 60, resolutionMinutes: 960 },
    createdAt: at('2026-03-05T10:00:00+01:00'),
    status: 'OPEN',
    pauses: [],
    firstResponseAt: null,
    resolvedAt: null,
    closedAt: null,
  };

  it('without pauses: two business days from Thursday 10:00 are due Monday 10:00; warning at 80 %', () => {
    const c = computeClock(base);
    expect(c.responseDueAt?.toISOString()).toBe(at('2026-03-05T11:00:00+01:00').toISOString());
    expect(c.resolutionDueAt?.toISOString()).toBe(at('2026-03-09T10:00:00+01:00').toISOString());
    // 80 % of the response target (48 minutes) comes first.
    expect(c.warningAt?.toISOString()).toBe(at('2026-03-05T10:48:00+01:00').toISOString());
    expect(c.breachAt?.toISOString()).toBe(c.responseDueAt?.toISOString());
  });

  it('a pause from Friday 15:00 to Monday 09:00 resumes with the time left (240 minutes): due Monday 14:00', () => {
    const responded = { ...base, firstResponseAt: at('2026-03-05T10:30:00+01:00') };
    let pauses = pausesAfter([], 'OPEN', 'PENDING_CUSTOMER', at('2026-03-06T15:00:00+01:00'));
    const paused = computeClock({ ...responded, status: 'PENDING_CUSTOMER', pauses });
    expect(paused.resolutionDueAt).toBeNull();
    expect(paused.breachAt).toBeNull();
    expect(paused.responseDueAt?.toISOString()).toBe(at('2026-03-05T11:00:00+01:00').toISOString());
    pauses = pausesAfter(pauses, 'PENDING_CUSTOMER', 'OPEN', at('2026-03-09T09:00:00+01:00'));
    const resumed = computeClock({ ...responded, pauses });
    expect(resumed.resolutionDueAt?.toISOString()).toBe(at('2026-03-09T14:00:00+01:00').toISOString());
    expect(resumed.breachAt?.toISOString()).toBe(resumed.resolutionDueAt?.toISOString());
  });

  it('a pause that starts after the due time does not move it (the target was already missed)', () => {
    const pauses = [{ from: at('2026-03-09T11:00:00+01:00'), to: at('2026-03-10T11:00:00+01:00') }];
    expect(dueAfter(BERLIN, base.createdAt, 960, pauses)?.toISOString()).toBe(
      at('2026-03-09T10:00:00+01:00').toISOString(),
    );
    const paused = computeClock({
      ...base,
      firstResponseAt: at('2026-03-05T10:30:00+01:00'),
      status: 'PENDING_CUSTOMER',
      pauses: [{ from: at('2026-03-09T11:00:00+01:00'), to: null }],
    });
    expect(paused.breachAt?.toISOString()).toBe(at('2026-03-09T10:00:00+01:00').toISOString());
    expect(slaStateAt({ hasSla: true, status: 'PENDING_CUSTOMER', ...paused }, at('2026-03-09T12:00:00+01:00'))).toBe(
      'breached',
    );
  });

  it('a priority change mid-way counts the new target from the creation time', () => {
    const low = computeClock({ ...base, target: { responseMinutes: 240, resolutionMinutes: 2400 } });
    const high = computeClock({ ...base, target: { responseMinutes: 30, resolutionMinutes: 240 } });
    expect(low.responseDueAt?.toISOString()).toBe(at('2026-03-05T15:00:00+01:00').toISOString());
    expect(high.responseDueAt?.toISOString()).toBe(at('2026-03-05T10:30:00+01:00').toISOString());
    expect(high.resolutionDueAt?.toISOString()).toBe(at('2026-03-05T15:00:00+01:00').toISOString());
    // Raised at 10:45 the ticket is at once breached on its response.
    expect(slaStateAt({ hasSla: true, status: 'OPEN', ...high }, at('2026-03-05T10:45:00+01:00'))).toBe('breached');
    expect(slaStateAt({ hasSla: true, status: 'OPEN', ...low }, at('2026-03-05T10:45:00+01:00'))).toBe('ok');
  });

  it('the first response stops its target; resolution in time is met, late is breached', () => {
    const met = computeClock({
      ...base,
      status: 'RESOLVED',
      firstResponseAt: at('2026-03-05T10:50:00+01:00'),
      resolvedAt: at('2026-03-06T10:00:00+01:00'),
    });
    expect(met.breachAt).toBeNull();
    expect(met.warningAt).toBeNull();
    expect(slaStateAt({ hasSla: true, status: 'RESOLVED', ...met }, at('2026-04-01T00:00:00Z'))).toBe('met');
    const late = computeClock({
      ...base,
      status: 'RESOLVED',
      firstResponseAt: at('2026-03-05T10:50:00+01:00'),
      resolvedAt: at('2026-03-09T11:00:00+01:00'),
    });
    expect(late.breachAt?.toISOString()).toBe(at('2026-03-09T10:00:00+01:00').toISOString());
    expect(slaStateAt({ hasSla: true, status: 'RESOLVED', ...late }, at('2026-04-01T00:00:00Z'))).toBe('breached');
  });

  it('24/7 (no calendar) keeps creation + minutes', () => {
    const c = computeClock({ ...base, calendar: null });
    expect(c.responseDueAt?.getTime()).toBe(base.createdAt.getTime() + 60 * 60_000);
    expect(c.resolutionDueAt?.getTime()).toBe(base.createdAt.getTime() + 960 * 60_000);
  });

  it.each([
    ['no SLA', { hasSla: false, status: 'OPEN' as const, warningAt: null, breachAt: null }, null],
    [
      'before the warning',
      { hasSla: true, status: 'OPEN' as const, warningAt: at('2026-01-02'), breachAt: at('2026-01-03') },
      'ok',
    ],
    [
      'past the warning',
      { hasSla: true, status: 'NEW' as const, warningAt: at('2025-12-31'), breachAt: at('2026-01-03') },
      'warning',
    ],
    [
      'past the breach',
      { hasSla: true, status: 'OPEN' as const, warningAt: at('2025-12-30'), breachAt: at('2025-12-31') },
      'breached',
    ],
    ['paused', { hasSla: true, status: 'PENDING_CUSTOMER' as const, warningAt: null, breachAt: null }, 'paused'],
    ['resolved in time', { hasSla: true, status: 'CLOSED' as const, warningAt: null, breachAt: null }, 'met'],
  ])('slaState %s', (_n, input, state) => {
    expect(slaStateAt(input, at('2026-01-01'))).toBe(state);
  });
});

describe('calendar validation', () => {
  const ok: CalendarInput = { timeZone: 'Europe/Berlin', hours: weekdays([['08:00', '17:00']]), holidays: [] };
  it('accepts a valid calendar', () => expect(validateCalendar(ok)).toEqual([]));
  it.each<[string, Partial<CalendarInput>, string]>([
    ['an unknown zone', { timeZone: 'Mars/Olympus_Mons' }, 'timeZone'],
    ['an inverted interval', { hours: [{ weekday: 1, start: '17:00', end: '08:00' }] }, 'hours.0.end'],
    [
      'overlapping intervals',
      {
        hours: [
          { weekday: 2, start: '08:00', end: '12:00' },
          { weekday: 2, start: '11:00', end: '13:00' },
        ],
      },
      'hours.1',
    ],
    ['a weekday out of range', { hours: [{ weekday: 8, start: '08:00', end: '12:00' }] }, 'hours.0.weekday'],
    ['a malformed time', { hours: [{ weekday: 1, start: '8am', end: '12:00' }] }, 'hours.0.start'],
    ['no intervals', { hours: [] }, 'hours'],
    ['an impossible holiday', { holidays: ['2026-02-30'] }, 'holidays.0'],
    ['a holiday twice', { holidays: ['2026-12-25', '2026-12-25'] }, 'holidays.1'],
  ])('refuses %s on its field', (_n, change, field) => {
    expect(validateCalendar({ ...ok, ...change }).map((p) => p.field)).toContain(field);
  });
  it('touching intervals are not overlapping', () =>
    expect(
      validateCalendar({
        ...ok,
        hours: [
          { weekday: 1, start: '08:00', end: '12:00' },
          { weekday: 1, start: '12:00', end: '13:00' },
        ],
      }),
    ).toEqual([]));
});

describe('business time, property', () => {
  const ZONES = [
    'UTC',
    'Europe/Berlin',
    'America/New_York',
    'America/Sao_Paulo',
    'Australia/Lord_Howe',
    'Asia/Kolkata',
    'Pacific/Chatham',
    'America/St_Johns',
  ];
  /** Sorted, non-overlapping intervals of one day from random cut points (minutes, some on DST-sensitive hours). */
  const dayIntervals = fc
    .uniqueArray(fc.integer({ min: 0, max: 96 }), { maxLength: 6 })
    .map((cuts) => cuts.sort((a, b) => a - b).map((c) => c * 15))
    .map((cuts) => {
      const out: { start: number; end: number }[] = [];
      for (let i = 0; i + 1 < cuts.length; i += 2) out.push({ start: cuts[i], end: cuts[i + 1] });
      return out;
    });
  const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  const calendar = fc
    .record({
      zone: fc.constantFrom(...ZONES),
      days: fc.array(dayIntervals, { minLength: 7, maxLength: 7 }),
      holidays: fc.uniqueArray(fc.integer({ min: 0, max: 3 * 366 }), { maxLength: 20 }),
    })
    .filter((c) => c.days.some((d) => d.length > 0))
    .map((c) =>
      toBusinessCalendar({
        timeZone: c.zone,
        hours: c.days.flatMap((d, i) =>
          d.map((iv) => ({ weekday: i + 1, start: clock(iv.start), end: clock(iv.end) })),
        ),
        holidays: c.holidays.map((n) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10)),
      }),
    );
  const instant = fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 11, 31) }).map((ms) => new Date(ms));

  it('adding N business minutes and counting them back returns N', () => {
    fc.assert(
      fc.property(calendar, instant, fc.integer({ min: 0, max: 5_000 }), (cal, from, n) => {
        const due = addBusinessMinutes(cal, from, n);
        expect(due.getTime()).toBeGreaterThanOrEqual(from.getTime());
        expect(businessMinutesBetween(cal, from, due)).toBe(n);
      }),
      { numRuns: 150 },
    );
  });

  it('counting between two instants and adding the count back lands at or before the end, on the same count', () => {
    fc.assert(
      fc.property(calendar, instant, fc.integer({ min: 0, max: 20 * 86_400_000 }), (cal, from, span) => {
        const to = new Date(from.getTime() + span);
        const n = businessMinutesBetween(cal, from, to);
        const back = addBusinessMinutes(cal, from, n);
        expect(back.getTime()).toBeLessThanOrEqual(to.getTime());
        expect(businessMinutesBetween(cal, from, back)).toBeCloseTo(n, 6);
      }),
      { numRuns: 150 },
    );
  });
});
