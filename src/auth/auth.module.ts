import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessTokenService } from './access-token.service.js';
import { PolicyGuard } from './policy.guard.js';
import { PrincipalLoader } from './principal.loader.js';

/** The global, deny-by-default guard and what it needs. */
@Global()
@Module({
  providers: [AccessTokenService, PrincipalLoader, { provide: APP_GUARD, useClass: PolicyGuard }],
  exports: [AccessTokenService, PrincipalLoader],
})
export class AuthModule {}
