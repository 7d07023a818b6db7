import type { ResourceName } from '../access/resources.js';
import type { PrismaService } from '../database/prisma.service.js';

/**
 * How explain finds the facts of one row of each resource, for the user whose access is
 * explained (`userId`: whether they are CC'd). null: no such row.
 */
type Loader = (db: PrismaService, id: string, userId: string) => Promise<unknown>;

const ticketFacts = async (db: PrismaService, id: string, userId: string) => {
  const t = await db.ticket.findUnique({
    where: { id },
    select: {
      organizationId: true,
      siteId: true,
      requesterId: true,
      type: true,
      ccs: { where: { userId }, select: { userId: true } },
    },
  });
  return (
    t && {
      organizationId: t.organizationId,
      siteId: t.siteId,
      requesterId: t.requesterId,
      callerIsCc: t.ccs.length > 0,
      type: t.type,
    }
  );
};

/** Memberships and contacts are both membership rows. */
const membershipFacts = (db: PrismaService, id: string) =>
  db.membership.findUnique({ where: { id }, select: { organizationId: true, userId: true } });

export const FACT_LOADERS: Record<ResourceName, Loader> = {
  ticket: ticketFacts,
  change: async (db, id, userId) => {
    const t = await ticketFacts(db, id, userId);
    return t && t.type === 'CHANGE' ? t : null;
  },
  validation: async (db, id, userId) => {
    const v = await db.validation.findUnique({ where: { id }, select: { kind: true, ticketId: true } });
    return v && { kind: v.kind, ticket: await ticketFacts(db, v.ticketId, userId) };
  },
  ci: (db, id) => db.ci.findUnique({ where: { id }, select: { organizationId: true, siteId: true, department: true } }),
  contract: (db, id) =>
    db.contract.findUnique({ where: { id }, select: { organizationId: true, siteId: true, direction: true } }),
  site: (db, id) => db.site.findUnique({ where: { id }, select: { id: true, organizationId: true } }),
  download: (db, id) => db.download.findUnique({ where: { id }, select: { organizationId: true, portalId: true } }),
  invoice: (db, id) => db.invoice.findUnique({ where: { id }, select: { organizationId: true } }),
  audit: (db, id) => db.auditEvent.findUnique({ where: { id }, select: { organizationId: true } }),
  organization: (db, id) => db.organization.findUnique({ where: { id }, select: { id: true } }),
  membership: membershipFacts,
  contact: membershipFacts,
  partnerLink: (db, id) => db.partnerLink.findUnique({ where: { id }, select: { organizationId: true } }),
};
