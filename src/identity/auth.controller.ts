import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { Public } from '../auth/policy.decorator.js';
import { ApiProblems } from '../common/api-problems.js';
import { AuthService } from './auth.service.js';
import { LoginDto, MfaRequiredDto, TokensDto } from './dto/login.dto.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @HttpCode(200)
  @Public()
  @ApiOperation({
    summary: 'Sign in with email and password',
    description: 'Returns tokens, or `{ mfaRequired, mfaToken }` when the account has 2FA; then call `POST /auth/login/2fa`.',
  })
  @ApiExtraModels(TokensDto, MfaRequiredDto)
  @ApiOkResponse({ schema: { oneOf: [{ $ref: getSchemaPath(TokensDto) }, { $ref: getSchemaPath(MfaRequiredDto) }] } })
  @ApiProblems(400, 401, 429)
  login(@Body() dto: LoginDto): Promise<TokensDto | MfaRequiredDto> {
    return this.auth.login(dto);
  }
}
