import { Prisma } from '../generated/prisma/client.js';
import { assertUnreachable } from '../common/errors.js';
import type { SlaState } from './sla-clock.js';

const sql = Prisma.sql;
const FINAL = sql`('RESOLVED', 'CLOSED', 'CANCELLED')`;

/**
 * `slaStateAt` (src/sla/sla-clock.ts) as a predicate on alias `t`: the stored warning and breach
 * instants compared with now(), so a list filters by state in the database. The first matching
 * rule wins there; here each state excludes the ones before it.
 */
export function slaStatePredicate(state: SlaState): Prisma.Sql {
  const notBreached = sql`(t.sla_breach_at IS NULL OR t.sla_breach_at > now())`;
  switch (state) {
    case 'breached':
      return sql`(t.contract_id IS NOT NULL AND t.sla_breach_at <= now())`;
    case 'paused':
      return sql`(t.contract_id IS NOT NULL AND t.status = 'PENDING_CUSTOMER' AND ${notBreached})`;
    case 'met':
      return sql`(t.contract_id IS NOT NULL AND t.status IN ${FINAL} AND ${notBreached})`;
    case 'warning':
      return sql`(t.contract_id IS NOT NULL AND t.status IN ('NEW', 'OPEN') AND ${notBreached} AND t.sla_warning_at <= now())`;
    case 'ok':
      return sql`(t.contract_id IS NOT NULL AND t.status IN ('NEW', 'OPEN') AND ${notBreached} AND (t.sla_warning_at IS NULL OR t.sla_warning_at > now()))`;
    default:
      return assertUnreachable(state);
  }
}
