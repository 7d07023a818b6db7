import { Injectable } from '@nestjs/common';
import type { Principal } from '../access/principal.js';
import { tickets, type Capability } from '../access/ticket-grants.js';
import { compileTicketPage, listStatementName, type Cursor, type TicketListFilters } from '../access/ticket-query.js';
import { Prisma } from '../generated/prisma/client.js';
import { ReadReplicas } from '../database/replicas.js';
import { ISO_TIMESTAMP_TYPES } from '../database/pg-time.js';
import { TICKET_COLUMNS, type TicketListRow } from './tickets.mapper.js';

/**
 * Ticket lists, filtered in the database by the SQL the policy engine compiles. Runs on the raw
 * `pg` pool (no ORM overhead on the hottest path), on a read replica when one is up to date for
 * the caller (src/database/replicas.ts).
 */
@Injectable()
export class TicketsRepository {
  constructor(private readonly reads: ReadReplicas) {}

  /** Up to `take` tickets (newest first) on which `p` holds `capability`; timestamps as ISO strings. */
  async page(
    p: Principal,
    capability: Capability,
    filters: TicketListFilters,
    cursor: Cursor | null,
    take: number,
  ): Promise<TicketListRow[]> {
    const scopes = tickets.scopes(p, capability, filters.organizationId);
    if (scopes.length === 0) return [];
    const ids = compileTicketPage(scopes, filters, cursor, take);
    const q = Prisma.sql`SELECT ${Prisma.raw(TICKET_COLUMNS)} FROM (${ids}) p JOIN tickets t ON t.id = p.id ORDER BY t.created_at DESC, t.id DESC`;
    const db = await this.reads.forList(p);
    const { rows } = await db.query<TicketListRow>({
      name: listStatementName(q.text, filters),
      text: q.text,
      values: q.values as unknown[],
      types: ISO_TIMESTAMP_TYPES,
    });
    return rows;
  }
}
