import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../access/principal.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import { Authenticated } from '../auth/policy.decorator.js';
import { ApiProblems } from '../common/api-problems.js';
import { MyPortalDto, MyPortalQuery } from './dto/my-portal.dto.js';
import { MyPortalService } from './my-portal.service.js';

@ApiTags('me')
@Controller('me/portal')
export class MyPortalController {
  constructor(private readonly myPortal: MyPortalService) {}

  @Get()
  @Authenticated()
  @ApiOperation({
    summary:
      'My portal: per organisation, the tiles and pages my roles allow (ACTIVE portals only; staff preview with organizationId)',
  })
  @ApiOkResponse({ type: MyPortalDto })
  @ApiProblems(400, 404)
  get(@CurrentPrincipal() p: Principal, @Query() q: MyPortalQuery): Promise<MyPortalDto> {
    return this.myPortal.get(p, q.organizationId);
  }
}
