import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Req } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import { AttachmentsService, validateBody } from '../attachments/attachments.service.js';
import { ApiJsonOrMultipartBody, MULTIPART } from '../attachments/openapi.js';
import { CreateCommentWithFilesBody } from '../attachments/dto/attachment.dto.js';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../access/principal.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import { Authenticated } from '../auth/policy.decorator.js';
import { ApiProblems } from '../common/api-problems.js';
import { ResourceLocation } from '../common/location.js';
import { PageOf, PageQuery } from '../common/pagination.js';
import { UuidPipe } from '../common/validation.js';
import { IfMatchVersion, OptionalIfMatchVersion } from '../common/etag.js';
import {
  AddCcDto,
  CcCandidateDto,
  CcCandidatesQuery,
  CcDto,
  CommentDetailDto,
  CommentDto,
  CreateCommentDto,
  CreateTicketDto,
  HistoryEntryDto,
  TicketDetailDto,
  TicketCountDto,
  TicketDto,
  TicketFilterQuery,
  TicketListQuery,
  TicketTypesDto,
  TicketTypesQuery,
  TransitionDto,
  UpdateTicketDto,
} from './dto/ticket.dto.js';
import { TicketsService } from './tickets.service.js';
import { IdempotentCreate } from '../common/idempotency.js';

const TicketPage = PageOf(TicketDto, 'TicketPage');
const CommentPage = PageOf(CommentDto, 'CommentPage');
const HistoryPage = PageOf(HistoryEntryDto, 'HistoryPage');
const CcPage = PageOf(CcDto, 'CcPage');
const CcCandidatePage = PageOf(CcCandidateDto, 'CcCandidatePage');

@ApiTags('tickets')
@Controller()
export class TicketsController {
  constructor(
    private readonly tickets: TicketsService,
    private readonly attachments: AttachmentsService,
  ) {}

  @Get('tickets')
  @Authenticated()
  @ApiOperation({
    summary: 'List the tickets the caller may read, newest first or in the order of `sort` (cursor-paginated)',
    description:
      'Filters only narrow what the access policy allows; an organizationId the caller has no access to gives an empty list.',
  })
  @ApiOkResponse({ type: TicketPage })
  @ApiProblems(400)
  list(@CurrentPrincipal() p: Principal, @Query() q: TicketListQuery) {
    return this.tickets.list(p, q);
  }

  @Get('tickets/count')
  @Authenticated()
  @ApiOperation({
    summary: 'Count the tickets the caller may read, with the filters of the list',
    description:
      'Exact up to 10,000 tickets; above that `{ "count": 10000, "exact": false }`. The same filters (and the same access policy) as `GET tickets`; sort and cursor do not apply.',
  })
  @ApiOkResponse({
    type: TicketCountDto,
    examples: {
      exact: { summary: 'An exact count', value: { count: 42, exact: true } },
      capped: { summary: 'More than 10,000 tickets', value: { count: 10000, exact: false } },
    },
  })
  @ApiProblems(400)
  count(@CurrentPrincipal() p: Principal, @Query() q: TicketFilterQuery) {
    return this.tickets.count(p, q);
  }

  @Post('tickets')
  @ResourceLocation('tickets')
  @Authenticated()
  @ApiOperation({
    summary: 'Raise a ticket',
    description:
      'External users are always the requester; site defaults to the home site and must be the home site or a write site.',
  })
  @ApiCreatedResponse({ type: TicketDetailDto })
  @ApiProblems(400, 403, 422)
  create(@CurrentPrincipal() p: Principal, @Body() dto: CreateTicketDto) {
    return this.tickets.create(p, dto);
  }

  @Get('tickets/cc-candidates')
  @Authenticated()
  @ApiOperation({
    summary: 'Whom the caller may CC on tickets of an organization: its verified members (id, name, email), by name',
    description:
      'For the CC picker of the ticket form and the ticket page: staff and members of the organization (anyone who may add CCs there). `q` is a case-insensitive prefix of the name (any of its words) or of the email. Another organization ⇒ 404, as if it did not exist.',
  })
  @ApiOkResponse({ type: CcCandidatePage })
  @ApiProblems(400, 403, 404)
  ccCandidates(@CurrentPrincipal() p: Principal, @Query() q: CcCandidatesQuery) {
    return this.tickets.ccCandidates(p, q);
  }

  @Get('ticket-types')
  @Authenticated()
  @ApiOperation({ summary: 'Ticket types the caller may raise in an organization' })
  @ApiOkResponse({ type: TicketTypesDto })
  @ApiProblems(400, 403, 422)
  types(@CurrentPrincipal() p: Principal, @Query() q: TicketTypesQuery) {
    return this.tickets.ticketTypes(p, q);
  }

  @Get('tickets/:id')
  @Authenticated()
  @ApiOperation({ summary: 'Get a ticket' })
  @ApiOkResponse({ type: TicketDetailDto })
  @ApiProblems(400, 404)
  get(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string) {
    return this.tickets.get(p, id);
  }

  @Patch('tickets/:id')
  @Authenticated()
  @ApiOperation({ summary: 'Update a ticket (fields the caller may change); needs If-Match' })
  @ApiOkResponse({ type: TicketDetailDto })
  @ApiProblems(400, 403, 404, 422)
  update(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: UpdateTicketDto,
    @IfMatchVersion() version: number,
  ) {
    return this.tickets.update(p, id, dto, version);
  }

  @Post('tickets/:id/transitions')
  @HttpCode(200)
  @Authenticated()
  @ApiOperation({ summary: 'Change the status of a ticket along the workflow' })
  @ApiOkResponse({ type: TicketDetailDto })
  @ApiProblems(400, 403, 404, 409)
  transition(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: TransitionDto,
    @OptionalIfMatchVersion() version?: number,
  ) {
    return this.tickets.transition(p, id, dto, version);
  }

  @Get('tickets/:id/comments')
  @Authenticated()
  @ApiOperation({ summary: 'Comments of a ticket, oldest first (internal ones for staff only)' })
  @ApiOkResponse({ type: CommentPage })
  @ApiProblems(400, 404)
  comments(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string, @Query() q: PageQuery) {
    return this.tickets.comments(p, id, q.limit, q.cursor);
  }

  @Post('tickets/:id/comments')
  @RouteConfig(MULTIPART)
  @Authenticated()
  @ApiOperation({
    summary: 'Comment on a ticket (internal: staff only), with files when sent as multipart/form-data',
    description:
      'JSON, or multipart/form-data with the same fields first (`internal` as `true`/`false`) and then up to 10 parts named `files` ' +
      '(each checked as by POST tickets/{id}/attachments; the files of an internal comment are staff-only). One transaction: ' +
      'a file refused leaves neither the comment nor any file.',
  })
  @ApiJsonOrMultipartBody(CreateCommentDto, CreateCommentWithFilesBody)
  @ApiCreatedResponse({ type: CommentDetailDto })
  @ApiProblems(400, 403, 404, 413, 422)
  @IdempotentCreate()
  async comment(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string, @Req() req: FastifyRequest) {
    if (!req.isMultipart()) return this.tickets.addComment(p, id, await validateBody(CreateCommentDto, req.body));
    const { dto, form, first } = await this.attachments.readCommentForm(req, CreateCommentDto);
    return this.tickets.addComment(p, id, dto, (tx, c) => this.attachments.saveCommentFiles(tx, p, id, form, first, c));
  }

  @Get('tickets/:id/ccs')
  @Authenticated()
  @ApiOperation({ summary: "Users CC'd on a ticket, in the order they were added (cursor-paginated)" })
  @ApiOkResponse({ type: CcPage })
  @ApiProblems(400, 404)
  ccs(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string, @Query() q: PageQuery) {
    return this.tickets.ccs(p, id, q);
  }

  @Post('tickets/:id/ccs')
  @Authenticated()
  @ApiOperation({
    summary: 'CC a user on a ticket (staff: any user; the requester: verified members of the organization; at most 20)',
  })
  @ApiCreatedResponse({ type: CcDto })
  @ApiProblems(400, 403, 404, 409, 422)
  @IdempotentCreate()
  addCc(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string, @Body() dto: AddCcDto) {
    return this.tickets.addCc(p, id, dto);
  }

  @Delete('tickets/:id/ccs/:userId')
  @HttpCode(204)
  @Authenticated()
  @ApiOperation({ summary: 'Remove a CC (staff or the requester); the CC loses the access it gave' })
  @ApiNoContentResponse()
  @ApiProblems(400, 403, 404)
  removeCc(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @Param('userId', UuidPipe) userId: string,
  ) {
    return this.tickets.removeCc(p, id, userId);
  }

  @Get('tickets/:id/history')
  @Authenticated()
  @ApiOperation({ summary: 'Every change of a ticket, oldest first' })
  @ApiOkResponse({ type: HistoryPage })
  @ApiProblems(400, 404)
  history(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string, @Query() q: PageQuery) {
    return this.tickets.history_(p, id, q.limit, q.cursor);
  }
}
