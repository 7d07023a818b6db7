import { isStaff, portalOpen, type Principal } from './principal.js';
import { defineResource, type Grant, type ResourceSpec } from './resource.js';
import { roleGrants, rolesGiving, rolesWith, type Feature } from './roles.js';
import { isUnbounded, type Scope } from './scope.js';
import { tickets, type TicketFacts } from './ticket-grants.js';

/**
 * Organisation-wide, role-gated resources (SPEC §2): invoices (roles with "invoices"), changes
 * (roles with "changes"). A caller none of whose roles opens the feature gets a 403 naming the
 * roles it needs; a caller that has the feature somewhere but not in the object's organisation
 * gets 404.
 */
export type FeatureGrant = Grant<'read'> & { source: 'STAFF' | 'ROLE' };

export function featureGrants(p: Principal, feature: Feature): FeatureGrant[] {
  if (isStaff(p)) return [{ source: 'STAFF', scope: {}, capabilities: ['read'], via: `staff role ${p.staffRole}` }];
  return roleGrants(p, feature, ['read'] as const);
}

export interface InvoiceFacts {
  organizationId: string;
}

/** A resource visible in the organisations where a role opens `feature`. */
const featureResource = <F extends { organizationId: string }>(
  spec: Pick<ResourceSpec<F, 'read', 'read'>, 'name' | 'noun' | 'table' | 'columns' | 'requires'>,
  feature: Feature,
) =>
  defineResource<F, 'read', 'read'>({
    ...spec,
    grants: (p) => featureGrants(p, feature),
    visibleWith: 'read',
    actions: { read: { capability: 'read' } },
    facts: (f) => ({ organizationId: f.organizationId }),
  });

export const invoices = featureResource<InvoiceFacts>(
  { name: 'invoice', noun: 'invoice', table: 'invoices', columns: { organizationId: 'i.organization_id' } },
  'invoices',
);

/** A change is a CHANGE ticket: visible in the organisations of the feature, when the ticket is readable. */
export const changes = featureResource<TicketFacts>(
  {
    name: 'change',
    noun: 'change',
    table: 'tickets',
    columns: { organizationId: 't.organization_id' },
    requires: {
      noun: 'ticket',
      decide: (p, t) => tickets.decide(p, 'read', t),
      predicate: (p) => tickets.predicate(p, 'read'),
    },
  },
  'changes',
);

/** The organisations some scope names (`null`: a scope reaches every organisation). */
export function organizationsOf(scopes: readonly Scope[]): string[] | null {
  if (scopes.some(isUnbounded)) return null;
  return [...new Set(scopes.flatMap((s) => (s.organizationId ? [s.organizationId] : [])))];
}

/**
 * Role-gated lists (SPEC §2) and the feature a role must open for the caller to use them at all:
 * contracts (and their by-site report) need "SLA", changes "changes", invoices "invoices". The CI
 * list is not among them: every member may list the CIs of their sites.
 */
export const GATED_LISTS = {
  contracts: 'sla',
  changes: 'changes',
  invoices: 'invoices',
  slaSummary: 'sla',
} as const satisfies Record<string, Feature>;
export type GatedList = keyof typeof GATED_LISTS;

/**
 * Why the caller may not use the list at all — none of its memberships holds a role that opens
 * it (the 403 reason names the roles that do) — or null: staff, and a caller holding such a role
 * in at least one organisation, get the list filtered to what their grants reach.
 */
export function listDeniedReason(p: Principal, list: GatedList): string | null {
  const feature = GATED_LISTS[list];
  if (featureGrants(p, feature).length > 0) return null;
  const gated = p.memberships.find((m) => !portalOpen(m) && rolesGiving(m, feature).length > 0);
  const why = gated
    ? ` (the portal of organization ${gated.org.name}, where the user holds one, is ${gated.org.portalStatus})`
    : '';
  return `requires ${rolesWith(feature).join(' or ')}${why}`;
}

/**
 * The SLA summary of an organisation (the SLA tile): for staff and for roles with "SLA" in that
 * organisation. Its figures count only the tickets the caller may read (the ticket resource's
 * scopes, so in external support mode their own sites). Not a row of a table: it is not listed in
 * RESOURCES (explain answers about rows).
 */
export const slaSummaries = featureResource<InvoiceFacts>(
  {
    name: 'slaSummary',
    noun: 'SLA summary',
    table: 'organizations',
    columns: { organizationId: 'o.id' },
  },
  'sla',
);
