import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { portalGateReason, type Principal } from '../access/principal.js';
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
    if (policy.kind === 'user') {
      for (const organizationId of organizationsNamed(req)) {
        const reason = portalGateReason(principal, organizationId);
        if (reason) throw new DomainError('FORBIDDEN', reason);
      }
    }
    return true;
  }
}

export const IDENTITY_ROUTE = /^\/api\/v1\/(me|auth)(\/|$)/;

/**
 * The organisations an organisation-level request names: `organizations/{id}/…` in the path, an
 * `organizationId` in the query or the body. The portal gate refuses them for a member whose
 * portal there is not ACTIVE (SPEC §2); objects reached by their own id answer 404 instead.
 */
export function organizationsNamed(req: FastifyRequest): string[] {
  const out: string[] = [];
  // Identity routes (`me`, `me/portal`, `auth`) keep working whatever the portal's status.
  if (IDENTITY_ROUTE.test(req.routeOptions.url ?? '')) return out;
  const params = req.params as Record<string, unknown> | undefined;
  if (req.routeOptions.url?.includes('/organizations/:id') && typeof params?.id === 'string') out.push(params.id);
  const query = req.query as Record<string, unknown> | undefined;
  if (typeof query?.organizationId === 'string') out.push(query.organizationId);
  const body = req.body as Record<string, unknown> | undefined;
  if (body && typeof body === 'object' && typeof body.organizationId === 'string') out.push(body.organizationId);
  return out.map((id) => id.toLowerCase());
}
