import { Inject, Injectable } from '@nestjs/common';
import pg from 'pg';
import type { Principal } from '../access/principal.js';
import { auditEvents, decideAuditList } from '../access/audit-grants.js';
import { Prisma } from '../generated/prisma/client.js';
import { forbidden, notFound } from '../common/errors.js';
import { decodeCursor, toPage, type Page } from '../common/pagination.js';
import { PG_POOL } from '../database/prisma.service.js';
import type { AuditEventDto, AuditQuery } from './dto/audit.dto.js';

interface Row {
  id: string;
  organization_id: string | null;
  actor_id: string | null;
  action: string;
  target_type: string;
  target_id: string;
  before: unknown;
  after: unknown;
  created_at: Date;
}

const toDto = (r: Row & { createdAt: Date }): AuditEventDto => ({
  id: r.id,
  organizationId: r.organization_id,
  actorId: r.actor_id,
  action: r.action,
  targetType: r.target_type,
  targetId: r.target_id,
  before: r.before ?? null,
  after: r.after ?? null,
  createdAt: r.created_at,
});

/** Read-only access to the append-only audit trail; the grants are compiled into the query. */
@Injectable()
export class AuditService {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  async list(p: Principal, q: AuditQuery): Promise<Page<AuditEventDto>> {
    const d = decideAuditList(p, q.organizationId);
    if (!d.visible) throw notFound('organization');
    if (!d.allowed) throw forbidden(d.reason);
    const limit = q.limit ?? 50;
    const cursor = decodeCursor(q.cursor);
    const sql = Prisma.sql;
    const where = [auditEvents.predicate(p, 'read')];
    if (q.organizationId) where.push(sql`a.organization_id = ${q.organizationId}::uuid`);
    if (q.action) where.push(sql`a.action = ${q.action}`);
    if (q.targetType) where.push(sql`a.target_type = ${q.targetType}`);
    if (q.targetId) where.push(sql`a.target_id = ${q.targetId}`);
    if (q.actorId) where.push(sql`a.actor_id = ${q.actorId}::uuid`);
    if (q.from) where.push(sql`a.created_at >= ${q.from}`);
    if (q.to) where.push(sql`a.created_at < ${q.to}`);
    if (cursor) where.push(sql`(a.created_at, a.id) < (${cursor.createdAt}, ${cursor.id}::uuid)`);
    const query = sql`SELECT a.id, a.organization_id, a.actor_id, a.action, a.target_type, a.target_id, a.before, a.after, a.created_at
                   FROM audit_events a
                  WHERE ${Prisma.join(where, ' AND ')}
                  ORDER BY a.created_at DESC, a.id DESC
                  LIMIT ${limit + 1}`;
    const { rows } = await this.pool.query<Row>({ text: query.text, values: query.values as unknown[] });
    return toPage(
      rows.map((r) => ({ ...r, createdAt: r.created_at })),
      limit,
      toDto,
    );
  }
}
