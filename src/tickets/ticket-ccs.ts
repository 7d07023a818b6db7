import { decideCcTarget } from '../access/ticket-rules.js';
import type { Principal } from '../access/principal.js';
import { unprocessable } from '../common/errors.js';
import type { SortKey } from '../common/keyset.js';
import type { Tx } from '../database/prisma.service.js';
import { Prisma } from '../generated/prisma/client.js';
import type { CcCandidateDto } from './dto/ticket.dto.js';

/**
 * Whom the caller may CC on a ticket of the organisation (`decideCcTarget`), for many users in two
 * queries: the one check of `POST tickets/{id}/ccs` and of `ccUserIds` on `POST tickets`. 422 on
 * `field` naming the first one refused; the users' names otherwise.
 */
export async function assertCcTargets(
  tx: Tx,
  p: Principal,
  organizationId: string,
  userIds: readonly string[],
  field: 'userId' | 'ccUserIds',
): Promise<Map<string, { id: string; name: string }>> {
  const users = await tx.user.findMany({
    where: { id: { in: [...userIds] } },
    select: { id: true, name: true, active: true, emailVerifiedAt: true },
  });
  const memberships = await tx.membership.findMany({
    where: { userId: { in: users.map((u) => u.id) }, organizationId, active: true },
    select: { userId: true },
  });
  const members = new Set(memberships.map((m) => m.userId));
  const found = new Map(users.map((u) => [u.id, u]));
  for (const id of userIds) {
    const user = found.get(id);
    const target = decideCcTarget(p, {
      exists: !!user,
      active: !!user?.active,
      verified: !!user?.emailVerifiedAt,
      member: members.has(id),
    });
    if (!target.allowed) throw unprocessable(field, field === 'userId' ? target.reason : `${id}: ${target.reason}`);
  }
  return new Map(users.map((u) => [u.id, { id: u.id, name: u.name }]));
}

const likePrefix = (q: string) => q.toLowerCase().replace(/[\\%_]/g, (c) => '\\' + c) + '%';

/**
 * One page of an organisation's CC candidates — what `decideCcTarget` accepts from a requester:
 * verified, active users with an active membership — by name then id, optionally narrowed to a
 * prefix of the name (of any word of it) or of the email (stored lower-cased).
 */
export function ccCandidatesPage(
  db: Tx,
  organizationId: string,
  q: string | undefined,
  after: SortKey | null,
  take: number,
): Promise<CcCandidateDto[]> {
  const sql = Prisma.sql;
  const prefix = q ? likePrefix(q) : null;
  const search = prefix
    ? sql`AND (lower(u.name) LIKE ${prefix} OR lower(u.name) LIKE ${'% ' + prefix} OR u.email LIKE ${prefix})`
    : Prisma.empty;
  const keyset = after ? sql`AND (u.name, u.id) > (${after.key}, ${after.id}::uuid)` : Prisma.empty;
  return db.$queryRaw<CcCandidateDto[]>`
    SELECT u.id, u.name, u.email
      FROM memberships m JOIN users u ON u.id = m.user_id
     WHERE m.organization_id = ${organizationId}::uuid AND m.active AND u.active AND u.email_verified_at IS NOT NULL
           ${search} ${keyset}
     ORDER BY u.name, u.id
     LIMIT ${take}`;
}
