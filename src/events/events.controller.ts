import { Controller, Get, Header, Headers, Req, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Principal } from '../access/principal.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import { Authenticated } from '../auth/policy.decorator.js';
import { ApiProblems } from '../common/api-problems.js';
import { DomainError } from '../common/errors.js';
import { validationException } from '../common/validation.js';
import { Readiness } from '../health/readiness.js';
import { EventsHub } from './events.hub.js';

const EVENT_ID = /^\d{1,18}$/;

@ApiTags('events')
@Controller()
export class EventsController {
  constructor(
    private readonly hub: EventsHub,
    private readonly readiness: Readiness,
  ) {}

  @Get('events')
  @Authenticated()
  @Header('Cache-Control', 'private, no-cache, no-transform')
  @Header('X-Accel-Buffering', 'no')
  @ApiOperation({
    summary: 'Live events for the caller (Server-Sent Events), filtered by what the caller may read when each is sent',
    description:
      'A `text/event-stream`: each event has `id:` (its id in the event log), `event:` (its type: `ticket.created`, `ticket.updated`, ' +
      '`ticket.commented`, `ticket.status_changed`, `validation.requested`, `validation.decided`) and `data:` (the same JSON payload ' +
      'a webhook receives). Comment lines (`: heartbeat`) keep the connection alive. Reconnect with `Last-Event-ID` to receive the ' +
      'retained events after it first; an `overflow` event says that some are no longer in the log (refetch, then follow).',
  })
  @ApiHeader({
    name: 'Last-Event-ID',
    required: false,
    description: 'Resume after this event id (sent by EventSource on reconnect)',
    schema: { type: 'string', pattern: '^\\d{1,18}$' },
  })
  @ApiProduces('text/event-stream')
  @ApiOkResponse({
    description: 'The event stream (never ends by itself; closed when the server shuts down)',
    content: {
      'text/event-stream': {
        schema: { type: 'string' },
        example:
          'id: 1042\nevent: ticket.commented\ndata: {"type":"ticket.commented","timestamp":"2026-12-04T10:00:00.000Z","eventId":"1042","data":{"ticket":{},"comment":{}}}\n\n',
      },
    },
  })
  @ApiProblems(400, 503)
  async stream(
    @CurrentPrincipal() p: Principal,
    @Headers('last-event-id') lastEventId: string | undefined,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const resume = lastEventId?.trim() || null;
    if (resume !== null && !EVENT_ID.test(resume))
      throw validationException([{ field: 'Last-Event-ID', message: 'must be an event id (digits)' }]);
    if (this.readiness.draining)
      throw new DomainError('SERVICE_UNAVAILABLE', 'shutting down: reconnect to another instance');
    const out = await this.hub.open(p, resume, (fn) => req.raw.on('close', fn));
    await reply.header('content-type', 'text/event-stream; charset=utf-8').send(out);
  }
}
