import type { TicketStatus } from '../access/principal.js';
import { addBusinessMinutes, businessMillisBetween, type BusinessCalendar } from './business-time.js';

/**
 * A ticket's SLA clock (pure): from the creation time, the contract's targets, the calendar and the
 * intervals the ticket spent in PENDING_CUSTOMER, the due times and the instants at which the
 * ticket enters `warning` (80 % of a target's business minutes used) and `breached`.
 */

export const SLA_STATES = ['ok', 'warning', 'breached', 'met', 'paused'] as const;
export type SlaState = (typeof SLA_STATES)[number];

/** Share of a target's business minutes after which a running ticket is `warning`. */
export const WARNING_SHARE = 0.8;

/** One stretch in PENDING_CUSTOMER; `to` is null while it lasts. */
export interface Pause {
  from: Date;
  to: Date | null;
}

export interface SlaTargetMinutes {
  responseMinutes: number;
  resolutionMinutes: number;
}

export interface ClockInput {
  calendar: BusinessCalendar | null;
  target: SlaTargetMinutes;
  createdAt: Date;
  status: TicketStatus;
  pauses: readonly Pause[];
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
}

export interface ClockOutput {
  /** Null while paused before the target was reached (the clock stands still; it is set again on resume). */
  responseDueAt: Date | null;
  resolutionDueAt: Date | null;
  /** The earliest instant a running target reaches 80 %; null when none runs. */
  warningAt: Date | null;
  /** The earliest due time of a target that runs or was missed; null when every target was met or the clock is paused. */
  breachAt: Date | null;
}

export const FINAL_STATUSES: readonly TicketStatus[] = ['RESOLVED', 'CLOSED', 'CANCELLED'];

/**
 * When `minutes` business minutes of the clock have run since `start`, the pauses not counting.
 * A pause that begins before that instant pushes it by the business time the pause lasted (the
 * clock resumes with the time left); a pause that begins after it does not matter (the target was
 * already due). Null when a pause that began before the instant is still open.
 */
export function dueAfter(
  cal: BusinessCalendar | null,
  start: Date,
  minutes: number,
  pauses: readonly Pause[],
  stop: Date | null = null,
): Date | null {
  let due = addBusinessMinutes(cal, start, minutes);
  const sorted = [...pauses].sort((a, b) => a.from.getTime() - b.from.getTime());
  for (const p of sorted) {
    if (p.from.getTime() >= due.getTime()) break;
    if (stop && p.from.getTime() >= stop.getTime()) break;
    if (!p.to) return null;
    // The business time left at the pause's start runs again from its end.
    due = addBusinessMinutes(cal, p.to, businessMillisBetween(cal, p.from, due) / 60_000);
  }
  return due;
}

function target(
  cal: BusinessCalendar | null,
  i: ClockInput,
  minutes: number,
  stop: Date | null,
): { due: Date | null; warning: Date | null; breach: Date | null } {
  const due = dueAfter(cal, i.createdAt, minutes, i.pauses, stop);
  if (stop) return { due, warning: null, breach: due && stop.getTime() > due.getTime() ? due : null };
  const warning = dueAfter(cal, i.createdAt, minutes * WARNING_SHARE, i.pauses);
  return { due, warning, breach: due };
}

const earliest = (...ds: (Date | null)[]): Date | null =>
  ds.reduce<Date | null>((m, d) => (d && (!m || d.getTime() < m.getTime()) ? d : m), null);

export function computeClock(i: ClockInput): ClockOutput {
  const final = FINAL_STATUSES.includes(i.status);
  const resolutionStop = final ? (i.resolvedAt ?? i.closedAt ?? null) : null;
  // A ticket resolved without any public staff comment has had its answer.
  const responseStop = i.firstResponseAt ?? resolutionStop;
  const r = target(i.calendar, i, i.target.responseMinutes, responseStop);
  const s = target(i.calendar, i, i.target.resolutionMinutes, resolutionStop);
  return {
    responseDueAt: r.due,
    resolutionDueAt: s.due,
    warningAt: earliest(r.warning, s.warning),
    breachAt: earliest(r.breach, s.breach),
  };
}

export interface StateInput {
  hasSla: boolean;
  status: TicketStatus;
  warningAt: Date | null;
  breachAt: Date | null;
}

/**
 * The state at `now` from the stored columns. The list filter compiles the same rule to SQL
 * (`slaStatePredicate` in src/sla/sla-state-sql.ts); the SLA e2e spec holds both to one table.
 */
export function slaStateAt(i: StateInput, now: Date): SlaState | null {
  if (!i.hasSla) return null;
  if (i.breachAt && i.breachAt.getTime() <= now.getTime()) return 'breached';
  if (i.status === 'PENDING_CUSTOMER') return 'paused';
  if (FINAL_STATUSES.includes(i.status)) return 'met';
  if (i.warningAt && i.warningAt.getTime() <= now.getTime()) return 'warning';
  return 'ok';
}

// ── pause bookkeeping ───────────────────────────────────────────

/** Pauses after a status change at `now`: entering PENDING_CUSTOMER opens one, leaving it closes it. */
export function pausesAfter(pauses: readonly Pause[], from: TicketStatus, to: TicketStatus, now: Date): Pause[] {
  const list = pauses.map((p) => ({ ...p }));
  if (to === 'PENDING_CUSTOMER' && from !== 'PENDING_CUSTOMER') list.push({ from: now, to: null });
  if (from === 'PENDING_CUSTOMER' && to !== 'PENDING_CUSTOMER') {
    const open = list.find((p) => p.to === null);
    if (open) open.to = now;
  }
  return list;
}

export const pausesToJson = (pauses: readonly Pause[]): { from: string; to: string | null }[] =>
  pauses.map((p) => ({ from: p.from.toISOString(), to: p.to ? p.to.toISOString() : null }));

export function pausesFromJson(v: unknown): Pause[] {
  if (!Array.isArray(v)) return [];
  return v.map((p: { from: string; to: string | null }) => ({
    from: new Date(p.from),
    to: p.to ? new Date(p.to) : null,
  }));
}
