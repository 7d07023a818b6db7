import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../access/principal.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import { Authenticated } from '../auth/policy.decorator.js';
import { ApiProblems } from '../common/api-problems.js';
import { PageOf } from '../common/pagination.js';
import { ChangeDto, ChangeListQuery } from './dto/change.dto.js';
import { ChangesService } from './changes.service.js';

const ChangePage = PageOf(ChangeDto, 'ChangePage');

@ApiTags('changes')
@Controller()
export class ChangesController {
  constructor(private readonly changes: ChangesService) {}

  @Get('changes')
  @Authenticated()
  @ApiOperation({
    summary: 'CHANGE tickets the caller may read, with their change approvals, newest first (cursor-paginated)',
    description:
      'Staff: all. External users: in the organizations where one of their roles gives "changes" (CHANGE_MANAGER, CONTROLLER); a caller with no such role gets 403.',
  })
  @ApiOkResponse({ type: ChangePage })
  @ApiProblems(400, 403)
  list(@CurrentPrincipal() p: Principal, @Query() q: ChangeListQuery) {
    return this.changes.list(p, q);
  }
}
