import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../access/principal.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import { Authenticated } from '../auth/policy.decorator.js';
import { ApiProblems } from '../common/api-problems.js';
import { PageOf } from '../common/pagination.js';
import { AuditEventDto, AuditQuery } from './dto/audit.dto.js';
import { AuditService } from './audit.service.js';

const AuditPage = PageOf(AuditEventDto, 'AuditEventPage');

/** Read-only: there is no route that alters or deletes an event (the table refuses it too). */
@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Authenticated()
  @ApiOperation({
    summary:
      'Audit trail of access changes, newest first (ADMIN: all; customer approvers and change managers: their organizations)',
  })
  @ApiOkResponse({ type: AuditPage })
  @ApiProblems(400, 403, 404)
  list(@CurrentPrincipal() p: Principal, @Query() q: AuditQuery) {
    return this.audit.list(p, q);
  }
}
