import { auditEvents } from './audit-grants.js';
import { cis } from './ci-grants.js';
import { contracts } from './contract-grants.js';
import { downloads } from './download-grants.js';
import { contacts, memberships } from './member-grants.js';
import { organizations } from './organization-grants.js';
import { partnerLinks } from './partner-grants.js';
import { changes, invoices } from './feature-grants.js';
import type { Resource } from './resource.js';
import { sites } from './site-grants.js';
import { tickets } from './ticket-grants.js';
import { validations } from './validation-grants.js';
import { webhooks } from './webhook-grants.js';

/**
 * Every resource of the engine, by name. `access/explain` iterates over this list;
 * a new resource is one `defineResource(...)` added here.
 */
export const RESOURCES = [
  tickets,
  cis,
  validations,
  contracts,
  sites,
  downloads,
  invoices,
  changes,
  auditEvents,
  organizations,
  memberships,
  contacts,
  partnerLinks,
  webhooks,
] as const;

export type ResourceName = (typeof RESOURCES)[number]['name'];

export const RESOURCE_NAMES: readonly string[] = RESOURCES.map((r) => r.name);

export function resourceNamed(name: string): Resource | undefined {
  return (RESOURCES as readonly Resource[]).find((r) => r.name === name);
}
