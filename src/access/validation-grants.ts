import { grantingMemberships, isStaff, type MembershipContext, type Principal } from './principal.js';
import { defineResource, type Grant } from './resource.js';
import { rolesGiving, rolesWith, type Feature } from './roles.js';
import { tickets, type TicketFacts } from './ticket-grants.js';

/**
 * The validation resource (SPEC §3 "Validations"), validations and change approvals:
 * - staff see every validation and never decide one (the customer decides; no delegation);
 * - a member sees a validation when a role gives "seeValidations" in the ticket's organisation
 *   AND the member may read the ticket (external support mode, site grants and CCs apply);
 * - a member decides when a role gives the deciding feature for the kind (VALIDATION:
 *   decideValidation = CUSTOMER_APPROVER, CHANGE_MANAGER; CHANGE: decideChange = CHANGE_MANAGER)
 *   in the ticket's organisation AND the member may read the ticket. CONTROLLER sees, never decides.
 * The organisation is always the ticket's (`t.organization_id`), so a ticket moved to another
 * organisation takes its validations with it.
 */
export const VALIDATION_KINDS = ['VALIDATION', 'CHANGE'] as const;
export type ValidationKind = (typeof VALIDATION_KINDS)[number];

export type ValidationAction = 'read' | 'decide';

/** The feature a member needs to decide a validation of each kind. */
export const DECIDING_FEATURE: Record<ValidationKind, Feature> = {
  VALIDATION: 'decideValidation',
  CHANGE: 'decideChange',
};

/** The portal roles that decide a kind (for recipient queries and explanations). */
export const decidingRoles = (kind: ValidationKind) => rolesWith(DECIDING_FEATURE[kind]);

export type ValidationGrant = Grant<ValidationAction> & { source: 'STAFF' | 'SEEING_ROLE' | 'DECIDING_ROLE' };

export function membershipValidationGrants(m: MembershipContext): ValidationGrant[] {
  const grants: ValidationGrant[] = [];
  const see = rolesGiving(m, 'seeValidations');
  if (see.length > 0) {
    grants.push({
      source: 'SEEING_ROLE',
      scope: { organizationId: m.organizationId, values: { kind: VALIDATION_KINDS } },
      capabilities: ['read'],
      via: `role ${see.join(', ')} (sees validations)`,
    });
  }
  for (const kind of VALIDATION_KINDS) {
    const roles = rolesGiving(m, DECIDING_FEATURE[kind]);
    if (roles.length > 0) {
      grants.push({
        source: 'DECIDING_ROLE',
        scope: { organizationId: m.organizationId, values: { kind: [kind] } },
        capabilities: ['read', 'decide'],
        via: `role ${roles.join(', ')} (decides ${kind})`,
      });
    }
  }
  return grants;
}

export function validationGrants(p: Principal): ValidationGrant[] {
  if (isStaff(p)) return [{ source: 'STAFF', scope: {}, capabilities: ['read'], via: `staff role ${p.staffRole}` }];
  return grantingMemberships(p).flatMap(membershipValidationGrants);
}

export interface ValidationFacts {
  kind: ValidationKind;
  /** The validation's ticket; its organisation is the validation's organisation. */
  ticket: TicketFacts;
}

/** Decisions and the inbox SQL (aliases `v` for validations and `t` for its ticket). */
export const validations = defineResource<ValidationFacts, ValidationAction, ValidationAction>({
  name: 'validation',
  noun: 'validation',
  table: 'validations',
  grants: validationGrants,
  visibleWith: 'read',
  actions: { read: { capability: 'read' }, decide: { capability: 'decide' } },
  facts: (v) => ({ organizationId: v.ticket.organizationId, values: { kind: v.kind } }),
  columns: {
    organizationId: 't.organization_id',
    values: { kind: { column: 'v.kind', type: '"ValidationKind"' } },
  },
  requires: {
    noun: 'ticket',
    decide: (p, v) => tickets.decide(p, 'read', v.ticket),
    predicate: (p) => tickets.predicate(p, 'read'),
  },
  refusal: (p, _action, matching, v) =>
    isStaff(p)
      ? 'validations are decided by the customer: staff never decide (no delegation)'
      : `deciding a ${v!.kind} requires one of the roles ${decidingRoles(v!.kind).join(', ')} in the ticket's organization; the user has ${matching.map((g) => g.via).join('; ')}`,
});

export const VALIDATION_ACTIONS = validations.actions;
