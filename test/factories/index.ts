import { createHash } from 'node:crypto';
import bcrypt from 'bcrypt';
import type { PrismaService } from '../../src/database/prisma.service.js';
import type {
  PortalRole,
  TicketAccess,
  TicketPriority,
  TicketStatus,
  TicketType,
} from '../../src/generated/prisma/client.js';

/** Builders for test data, written straight to the database (no HTTP, no policy). */
let seq = 0;
/** Drops undefined overrides so they do not replace defaults. */
const defined = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
const next = () => ++seq;

export const PASSWORD = 'Test-Password-123';
let passwordHash: string | null = null;
export function testPasswordHash(): string {
  passwordHash ??= bcrypt.hashSync(PASSWORD, 4);
  return passwordHash;
}

export class Factory {
  /** Takes the client, or a function returning it (for a factory made before the app exists). */
  constructor(private readonly db: PrismaService | (() => PrismaService)) {}

  private get prisma(): PrismaService {
    return typeof this.db === 'function' ? this.db() : this.db;
  }

  portal(
    data: Partial<{
      name: string;
      status: 'DISABLED' | 'ENABLED' | 'ACTIVE';
      externalSupportMode: boolean;
      ciDepartmentFilter: boolean;
      selfRegistration: 'OFF' | 'CLIENT_NUMBER' | 'EMAIL_DOMAIN';
      decideByEmail: boolean;
      require2fa: boolean;
      seatLimit: number | null;
    }> = {},
  ) {
    return this.prisma.portal.create({ data: { name: `Portal ${next()}`, status: 'ACTIVE', ...data } });
  }

  org(
    data: Partial<{
      name: string;
      kind: 'CUSTOMER' | 'PARTNER';
      ticketAccess: TicketAccess;
      portalId: string | null;
      domains: string[];
    }> = {},
  ) {
    const n = next();
    const { domains, ...rest } = data;
    return this.prisma.organization.create({
      data: {
        name: `Org ${n}`,
        ...rest,
        domains: { create: (domains ?? [`org${n}.test`]).map((domain) => ({ domain, kind: 'PRIMARY' as const })) },
      },
    });
  }

  site(organizationId: string, data: Partial<{ name: string; abbreviation: string }> = {}) {
    const n = next();
    return this.prisma.site.create({
      data: {
        organizationId,
        name: `Site ${n}`,
        abbreviation: `S${n}-${Math.random().toString(36).slice(2, 6).toUpperCase()}`,
        ...data,
      },
    });
  }

  user(
    data: Partial<{
      email: string;
      name: string;
      staffRole: 'ADMIN' | 'AGENT' | null;
      active: boolean;
      verified: boolean;
      defaultOrganizationId: string | null;
    }> = {},
  ) {
    const n = next();
    const { verified, ...given } = data;
    const rest = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) as typeof given; // member() passes email/name: undefined
    return this.prisma.user.create({
      data: {
        email: `user${n}@example.test`,
        name: `User ${n}`,
        passwordHash: testPasswordHash(),
        emailVerifiedAt: verified === false ? null : new Date(),
        ...defined(rest),
      },
    });
  }

  staff(role: 'ADMIN' | 'AGENT' = 'AGENT') {
    return this.user({ staffRole: role });
  }

  /** An external user with one membership in `organizationId` (their default organisation). */
  async member(
    organizationId: string,
    m: Partial<{
      roles: PortalRole[];
      homeSiteId: string | null;
      department: string | null;
      ticketAccess: TicketAccess;
      readSiteIds: string[];
      writeSiteIds: string[];
      allowedTicketTypes: TicketType[] | null;
      allowedStatuses: TicketStatus[] | null;
      allowedResponsibles: { groupIds: string[]; agentIds: string[] } | null;
      email: string;
      name: string;
    }> = {},
  ) {
    const { email, name, allowedTicketTypes, allowedStatuses, allowedResponsibles, ...rest } = m;
    const user = await this.user({
      ...(email !== undefined ? { email } : {}),
      ...(name !== undefined ? { name } : {}),
      defaultOrganizationId: organizationId,
    });
    const membership = await this.prisma.membership.create({
      data: {
        userId: user.id,
        organizationId,
        roles: ['PORTAL_USER'],
        ...defined(rest),
        allowedTicketTypes: allowedTicketTypes ?? undefined,
        allowedStatuses: allowedStatuses ?? undefined,
        allowedResponsibles: allowedResponsibles ?? undefined,
      },
    });
    return { ...user, membership };
  }

  addMembership(
    userId: string,
    organizationId: string,
    m: Partial<{
      roles: PortalRole[];
      homeSiteId: string | null;
      ticketAccess: TicketAccess;
      readSiteIds: string[];
      writeSiteIds: string[];
    }> = {},
  ) {
    return this.prisma.membership.create({ data: { userId, organizationId, roles: ['PORTAL_USER'], ...m } });
  }

  async ticket(
    organizationId: string,
    requesterId: string,
    data: Partial<{
      siteId: string | null;
      subject: string;
      type: TicketType;
      priority: TicketPriority;
      status: TicketStatus;
      createdAt: Date;
      groupId: string | null;
    }> = {},
  ) {
    const t = await this.prisma.ticket.create({
      data: { organizationId, requesterId, subject: `Ticket ${next()}`, type: 'INCIDENT', ...data },
    });
    return t;
  }

  cc(ticket: { id: string; organizationId: string; createdAt: Date }, userId: string) {
    return this.prisma.ticketCc.create({
      data: { ticketId: ticket.id, userId, organizationId: ticket.organizationId, ticketCreatedAt: ticket.createdAt },
    });
  }

  group(name = `Group ${next()}`) {
    return this.prisma.group.create({ data: { name } });
  }

  ci(
    organizationId: string,
    data: Partial<{
      siteId: string | null;
      name: string;
      type: string;
      serial: string;
      department: string | null;
    }> = {},
  ) {
    const n = next();
    return this.prisma.ci.create({
      data: { organizationId, name: `CI ${n}`, type: 'Server', serial: `SN-${n}`, ...data },
    });
  }

  /** A validation written straight to the database (e.g. one already past its due time). */
  validation(
    ticket: { id: string; organizationId: string },
    requestedById: string,
    data: Partial<{
      kind: 'VALIDATION' | 'CHANGE';
      question: string;
      dueAt: Date | null;
      requiredApprovals: number;
      status: 'OPEN' | 'ACCEPTED' | 'REJECTED' | 'EXPIRED' | 'CANCELLED';
      createdAt: Date;
    }> = {},
  ) {
    return this.prisma.validation.create({
      data: {
        ticketId: ticket.id,
        organizationId: ticket.organizationId,
        requestedById,
        kind: 'VALIDATION',
        question: `Question ${next()}`,
        ...data,
      },
    });
  }

  /** A contract; `ciIds` are linked as covered CIs, `sla` gives targets per priority. */
  contract(
    organizationId: string,
    data: Partial<{
      siteId: string | null;
      number: string;
      name: string;
      kind: 'SERVICE' | 'LEASE' | 'SUPPORT';
      direction: 'SOLD' | 'PURCHASED';
      supplier: string | null;
      startsOn: Date;
      endsOn: Date | null;
      ciIds: string[];
      sla: { priority: TicketPriority; responseMinutes: number; resolutionMinutes: number }[];
    }> = {},
  ) {
    const n = next();
    const { ciIds, sla, ...rest } = data;
    return this.prisma.contract.create({
      data: {
        organizationId,
        number: `K-${n}-${Math.random().toString(36).slice(2, 6)}`,
        name: `Contract ${n}`,
        kind: 'SERVICE',
        direction: 'SOLD',
        startsOn: new Date('2020-01-01'),
        ...rest,
        cis: { create: (ciIds ?? []).map((ciId) => ({ ciId, organizationId })) },
        slaTargets: { create: (sla ?? []).map((t) => ({ ...t, organizationId })) },
      },
    });
  }

  invoice(
    organizationId: string,
    data: Partial<{ contractId: string | null; number: string; issuedOn: Date; amountCents: number }> = {},
  ) {
    const n = next();
    return this.prisma.invoice.create({
      data: {
        organizationId,
        number: `INV-${n}-${Math.random().toString(36).slice(2, 6)}`,
        issuedOn: new Date('2025-01-01'),
        amountCents: 1000 * n,
        ...data,
      },
    });
  }

  /** A download stored in PostgreSQL (its bytes in one chunk row: keep test files under 256 KiB). */
  async download(data: {
    portalId?: string | null;
    organizationId?: string | null;
    fileName?: string;
    contentType?: string;
    content?: Buffer;
  }) {
    const content = data.content ?? Buffer.from(`file ${next()}`);
    const d = await this.prisma.download.create({
      data: {
        portalId: data.portalId ?? null,
        organizationId: data.organizationId ?? null,
        title: `Download ${next()}`,
        fileName: data.fileName ?? 'vpn-linux.sh',
        contentType: data.contentType ?? 'text/plain',
        size: content.length,
        sha256: createHash('sha256').update(content).digest('hex'),
      },
    });
    await this.prisma.fileChunk.create({ data: { fileId: d.id, seq: 0, data: new Uint8Array(content) } });
    return d;
  }
}
