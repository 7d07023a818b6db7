import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { StaffOnly } from '../auth/policy.decorator.js';
import { ApiProblems } from '../common/api-problems.js';
import { IfMatchVersion } from '../common/etag.js';
import { IdempotentCreate } from '../common/idempotency.js';
import { PageOf } from '../common/pagination.js';
import { UuidPipe } from '../common/validation.js';
import { CalendarsService } from './calendars.service.js';
import { CalendarDto, CalendarListQuery, CreateCalendarDto, UpdateCalendarDto } from './dto/calendar.dto.js';

const CalendarPage = PageOf(CalendarDto, 'CalendarPage');

@ApiTags('sla')
@Controller('sla/calendars')
export class CalendarsController {
  constructor(private readonly calendars: CalendarsService) {}

  @Get()
  @StaffOnly()
  @ApiOperation({ summary: 'List SLA calendars, newest first (staff)' })
  @ApiOkResponse({ type: CalendarPage })
  @ApiProblems(400)
  list(@Query() q: CalendarListQuery) {
    return this.calendars.list(q);
  }

  @Post()
  @StaffOnly()
  @ApiOperation({
    summary: 'Create an SLA calendar (staff)',
    description:
      'An IANA time zone, weekly business hours (several intervals a weekday) and holidays. Unknown zone, an end not after its start or overlapping intervals ⇒ 422 with the fields.',
  })
  @ApiCreatedResponse({ type: CalendarDto })
  @ApiProblems(400, 409, 422)
  @IdempotentCreate()
  create(@Body() dto: CreateCalendarDto) {
    return this.calendars.create(dto);
  }

  @Get(':id')
  @StaffOnly()
  @ApiOperation({ summary: 'Get an SLA calendar (staff)' })
  @ApiOkResponse({ type: CalendarDto })
  @ApiProblems(400, 404)
  get(@Param('id', UuidPipe) id: string) {
    return this.calendars.get(id);
  }

  @Patch(':id')
  @StaffOnly()
  @ApiOperation({
    summary: 'Update an SLA calendar (staff); hours and holidays replace the current ones; needs If-Match',
    description: 'Due times of existing tickets are recomputed when their SLA clock next changes.',
  })
  @ApiOkResponse({ type: CalendarDto })
  @ApiProblems(400, 404, 409, 422)
  update(@Param('id', UuidPipe) id: string, @Body() dto: UpdateCalendarDto, @IfMatchVersion() version: number) {
    return this.calendars.update(id, dto, version);
  }

  @Delete(':id')
  @HttpCode(204)
  @StaffOnly()
  @ApiOperation({ summary: 'Delete an SLA calendar no contract or site uses (staff; in use ⇒ 409)' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(400, 404, 409)
  remove(@Param('id', UuidPipe) id: string): Promise<void> {
    return this.calendars.remove(id);
  }
}
