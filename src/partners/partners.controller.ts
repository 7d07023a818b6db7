import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../access/principal.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import { Authenticated, StaffOnly } from '../auth/policy.decorator.js';
import { ApiProblems } from '../common/api-problems.js';
import { UuidPipe } from '../common/validation.js';
import { CreatePartnerLinkDto, PartnerLinkDto, RemovePartnerLinkQuery } from './dto/partner-link.dto.js';
import { PartnersService } from './partners.service.js';
import { IdempotentCreate } from '../common/idempotency.js';

@ApiTags('partners')
@Controller('organizations/:id/partners')
export class PartnersController {
  constructor(private readonly partners: PartnersService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'Partner links of a customer organisation (staff, and its approvers / change managers)' })
  @ApiOkResponse({ type: [PartnerLinkDto] })
  @ApiProblems(400, 403, 404)
  list(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string) {
    return this.partners.list(p, id);
  }

  @Post()
  @StaffOnly('ADMIN')
  @ApiOperation({
    summary: 'Link a PARTNER organisation to this CUSTOMER with recorded consent (ADMIN; audited)',
    description:
      "requestedBy says who asked (one of the customer's permission contacts, or a named person with an email; 422 without). The partner's primary email domains become associated domains of the customer; applyToExisting also adds memberships for the partner's current users (seat limit applies, 409 when exceeded).",
  })
  @ApiCreatedResponse({ type: PartnerLinkDto })
  @ApiProblems(400, 404, 409, 422)
  @IdempotentCreate()
  create(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string, @Body() dto: CreatePartnerLinkDto) {
    return this.partners.create(p, id, dto);
  }

  @Delete(':linkId')
  @HttpCode(204)
  @StaffOnly('ADMIN')
  @ApiOperation({
    summary:
      'Unlink a partner: removes the memberships and domains held through the link; tickets stay with the customer (ADMIN; audited)',
    description:
      "Say who asked: requestedByUserId (one of the customer's permission contacts) or requestedByName with requestedByEmail; without it 422.",
  })
  @ApiNoContentResponse()
  @ApiProblems(400, 404, 422)
  async remove(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @Param('linkId', UuidPipe) linkId: string,
    @Query() q: RemovePartnerLinkQuery,
  ): Promise<void> {
    await this.partners.remove(p, id, linkId, q);
  }
}
