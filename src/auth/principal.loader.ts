import { Inject, Injectable } from '@nestjs/common';
import pg from 'pg';
import type { MembershipContext, Principal, StaffRole } from '../access/principal.js';
import { PG_POOL } from '../database/prisma.service.js';

interface Row {
  id: string;
  email: string;
  name: string;
  staff_role: StaffRole | null;
  active: boolean;
  session_epoch: number;
  default_organization_id: string | null;
  email_verified: boolean;
  totp_enabled: boolean;
  /** `bigint` as text. */
  access_version: string;
  /** null when the caller's cached memberships are still current (same access version). */
  memberships: MembershipContext[] | null;
}

/**
 * Loads the principal in one query: the user, every active membership with its organisation's
 * access setting and its portal's options. Run on every request, so a deactivated user or a
 * removed membership takes effect at once, whatever tokens are still around.
 *
 * `users.access_version` is moved by database triggers, in the same transaction, by every change
 * to what the memberships part is built from (the user's memberships, their organisations' access
 * settings and portals; migration `list_performance`). The per-request query passes the version of
 * the memberships this process last built for the user: when it still matches, PostgreSQL skips
 * the memberships subquery (a CASE branch not taken is never run) and the cached, frozen
 * memberships are reused. The user row itself (active, session epoch, staff role, 2FA) is read
 * every time. A partner in 20 organisations: 300 µs of database CPU per request down to ~30.
 */
const MEMBERSHIPS_JSON = `COALESCE((
         SELECT json_agg(json_build_object(
           'id', m.id, 'organizationId', m.organization_id, 'roles', m.roles, 'homeSiteId', m.home_site_id,
           'department', m.department, 'ticketAccess', m.ticket_access, 'readSiteIds', m.read_site_ids,
           'writeSiteIds', m.write_site_ids, 'allowedTicketTypes', m.allowed_ticket_types,
           'allowedStatuses', m.allowed_statuses, 'allowedResponsibles', m.allowed_responsibles,
           'org', json_build_object(
             'id', o.id, 'name', o.name, 'kind', o.kind, 'ticketAccess', o.ticket_access, 'portalId', o.portal_id,
             'portalStatus', p.status, 'externalSupportMode', COALESCE(p.external_support_mode, false),
             'ciDepartmentFilter', COALESCE(p.ci_department_filter, false), 'require2fa', COALESCE(p.require_2fa, false)
           )) ORDER BY o.name, m.organization_id)
         FROM memberships m
         JOIN organizations o ON o.id = m.organization_id
         LEFT JOIN portals p ON p.id = o.portal_id
         WHERE m.user_id = u.id AND m.active
       ), '[]'::json)`;

const USER_COLUMNS = `u.id, u.email, u.name, u.staff_role, u.active, u.session_epoch, u.default_organization_id,
       u.email_verified_at IS NOT NULL AS email_verified, u.totp_enabled_at IS NOT NULL AS totp_enabled,
       u.access_version::text AS access_version`;

/** Exported for the test that checks the memberships subquery is skipped when the version matches. */
export const PRINCIPAL_QUERY = `SELECT ${USER_COLUMNS},
       CASE WHEN u.access_version = $2::bigint THEN NULL ELSE ${MEMBERSHIPS_JSON} END AS memberships
FROM users u
WHERE u.id = $1`;
const MANY = `SELECT ${USER_COLUMNS}, ${MEMBERSHIPS_JSON} AS memberships
FROM users u
WHERE u.id = ANY($1::uuid[]) AND u.active`;

/** The recipients of a ticket event: the candidates and every CC of the ticket, but the actor. */
const RECIPIENTS = `SELECT ${USER_COLUMNS}, ${MEMBERSHIPS_JSON} AS memberships,
       EXISTS (SELECT 1 FROM ticket_ccs c WHERE c.ticket_id = $1::uuid AND c.user_id = u.id) AS is_cc
FROM users u
WHERE (u.id = ANY($2::uuid[]) OR u.id IN (SELECT c.user_id FROM ticket_ccs c WHERE c.ticket_id = $1::uuid))
  AND u.id <> $3::uuid AND u.active`;

/** Users whose memberships are kept per process; the oldest entry goes first beyond this. */
const CACHE_SIZE = 20_000;

interface CachedMemberships {
  version: string;
  memberships: readonly MembershipContext[];
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function toPrincipal(r: Row, memberships: readonly MembershipContext[]): Principal {
  return {
    userId: r.id,
    email: r.email,
    name: r.name,
    staffRole: r.staff_role,
    defaultOrganizationId: r.default_organization_id,
    emailVerified: r.email_verified,
    totpEnabled: r.totp_enabled,
    sessionEpoch: r.session_epoch,
    // Frozen and shared between the requests of one user: the policy engine only reads it.
    memberships: r.staff_role ? [] : (memberships as MembershipContext[]),
  };
}

@Injectable()
export class PrincipalLoader {
  private readonly cache = new Map<string, CachedMemberships>();

  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  /** The active user's principal, or null when the user is gone or deactivated. */
  async load(userId: string): Promise<Principal | null> {
    const cached = this.cache.get(userId);
    const { rows } = await this.pool.query<Row>({
      name: 'principal',
      text: PRINCIPAL_QUERY,
      values: [userId, cached?.version ?? '-1'],
    });
    const r = rows[0];
    if (!r || !r.active) return null;
    // null only when the version read equals the one sent, i.e. `cached` is current.
    if (r.memberships === null && cached) return toPrincipal(r, cached.memberships);
    const memberships = deepFreeze(r.memberships ?? []);
    this.remember(userId, r.access_version, memberships);
    return toPrincipal(r, memberships);
  }

  private remember(userId: string, version: string, memberships: readonly MembershipContext[]): void {
    const known = this.cache.get(userId);
    // Two requests racing with different versions: keep the newer.
    if (known && BigInt(known.version) > BigInt(version)) return;
    this.cache.delete(userId);
    if (this.cache.size >= CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(userId, { version, memberships });
  }

  /** The principals of several active users in one query (notification recipients), by user id. */
  async loadMany(userIds: string[]): Promise<Map<string, Principal>> {
    if (userIds.length === 0) return new Map();
    const { rows } = await this.pool.query<Row>({ name: 'principals', text: MANY, values: [[...new Set(userIds)]] });
    return new Map(rows.map((r) => [r.id, toPrincipal(r, r.memberships ?? [])]));
  }
  /**
   * The principals of a ticket event's recipients in one statement of the caller's transaction:
   * `candidateIds` and everyone CC'd on the ticket, except `actorId`, with whether each is CC'd.
   */
  async loadRecipients(
    db: { $queryRawUnsafe<T>(sql: string, ...values: unknown[]): Promise<T> },
    ticketId: string,
    candidateIds: string[],
    actorId: string,
  ): Promise<{ principals: Map<string, Principal>; ccs: Set<string> }> {
    const rows = await db.$queryRawUnsafe<(Row & { is_cc: boolean })[]>(
      RECIPIENTS,
      ticketId,
      [...new Set(candidateIds)],
      actorId,
    );
    return {
      principals: new Map(rows.map((r) => [r.id, toPrincipal(r, r.memberships ?? [])])),
      ccs: new Set(rows.filter((r) => r.is_cc).map((r) => r.id)),
    };
  }
}
