import { cis, type CiFacts } from './ci-grants.js';
import { contracts, type ContractFacts } from './contract-grants.js';
import { refuse } from './decisions.js';
import { decideMembershipChange, memberships, type MemberFacts } from './member-grants.js';
import { isAdmin, PORTAL_ROLES, type PortalRole, type Principal } from './principal.js';
import type { Decision } from './resource.js';
import { validations, type ValidationFacts } from './validation-grants.js';

/**
 * What the caller may do with one CI, contract, validation, membership or portal page (SPEC §7
 * "Capabilities on every object"), from the decision each action is enforced by. Ticket and
 * comment capabilities are in `ticket-capabilities.ts`.
 */

// ── CIs and contracts: staff change and delete them ─────────────

export interface CiCapabilities {
  update: boolean;
  delete: boolean;
  /** `GET cis/{id}/sheet.pdf`: whoever sees the CI. */
  sheet: boolean;
}

export const ciCapabilities = (p: Principal, c: CiFacts): CiCapabilities => ({
  update: cis.decide(p, 'update', c).allowed,
  delete: cis.decide(p, 'delete', c).allowed,
  sheet: cis.decide(p, 'read', c).allowed,
});

export interface ContractCapabilities {
  update: boolean;
  delete: boolean;
}

export const contractCapabilities = (p: Principal, k: ContractFacts): ContractCapabilities => ({
  update: contracts.decide(p, 'update', k).allowed,
  delete: contracts.decide(p, 'delete', k).allowed,
});

// ── validations: the customer decides, once, while it is open ───

export interface ValidationState extends ValidationFacts {
  /** The stored status (OPEN until decided, expired or cancelled). */
  status: string;
  dueAt: Date | null;
  /** Whether the caller has already decided it. */
  decidedByCaller: boolean;
}

/** A decision on a validation; `conflict`: visible and allowed by role, but not now (409). */
export interface ValidationOutcomeDecision extends Decision {
  conflict: 'final' | 'expired' | 'decided' | null;
}

/**
 * `POST validations/{id}/decisions`: the resource's `decide` (404 hidden, 403 refused), then the
 * validation's state: decided already (409 final), past its due time (409 expired: the service
 * records the expiry), decided by the caller already (409).
 */
export function decideValidationOutcome(p: Principal, v: ValidationState, now = new Date()): ValidationOutcomeDecision {
  const d = validations.decide(p, 'decide', v);
  if (!d.allowed) return { ...d, conflict: null };
  if (v.status !== 'OPEN')
    return { ...refuse(`this validation is already ${v.status}; decisions are final`), conflict: 'final' };
  if (v.dueAt && v.dueAt.getTime() <= now.getTime()) return { ...refuse('expired'), conflict: 'expired' };
  if (v.decidedByCaller) return { ...refuse('you have already decided this validation'), conflict: 'decided' };
  return { ...d, conflict: null };
}

export interface ValidationCapabilities {
  /** Accept or reject it now. */
  decide: boolean;
}

export const validationCapabilities = (p: Principal, v: ValidationState, now = new Date()): ValidationCapabilities => ({
  decide: decideValidationOutcome(p, v, now).allowed,
});

// ── memberships: ADMIN anything, role managers the roles of others ─

/** The fields of `PATCH memberships/{id}`, in the order the capabilities list them. */
export const MEMBERSHIP_EDITABLE_FIELDS = [
  'roles',
  'homeSiteId',
  'department',
  'ticketAccess',
  'readSiteIds',
  'writeSiteIds',
  'allowedTicketTypes',
  'allowedStatuses',
  'allowedResponsibles',
  'active',
] as const;
export type MembershipEditableField = (typeof MEMBERSHIP_EDITABLE_FIELDS)[number];

export type MembershipTarget = MemberFacts & { roles: readonly PortalRole[] };

/** `DELETE memberships/{id}`: an ADMIN, on a membership they can read. */
export function decideMembershipRemoval(p: Principal, target: MemberFacts): Decision {
  const read = memberships.decide(p, 'read', target);
  if (!read.visible) return read;
  return isAdmin(p) ? { ...read, reason: 'staff role ADMIN' } : refuse('only an ADMIN may remove a membership');
}

export interface MembershipCapabilities {
  update: boolean;
  editableFields: MembershipEditableField[];
  /** The roles the caller may grant or remove on this membership (a change of any other is refused). */
  grantableRoles: PortalRole[];
  remove: boolean;
}

const toggled = (roles: readonly PortalRole[], r: PortalRole) =>
  roles.includes(r) ? roles.filter((x) => x !== r) : [...roles, r];

export function membershipCapabilities(p: Principal, target: MembershipTarget): MembershipCapabilities {
  const editableFields = MEMBERSHIP_EDITABLE_FIELDS.filter(
    (f) => decideMembershipChange(p, { target, fields: [f] }).allowed,
  );
  return {
    update: editableFields.length > 0,
    editableFields,
    grantableRoles: editableFields.includes('roles')
      ? PORTAL_ROLES.filter(
          (r) => decideMembershipChange(p, { target, fields: ['roles'], roles: toggled(target.roles, r) }).allowed,
        )
      : [],
    remove: decideMembershipRemoval(p, target).allowed,
  };
}

// ── portal pages: ADMIN edits them ──────────────────────────────

/** `PATCH`/`DELETE pages/{id}` (and every other change of a portal): ADMIN only. */
export function decidePortalChange(p: Principal): Decision {
  return isAdmin(p)
    ? { allowed: true, visible: true, grants: [], reason: 'staff role ADMIN' }
    : refuse('only an ADMIN may change a portal');
}

export interface PageCapabilities {
  update: boolean;
  delete: boolean;
}

export const pageCapabilities = (p: Principal): PageCapabilities => {
  const change = decidePortalChange(p).allowed;
  return { update: change, delete: change };
};
