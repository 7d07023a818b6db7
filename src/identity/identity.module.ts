import { Module } from '@nestjs/common';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { MeController } from './me.controller.js';
import { MeService } from './me.service.js';
import { PasswordService } from './password.service.js';
import { SessionService } from './session.service.js';

@Module({
  controllers: [AuthController, MeController],
  providers: [AuthService, MeService, PasswordService, SessionService],
  exports: [PasswordService, SessionService],
})
export class IdentityModule {}
