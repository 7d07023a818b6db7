import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '../access/principal.js';
import { tickets, type Capability } from '../access/ticket-grants.js';
import {
  compileTicketCount,
  compileTicketPage,
  DEFAULT_TICKET_SORT,
  listStatementName,
  ticketOrderSql,
  type Cursor,
  type SortPosition,
  type TicketListFilters,
  type TicketSort,
} from '../access/ticket-query.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { Prisma } from '../generated/prisma/client.js';
import { ReadReplicas } from '../database/replicas.js';
import { ISO_TIMESTAMP_TYPES } from '../database/pg-time.js';
import { TICKET_COLUMNS, type TicketListRow } from './tickets.mapper.js';

/**
 * Ticket lists and counts, filtered in the database by the SQL the policy engine compiles. Runs on
 * the raw `pg` pool (no ORM overhead on the hottest path), on a read replica when one is up to date
 * for the caller (src/database/replicas.ts).
 */
@Injectable()
export class TicketsRepository {
  constructor(
    private readonly reads: ReadReplicas,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Up to `take` tickets (in `sort` order) on which `p` holds `capability`; timestamps as ISO strings. */
  async page(
    p: Principal,
    capability: Capability,
    filters: TicketListFilters,
    cursor: Cursor | SortPosition | null,
    take: number,
    sort: TicketSort = DEFAULT_TICKET_SORT,
  ): Promise<TicketListRow[]> {
    const scopes = tickets.scopes(p, capability, filters.organizationId);
    if (scopes.length === 0) return [];
    const ids = compileTicketPage(scopes, filters, cursor, take, sort);
    const q = Prisma.sql`SELECT ${Prisma.raw(TICKET_COLUMNS)} FROM (${ids}) p JOIN tickets t ON t.id = p.id ORDER BY ${ticketOrderSql(sort)}`;
    const db = await this.reads.forList(p);
    const { rows } = await db.query<TicketListRow>({
      name: listStatementName(q.text, filters),
      text: q.text,
      values: q.values as unknown[],
      types: ISO_TIMESTAMP_TYPES,
    });
    return rows;
  }

  /**
   * How many tickets `p` holds `capability` on with the filters: exact up to the configured limit
   * (10,000), else `{ count: limit, exact: false }`. A bounded count over the same compiled scopes
   * as the list, never a scan of a large organisation.
   */
  async count(
    p: Principal,
    capability: Capability,
    filters: TicketListFilters,
  ): Promise<{ count: number; exact: boolean }> {
    const cap = this.config.ticketCountLimit;
    const scopes = tickets.scopes(p, capability, filters.organizationId);
    if (scopes.length === 0) return { count: 0, exact: true };
    const q = compileTicketCount(scopes, filters, cap);
    const db = await this.reads.forList(p);
    const { rows } = await db.query<{ n: number }>({
      name: listStatementName(q.text, filters),
      text: q.text,
      values: q.values as unknown[],
    });
    const n = rows[0].n;
    return n > cap ? { count: cap, exact: false } : { count: n, exact: true };
  }
}
