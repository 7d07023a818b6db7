import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Principal } from '../access/principal.js';
import type { AuthedRequest } from './policy.guard.js';

/** The principal the guard loaded for this request. */
export const CurrentPrincipal = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => {
  const req = ctx.switchToHttp().getRequest<AuthedRequest>();
  if (!req.principal) throw new Error('CurrentPrincipal used on a route without an authenticated policy');
  return req.principal;
});
