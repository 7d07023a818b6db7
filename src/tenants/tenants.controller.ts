import { Body, Controller, Query, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../access/principal.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import { Authenticated, StaffOnly } from '../auth/policy.decorator.js';
import { ApiProblems } from '../common/api-problems.js';
import { ResourceLocation } from '../common/location.js';
import { UuidPipe } from '../common/validation.js';
import { PageOf, PageQuery } from '../common/pagination.js';
import { IfMatchVersion } from '../common/etag.js';
import { OrganizationListQuery } from './dto/organization.dto.js';
import {
  CreateGroupDto,
  CreateOrganizationDto,
  CreateSiteDto,
  GroupDto,
  OrganizationDto,
  SiteDto,
  UpdateOrganizationDto,
  UpdateSiteDto,
} from './dto/organization.dto.js';
import { TenantsService } from './tenants.service.js';
import { IdempotentCreate } from '../common/idempotency.js';

const OrganizationPage = PageOf(OrganizationDto, 'OrganizationPage');
const SitePage = PageOf(SiteDto, 'SitePage');
const GroupPage = PageOf(GroupDto, 'GroupPage');

@ApiTags('tenants')
@Controller()
export class TenantsController {
  constructor(private readonly tenants: TenantsService) {}

  @Get('organizations')
  @Authenticated()
  @ApiOperation({ summary: 'List organizations, newest first (staff: all; members: their own)' })
  @ApiOkResponse({ type: OrganizationPage })
  @ApiProblems(400)
  list(@CurrentPrincipal() p: Principal, @Query() q: OrganizationListQuery) {
    return this.tenants.listOrganizations(p, q);
  }

  @Post('organizations')
  @ResourceLocation('organizations')
  @StaffOnly('ADMIN')
  @ApiOperation({ summary: 'Create an organization (ADMIN)' })
  @ApiCreatedResponse({ type: OrganizationDto })
  @ApiProblems(400, 409, 422)
  create(@CurrentPrincipal() p: Principal, @Body() dto: CreateOrganizationDto) {
    return this.tenants.createOrganization(p, dto);
  }

  @Get('organizations/:id')
  @Authenticated()
  @ApiOperation({ summary: 'Get an organization' })
  @ApiOkResponse({ type: OrganizationDto })
  @ApiProblems(400, 404)
  get(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string) {
    return this.tenants.getOrganization(p, id);
  }

  @Patch('organizations/:id')
  @StaffOnly('ADMIN')
  @ApiOperation({
    summary: 'Update an organization: name, kind, portal, ticket access, email domains (ADMIN; audited)',
  })
  @ApiOkResponse({ type: OrganizationDto })
  @ApiProblems(400, 404, 409, 422)
  update(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: UpdateOrganizationDto,
    @IfMatchVersion() version: number,
  ) {
    return this.tenants.updateOrganization(p, id, dto, version);
  }

  @Get('organizations/:id/sites')
  @Authenticated()
  @ApiOperation({ summary: "List an organization's sites" })
  @ApiOkResponse({ type: SitePage })
  @ApiProblems(400, 404)
  sites(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string, @Query() q: PageQuery) {
    return this.tenants.listSites(p, id, q);
  }

  @Post('organizations/:id/sites')
  @ResourceLocation('sites')
  @StaffOnly('ADMIN')
  @ApiOperation({ summary: 'Create a site (ADMIN); the abbreviation is the client number' })
  @ApiCreatedResponse({ type: SiteDto })
  @ApiProblems(400, 404, 409)
  createSite(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string, @Body() dto: CreateSiteDto) {
    return this.tenants.createSite(p, id, dto);
  }

  @Get('sites/:id')
  @Authenticated()
  @ApiOperation({ summary: 'Get a site' })
  @ApiOkResponse({ type: SiteDto })
  @ApiProblems(400, 404)
  site(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string) {
    return this.tenants.getSite(p, id);
  }

  @Patch('sites/:id')
  @StaffOnly('ADMIN')
  @ApiOperation({ summary: 'Update a site (ADMIN)' })
  @ApiOkResponse({ type: SiteDto })
  @ApiProblems(400, 404, 409, 422)
  updateSite(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: UpdateSiteDto,
    @IfMatchVersion() version: number,
  ) {
    return this.tenants.updateSite(p, id, dto, version);
  }

  @Get('groups')
  @StaffOnly()
  @ApiOperation({ summary: 'List staff groups by name (cursor-paginated)' })
  @ApiOkResponse({ type: GroupPage })
  @ApiProblems(400)
  groups(@Query() q: PageQuery) {
    return this.tenants.listGroups(q);
  }

  @Post('groups')
  @StaffOnly('ADMIN')
  @HttpCode(201)
  @ApiOperation({ summary: 'Create a staff group (ADMIN)' })
  @ApiCreatedResponse({ type: GroupDto })
  @ApiProblems(400, 409, 422)
  @IdempotentCreate()
  createGroup(@CurrentPrincipal() p: Principal, @Body() dto: CreateGroupDto) {
    return this.tenants.createGroup(p, dto);
  }
}
