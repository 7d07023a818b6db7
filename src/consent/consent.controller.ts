import { Controller, Delete, Get, HttpCode, Param, Put } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../access/principal.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import { Authenticated, StaffOnly } from '../auth/policy.decorator.js';
import { ApiProblems } from '../common/api-problems.js';
import { UuidPipe } from '../common/validation.js';
import { ConsentService } from './consent.service.js';
import { AccessSummaryDto, PermissionContactDto } from './dto/consent.dto.js';

@ApiTags('consent')
@Controller('organizations/:id')
export class ConsentController {
  constructor(private readonly consent: ConsentService) {}

  @Get('permission-contacts')
  @Authenticated()
  @ApiOperation({
    summary:
      "The organization's permission contacts: members entitled to ask for a change of its permission set (staff, and its approvers / change managers)",
  })
  @ApiOkResponse({ type: [PermissionContactDto] })
  @ApiProblems(400, 403, 404)
  list(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string) {
    return this.consent.listContacts(p, id);
  }

  @Put('permission-contacts/:userId')
  @StaffOnly('ADMIN')
  @ApiOperation({
    summary: 'Name an active member as permission contact (ADMIN; idempotent; audited)',
    description: 'A user who is not an active member of the organization ⇒ 422.',
  })
  @ApiOkResponse({ type: PermissionContactDto })
  @ApiProblems(400, 404, 422)
  add(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string, @Param('userId', UuidPipe) userId: string) {
    return this.consent.addContact(p, id, userId);
  }

  @Delete('permission-contacts/:userId')
  @StaffOnly('ADMIN')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a permission contact (ADMIN; audited); the membership stays' })
  @ApiNoContentResponse()
  @ApiProblems(400, 404)
  async remove(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @Param('userId', UuidPipe) userId: string,
  ): Promise<void> {
    await this.consent.removeContact(p, id, userId);
  }

  @Get('access-summary')
  @Authenticated()
  @ApiOperation({
    summary:
      'Who may see what in the organization: its ticket access setting, permission contacts, partner links with their consent, and every member who sees all its tickets with the grants behind it (staff, and its approvers / change managers)',
  })
  @ApiOkResponse({ type: AccessSummaryDto })
  @ApiProblems(400, 403, 404)
  summary(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string) {
    return this.consent.accessSummary(p, id);
  }
}
