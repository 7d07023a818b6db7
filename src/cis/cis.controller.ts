import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, StreamableFile } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Principal } from '../access/principal.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import { Authenticated, StaffOnly } from '../auth/policy.decorator.js';
import { ApiProblems } from '../common/api-problems.js';
import { IfMatchVersion } from '../common/etag.js';
import { PageOf } from '../common/pagination.js';
import { UuidPipe } from '../common/validation.js';
import { CisService } from './cis.service.js';
import { CiDetailDto, CiDto, CiListQuery, CreateCiDto, UpdateCiDto } from './dto/ci.dto.js';
import { IdempotentCreate } from '../common/idempotency.js';

const CiPage = PageOf(CiDto, 'CiPage');

@ApiTags('cis')
@Controller()
export class CisController {
  constructor(private readonly cis: CisService) {}

  @Get('cis')
  @Authenticated()
  @ApiOperation({
    summary: 'List the CIs the caller may see, by name then id (cursor-paginated)',
    description:
      'Members see the CIs of their sites (no site: CIs without site); roles with system info see all CIs of the organization (their sites only in external support mode); with ciDepartmentFilter other roles see their department only. Filters only narrow.',
  })
  @ApiOkResponse({ type: CiPage })
  @ApiProblems(400)
  list(@CurrentPrincipal() p: Principal, @Query() q: CiListQuery) {
    return this.cis.list(p, q);
  }

  @Post('cis')
  @StaffOnly()
  @ApiOperation({ summary: 'Create a CI (staff)' })
  @ApiCreatedResponse({ type: CiDetailDto })
  @ApiProblems(400, 422)
  @IdempotentCreate()
  create(@CurrentPrincipal() p: Principal, @Body() dto: CreateCiDto) {
    return this.cis.create(p, dto);
  }

  @Get('cis/:id')
  @Authenticated()
  @ApiOperation({
    summary: 'Get a CI with its covering contracts, each marked SOLD or PURCHASED (purchased: staff only)',
  })
  @ApiOkResponse({ type: CiDetailDto })
  @ApiProblems(400, 404)
  get(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string) {
    return this.cis.get(p, id);
  }

  @Get('cis/:id/sheet.pdf')
  @Authenticated()
  @ApiOperation({
    summary:
      'Printable CI sheet (PDF): the CI and its covering contracts marked sold or purchased; same visibility as the CI',
  })
  @ApiProduces('application/pdf')
  @ApiOkResponse({
    description: 'The PDF',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
    headers: {
      'Content-Disposition': {
        description: '`inline`, with a file name from the CI',
        schema: { type: 'string', example: 'inline; filename="ci-FW-1001.pdf"' },
      },
    },
  })
  @ApiProblems(400, 404)
  async sheet(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string): Promise<StreamableFile> {
    const { pdf, fileName } = await this.cis.sheet(p, id);
    return new StreamableFile(pdf, {
      type: 'application/pdf',
      disposition: `inline; filename="${fileName}"`,
      length: pdf.length,
    });
  }

  @Patch('cis/:id')
  @StaffOnly()
  @ApiOperation({ summary: 'Update a CI (staff); needs If-Match' })
  @ApiOkResponse({ type: CiDetailDto })
  @ApiProblems(400, 404, 422)
  update(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: UpdateCiDto,
    @IfMatchVersion() version: number,
  ) {
    return this.cis.update(p, id, dto, version);
  }

  @Delete('cis/:id')
  @HttpCode(204)
  @StaffOnly()
  @ApiOperation({ summary: 'Delete a CI (staff); its links to tickets and contracts go with it' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(400, 404)
  remove(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string): Promise<void> {
    return this.cis.remove(p, id);
  }
}
