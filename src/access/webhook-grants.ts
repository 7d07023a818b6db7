import { allow, hidden, refuse } from './decisions.js';
import { isStaff, membershipIn, type Principal } from './principal.js';
import { defineResource, type Decision, type Grant } from './resource.js';
import { roleGrants, rolesWith } from './roles.js';

/**
 * The webhook endpoint resource (SPEC §7 "Webhooks and live events"): staff manage every endpoint,
 * global ones (no organisation) included; a member whose roles decide validations
 * (CUSTOMER_APPROVER, CHANGE_MANAGER) manages the endpoints of that organisation. The endpoint's
 * owner must still hold `manage` when a delivery is made, or the delivery is skipped.
 */
export type WebhookAction = 'read' | 'manage';

export type WebhookGrant = Grant<WebhookAction> & { source: 'STAFF' | 'ROLE' };

/** The feature whose roles manage an organisation's webhooks: the roles that decide its validations. */
const MANAGING_FEATURE = 'decideValidation' as const;

export const webhookManagingRoles = () => rolesWith(MANAGING_FEATURE);

export function webhookGrants(p: Principal): WebhookGrant[] {
  if (isStaff(p))
    return [{ source: 'STAFF', scope: {}, capabilities: ['read', 'manage'], via: `staff role ${p.staffRole}` }];
  return roleGrants(p, MANAGING_FEATURE, ['read', 'manage'] as const);
}

export interface WebhookFacts {
  /** null: a global endpoint (every organisation's events), staff only. */
  organizationId: string | null;
}

export const webhooks = defineResource<WebhookFacts, WebhookAction, WebhookAction>({
  name: 'webhook',
  noun: 'webhook endpoint',
  table: 'webhook_endpoints',
  grants: webhookGrants,
  visibleWith: 'read',
  actions: { read: { capability: 'read' }, manage: { capability: 'manage' } },
  facts: (w) => ({ organizationId: w.organizationId }),
  columns: { organizationId: 'w.organization_id' },
});

/**
 * Whether the caller may register an endpoint for `organizationId` (null: global). A member
 * naming an organisation they do not belong to does not see it (404); a member without a managing
 * role there, or asking for a global endpoint, is refused (403).
 */
export function decideWebhookCreate(p: Principal, organizationId: string | null): Decision {
  const grants = webhookGrants(p);
  const d = webhooks.decide(p, 'manage', { organizationId });
  if (d.allowed) return d;
  if (grants.length > 0 && organizationId === null)
    return refuse('global webhook endpoints (no organizationId) are registered by staff');
  if (organizationId && !membershipIn(p, organizationId)) return hidden('organization');
  return refuse(
    `webhook endpoints of an organization are managed by its ${webhookManagingRoles().join(' and ')} members and by staff`,
  );
}

/** Whether the caller may list endpoints at all (some grant), for a 403 instead of an empty list. */
export function decideWebhookList(p: Principal): Decision {
  const grants = webhookGrants(p);
  if (grants.length > 0) return allow(grants);
  return refuse(`webhook endpoints are managed by ${webhookManagingRoles().join(' and ')} members and by staff`);
}
