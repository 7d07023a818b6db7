import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../access/principal.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import { Authenticated, StaffOnly } from '../auth/policy.decorator.js';
import { ApiProblems } from '../common/api-problems.js';
import { IfMatchVersion } from '../common/etag.js';
import { PageOf } from '../common/pagination.js';
import { UuidPipe } from '../common/validation.js';
import { ContractsService } from './contracts.service.js';
import {
  ContractDetailDto,
  ContractDto,
  ContractListQuery,
  ContractsBySiteReportDto,
  ContractsReportQuery,
  CreateContractDto,
  UpdateContractDto,
} from './dto/contract.dto.js';
import { IdempotentCreate } from '../common/idempotency.js';

const ContractPage = PageOf(ContractDto, 'ContractPage');

@ApiTags('contracts')
@Controller()
export class ContractsController {
  constructor(private readonly contracts: ContractsService) {}

  @Get('contracts')
  @Authenticated()
  @ApiOperation({
    summary: 'List the contracts the caller may see, newest first (cursor-paginated)',
    description:
      'Staff: all. External users: only SOLD contracts, through a role with SLA, of their organization (their own sites in external support mode). A caller none of whose roles has SLA gets 403.',
  })
  @ApiOkResponse({ type: ContractPage })
  @ApiProblems(400, 403)
  list(@CurrentPrincipal() p: Principal, @Query() q: ContractListQuery) {
    return this.contracts.list(p, q);
  }

  @Post('contracts')
  @StaffOnly()
  @ApiOperation({ summary: 'Create a contract with SLA targets and covered CIs (staff)' })
  @ApiCreatedResponse({ type: ContractDetailDto })
  @ApiProblems(400, 409, 422)
  @IdempotentCreate()
  create(@CurrentPrincipal() p: Principal, @Body() dto: CreateContractDto) {
    return this.contracts.create(p, dto);
  }

  @Get('reports/contracts-by-site')
  @Authenticated()
  @ApiOperation({
    summary:
      'Contracts by site: support contracts count as sold and are grouped by site (staff: all; externals: what they may see; 403 when none of their roles has SLA)',
  })
  @ApiOkResponse({ type: ContractsBySiteReportDto })
  @ApiProblems(400, 403)
  bySite(@CurrentPrincipal() p: Principal, @Query() q: ContractsReportQuery) {
    return this.contracts.bySite(p, q);
  }

  @Get('contracts/:id')
  @Authenticated()
  @ApiOperation({ summary: 'Get a contract (purchased contracts: staff only)' })
  @ApiOkResponse({ type: ContractDetailDto })
  @ApiProblems(400, 404)
  get(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string) {
    return this.contracts.get(p, id);
  }

  @Patch('contracts/:id')
  @StaffOnly()
  @ApiOperation({ summary: 'Update a contract (staff); slaTargets and ciIds replace the current ones; needs If-Match' })
  @ApiOkResponse({ type: ContractDetailDto })
  @ApiProblems(400, 404, 409, 422)
  update(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: UpdateContractDto,
    @IfMatchVersion() version: number,
  ) {
    return this.contracts.update(p, id, dto, version);
  }

  @Delete('contracts/:id')
  @HttpCode(204)
  @StaffOnly()
  @ApiOperation({ summary: 'Delete a contract (staff)' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(400, 404)
  remove(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string): Promise<void> {
    return this.contracts.remove(p, id);
  }
}
