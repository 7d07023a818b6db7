import { Body, Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
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
  @ApiOkResponse({ type: NotificationPreferencesDto })
  get(@CurrentPrincipal() p: Principal): Promise<NotificationPreferencesDto> {
    return this.preferences.get(p.userId);
  }

  @Patch('me/notifications')
  @Authenticated()
  @ApiOperation({
    summary: 'Turn notification mail on or off',
    description: 'Only the switches sent change; any other property is a 400 and nothing changes.',
  })
  @ApiOkResponse({ type: NotificationPreferencesDto })
  @ApiProblems(400)
  update(
    @CurrentPrincipal() p: Principal,
    @Body() dto: UpdateNotificationPreferencesDto,
  ): Promise<NotificationPreferencesDto> {
    return this.preferences.update(p.userId, dto);
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
