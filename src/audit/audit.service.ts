import { Injectable } from '@nestjs/common';
import type { Principal } from '../access/principal.js';
import { auditEvents, decideAuditList } from '../access/audit-grants.js';
import { Prisma } from '../generated/prisma/client.js';
import { forbidden, notFound } from '../common/errors.js';
import { afterCursorSql, keysetPage, mapPage } from '../common/keyset.js';
import type { Page } from '../common/pagination.js';
import { ReadReplicas } from '../database/replicas.js';
import type { AuditEventDto, AuditQuery } from './dto/audit.dto.js';
import type { RequestedByDto } from '../consent/dto/requested-by.dto.js';

interface Row {
  id: string;
  organization_id: string | null;
  actor_id: string | null;
  action: string;
  target_type: string;
  target_id: string;
  before: unknown;
  after: unknown;
  requested_by: unknown;
  created_at: Date;
}

const toDto = (r: Row): AuditEventDto => ({
  id: r.id,
  organizationId: r.organization_id,
  actorId: r.actor_id,
  action: r.action,
  targetType: r.target_type,
  targetId: r.target_id,
  before: r.before ?? null,
  after: r.after ?? null,
  requestedBy: (r.requested_by as RequestedByDto | null) ?? null,
  createdAt: r.created_at,
});

/** Read-only access to the append-only audit trail; the grants are compiled into the query. */
@Injectable()
export class AuditService {
  constructor(private readonly reads: ReadReplicas) {}

  async list(p: Principal, q: AuditQuery): Promise<Page<AuditEventDto>> {
    const d = decideAuditList(p, q.organizationId);
    if (!d.visible) throw notFound('organization');
    if (!d.allowed) throw forbidden(d.reason);
    const page = keysetPage(q);
    const sql = Prisma.sql;
    const where = [auditEvents.predicate(p, 'read')];
    if (q.organizationId) where.push(sql`a.organization_id = ${q.organizationId}::uuid`);
    if (q.action) where.push(sql`a.action = ${q.action}`);
    if (q.targetType) where.push(sql`a.target_type = ${q.targetType}`);
    if (q.targetId) where.push(sql`a.target_id = ${q.targetId}`);
    if (q.actorId) where.push(sql`a.actor_id = ${q.actorId}::uuid`);
    if (q.from) where.push(sql`a.created_at >= ${q.from}`);
    if (q.to) where.push(sql`a.created_at < ${q.to}`);
    if (page.after) where.push(afterCursorSql('a', page.after));
    const query = sql`SELECT a.id, a.organization_id, a.actor_id, a.action, a.target_type, a.target_id, a.before, a.after, a.requested_by, a.created_at
                   FROM audit_events a
                  WHERE ${Prisma.join(where, ' AND ')}
                  ORDER BY a.created_at DESC, a.id DESC
                  LIMIT ${page.take}`;
    const db = await this.reads.forList(p);
    const { rows } = await db.query<Row>({ text: query.text, values: query.values as unknown[] });
    return mapPage(
      page.of(rows, (r) => ({ createdAt: r.created_at, id: r.id })),
      toDto,
    );
  }
}
