import { Inject, Injectable } from '@nestjs/common';
import pg from 'pg';
import { isStaff, membershipIn, type Principal } from '../access/principal.js';
import { auditGrants, compileAuditPredicate } from '../access/audit-grants.js';
import { hasFeature } from '../access/roles.js';
import { forbidden, notFound } from '../common/errors.js';
import { keysetPage, mapPage } from '../common/keyset.js';
import type { Page } from '../common/pagination.js';
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

const toDto = (r: Row): AuditEventDto => ({
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
    const grants = auditGrants(p);
    if (grants.length === 0) {
      if (isStaff(p)) throw forbidden('the audit trail is shown to admins');
      if (q.organizationId && !membershipIn(p, q.organizationId)) throw notFound('organization');
      throw forbidden('the audit trail is shown to CUSTOMER_APPROVER and CHANGE_MANAGER members of the organization');
    }
    if (q.organizationId && !isStaff(p)) {
      const m = membershipIn(p, q.organizationId);
      if (!m) throw notFound('organization');
      if (!hasFeature(m, 'manageRoles'))
        throw forbidden('the audit trail is shown to CUSTOMER_APPROVER and CHANGE_MANAGER members of the organization');
    }
    const page = keysetPage(q);
    const values: unknown[] = [];
    const param = (v: unknown) => {
      values.push(v);
      return `$${values.length}`;
    };
    const where = [compileAuditPredicate(grants, param)];
    if (q.organizationId) where.push(`a.organization_id = ${param(q.organizationId)}::uuid`);
    if (q.action) where.push(`a.action = ${param(q.action)}`);
    if (q.targetType) where.push(`a.target_type = ${param(q.targetType)}`);
    if (q.targetId) where.push(`a.target_id = ${param(q.targetId)}`);
    if (q.actorId) where.push(`a.actor_id = ${param(q.actorId)}::uuid`);
    if (q.from) where.push(`a.created_at >= ${param(q.from)}`);
    if (q.to) where.push(`a.created_at < ${param(q.to)}`);
    const after = page.after;
    if (after) where.push(`(a.created_at, a.id) < (${param(after.createdAt)}, ${param(after.id)}::uuid)`);
    const sql = `SELECT a.id, a.organization_id, a.actor_id, a.action, a.target_type, a.target_id, a.before, a.after, a.created_at
                   FROM audit_events a
                  WHERE ${where.join(' AND ')}
                  ORDER BY a.created_at DESC, a.id DESC
                  LIMIT ${param(page.take)}`;
    const { rows } = await this.pool.query<Row>(sql, values);
    return mapPage(
      page.of(rows, (r) => ({ createdAt: r.created_at, id: r.id })),
      toDto,
    );
  }
}
