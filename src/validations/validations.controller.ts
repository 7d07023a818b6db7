import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../access/principal.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import { Authenticated, StaffOnly } from '../auth/policy.decorator.js';
import { ApiProblems } from '../common/api-problems.js';
import { PageOf } from '../common/pagination.js';
import { UuidPipe } from '../common/validation.js';
import {
  CreateDecisionDto,
  CreateValidationDto,
  ValidationDetailDto,
  ValidationDto,
  ValidationListQuery,
} from './dto/validation.dto.js';
import { ValidationsService } from './validations.service.js';
import { IdempotentCreate } from '../common/idempotency.js';

const ValidationPage = PageOf(ValidationDto, 'ValidationPage');

@ApiTags('validations')
@Controller()
export class ValidationsController {
  constructor(private readonly validations: ValidationsService) {}

  @Post('tickets/:id/validations')
  @StaffOnly('ADMIN', 'AGENT')
  @ApiOperation({
    summary: 'Ask the customer to accept or reject something on a ticket (validation or change approval)',
    description:
      'Each eligible decider (an active member of the ticket’s organization holding the deciding role who can read the ticket) gets one notification. ' +
      'While the validation is open the ticket waits for the customer (status PENDING_CUSTOMER, through OPEN when NEW).',
  })
  @ApiCreatedResponse({ type: ValidationDetailDto })
  @ApiProblems(400, 404, 409, 422)
  @IdempotentCreate()
  create(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string, @Body() dto: CreateValidationDto) {
    return this.validations.create(p, id, dto);
  }

  @Get('validations')
  @Authenticated()
  @ApiOperation({
    summary: 'The validations inbox: open and decided validations the caller may see, newest first (cursor-paginated)',
    description:
      'Staff see all; members with a role that sees validations see those of tickets they can read. `awaitingMyDecision=true` keeps the ones the caller can decide now.',
  })
  @ApiOkResponse({ type: ValidationPage })
  @ApiProblems(400)
  list(@CurrentPrincipal() p: Principal, @Query() q: ValidationListQuery) {
    return this.validations.list(p, q);
  }

  @Get('validations/:id')
  @Authenticated()
  @ApiOperation({ summary: 'Get a validation with every decision taken on it' })
  @ApiOkResponse({ type: ValidationDetailDto })
  @ApiProblems(400, 404)
  get(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string) {
    return this.validations.get(p, id);
  }

  @Post('validations/:id/decisions')
  @Authenticated()
  @ApiOperation({
    summary: 'Accept or reject a validation (eligible deciders only; one decision per person; final)',
    description:
      'One REJECT rejects; the required number of ACCEPTs accepts. A decided validation refuses further decisions (409); past the due time ⇒ 409 with detail "expired".',
  })
  @ApiCreatedResponse({ type: ValidationDetailDto })
  @ApiProblems(400, 403, 404, 409)
  @IdempotentCreate()
  decide(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string, @Body() dto: CreateDecisionDto) {
    return this.validations.decide(p, id, dto);
  }
}
