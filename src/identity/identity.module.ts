import { Module } from '@nestjs/common';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { CredentialsService } from './credentials.service.js';
import { LockoutService } from './lockout.service.js';
import { MailThrottle } from './mail-throttle.service.js';
import { MeController } from './me.controller.js';
import { MeService } from './me.service.js';
import { OneTimeTokenService } from './one-time-token.service.js';
import { PasswordService } from './password.service.js';
import { RegistrationService } from './registration.service.js';
import { SessionService } from './session.service.js';
import { TotpService } from './totp.service.js';
import { TwoFactorController } from './two-factor.controller.js';
import { TwoFactorService } from './two-factor.service.js';

@Module({
  controllers: [AuthController, MeController, TwoFactorController],
  providers: [
    AuthService,
    CredentialsService,
    LockoutService,
    MailThrottle,
    MeService,
    OneTimeTokenService,
    PasswordService,
    RegistrationService,
    SessionService,
    TotpService,
    TwoFactorService,
  ],
  /** SessionService.revokeAll: deactivation and membership removal; CredentialsService.invite: staff invitations. */
  exports: [PasswordService, SessionService, CredentialsService],
})
export class IdentityModule {}
