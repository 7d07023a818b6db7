import type { Tx } from '../database/prisma.service.js';
import type { Prisma } from '../generated/prisma/client.js';

/**
 * An access change (settings, roles, grants, restrictions, partner links, portal status), written
 * in the same transaction as the change. The table is append-only (a trigger refuses UPDATE and
 * DELETE).
 */
export interface AuditInput {
  actorId: string | null;
  organizationId: string | null;
  action: string;
  targetType: string;
  targetId: string;
  before?: unknown;
  after?: unknown;
  /** Who asked for the change (SPEC §3 Consent), on changes of ticket access and partner links. */
  requestedBy?: unknown;
}

const json = (v: unknown) =>
  v === undefined || v === null ? undefined : (JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue);

export async function audit(tx: Tx, e: AuditInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: e.actorId,
      organizationId: e.organizationId,
      action: e.action,
      targetType: e.targetType,
      targetId: e.targetId,
      before: json(e.before),
      after: json(e.after),
      requestedBy: json(e.requestedBy),
    },
  });
}
