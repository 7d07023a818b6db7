import { Prisma } from '../generated/prisma/client.js';
import {
  grantingMemberships,
  isStaff,
  type MembershipContext,
  type Principal,
  type TicketAccess,
} from './principal.js';
import { defineResource, type Grant as BaseGrant } from './resource.js';
import { rolesGiving } from './roles.js';
import { orgReach, type Columns } from './scope.js';

/**
 * The ticket resource (SPEC §2): every grant the caller holds on tickets. `tickets.decide()`
 * matches them against one ticket and `tickets.scopes()` / the page compiler of
 * `ticket-query.ts` turn the same grants into SQL for lists.
 */
export type Capability = 'read' | 'comment' | 'update';

export type GrantSource =
  'STAFF' | 'REQUESTER' | 'CC' | 'ORGANIZATION_SETTING' | 'USER_SETTING' | 'ROLE' | 'READ_SITE' | 'WRITE_SITE';

export type Grant = BaseGrant<Capability> & { source: GrantSource };

export type TicketAction = 'read' | 'comment' | 'update' | 'transition' | 'manage_cc' | 'attach';

export const LEVEL_CAPABILITIES: Record<TicketAccess, Capability[]> = {
  OWN: [],
  ORG_READ: ['read'],
  ORG_COMMENT: ['read', 'comment'],
  ORG_EDIT: ['read', 'comment', 'update'],
};

const ALL: Capability[] = ['read', 'comment', 'update'];

export function membershipTicketGrants(userId: string, m: MembershipContext): Grant[] {
  const o = m.organizationId;
  const grants: Grant[] = [
    {
      source: 'REQUESTER',
      scope: { organizationId: o, ownerId: userId },
      capabilities: ALL,
      via: 'requester of the ticket',
    },
    {
      source: 'CC',
      scope: { organizationId: o, relation: { name: 'cc', userId } },
      capabilities: ['read', 'comment'],
      via: "CC'd on the ticket",
    },
  ];
  // Organisation-wide sources (organisation setting, membership setting, roles) reach what
  // `orgReach` says: the organisation, or the member's sites in external support mode.
  const wide = (source: GrantSource, level: TicketAccess, via: string) => {
    const capabilities = LEVEL_CAPABILITIES[level];
    if (capabilities.length === 0) return;
    for (const scope of orgReach(m)) grants.push({ source, scope, capabilities, via });
  };
  wide('ORGANIZATION_SETTING', m.org.ticketAccess, `organization ticketAccess=${m.org.ticketAccess}`);
  wide('USER_SETTING', m.ticketAccess, `membership ticketAccess=${m.ticketAccess}`);
  const editRoles = rolesGiving(m, 'allTickets');
  if (editRoles.length > 0) wide('ROLE', 'ORG_EDIT', `role ${editRoles.join(', ')}`);
  for (const siteId of m.readSiteIds) {
    grants.push({
      source: 'READ_SITE',
      scope: { organizationId: o, siteId },
      capabilities: ['read'],
      via: `read site ${siteId}`,
    });
  }
  for (const siteId of m.writeSiteIds) {
    grants.push({
      source: 'WRITE_SITE',
      scope: { organizationId: o, siteId },
      capabilities: ALL,
      via: `write site ${siteId}`,
    });
  }
  return grants;
}

export function ticketGrants(p: Principal): Grant[] {
  if (isStaff(p)) return [{ source: 'STAFF', scope: {}, capabilities: ALL, via: `staff role ${p.staffRole}` }];
  return grantingMemberships(p).flatMap((m) => membershipTicketGrants(p.userId, m));
}

/** The facts about one ticket that scopes look at. */
export interface TicketFacts {
  organizationId: string;
  siteId: string | null;
  requesterId: string;
  /** Whether the principal is CC'd on the ticket. */
  callerIsCc: boolean;
}

/** Where tickets keep their facts (alias `t`). */
export const TICKET_COLUMNS: Columns = {
  organizationId: 't.organization_id',
  siteId: 't.site_id',
  ownerId: 't.requester_id',
  relations: {
    cc: (userId) =>
      Prisma.sql`EXISTS (SELECT 1 FROM ticket_ccs c WHERE c.ticket_id = t.id AND c.user_id = ${userId}::uuid)`,
  },
};

export const tickets = defineResource<TicketFacts, TicketAction, Capability>({
  name: 'ticket',
  noun: 'ticket',
  table: 'tickets',
  grants: ticketGrants,
  visibleWith: 'read',
  actions: {
    read: { capability: 'read' },
    comment: { capability: 'comment' },
    update: { capability: 'update' },
    transition: { capability: 'update' },
    // CCs are managed by staff and by the requester only (SPEC §3 Tickets).
    manage_cc: { capability: 'update', sources: ['STAFF', 'REQUESTER'] },
    // Whoever may comment may attach files.
    attach: { capability: 'comment' },
  },
  facts: (t) => ({
    organizationId: t.organizationId,
    siteId: t.siteId,
    ownerId: t.requesterId,
    relations: { cc: t.callerIsCc },
  }),
  columns: TICKET_COLUMNS,
});

export const TICKET_ACTIONS = tickets.actions;
