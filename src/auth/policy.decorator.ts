import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiSecurity } from '@nestjs/swagger';
import type { StaffRole } from '../access/principal.js';
import { ApiProblems } from '../common/api-problems.js';

/**
 * Every route names its policy with exactly one of these decorators. The global guard denies a
 * route that names none (and the boot-time route check refuses to start), so a policy cannot be
 * forgotten. Object-level checks happen in the services through the policy engine.
 */
export type RoutePolicy =
  | { kind: 'public' }
  /** Any signed-in user; the service asks the policy engine about each object. */
  | { kind: 'user' }
  /** Signed in, but allowed before a required 2FA enrolment is done (the enrolment routes). */
  | { kind: 'user-enrolling' }
  | { kind: 'staff'; roles: StaffRole[] };

export const ROUTE_POLICY = 'outpost:route-policy';

export const Public = () =>
  applyDecorators(SetMetadata(ROUTE_POLICY, { kind: 'public' } satisfies RoutePolicy), ApiSecurity({}));

export const Authenticated = () =>
  applyDecorators(SetMetadata(ROUTE_POLICY, { kind: 'user' } satisfies RoutePolicy), ApiBearerAuth(), ApiProblems(401));

export const AuthenticatedEnrolling = () =>
  applyDecorators(
    SetMetadata(ROUTE_POLICY, { kind: 'user-enrolling' } satisfies RoutePolicy),
    ApiBearerAuth(),
    ApiProblems(401),
  );

export const StaffOnly = (...roles: StaffRole[]) =>
  applyDecorators(
    SetMetadata(ROUTE_POLICY, {
      kind: 'staff',
      roles: roles.length ? roles : ['ADMIN', 'AGENT'],
    } satisfies RoutePolicy),
    ApiBearerAuth(),
    ApiProblems(401, 403),
  );
