import { DateTime, IANAZone } from 'luxon';

/**
 * Business-time arithmetic on a calendar: an IANA time zone, weekly business hours and holidays.
 * Pure (no I/O). Every conversion between an instant and a wall-clock time goes through luxon's
 * zone rules, so weekends, holidays and DST changes follow the tz database. A business minute is
 * a minute of real elapsed time inside a business interval: the morning of a spring-forward day
 * is an hour shorter, the night of a fall-back day an hour longer.
 */

/** Mon = 1 … Sun = 7 (ISO, as luxon's `weekday`). */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** One business interval of a weekday, in minutes after local midnight: [start, end), 0 ≤ start < end ≤ 1440. */
export interface DayInterval {
  start: number;
  end: number;
}

export interface BusinessCalendar {
  timeZone: string;
  /** Intervals per ISO weekday, sorted and not overlapping (see `validateCalendar`). */
  hours: Partial<Record<Weekday, DayInterval[]>>;
  /** Local dates (`YYYY-MM-DD`) without business hours. */
  holidays: ReadonlySet<string>;
}

const MINUTE = 60_000;
/** How far a due time is searched: a calendar too sparse for its target is due at this horizon. */
const MAX_DAYS = 366 * 20;

export const isValidTimeZone = (zone: string): boolean => IANAZone.isValidZone(zone);

/** `HH:MM` (00:00 … 24:00) → minutes after midnight; null when malformed. */
export function parseClock(s: string): number | null {
  const m = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(s);
  if (!m) return null;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return minutes <= 1440 ? minutes : null;
}

export const formatClock = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * A local calendar date, counted in whole days since 1970-01-01 (pure date arithmetic: stepping
 * to the next date needs no zone; turning a date and a wall-clock time into an instant does).
 */
type LocalDay = number;
const DAY_MS = 86_400_000;

function localDayOf(cal: BusinessCalendar, at: number): { day: LocalDay; zone: IANAZone } {
  const zone = IANAZone.create(cal.timeZone);
  if (!zone.isValid) throw new Error(`invalid time zone ${cal.timeZone}`);
  const d = DateTime.fromMillis(at, { zone });
  return { day: Math.floor(Date.UTC(d.year, d.month - 1, d.day) / DAY_MS), zone };
}

/**
 * The instant of local minute `minute` (0 … 1440) of the local date `day`. A wall-clock time in
 * the repeated hour of a fall-back takes luxon's choice of offset; one in the gap of a
 * spring-forward does not exist and maps to the instant the clock jumps, so the instants of a
 * day's times stay in order.
 */
function instantAt(zone: IANAZone, day: LocalDay, minute: number): number {
  if (minute >= 1440) return instantAt(zone, day + 1, 0);
  const date = new Date(day * DAY_MS);
  const hour = Math.floor(minute / 60);
  const min = minute % 60;
  const dt = DateTime.fromObject(
    { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), hour, minute: min },
    { zone },
  );
  if (dt.hour === hour && dt.minute === min) return dt.toMillis();
  // Luxon moved the time forward past the gap (offset after the jump): find the jump itself, the
  // first minute whose offset is the later one, between the time read with either offset.
  const wall = day * DAY_MS + minute * MINUTE;
  const after = dt.offset;
  let lo = wall - after * MINUTE;
  let hi = dt.toMillis();
  while (hi - lo > MINUTE) {
    const mid = lo + Math.floor((hi - lo) / MINUTE / 2) * MINUTE;
    if (zone.offset(mid) === after) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** The business intervals of one local date as instants [start, end) in milliseconds. */
function dayIntervals(cal: BusinessCalendar, zone: IANAZone, day: LocalDay): [number, number][] {
  const date = new Date(day * DAY_MS);
  const list = cal.hours[(((date.getUTCDay() + 6) % 7) + 1) as Weekday];
  if (!list?.length || cal.holidays.has(date.toISOString().slice(0, 10))) return [];
  const out: [number, number][] = [];
  for (const i of list) {
    const s = instantAt(zone, day, i.start);
    const e = instantAt(zone, day, i.end);
    if (e > s) out.push([s, e]);
  }
  return out;
}

/**
 * The earliest instant at which `minutes` business minutes have passed since `from`. Without a
 * calendar (24/7) that is plain elapsed time. Zero minutes from outside business hours stays at
 * `from`. Searched up to 20 years ahead (then due at that horizon): never throws, never loops on.
 */
export function addBusinessMinutes(cal: BusinessCalendar | null, from: Date, minutes: number): Date {
  let left = Math.round(minutes * MINUTE);
  if (left <= 0) return new Date(from.getTime());
  if (!cal) return new Date(from.getTime() + left);
  const t0 = from.getTime();
  const { day: first, zone } = localDayOf(cal, t0);
  for (let day = first; day < first + MAX_DAYS; day++) {
    for (const [s, e] of dayIntervals(cal, zone, day)) {
      const a = Math.max(s, t0);
      if (a >= e) continue;
      if (e - a >= left) return new Date(a + left);
      left -= e - a;
    }
  }
  // A target longer than the calendar's business time in 20 years: due at that horizon.
  return new Date(instantAt(zone, first + MAX_DAYS, 0));
}

/** Business milliseconds in [from, to) (0 when `to` ≤ `from`). */
export function businessMillisBetween(cal: BusinessCalendar | null, from: Date, to: Date): number {
  const t0 = from.getTime();
  const t1 = to.getTime();
  if (t1 <= t0) return 0;
  if (!cal) return t1 - t0;
  let total = 0;
  const { day: first, zone } = localDayOf(cal, t0);
  const last = localDayOf(cal, t1).day;
  for (let day = first; day <= last; day++) {
    for (const [s, e] of dayIntervals(cal, zone, day)) {
      const a = Math.max(s, t0);
      const b = Math.min(e, t1);
      if (b > a) total += b - a;
    }
  }
  return total;
}

/** Business minutes in [from, to) (fractional when the bounds are not on whole minutes). */
export const businessMinutesBetween = (cal: BusinessCalendar | null, from: Date, to: Date): number =>
  businessMillisBetween(cal, from, to) / MINUTE;

// ── validation ──────────────────────────────────────────────────

export interface HoursInput {
  weekday: number;
  start: string;
  end: string;
}

export interface CalendarInput {
  timeZone: string;
  hours: HoursInput[];
  holidays: string[];
}

export interface FieldProblem {
  field: string;
  message: string;
}

const isIsoDate = (s: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(s) && DateTime.fromISO(s).isValid;

/**
 * Checks a calendar's domain rules (the shape is the DTO's job): a known IANA zone, intervals
 * with start before end on a weekday 1–7 and no two of a weekday overlapping, at least one
 * interval, real and unique holiday dates. Returns every problem, each on its field.
 */
export function validateCalendar(c: CalendarInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!isValidTimeZone(c.timeZone))
    problems.push({ field: 'timeZone', message: `unknown IANA time zone ${c.timeZone}` });
  if (c.hours.length === 0) problems.push({ field: 'hours', message: 'needs at least one business interval' });
  const byDay = new Map<number, { start: number; end: number; index: number }[]>();
  c.hours.forEach((h, index) => {
    const start = parseClock(h.start);
    const end = parseClock(h.end);
    if (!Number.isInteger(h.weekday) || h.weekday < 1 || h.weekday > 7)
      problems.push({ field: `hours.${index}.weekday`, message: 'must be 1 (Monday) to 7 (Sunday)' });
    if (start === null || start >= 1440)
      problems.push({ field: `hours.${index}.start`, message: 'must be a time HH:MM from 00:00 to 23:59' });
    if (end === null)
      problems.push({ field: `hours.${index}.end`, message: 'must be a time HH:MM from 00:01 to 24:00' });
    if (start !== null && end !== null && start >= end)
      problems.push({ field: `hours.${index}.end`, message: `must be after start (${h.start})` });
    else if (start !== null && end !== null)
      byDay.set(h.weekday, [...(byDay.get(h.weekday) ?? []), { start, end, index }]);
  });
  for (const list of byDay.values()) {
    list.sort((a, b) => a.start - b.start);
    for (let i = 1; i < list.length; i++) {
      if (list[i].start < list[i - 1].end)
        problems.push({
          field: `hours.${list[i].index}`,
          message: `overlaps ${formatClock(list[i - 1].start)}–${formatClock(list[i - 1].end)} on the same weekday`,
        });
    }
  }
  const seen = new Set<string>();
  c.holidays.forEach((d, index) => {
    if (!isIsoDate(d)) problems.push({ field: `holidays.${index}`, message: 'must be a date YYYY-MM-DD' });
    else if (seen.has(d)) problems.push({ field: `holidays.${index}`, message: `${d} is listed twice` });
    seen.add(d);
  });
  return problems;
}

/** A validated input as a calendar for the arithmetic (intervals sorted per weekday). */
export function toBusinessCalendar(c: CalendarInput): BusinessCalendar {
  const hours: Partial<Record<Weekday, DayInterval[]>> = {};
  for (const h of c.hours) {
    const wd = h.weekday as Weekday;
    (hours[wd] ??= []).push({ start: parseClock(h.start)!, end: parseClock(h.end)! });
  }
  for (const list of Object.values(hours)) list.sort((a, b) => a.start - b.start);
  return { timeZone: c.timeZone, hours, holidays: new Set(c.holidays) };
}
