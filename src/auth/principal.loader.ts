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
  memberships: MembershipContext[];
}

/**
 * Loads the principal in one query: the user, every active membership with its organisation's
 * access setting and its portal's options. Run on every request, so a deactivated user or a
 * removed membership takes effect at once, whatever tokens are still around.
 */
const PRINCIPAL_SQL = `
SELECT u.id, u.email, u.name, u.staff_role, u.active, u.session_epoch, u.default_organization_id,
       u.email_verified_at IS NOT NULL AS email_verified, u.totp_enabled_at IS NOT NULL AS totp_enabled,
       COALESCE((
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
       ), '[]'::json) AS memberships
FROM users u`;

const ONE = `${PRINCIPAL_SQL}\nWHERE u.id = $1`;
const MANY = `${PRINCIPAL_SQL}\nWHERE u.id = ANY($1::uuid[]) AND u.active`;

function toPrincipal(r: Row): Principal {
  return {
    userId: r.id,
    email: r.email,
    name: r.name,
    staffRole: r.staff_role,
    defaultOrganizationId: r.default_organization_id,
    emailVerified: r.email_verified,
    totpEnabled: r.totp_enabled,
    sessionEpoch: r.session_epoch,
    memberships: r.staff_role ? [] : r.memberships,
  };
}

@Injectable()
export class PrincipalLoader {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  /** The active user's principal, or null when the user is gone or deactivated. */
  async load(userId: string): Promise<Principal | null> {
    const { rows } = await this.pool.query<Row>({ name: 'principal', text: ONE, values: [userId] });
    const r = rows[0];
    return r && r.active ? toPrincipal(r) : null;
  }

  /** The principals of several active users in one query (notification recipients), by user id. */
  async loadMany(userIds: string[]): Promise<Map<string, Principal>> {
    if (userIds.length === 0) return new Map();
    const { rows } = await this.pool.query<Row>({ name: 'principals', text: MANY, values: [[...new Set(userIds)]] });
    return new Map(rows.map((r) => [r.id, toPrincipal(r)]));
  }
}
