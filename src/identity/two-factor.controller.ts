import { Body, Controller, Delete, Get, Header, HttpCode, Post, StreamableFile } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../access/principal.js';
import { CurrentPrincipal } from '../auth/current-principal.decorator.js';
import { Authenticated, AuthenticatedEnrolling } from '../auth/policy.decorator.js';
import { ApiProblems } from '../common/api-problems.js';
import { TwoFactorService } from './two-factor.service.js';
import { ConfirmTwoFactorDto, DisableTwoFactorDto, EnrolmentDto, RecoveryCodesDto } from './dto/two-factor.dto.js';

@ApiTags('me')
@Controller('me/2fa')
export class TwoFactorController {
  constructor(private readonly twoFactor: TwoFactorService) {}

  @Post('enrol')
  @HttpCode(200)
  @AuthenticatedEnrolling()
  @Header('cache-control', 'no-store')
  @ApiOperation({
    summary: 'Start TOTP enrolment',
    description:
      'A new secret, its `otpauth://` URI and the QR code (data URL; also `GET /me/2fa/qr.png`). Nothing changes until `POST /me/2fa/confirm`. 409 when 2FA is already on.',
  })
  @ApiOkResponse({ type: EnrolmentDto })
  @ApiProblems(409)
  enrol(@CurrentPrincipal() p: Principal): Promise<EnrolmentDto> {
    return this.twoFactor.enrol(p);
  }

  @Get('qr.png')
  @AuthenticatedEnrolling()
  @Header('content-type', 'image/png')
  @Header('cache-control', 'no-store')
  @ApiOperation({ summary: 'QR code of the pending enrolment (PNG)' })
  @ApiProduces('image/png')
  @ApiOkResponse({
    description: 'PNG image',
    content: { 'image/png': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiProblems(404, 409)
  async qr(@CurrentPrincipal() p: Principal): Promise<StreamableFile> {
    return new StreamableFile(await this.twoFactor.qrPng(p), { type: 'image/png' });
  }

  @Post('confirm')
  @HttpCode(200)
  @AuthenticatedEnrolling()
  @Header('cache-control', 'no-store')
  @ApiOperation({
    summary: 'Turn 2FA on with a first code',
    description:
      'Returns 10 single-use recovery codes, shown this once. From now on every sign-in needs a code. Wrong code ⇒ 403 (counted by the 2FA lockout).',
  })
  @ApiOkResponse({ type: RecoveryCodesDto })
  @ApiProblems(400, 403, 409, 429)
  confirm(@CurrentPrincipal() p: Principal, @Body() dto: ConfirmTwoFactorDto): Promise<RecoveryCodesDto> {
    return this.twoFactor.confirm(p, dto.code);
  }

  @Delete()
  @HttpCode(204)
  @Authenticated()
  @ApiOperation({
    summary: 'Turn 2FA off',
    description:
      'Needs the password and a current code (or a recovery code). Wrong ⇒ 403 (counted by the 2FA lockout).',
  })
  @ApiNoContentResponse({ description: '2FA is off; the secret and recovery codes are deleted' })
  @ApiProblems(400, 403, 409, 429)
  async disable(@CurrentPrincipal() p: Principal, @Body() dto: DisableTwoFactorDto): Promise<void> {
    await this.twoFactor.disable(p, dto.password, dto.code);
  }
}
