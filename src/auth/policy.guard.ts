import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import type { Principal } from '../access/principal.js';
import { DomainError } from '../common/errors.js';
import { AccessTokenService } from './access-token.service.js';
import { PrincipalLoader } from './principal.loader.js';
import { ROUTE_POLICY, type RoutePolicy } from './policy.decorator.js';

export type AuthedRequest = FastifyRequest & { principal?: Principal };

const unauthenticated = () =>
  new DomainError('UNAUTHENTICATED', 'A valid access token is required', [], { 'www-authenticate': 'Bearer' });

/** Reads the route policy; no policy ⇒ deny. Authenticates and re-reads the principal. */
export function policyOf(reflector: Reflector, ctx: ExecutionContext): RoutePolicy | undefined {
  return reflector.getAllAndOverride<RoutePolicy | undefined>(ROUTE_POLICY, [ctx.getHandler(), ctx.getClass()]);
}

@Injectable()
export class PolicyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokenService,
    private readonly principals: PrincipalLoader,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const policy = policyOf(this.reflector, ctx);
    if (!policy) throw new DomainError('FORBIDDEN', 'This route declares no access policy');
    if (policy.kind === 'public') return true;
    const req = ctx.switchToHttp().getRequest<AuthedRequest>();
    const header = req.headers.authorization;
    if (!header || !header.startsWith('Bearer ')) throw unauthenticated();
    const claims = this.tokens.verify(header.slice(7).trim(), 'access');
    if (!claims) throw unauthenticated();
    const principal = await this.principals.load(claims.sub);
    if (!principal || principal.sessionEpoch !== claims.ep) throw unauthenticated();
    req.principal = principal;
    if (policy.kind === 'staff') {
      if (!principal.staffRole || !policy.roles.includes(principal.staffRole)) {
        throw new DomainError('FORBIDDEN', `requires staff role ${policy.roles.join(' or ')}`);
      }
    }
    if (policy.kind === 'user' && !principal.totpEnabled && principal.memberships.some((m) => m.org.require2fa)) {
      throw new DomainError(
        'FORBIDDEN',
        'two-factor authentication is required by your portal: enrol at POST /api/v1/me/2fa/enrol first',
      );
    }
    return true;
  }
}
