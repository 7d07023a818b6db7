import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../access/principal.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import { StaffOnly } from '../auth/policy.decorator.js';
import { ApiProblems } from '../common/api-problems.js';
import { IfMatchVersion, OptionalIfMatchVersion } from '../common/etag.js';
import { PageOf, PageQuery } from '../common/pagination.js';
import { UuidPipe } from '../common/validation.js';
import {
  CreatePageDto,
  CreatePortalDto,
  PageDetailDto,
  PageDto,
  PortalDto,
  UpdatePageDto,
  UpdatePortalDto,
} from './dto/portal.dto.js';
import { PagesService } from './pages.service.js';
import { PortalsService } from './portals.service.js';
import { IdempotentCreate } from '../common/idempotency.js';

const PortalPage = PageOf(PortalDto, 'PortalPage');

@ApiTags('portals')
@Controller()
export class PortalsController {
  constructor(
    private readonly portals: PortalsService,
    private readonly pages: PagesService,
  ) {}

  @Get('portals')
  @StaffOnly()
  @ApiOperation({ summary: 'List portals (staff)' })
  @ApiOkResponse({ type: PortalPage })
  @ApiProblems(400)
  list(@Query() q: PageQuery) {
    return this.portals.list(q);
  }

  @Post('portals')
  @StaffOnly('ADMIN')
  @ApiOperation({ summary: 'Create a portal (ADMIN), DISABLED, empty or from the TICKET_DESK template (audited)' })
  @ApiCreatedResponse({ type: PortalDto })
  @ApiProblems(400)
  @IdempotentCreate()
  create(@CurrentPrincipal() p: Principal, @Body() dto: CreatePortalDto) {
    return this.portals.create(p, dto);
  }

  @Get('portals/:id')
  @StaffOnly()
  @ApiOperation({ summary: 'Get a portal with its options and seats in use (staff)' })
  @ApiOkResponse({ type: PortalDto })
  @ApiProblems(400, 404)
  get(@Param('id', UuidPipe) id: string) {
    return this.portals.get(id);
  }

  @Patch('portals/:id')
  @StaffOnly('ADMIN')
  @ApiOperation({
    summary: 'Configure a portal: name and options (ADMIN; audited). A seatLimit below the seats in use ⇒ 409',
  })
  @ApiOkResponse({ type: PortalDto })
  @ApiProblems(400, 404, 409)
  update(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: UpdatePortalDto,
    @IfMatchVersion() version: number,
  ) {
    return this.portals.update(p, id, dto, version);
  }

  @Post('portals/:id/enable')
  @HttpCode(200)
  @StaffOnly('ADMIN')
  @ApiOperation({ summary: 'DISABLED → ENABLED: configurable, still invisible to external users (ADMIN; audited)' })
  @ApiOkResponse({ type: PortalDto })
  @ApiProblems(400, 404, 409, 412)
  enable(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @OptionalIfMatchVersion() version?: number,
  ) {
    return this.portals.transition(p, id, 'enable', version);
  }

  @Post('portals/:id/activate')
  @HttpCode(200)
  @StaffOnly('ADMIN')
  @ApiOperation({ summary: 'ENABLED → ACTIVE: visible to the external users of its organisations (ADMIN; audited)' })
  @ApiOkResponse({ type: PortalDto })
  @ApiProblems(400, 404, 409, 412)
  activate(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @OptionalIfMatchVersion() version?: number,
  ) {
    return this.portals.transition(p, id, 'activate', version);
  }

  @Post('portals/:id/deactivate')
  @HttpCode(200)
  @StaffOnly('ADMIN')
  @ApiOperation({ summary: 'ACTIVE → ENABLED (ADMIN; audited)' })
  @ApiOkResponse({ type: PortalDto })
  @ApiProblems(400, 404, 409, 412)
  deactivate(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @OptionalIfMatchVersion() version?: number,
  ) {
    return this.portals.transition(p, id, 'deactivate', version);
  }

  @Post('portals/:id/disable')
  @HttpCode(200)
  @StaffOnly('ADMIN')
  @ApiOperation({ summary: 'ENABLED or ACTIVE → DISABLED; pages are kept for a later re-enable (ADMIN; audited)' })
  @ApiOkResponse({ type: PortalDto })
  @ApiProblems(400, 404, 409, 412)
  disable(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @OptionalIfMatchVersion() version?: number,
  ) {
    return this.portals.transition(p, id, 'disable', version);
  }

  // ── pages ─────────────────────────────────────────────────────

  @Get('portals/:id/pages')
  @StaffOnly()
  @ApiOperation({ summary: 'List the pages of a portal with their ordered widgets (staff)' })
  @ApiOkResponse({ type: [PageDto] })
  @ApiProblems(400, 404)
  listPages(@Param('id', UuidPipe) id: string) {
    return this.pages.list(id);
  }

  @Post('portals/:id/pages')
  @StaffOnly('ADMIN')
  @ApiOperation({ summary: 'Add a page with ordered widgets; each widget config is validated by its type (ADMIN)' })
  @ApiCreatedResponse({ type: PageDetailDto })
  @ApiProblems(400, 404, 409)
  @IdempotentCreate()
  createPage(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string, @Body() dto: CreatePageDto) {
    return this.pages.create(p, id, dto);
  }

  @Get('pages/:id')
  @StaffOnly()
  @ApiOperation({ summary: 'Get a portal page (staff)' })
  @ApiOkResponse({ type: PageDetailDto })
  @ApiProblems(400, 404)
  getPage(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string) {
    return this.pages.get(p, id);
  }

  @Patch('pages/:id')
  @StaffOnly('ADMIN')
  @ApiOperation({ summary: 'Update a page; `widgets` replaces every widget, in order (ADMIN)' })
  @ApiOkResponse({ type: PageDetailDto })
  @ApiProblems(400, 404, 409)
  updatePage(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: UpdatePageDto,
    @IfMatchVersion() version: number,
  ) {
    return this.pages.update(p, id, dto, version);
  }

  @Delete('pages/:id')
  @HttpCode(204)
  @StaffOnly('ADMIN')
  @ApiOperation({ summary: 'Delete a page and its widgets (ADMIN)' })
  @ApiNoContentResponse()
  @ApiProblems(400, 404)
  async deletePage(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string): Promise<void> {
    await this.pages.remove(p, id);
  }
}
