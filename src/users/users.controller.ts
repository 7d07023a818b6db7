import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../access/principal.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import { Authenticated, StaffOnly } from '../auth/policy.decorator.js';
import { ApiProblems } from '../common/api-problems.js';
import { ResourceLocation } from '../common/location.js';
import { PageOf, PageQuery } from '../common/pagination.js';
import { UuidPipe } from '../common/validation.js';
import { ApiIfMatch, IfMatchVersion } from '../common/etag.js';
import {
  ContactDto,
  ContactQuery,
  CreateMembershipDto,
  CreateUserDto,
  MembershipDetailDto,
  MembershipDto,
  UpdateMembershipDto,
  UpdateUserDto,
  UserDto,
  UserListQuery,
} from './dto/user.dto.js';
import { UsersService } from './users.service.js';

const UserPage = PageOf(UserDto, 'UserPage');
const MembershipPage = PageOf(MembershipDto, 'MembershipPage');
const ContactPage = PageOf(ContactDto, 'ContactPage');

@ApiTags('users')
@Controller()
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get('users')
  @StaffOnly()
  @ApiOperation({ summary: 'List users (staff)' })
  @ApiOkResponse({ type: UserPage })
  @ApiProblems(400)
  list(@Query() q: UserListQuery) {
    return this.users.list(q);
  }

  @Post('users')
  @ResourceLocation('users')
  @StaffOnly('ADMIN')
  @ApiOperation({ summary: 'Create a user (ADMIN); external users join the organizations listing their email domain' })
  @ApiCreatedResponse({ type: UserDto })
  @ApiProblems(400, 409, 422)
  create(@CurrentPrincipal() p: Principal, @Body() dto: CreateUserDto) {
    return this.users.create(p, dto);
  }

  @Get('users/:id')
  @StaffOnly()
  @ApiOperation({ summary: 'Get a user (staff)' })
  @ApiOkResponse({ type: UserDto })
  @ApiProblems(400, 404)
  get(@Param('id', UuidPipe) id: string) {
    return this.users.get(id);
  }

  @Patch('users/:id')
  @StaffOnly('ADMIN')
  @ApiOperation({ summary: 'Update a user (ADMIN); active=false ends every session at once' })
  @ApiOkResponse({ type: UserDto })
  @ApiProblems(400, 403, 404, 409, 422)
  @ApiIfMatch()
  update(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: UpdateUserDto,
    @IfMatchVersion() version: number,
  ) {
    return this.users.update(p, id, dto, version);
  }

  @Get('organizations/:id/members')
  @Authenticated()
  @ApiOperation({ summary: 'List the memberships of an organization (staff, customer approvers, change managers)' })
  @ApiOkResponse({ type: MembershipPage })
  @ApiProblems(400, 403, 404)
  members(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string, @Query() q: PageQuery) {
    return this.users.listMembers(p, id, q);
  }

  @Post('organizations/:id/members')
  @ResourceLocation('memberships')
  @StaffOnly('ADMIN')
  @ApiOperation({ summary: 'Add a user to an organization (ADMIN; audited)' })
  @ApiCreatedResponse({ type: MembershipDetailDto })
  @ApiProblems(400, 404, 409, 422)
  addMember(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string, @Body() dto: CreateMembershipDto) {
    return this.users.addMember(p, id, dto);
  }

  @Get('memberships/:id')
  @Authenticated()
  @ApiOperation({ summary: 'Get a membership' })
  @ApiOkResponse({ type: MembershipDetailDto })
  @ApiProblems(400, 404)
  membership(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string) {
    return this.users.getMembership(p, id);
  }

  @Patch('memberships/:id')
  @Authenticated()
  @ApiOperation({
    summary:
      'Change a membership: ADMIN any field; customer approvers and change managers the roles of other members of their organization',
  })
  @ApiOkResponse({ type: MembershipDetailDto })
  @ApiProblems(400, 403, 404, 422)
  @ApiIfMatch()
  updateMembership(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: UpdateMembershipDto,
    @IfMatchVersion() version: number,
  ) {
    return this.users.updateMembership(p, id, dto, version);
  }

  @Delete('memberships/:id')
  @StaffOnly('ADMIN')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a membership (ADMIN); takes effect on the next request of the user' })
  @ApiNoContentResponse()
  @ApiProblems(400, 404)
  removeMembership(@CurrentPrincipal() p: Principal, @Param('id', UuidPipe) id: string) {
    return this.users.removeMembership(p, id);
  }

  @Get('contacts')
  @Authenticated()
  @ApiOperation({
    summary: "The organization's contact directory: own entry for PORTAL_USER, all members for roles with all contacts",
  })
  @ApiOkResponse({ type: ContactPage })
  @ApiProblems(400)
  contacts(@CurrentPrincipal() p: Principal, @Query() q: ContactQuery) {
    return this.users.contacts(p, q);
  }
}
