import { Injectable } from '@nestjs/common';
import { conflict, DomainError, notFound } from '../common/errors.js';
import { stalePrecondition, versioned } from '../common/etag.js';
import { afterCursor, keysetPage, mapPage, NEWEST_FIRST } from '../common/keyset.js';
import type { Page } from '../common/pagination.js';
import { PrismaService, type Tx } from '../database/prisma.service.js';
import type { Prisma, SlaCalendar } from '../generated/prisma/client.js';
import { formatClock, parseClock, validateCalendar, type CalendarInput } from './business-time.js';
import type { CalendarDto, CalendarListQuery, CreateCalendarDto, UpdateCalendarDto } from './dto/calendar.dto.js';

type Hours = CalendarInput['hours'];

/** Hours as stored and shown: sorted by weekday and start, times normalised to HH:MM. */
const normalHours = (hours: Hours): Hours =>
  hours
    .map((h) => ({
      weekday: h.weekday,
      start: formatClock(parseClock(h.start)!),
      end: formatClock(parseClock(h.end)!),
    }))
    .sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start));

export const toCalendarDto = (c: SlaCalendar): CalendarDto => ({
  id: c.id,
  name: c.name,
  timeZone: c.timeZone,
  hours: c.hours as unknown as Hours,
  holidays: c.holidays,
  isDefault: c.isDefault,
  version: c.version,
  createdAt: c.createdAt,
  updatedAt: c.updatedAt,
});

/** A calendar's domain rules broken ⇒ one 422 naming every offending field. */
function assertValid(c: CalendarInput): void {
  const problems = validateCalendar(c);
  if (problems.length)
    throw new DomainError('UNPROCESSABLE', problems.map((p) => `${p.field}: ${p.message}`).join('; '), problems);
}

/**
 * SLA calendars (staff; the routes say so). Each write validates the whole calendar, keeps at
 * most one provider-wide default, and runs in one transaction.
 */
@Injectable()
export class CalendarsService {
  constructor(private readonly prisma: PrismaService) {}

  async list(q: CalendarListQuery): Promise<Page<CalendarDto>> {
    const page = keysetPage(q);
    const rows = await this.prisma.slaCalendar.findMany({
      where: afterCursor(page.after),
      orderBy: NEWEST_FIRST,
      take: page.take,
    });
    return mapPage(page.of(rows), toCalendarDto);
  }

  async get(id: string): Promise<CalendarDto> {
    const c = await this.prisma.slaCalendar.findUnique({ where: { id } });
    if (!c) throw notFound('calendar');
    return toCalendarDto(c);
  }

  private async assertNameFree(tx: Tx, name: string, exceptId?: string): Promise<void> {
    const other = await tx.slaCalendar.findUnique({ where: { name }, select: { id: true } });
    if (other && other.id !== exceptId) throw conflict(`a calendar named ${name} exists`);
  }

  private async clearDefault(tx: Tx, exceptId?: string): Promise<void> {
    await tx.slaCalendar.updateMany({
      where: { isDefault: true, ...(exceptId ? { id: { not: exceptId } } : {}) },
      data: { isDefault: false, version: { increment: 1 } },
    });
  }

  async create(dto: CreateCalendarDto): Promise<CalendarDto> {
    const input = { timeZone: dto.timeZone, hours: dto.hours, holidays: dto.holidays ?? [] };
    assertValid(input);
    return this.prisma.$transaction(async (tx) => {
      await this.assertNameFree(tx, dto.name);
      if (dto.isDefault) await this.clearDefault(tx);
      const c = await tx.slaCalendar.create({
        data: {
          name: dto.name,
          timeZone: dto.timeZone,
          hours: normalHours(input.hours) as unknown as Prisma.InputJsonValue,
          holidays: [...input.holidays].sort(),
          isDefault: dto.isDefault ?? false,
        },
      });
      return toCalendarDto(c);
    });
  }

  async update(id: string, dto: UpdateCalendarDto, expectedVersion: number): Promise<CalendarDto> {
    return this.prisma.$transaction(async (tx) => {
      const before = await tx.slaCalendar.findUnique({ where: { id } });
      if (!before) throw notFound('calendar');
      if (before.version !== expectedVersion) throw stalePrecondition();
      const input = {
        timeZone: dto.timeZone ?? before.timeZone,
        hours: dto.hours ?? (before.hours as unknown as Hours),
        holidays: dto.holidays ?? before.holidays,
      };
      assertValid(input);
      if (dto.name) await this.assertNameFree(tx, dto.name, id);
      if (dto.isDefault) await this.clearDefault(tx, id);
      const c = await versioned(
        tx.slaCalendar.update({
          where: { id, version: expectedVersion },
          data: {
            name: dto.name,
            timeZone: dto.timeZone,
            hours: dto.hours ? (normalHours(dto.hours) as unknown as Prisma.InputJsonValue) : undefined,
            holidays: dto.holidays ? [...dto.holidays].sort() : undefined,
            isDefault: dto.isDefault,
            version: { increment: 1 },
          },
        }),
      );
      return toCalendarDto(c);
    });
  }

  /** A calendar a contract or site still names cannot go (409); detach it first. */
  async remove(id: string): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const c = await tx.slaCalendar.findUnique({
        where: { id },
        select: { _count: { select: { contracts: true, sites: true } } },
      });
      if (!c) throw notFound('calendar');
      if (c._count.contracts || c._count.sites)
        throw conflict(`the calendar is used by ${c._count.contracts} contract(s) and ${c._count.sites} site(s)`);
      await tx.slaCalendar.delete({ where: { id } });
    });
  }
}
