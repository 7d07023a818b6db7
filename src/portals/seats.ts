import { DomainError } from '../common/errors.js';
import type { Tx } from '../database/prisma.service.js';

/**
 * Named licences (SPEC §3 Portal settings): a portal's `seatLimit` is the number of external users
 * holding an active membership in any of the portal's organisations (the user active too). Every
 * operation that gives a user an active membership calls this inside its transaction, BEFORE
 * writing: it locks the portal rows (`SELECT … FOR UPDATE`, in id order so two transactions never
 * deadlock), counts, and refuses with 409 when the newcomers would exceed the limit. The lock is
 * held until the caller's transaction ends, so concurrent additions to one portal are serialised
 * and the limit can never be overshot.
 *
 * Callers: UsersService (add member, membership reactivation, user creation and reactivation),
 * email-domain assignment, partner links with `applyToExisting`, an organisation moved into a
 * portal — and self-registration (`auth/register`) must call it too.
 */
export interface SeatAddition {
  organizationId: string;
  userId: string;
}

export const seatLimitReached = (portalName: string, limit: number) =>
  new DomainError(
    'CONFLICT',
    `seat limit reached: portal "${portalName}" allows ${limit} named users with an active membership`,
  );

export async function assertSeatsAvailable(tx: Tx, additions: SeatAddition[]): Promise<void> {
  if (additions.length === 0) return;
  const orgIds = [...new Set(additions.map((a) => a.organizationId))];
  const orgs = await tx.organization.findMany({
    where: { id: { in: orgIds }, portalId: { not: null } },
    select: { id: true, portalId: true },
  });
  const portalOfOrg = new Map(orgs.map((o) => [o.id, o.portalId!]));
  const portalIds = [...new Set(orgs.map((o) => o.portalId!))].sort();
  if (portalIds.length === 0) return;
  const locked = await tx.$queryRawUnsafe<{ id: string; name: string; seat_limit: number | null }[]>(
    `SELECT id::text, name, seat_limit FROM portals WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
    portalIds,
  );
  for (const portal of locked) {
    if (portal.seat_limit === null) continue;
    const userIds = [
      ...new Set(additions.filter((a) => portalOfOrg.get(a.organizationId) === portal.id).map((a) => a.userId)),
    ];
    if (userIds.length === 0) continue;
    const [row] = await tx.$queryRawUnsafe<{ used: number; newcomers: number }[]>(
      `WITH seated AS (
         SELECT DISTINCT m.user_id
           FROM memberships m
           JOIN organizations o ON o.id = m.organization_id
           JOIN users u ON u.id = m.user_id
          WHERE o.portal_id = $1::uuid AND m.active AND u.active AND u.staff_role IS NULL)
       SELECT (SELECT count(*) FROM seated)::int AS used,
              (SELECT count(*) FROM users u
                WHERE u.id = ANY($2::uuid[]) AND u.staff_role IS NULL
                  AND u.id NOT IN (SELECT user_id FROM seated))::int AS newcomers`,
      portal.id,
      userIds,
    );
    if (row.newcomers > 0 && row.used + row.newcomers > portal.seat_limit)
      throw seatLimitReached(portal.name, portal.seat_limit);
  }
}

/** One user joining (or re-joining) one organisation. */
export function assertSeatAvailable(tx: Tx, organizationId: string, userId: string): Promise<void> {
  return assertSeatsAvailable(tx, [{ organizationId, userId }]);
}

/** Seats in use in a portal (for PATCH seatLimit: lowering below the usage is refused). */
export async function seatsUsed(tx: Tx, portalId: string): Promise<number> {
  const [row] = await tx.$queryRawUnsafe<{ used: number }[]>(
    `SELECT count(DISTINCT m.user_id)::int AS used
       FROM memberships m
       JOIN organizations o ON o.id = m.organization_id
       JOIN users u ON u.id = m.user_id
      WHERE o.portal_id = $1::uuid AND m.active AND u.active AND u.staff_role IS NULL`,
    portalId,
  );
  return row.used;
}

/** An organisation moved into `portalId`: its seated members must fit in the target portal. */
export async function assertSeatsForOrganizationMove(tx: Tx, organizationId: string, portalId: string): Promise<void> {
  const members = await tx.membership.findMany({
    where: { organizationId, active: true, user: { active: true, staffRole: null } },
    select: { userId: true },
  });
  if (members.length === 0) return;
  const [portal] = await tx.$queryRawUnsafe<{ name: string; seat_limit: number | null }[]>(
    `SELECT name, seat_limit FROM portals WHERE id = $1::uuid FOR UPDATE`,
    portalId,
  );
  if (!portal || portal.seat_limit === null) return;
  const [row] = await tx.$queryRawUnsafe<{ total: number }[]>(
    `SELECT count(DISTINCT m.user_id)::int AS total
       FROM memberships m
       JOIN organizations o ON o.id = m.organization_id
       JOIN users u ON u.id = m.user_id
      WHERE (o.portal_id = $1::uuid OR o.id = $2::uuid) AND m.active AND u.active AND u.staff_role IS NULL`,
    portalId,
    organizationId,
  );
  if (row.total > portal.seat_limit) throw seatLimitReached(portal.name, portal.seat_limit);
}
