import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../access/principal.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import { Authenticated } from '../auth/policy.decorator.js';
import { ApiProblems } from '../common/api-problems.js';
import { ExplainQuery, ExplanationDto } from './explain.dto.js';
import { ExplainService } from './explain.service.js';

@ApiTags('access')
@Controller('access')
export class ExplainController {
  constructor(private readonly explainer: ExplainService) {}

  @Get('explain')
  @Authenticated()
  @ApiOperation({
    summary: 'Explain an access decision: allowed or not, and the grants behind it (admins: anyone; users: themselves)',
  })
  @ApiOkResponse({ type: ExplanationDto })
  @ApiProblems(400, 403, 404, 422)
  explain(@CurrentPrincipal() p: Principal, @Query() q: ExplainQuery) {
    return this.explainer.explain(p, q);
  }
}
