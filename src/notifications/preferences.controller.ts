import { Body, Controller, Get, HttpCode, Patch, Post, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { etagOf, OptionalIfMatchVersion } from '../common/etag.js';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../access/principal.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import { Authenticated, Public } from '../auth/policy.decorator.js';
import { ApiProblems } from '../common/api-problems.js';
import {
  NotificationPreferencesDto,
  UnsubscribeDto,
  UnsubscribedDto,
  UpdateNotificationPreferencesDto,
} from './dto/preferences.dto.js';
import { PreferencesService } from './preferences.service.js';

const ETAG_HEADER = {
  ETag: { description: 'Version of the preferences, for `If-Match`', schema: { type: 'string', example: '"3"' } },
};

@ApiTags('me')
@Controller()
export class PreferencesController {
  constructor(private readonly preferences: PreferencesService) {}

  @Get('me/notifications')
  @Authenticated()
  @ApiOperation({
    summary: 'Which notification mail I receive',
    description:
      'One switch per kind of notification. Security mail (address verification, password reset and change, email change, two-factor changes, invitations) is always sent and cannot be turned off.',
  })
  @ApiOkResponse({ type: NotificationPreferencesDto, headers: ETAG_HEADER })
  async get(
    @CurrentPrincipal() p: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<NotificationPreferencesDto> {
    const r = await this.preferences.get(p.userId);
    void reply.header('etag', etagOf(r.version));
    return r.dto;
  }

  @Patch('me/notifications')
  @Authenticated()
  @ApiOperation({
    summary: 'Turn notification mail on or off',
    description:
      'Only the switches sent change; any other property is a 400 and nothing changes. Send `If-Match` with the ETag of `GET me/notifications` to avoid overwriting a concurrent change (412).',
  })
  @ApiOkResponse({ type: NotificationPreferencesDto, headers: ETAG_HEADER })
  @ApiProblems(400, 412)
  async update(
    @CurrentPrincipal() p: Principal,
    @Body() dto: UpdateNotificationPreferencesDto,
    @OptionalIfMatchVersion() version: number | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<NotificationPreferencesDto> {
    const r = await this.preferences.update(p.userId, dto, version);
    void reply.header('etag', etagOf(r.version));
    return r.dto;
  }

  @Post('notifications/unsubscribe')
  @HttpCode(200)
  @Public()
  @ApiOperation({
    summary: 'Unsubscribe from one kind of notification with the token of its mail',
    description:
      'Every notification mail carries a `List-Unsubscribe` link to the portal with a token for its recipient and kind; the portal page posts it here, without signing in. The token is signed and names one user and one kind; using it twice is harmless.',
  })
  @ApiOkResponse({ type: UnsubscribedDto })
  @ApiProblems(400, 404)
  unsubscribe(@Body() dto: UnsubscribeDto): Promise<UnsubscribedDto> {
    return this.preferences.unsubscribe(dto.token);
  }
}
