import { Injectable } from '@nestjs/common';
import type { Principal } from '../access/principal.js';
import { notFound } from '../common/errors.js';
import { PrismaService } from '../database/prisma.service.js';
import type { MeDto } from './dto/me.dto.js';

@Injectable()
export class MeService {
  constructor(private readonly prisma: PrismaService) {}

  async get(p: Principal): Promise<MeDto> {
    const u = await this.prisma.user.findUnique({ where: { id: p.userId }, select: { phone: true, locale: true } });
    if (!u) throw notFound('user');
    return {
      id: p.userId,
      email: p.email,
      name: p.name,
      phone: u.phone,
      locale: u.locale,
      staffRole: p.staffRole,
      defaultOrganizationId: p.defaultOrganizationId,
      emailVerified: p.emailVerified,
      totpEnabled: p.totpEnabled,
      memberships: p.memberships.map((m) => ({
        id: m.id,
        organizationId: m.organizationId,
        organizationName: m.org.name,
        roles: m.roles,
        homeSiteId: m.homeSiteId,
        department: m.department,
        ticketAccess: m.ticketAccess,
        readSiteIds: m.readSiteIds,
        writeSiteIds: m.writeSiteIds,
      })),
    };
  }
}
