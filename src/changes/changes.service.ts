import { Injectable } from '@nestjs/common';
import { changes, listDeniedReason, organizationsOf } from '../access/feature-grants.js';
import type { Principal } from '../access/principal.js';
import { tickets } from '../access/ticket-grants.js';
import { compileTicketPage } from '../access/ticket-query.js';
import { forbidden } from '../common/errors.js';
import { keysetPage, mapPage } from '../common/keyset.js';
import type { Page } from '../common/pagination.js';
import { ReadReplicas, type ReadDb } from '../database/replicas.js';
import { Prisma } from '../generated/prisma/client.js';
import { rowToTicketDto, TICKET_COLUMNS, type TicketListRow } from '../tickets/tickets.mapper.js';
import { withTicketNames } from '../tickets/ticket-names.js';
import type { ChangeApprovalDto, ChangeDto, ChangeListQuery } from './dto/change.dto.js';

const sql = Prisma.sql;

/**
 * `GET changes`: CHANGE tickets the caller may read, in the organisations where one of the
 * caller's roles gives "changes", with their change approvals. The ticket engine compiles the
 * read grants to SQL; the changes feature narrows them to those organisations.
 */
@Injectable()
export class ChangesService {
  constructor(private readonly reads: ReadReplicas) {}

  async list(p: Principal, q: ChangeListQuery): Promise<Page<ChangeDto>> {
    const reason = listDeniedReason(p, 'changes');
    if (reason) throw forbidden(reason);
    const page = keysetPage(q);
    const orgs = organizationsOf(changes.scopes(p, 'read', q.organizationId));
    const scopes = tickets
      .scopes(p, 'read', q.organizationId)
      .filter((s) => s.organizationId === undefined || orgs === null || orgs.includes(s.organizationId));
    if (scopes.length === 0) return { data: [], nextCursor: null };
    const ids = compileTicketPage(
      scopes,
      { organizationId: q.organizationId, status: q.status, type: 'CHANGE' },
      page.after,
      page.take,
    );
    const query = sql`SELECT ${Prisma.raw(TICKET_COLUMNS)} FROM (${ids}) p JOIN tickets t ON t.id = p.id ORDER BY t.created_at DESC, t.id DESC`;
    const db = await this.reads.forList(p);
    const { rows } = await db.query<TicketListRow>({ text: query.text, values: query.values as unknown[] });
    const kept = page.of(rows, (r) => ({ createdAt: new Date(r.created_at), id: r.id }));
    const approvals = await this.approvalsOf(
      db,
      kept.data.map((r) => r.id),
    );
    const listed = mapPage(kept, (r) => ({ ...rowToTicketDto(r), approvals: approvals.get(r.id) ?? [] }));
    return { ...listed, data: await withTicketNames(db, p, listed.data) };
  }

  private async approvalsOf(db: ReadDb, ticketIds: string[]): Promise<Map<string, ChangeApprovalDto[]>> {
    const out = new Map<string, ChangeApprovalDto[]>();
    if (ticketIds.length === 0) return out;
    const { rows } = await db.query<{
      id: string;
      ticket_id: string;
      status: ChangeApprovalDto['status'];
      question: string;
      required_approvals: number;
      accept_count: number;
      due_at: Date | null;
      decided_at: Date | null;
      created_at: Date;
    }>({
      text: `SELECT id, ticket_id, status, question, required_approvals, accept_count, due_at, decided_at, created_at
         FROM validations WHERE ticket_id = ANY($1::uuid[]) AND kind = 'CHANGE' ORDER BY created_at, id`,
      values: [ticketIds],
    });
    for (const r of rows) {
      const list = out.get(r.ticket_id) ?? [];
      list.push({
        id: r.id,
        status: r.status,
        question: r.question,
        requiredApprovals: r.required_approvals,
        acceptCount: r.accept_count,
        dueAt: r.due_at,
        decidedAt: r.decided_at,
        createdAt: r.created_at,
      });
      out.set(r.ticket_id, list);
    }
    return out;
  }
}
