import { Injectable } from '@nestjs/common';
import type { Principal } from '../access/principal.js';
import { validations } from '../access/validation-grants.js';
import { afterCursorSql } from '../common/keyset.js';
import type { Keyset } from '../common/pagination.js';
import { ReadReplicas } from '../database/replicas.js';
import { Prisma } from '../generated/prisma/client.js';
import type { ValidationListQuery } from './dto/validation.dto.js';
import type { ValidationRow } from './validations.mapper.js';

const sql = Prisma.sql;

/** OPEN past its due time reads EXPIRED. */
export const EFFECTIVE_STATUS = sql`CASE WHEN v.status = 'OPEN' AND v.due_at IS NOT NULL AND v.due_at <= now() THEN 'EXPIRED' ELSE v.status::text END`;

/**
 * The validations inbox, filtered in the database by the predicate the policy engine compiles
 * (validation grants AND the ticket-read predicate on the joined ticket), keyset-paginated.
 */
@Injectable()
export class ValidationsRepository {
  constructor(private readonly reads: ReadReplicas) {}

  /** Up to `take` validations after `cursor`, newest first. */
  async page(p: Principal, q: ValidationListQuery, cursor: Keyset | null, take: number): Promise<ValidationRow[]> {
    const read = validations.predicate(p, 'read');
    const decide = validations.predicate(p, 'decide');
    const mine = sql`(SELECT d.outcome::text FROM validation_decisions d WHERE d.validation_id = v.id AND d.user_id = ${p.userId}::uuid)`;
    const canDecide = sql`(${decide} AND ${EFFECTIVE_STATUS} = 'OPEN' AND ${mine} IS NULL)`;
    const where: Prisma.Sql[] = [read];
    if (q.status) where.push(sql`${EFFECTIVE_STATUS} = ${q.status}`);
    if (q.kind) where.push(sql`v.kind = ${q.kind}::"ValidationKind"`);
    if (q.ticketId) where.push(sql`v.ticket_id = ${q.ticketId}::uuid`);
    if (q.organizationId) where.push(sql`t.organization_id = ${q.organizationId}::uuid`);
    if (q.awaitingMyDecision) where.push(canDecide);
    if (cursor) where.push(afterCursorSql('v', cursor));
    const query = sql`
      SELECT v.id, v.ticket_id, t.number AS ticket_number, t.subject AS ticket_subject, t.organization_id, v.kind::text AS kind,
             v.question, v.due_at, v.required_approvals, v.accept_count, ${EFFECTIVE_STATUS} AS status, v.requested_by_id,
             v.decided_at, v.version, v.created_at, ${canDecide} AS can_decide, ${mine} AS my_decision
      FROM validations v JOIN tickets t ON t.id = v.ticket_id
      WHERE ${Prisma.join(where, ' AND ')}
      ORDER BY v.created_at DESC, v.id DESC
      LIMIT ${take}`;
    const db = await this.reads.forList(p);
    const { rows } = await db.query<ValidationRow>({ text: query.text, values: query.values as unknown[] });
    return rows;
  }
}
