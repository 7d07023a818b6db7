import { Body, Controller, Get, Header, HttpCode, Patch, Post, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Principal } from '../access/principal.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import { Authenticated, AuthenticatedEnrolling } from '../auth/policy.decorator.js';
import { ApiProblems } from '../common/api-problems.js';
import { OptionalIfMatchVersion } from '../common/etag.js';
import { CredentialsService } from './credentials.service.js';
import { etagOf, MeService, type MeWithVersion } from './me.service.js';
import { TokensDto } from './dto/login.dto.js';
import { ChangeEmailDto, MeDto, UpdateMeDto } from './dto/me.dto.js';
import { ChangePasswordDto } from './dto/password.dto.js';
import { AcceptedDto } from './dto/register.dto.js';

const withEtag = (reply: FastifyReply, r: MeWithVersion): MeDto => {
  void reply.header('etag', etagOf(r.version));
  return r.dto;
};

@ApiTags('me')
@Controller('me')
export class MeController {
  constructor(
    private readonly me: MeService,
    private readonly credentials: CredentialsService,
  ) {}

  @Get()
  @AuthenticatedEnrolling()
  @ApiOperation({
    summary: 'The signed-in user, with memberships',
    description: 'The `ETag` header can be sent back as `If-Match` on `PATCH /me`.',
  })
  @ApiOkResponse({
    type: MeDto,
    headers: {
      ETag: { description: 'Version of the profile, for `If-Match`', schema: { type: 'string', example: '"3"' } },
    },
  })
  async get(@CurrentPrincipal() p: Principal, @Res({ passthrough: true }) reply: FastifyReply): Promise<MeDto> {
    return withEtag(reply, await this.me.get(p));
  }

  @Patch()
  @Authenticated()
  @ApiOperation({
    summary: 'Edit my name, phone, locale or time zone',
    description:
      'Only `name`, `phone`, `locale` and `timeZone` (IANA; unknown ⇒ 422); any other property (organisation, site, roles, restrictions, email, flags) is a 400 and nothing changes. Send `If-Match` with the ETag to avoid overwriting a concurrent edit (412).',
  })
  @ApiOkResponse({
    type: MeDto,
    headers: { ETag: { description: 'The new version of the profile', schema: { type: 'string', example: '"4"' } } },
  })
  @ApiProblems(400, 403, 412, 422)
  async update(
    @CurrentPrincipal() p: Principal,
    @Body() dto: UpdateMeDto,
    @OptionalIfMatchVersion() version: number | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MeDto> {
    return withEtag(reply, await this.me.update(p, dto, version));
  }

  @Post('password')
  @HttpCode(200)
  @Authenticated()
  @Header('cache-control', 'no-store')
  @ApiOperation({
    summary: 'Change my password',
    description:
      'Needs the current password (wrong ⇒ 403, counted by the login lockout). Ends every session, this one included, and returns fresh tokens.',
  })
  @ApiOkResponse({ type: TokensDto })
  @ApiProblems(400, 403, 429)
  changePassword(@CurrentPrincipal() p: Principal, @Body() dto: ChangePasswordDto): Promise<TokensDto> {
    return this.credentials.change(p, dto.currentPassword, dto.newPassword);
  }

  @Post('email')
  @HttpCode(202)
  @Authenticated()
  @ApiOperation({
    summary: 'Change my email address',
    description:
      'Needs the password, and `code` when 2FA is on. A confirmation link goes to the new address (confirm with `POST /auth/verify-email`) and a notice to the current one; the address changes, and every session ends, when the link is used.',
  })
  @ApiAcceptedResponse({ type: AcceptedDto })
  @ApiProblems(400, 403, 429)
  async changeEmail(@CurrentPrincipal() p: Principal, @Body() dto: ChangeEmailDto): Promise<AcceptedDto> {
    await this.me.requestEmailChange(p, dto);
    return { message: 'Check the new address for a confirmation link.' };
  }
}
