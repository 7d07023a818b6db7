import { Prisma } from '../generated/prisma/client.js';
import { isStaff, type MembershipContext, type Principal } from './principal.js';
import { rolesGiving, rolesWith, type Feature } from './roles.js';
import type { TicketFacts } from './ticket-grants.js';
import { decideTicket } from './ticket-policy.js';
import { compileTicketPredicate, ticketScopes } from './ticket-query.js';

/**
 * Validations and change approvals (SPEC §3 "Validations"), one definition for decide() and for
 * the inbox SQL:
 * - staff see every validation and never decide one (the customer decides; no delegation);
 * - a member sees a validation when a role gives "seeValidations" in the ticket's organisation
 *   AND the member may read the ticket (`decideTicket` read: external support mode, site grants
 *   and CCs apply);
 * - a member decides when a role gives the deciding feature for the kind (VALIDATION:
 *   decideValidation = CUSTOMER_APPROVER, CHANGE_MANAGER; CHANGE: decideChange = CHANGE_MANAGER)
 *   in the ticket's organisation AND the member may read the ticket. CONTROLLER sees, never decides.
 * The organisation is always the ticket's (`t.organization_id`), so a ticket moved to another
 * organisation takes its validations with it.
 */
export const VALIDATION_KINDS = ['VALIDATION', 'CHANGE'] as const;
export type ValidationKind = (typeof VALIDATION_KINDS)[number];

export type ValidationAction = 'read' | 'decide';
export const VALIDATION_ACTIONS: readonly ValidationAction[] = ['read', 'decide'];

/** The feature a member needs to decide a validation of each kind. */
export const DECIDING_FEATURE: Record<ValidationKind, Feature> = {
  VALIDATION: 'decideValidation',
  CHANGE: 'decideChange',
};

/** The portal roles that decide a kind (for recipient queries and explanations). */
export const decidingRoles = (kind: ValidationKind) => rolesWith(DECIDING_FEATURE[kind]);

export interface ValidationGrant {
  source: 'STAFF' | 'SEEING_ROLE' | 'DECIDING_ROLE';
  /** null = every organisation (staff). */
  organizationId: string | null;
  kinds: ValidationKind[];
  capabilities: ValidationAction[];
  via: string;
}

export function membershipValidationGrants(m: MembershipContext): ValidationGrant[] {
  const grants: ValidationGrant[] = [];
  const see = rolesGiving(m, 'seeValidations');
  if (see.length > 0) {
    grants.push({
      source: 'SEEING_ROLE',
      organizationId: m.organizationId,
      kinds: [...VALIDATION_KINDS],
      capabilities: ['read'],
      via: `role ${see.join(', ')} (sees validations)`,
    });
  }
  for (const kind of VALIDATION_KINDS) {
    const roles = rolesGiving(m, DECIDING_FEATURE[kind]);
    if (roles.length > 0) {
      grants.push({
        source: 'DECIDING_ROLE',
        organizationId: m.organizationId,
        kinds: [kind],
        capabilities: ['read', 'decide'],
        via: `role ${roles.join(', ')} (decides ${kind})`,
      });
    }
  }
  return grants;
}

export function validationGrants(p: Principal): ValidationGrant[] {
  if (isStaff(p))
    return [
      {
        source: 'STAFF',
        organizationId: null,
        kinds: [...VALIDATION_KINDS],
        capabilities: ['read'],
        via: `staff role ${p.staffRole}`,
      },
    ];
  return p.memberships.flatMap(membershipValidationGrants);
}

export interface ValidationFacts {
  kind: ValidationKind;
  /** The validation's ticket; its organisation is the validation's organisation. */
  ticket: TicketFacts;
}

/** A grant as explanations show it (validation grants and the ticket-read grants they rest on). */
export interface ValidationGrantView {
  source: ValidationGrant['source'] | string;
  via: string;
  capabilities: string[];
  scope: string;
}

export interface ValidationDecision {
  allowed: boolean;
  /** Not visible ⇒ 404; visible but not allowed ⇒ 403. */
  visible: boolean;
  grants: ValidationGrantView[];
  reason: string;
}

const grantMatches = (g: ValidationGrant, v: ValidationFacts) =>
  (g.organizationId === null || g.organizationId === v.ticket.organizationId) && g.kinds.includes(v.kind);

export const toValidationGrantView = (g: ValidationGrant): ValidationGrantView => ({
  source: g.source,
  via: g.via,
  capabilities: g.capabilities,
  scope: `${g.kinds.join(' and ')} validations of ${g.organizationId ? `organization ${g.organizationId}` : 'every organization'}`,
});

/**
 * decide(principal, action, validation): visible ⇔ a read grant matches and the ticket is readable;
 * allowed ⇔ a grant with `action` matches and the ticket is readable. The grants returned are the
 * validation grants that allowed it plus the ticket-read grants it rests on.
 */
export function decideValidation(p: Principal, action: ValidationAction, v: ValidationFacts): ValidationDecision {
  const ticketRead = decideTicket(p, 'read', v.ticket);
  const matching = validationGrants(p).filter((g) => grantMatches(g, v));
  const visible = ticketRead.allowed && matching.some((g) => g.capabilities.includes('read'));
  if (!visible)
    return { allowed: false, visible: false, grants: [], reason: 'no grant makes this validation visible to the user' };
  const allowing = matching.filter((g) => g.capabilities.includes(action));
  if (allowing.length > 0) {
    const grants = [
      ...allowing.map(toValidationGrantView),
      ...ticketRead.grants.map((g) => ({ ...g, via: `ticket: ${g.via}` })),
    ];
    return {
      allowed: true,
      visible,
      grants,
      reason: `allowed by ${allowing.map((g) => g.via).join('; ')}; the ticket is readable (${ticketRead.grants.map((g) => g.via).join('; ')})`,
    };
  }
  const reason = isStaff(p)
    ? 'validations are decided by the customer: staff never decide (no delegation)'
    : `deciding a ${v.kind} requires one of the roles ${decidingRoles(v.kind).join(', ')} in the ticket's organization; the user has ${matching.map((g) => g.via).join('; ')}`;
  return { allowed: false, visible, grants: [], reason };
}

const sql = Prisma.sql;

/**
 * The same rule as a predicate on aliases `v` (validations) and `t` (its ticket): true for exactly
 * the validations on which the principal holds `action`. No grant ⇒ FALSE (fail closed).
 */
export function compileValidationPredicate(p: Principal, action: ValidationAction): Prisma.Sql {
  const grants = validationGrants(p).filter((g) => g.capabilities.includes(action));
  if (grants.length === 0) return sql`FALSE`;
  if (grants.some((g) => g.organizationId === null)) {
    // Only staff hold an every-organisation grant, and staff read every ticket.
    return sql`TRUE`;
  }
  const parts = grants.map(
    (g) => sql`(t.organization_id = ${g.organizationId}::uuid AND v.kind = ANY(${g.kinds}::"ValidationKind"[]))`,
  );
  return sql`((${Prisma.join(parts, ' OR ')}) AND ${compileTicketPredicate(ticketScopes(p, 'read'))})`;
}
