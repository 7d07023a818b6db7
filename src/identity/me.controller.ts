import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../access/principal.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import { AuthenticatedEnrolling } from '../auth/policy.decorator.js';
import { MeService } from './me.service.js';
import { MeDto } from './dto/me.dto.js';

@ApiTags('me')
@Controller('me')
export class MeController {
  constructor(private readonly me: MeService) {}

  @Get()
  @AuthenticatedEnrolling()
  @ApiOperation({ summary: 'The signed-in user, with memberships' })
  @ApiOkResponse({ type: MeDto })
  get(@CurrentPrincipal() p: Principal): Promise<MeDto> {
    return this.me.get(p);
  }
}
