import { Injectable } from '@nestjs/common';
import { mayUseWidgets, previewsEveryPortal } from '../access/portal-rules.js';
import type { MembershipContext, PortalRole, Principal } from '../access/principal.js';
import { tilesOf } from '../access/roles.js';
import { notFound } from '../common/errors.js';
import { PrismaService } from '../database/prisma.service.js';
import { DownloadsService } from '../downloads/downloads.service.js';
import type { PageDto } from './dto/portal.dto.js';
import type { MyPortalDto, MyPortalOrganizationDto, TilesDto } from './dto/my-portal.dto.js';
import { toPageDetailDto, toPageDto } from './portals.mapper.js';
import { WIDGET_FEATURE } from './widgets.js';

const ALL_TILES: TilesDto = {
  tickets: 'all',
  contacts: 'all',
  systemInfo: true,
  sla: true,
  changes: true,
  invoices: true,
  validations: true,
  utilities: true,
};

/**
 * `GET me/portal` (SPEC §3): per organisation of the caller whose portal is ACTIVE, the tiles the
 * member's roles open (tilesOf, the SPEC §1 table) — plus `utilities` when the organisation has
 * downloads the member may see — and the pages whose every widget they may use.
 * A portal that is not ACTIVE does not exist for external users (404). Staff may preview the
 * portal of any organisation while it is ENABLED or ACTIVE, with every tile.
 */
@Injectable()
export class MyPortalService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly downloads: DownloadsService,
  ) {}

  async get(p: Principal, organizationId: string | undefined): Promise<MyPortalDto> {
    if (previewsEveryPortal(p))
      return { organizations: organizationId ? [await this.staffPreview(p, organizationId)] : [] };
    const ms = p.memberships.filter(
      (m) =>
        m.org.portalId && m.org.portalStatus === 'ACTIVE' && (!organizationId || m.organizationId === organizationId),
    );
    if (organizationId && ms.length === 0) throw notFound('portal');
    const pages = await this.pagesOf(ms.map((m) => m.org.portalId!));
    const names = await this.portalNames(ms.map((m) => m.org.portalId!));
    const withDownloads = await this.downloads.organizationsWithDownloads(
      p,
      ms.map((m) => m.organizationId),
    );
    return {
      organizations: ms.map((m) => ({
        organizationId: m.organizationId,
        organizationName: m.org.name,
        isDefault: p.defaultOrganizationId === m.organizationId,
        roles: m.roles,
        portalId: m.org.portalId!,
        portalName: names.get(m.org.portalId!) ?? '',
        portalStatus: 'ACTIVE',
        tiles: { ...tilesOf(m), utilities: withDownloads.has(m.organizationId) } as unknown as TilesDto,
        pages: (pages.get(m.org.portalId!) ?? [])
          .filter((page) => mayUsePage(m, page))
          .map((page) => toPageDetailDto(p, page)),
      })),
    };
  }

  private async staffPreview(p: Principal, organizationId: string): Promise<MyPortalOrganizationDto> {
    const org = await this.prisma.organization.findUnique({ where: { id: organizationId }, include: { portal: true } });
    if (!org?.portal || org.portal.status === 'DISABLED') throw notFound('portal');
    const pages = await this.pagesOf([org.portal.id]);
    return {
      organizationId: org.id,
      organizationName: org.name,
      isDefault: false,
      roles: [] as PortalRole[],
      portalId: org.portal.id,
      portalName: org.portal.name,
      portalStatus: org.portal.status,
      tiles: ALL_TILES,
      pages: (pages.get(org.portal.id) ?? []).map((page) => toPageDetailDto(p, page)),
    };
  }

  private async portalNames(portalIds: string[]): Promise<Map<string, string>> {
    const rows = await this.prisma.portal.findMany({
      where: { id: { in: [...new Set(portalIds)] } },
      select: { id: true, name: true },
    });
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  private async pagesOf(portalIds: string[]): Promise<Map<string, PageDto[]>> {
    const out = new Map<string, PageDto[]>();
    if (portalIds.length === 0) return out;
    const rows = await this.prisma.portalPage.findMany({
      where: { portalId: { in: [...new Set(portalIds)] } },
      include: { widgets: { orderBy: { position: 'asc' } } },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
    });
    for (const r of rows) out.set(r.portalId, [...(out.get(r.portalId) ?? []), toPageDto(r)]);
    return out;
  }
}

/** A page is shown when the member's roles give the feature of every widget on it. */
export function mayUsePage(m: MembershipContext, page: PageDto): boolean {
  return mayUseWidgets(
    m,
    page.widgets.map((w) => WIDGET_FEATURE[w.type]),
  );
}
