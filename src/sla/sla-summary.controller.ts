import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../access/principal.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import { Authenticated } from '../auth/policy.decorator.js';
import { ApiProblems } from '../common/api-problems.js';
import { SlaSummaryDto, SlaSummaryQuery } from './dto/summary.dto.js';
import { SlaSummaryService } from './sla-summary.service.js';

@ApiTags('sla')
@Controller('sla/summary')
export class SlaSummaryController {
  constructor(private readonly summaries: SlaSummaryService) {}

  @Get()
  @Authenticated()
  @ApiOperation({
    summary: 'SLA summary of an organisation (the SLA tile)',
    description:
      'Per priority: response and resolution targets met in percent among the tickets created in [from, to), and the open ones breached or at risk now. Staff, and roles with SLA in the organisation; counted over the tickets the caller may read (own sites in external support mode). No role with SLA ⇒ 403; another organisation ⇒ 404.',
  })
  @ApiOkResponse({ type: SlaSummaryDto })
  @ApiProblems(400, 403, 404, 422)
  get(@CurrentPrincipal() p: Principal, @Query() q: SlaSummaryQuery) {
    return this.summaries.summary(p, q);
  }
}
