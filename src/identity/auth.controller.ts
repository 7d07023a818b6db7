import { Body, Controller, Header, HttpCode, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiExtraModels,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { Public } from '../auth/policy.decorator.js';
import { ApiProblems } from '../common/api-problems.js';
import { AuthService } from './auth.service.js';
import { CredentialsService } from './credentials.service.js';
import { RegistrationService } from './registration.service.js';
import { SessionService } from './session.service.js';
import { LoginDto, MfaRequiredDto, TokensDto } from './dto/login.dto.js';
import { AcceptInvitationDto, ForgotPasswordDto, ResetPasswordDto } from './dto/password.dto.js';
import { AcceptedDto, RegisterDto, TokenDto, VerifyEmailResultDto } from './dto/register.dto.js';
import { LoginSecondFactorDto, LogoutDto, RefreshDto } from './dto/session.dto.js';

const ACCEPTED: AcceptedDto = { message: 'If the details are valid, we have sent an email with a link to continue.' };

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    private readonly registration: RegistrationService,
    private readonly credentials: CredentialsService,
  ) {}

  @Post('login')
  @HttpCode(200)
  @Public()
  @Header('cache-control', 'no-store')
  @ApiOperation({
    summary: 'Sign in with email and password',
    description:
      'Returns tokens, or `{ mfaRequired, mfaToken }` when the account has 2FA; then call `POST /auth/login/2fa`. ' +
      'Unknown email, wrong password, unverified or deactivated account: the same 401; a password over 72 bytes (UTF-8) never matches. ' +
      'After `LOGIN_MAX_FAILURES` failures in a row (a streak ends after `LOCKOUT_SECONDS` without a failure) the address is locked for `LOCKOUT_SECONDS` (429 with `Retry-After`), whether it has an account or not. ' +
      '`mfaEnrolmentRequired: true` says a portal of the user requires 2FA and the account has none: enrol before anything else.',
  })
  @ApiExtraModels(TokensDto, MfaRequiredDto)
  @ApiOkResponse({ schema: { oneOf: [{ $ref: getSchemaPath(TokensDto) }, { $ref: getSchemaPath(MfaRequiredDto) }] } })
  @ApiProblems(400, 401, 429)
  login(@Body() dto: LoginDto): Promise<TokensDto | MfaRequiredDto> {
    return this.auth.login(dto);
  }

  @Post('login/2fa')
  @HttpCode(200)
  @Public()
  @Header('cache-control', 'no-store')
  @ApiOperation({
    summary: 'Second step of a 2FA sign-in',
    description:
      'The `mfaToken` from `POST /auth/login` with a current TOTP code (each code is accepted once) or an unused recovery code. ' +
      'After `MFA_MAX_FAILURES` wrong codes the account is locked (429 with `Retry-After`).',
  })
  @ApiOkResponse({ type: TokensDto })
  @ApiProblems(400, 401, 429)
  loginSecondFactor(@Body() dto: LoginSecondFactorDto): Promise<TokensDto> {
    return this.auth.loginSecondFactor(dto);
  }

  @Post('refresh')
  @HttpCode(200)
  @Public()
  @Header('cache-control', 'no-store')
  @ApiOperation({
    summary: 'Exchange a refresh token for new tokens',
    description:
      'The refresh token is single use: a new one comes back. Presenting an already used one revokes its whole session family (401).',
  })
  @ApiOkResponse({ type: TokensDto })
  @ApiProblems(400, 401)
  refresh(@Body() dto: RefreshDto): Promise<TokensDto> {
    return this.sessions.refresh(dto.refreshToken);
  }

  @Post('logout')
  @HttpCode(204)
  @Public()
  @ApiOperation({
    summary: 'Sign out',
    description:
      'Revokes the session of the refresh token (or, with `everywhere`, every session of the account). Always 204. Access tokens already issued expire by themselves (15 min).',
  })
  @ApiNoContentResponse({ description: 'Signed out' })
  @ApiProblems(400)
  async logout(@Body() dto: LogoutDto): Promise<void> {
    await this.sessions.logout(dto.refreshToken, dto.everywhere ?? false);
  }

  @Post('register')
  @HttpCode(202)
  @Public()
  @ApiOperation({
    summary: 'Register an external user (self-registration)',
    description:
      "Per the portal option `selfRegistration`: with `clientNumber` (a site abbreviation) for portals in `CLIENT_NUMBER` mode — membership in the site's organisation, home site set; " +
      "and by the email's domain for portals in `EMAIL_DOMAIN` mode. Once accepted, the email-domain assignment also adds every organisation listing the domain in a portal open to self-registration (a partner's own organisation, say). " +
      'Always the same 202, whether the email or client number exists or not; a verification link is emailed (24 h), and login is refused until it is used. ' +
      'A portal of the registration without a free seat: 409 "registration closed: no free seats", for every address, and nothing is sent. ' +
      'Organisation, site or role fields in the body are a 400.',
  })
  @ApiAcceptedResponse({ type: AcceptedDto })
  @ApiProblems(400, 409, 429)
  async register(@Body() dto: RegisterDto): Promise<AcceptedDto> {
    await this.registration.register(dto);
    return ACCEPTED;
  }

  @Post('verify-email')
  @HttpCode(200)
  @Public()
  @ApiOperation({
    summary: 'Use an emailed verification link',
    description:
      "Confirms a registration (memberships are created now, within the portal's seat limit) or an email change (every session ends). Single use; invalid, used or expired ⇒ 400.",
  })
  @ApiOkResponse({ type: VerifyEmailResultDto })
  @ApiProblems(400, 409)
  verifyEmail(@Body() dto: TokenDto): Promise<VerifyEmailResultDto> {
    return this.registration.verifyEmail(dto.token);
  }

  @Post('password/forgot')
  @HttpCode(202)
  @Public()
  @ApiOperation({
    summary: 'Ask for a password reset link',
    description: 'Always the same 202, whether the address has an account or not. The link works once, for 1 hour.',
  })
  @ApiAcceptedResponse({ type: AcceptedDto })
  @ApiProblems(400, 429)
  async forgot(@Body() dto: ForgotPasswordDto): Promise<AcceptedDto> {
    await this.credentials.forgot(dto.email);
    return ACCEPTED;
  }

  @Post('password/reset')
  @HttpCode(204)
  @Public()
  @ApiOperation({
    summary: 'Set a new password with a reset link',
    description: 'Empty, used or expired token ⇒ 400. Every session of the account ends.',
  })
  @ApiNoContentResponse({ description: 'Password changed' })
  @ApiProblems(400)
  async reset(@Body() dto: ResetPasswordDto): Promise<void> {
    await this.credentials.reset(dto.token, dto.password);
  }

  @Post('invitation/accept')
  @HttpCode(204)
  @Public()
  @ApiOperation({
    summary: 'Accept a staff invitation by choosing a password',
    description: 'The emailed invitation token (single use, 72 h). Confirms the email address.',
  })
  @ApiNoContentResponse({ description: 'Password set; the user can sign in' })
  @ApiProblems(400)
  async acceptInvitation(@Body() dto: AcceptInvitationDto): Promise<void> {
    await this.credentials.acceptInvitation(dto.token, dto.password);
  }
}
