import { Injectable } from '@nestjs/common';
import type { TicketPriority, TicketStatus } from '../access/principal.js';
import type { Tx } from '../database/prisma.service.js';
import type { Prisma } from '../generated/prisma/client.js';
import { toBusinessCalendar, type BusinessCalendar, type HoursInput } from '../sla/business-time.js';
import { computeClock, FINAL_STATUSES, pausesToJson, type Pause } from '../sla/sla-clock.js';

/** What the SLA clock reads of a ticket. */
export interface SlaTicket {
  siteId: string | null;
  priority: TicketPriority;
  status: TicketStatus;
  createdAt: Date;
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  pauses: Pause[];
  slaWarnedAt?: Date | null;
  slaBreachedNotifiedAt?: Date | null;
}

/** The ticket columns the SLA clock sets; written together whenever any input changes. */
export interface SlaColumns {
  contractId: string | null;
  responseDueAt: Date | null;
  resolutionDueAt: Date | null;
  slaPauses: Prisma.InputJsonValue;
  slaWarningAt: Date | null;
  slaBreachAt: Date | null;
  slaWarnedAt: Date | null;
  slaBreachedNotifiedAt: Date | null;
}

interface CalendarRow {
  timeZone: string;
  hours: Prisma.JsonValue;
  holidays: string[];
}

export const calendarOf = (c: CalendarRow): BusinessCalendar =>
  toBusinessCalendar({ timeZone: c.timeZone, hours: c.hours as unknown as HoursInput[], holidays: c.holidays });

/**
 * SLA due times: a ticket on a site covered by a SOLD contract in force at its creation gets the
 * contract's response and resolution targets for its priority (the strictest when several
 * contracts cover the site), counted in business minutes of the contract's calendar — else the
 * site's, else the provider-wide default, else around the clock — with the time spent in
 * PENDING_CUSTOMER left out (src/sla/sla-clock.ts).
 */
@Injectable()
export class SlaService {
  async columns(tx: Tx, t: SlaTicket, now = new Date()): Promise<SlaColumns> {
    const pauses = pausesToJson(t.pauses);
    const none: SlaColumns = {
      contractId: null,
      responseDueAt: null,
      resolutionDueAt: null,
      slaPauses: pauses,
      slaWarningAt: null,
      slaBreachAt: null,
      slaWarnedAt: null,
      slaBreachedNotifiedAt: null,
    };
    if (!t.siteId) return none;
    const day = new Date(t.createdAt.toISOString().slice(0, 10));
    const target = await tx.slaTarget.findFirst({
      where: {
        priority: t.priority,
        contract: {
          siteId: t.siteId,
          direction: 'SOLD',
          startsOn: { lte: day },
          OR: [{ endsOn: null }, { endsOn: { gte: day } }],
        },
      },
      orderBy: [{ resolutionMinutes: 'asc' }, { responseMinutes: 'asc' }],
      include: { contract: { select: { calendar: true, site: { select: { calendar: true } } } } },
    });
    if (!target) return none;
    const row =
      target.contract.calendar ??
      target.contract.site?.calendar ??
      (await tx.slaCalendar.findFirst({ where: { isDefault: true } }));
    const clock = computeClock({
      calendar: row ? calendarOf(row) : null,
      target,
      createdAt: t.createdAt,
      status: t.status,
      pauses: t.pauses,
      firstResponseAt: t.firstResponseAt,
      resolvedAt: t.resolvedAt,
      closedAt: t.closedAt,
    });
    // Notified once each: a closed ticket gets no more notices; a warning or breach that moved
    // into the future (a longer target, a resume) may be notified again when it comes.
    const final = FINAL_STATUSES.includes(t.status);
    const keep = (sent: Date | null | undefined, at: Date | null) =>
      final ? (sent ?? now) : at && at.getTime() > now.getTime() ? null : (sent ?? null);
    return {
      contractId: target.contractId,
      responseDueAt: clock.responseDueAt,
      resolutionDueAt: clock.resolutionDueAt,
      slaPauses: pauses,
      slaWarningAt: clock.warningAt,
      slaBreachAt: clock.breachAt,
      slaWarnedAt: keep(t.slaWarnedAt, clock.warningAt),
      slaBreachedNotifiedAt: keep(t.slaBreachedNotifiedAt, clock.breachAt),
    };
  }
}
