import { Injectable } from '@nestjs/common';
import { cis } from '../access/ci-grants.js';
import { compileCiPage } from '../access/ci-query.js';
import { ciCapabilities } from '../access/capabilities.js';
import { contracts } from '../access/contract-grants.js';
import type { Principal } from '../access/principal.js';
import { forbidden, notFound, unprocessable } from '../common/errors.js';
import { stalePrecondition, versioned } from '../common/etag.js';
import type { Page } from '../common/pagination.js';
import { mapPage, sortKeyPage } from '../common/keyset.js';
import { Prisma, type Ci, type Contract } from '../generated/prisma/client.js';
import { PrismaService, type Tx } from '../database/prisma.service.js';
import { ReadReplicas } from '../database/replicas.js';
import { renderCiSheet } from './ci-sheet.js';
import { formatInstant } from '../sla/format-instant.js';
import { CI_COLUMNS, rowToCiDto, toCiDetailDto, type CiRow } from './cis.mapper.js';
import type { CiDetailDto, CiDto, CiListQuery, CreateCiDto, UpdateCiDto } from './dto/ci.dto.js';

/** The CI as the caller gets it: its detail and what the caller may do with it now. */
const ciDetail = (p: Principal, ci: Ci, covering: Contract[]): CiDetailDto => ({
  ...toCiDetailDto(ci, covering),
  capabilities: ciCapabilities(p, ci),
});

@Injectable()
export class CisService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly reads: ReadReplicas,
  ) {}

  /** CIs the caller may see, by name then id; filtered in SQL by the compiled CI grants. */
  async list(p: Principal, q: CiListQuery): Promise<Page<CiDto>> {
    const page = sortKeyPage(q);
    const scopes = cis.scopes(p, 'read', q.organizationId);
    if (scopes.length === 0) return { data: [], nextCursor: null };
    const ids = compileCiPage(
      scopes,
      { organizationId: q.organizationId, siteId: q.siteId, type: q.type, q: q.q },
      page.after && { name: page.after.key, id: page.after.id },
      page.take,
    );
    const query = Prisma.sql`SELECT ${Prisma.raw(CI_COLUMNS)} FROM (${ids}) p JOIN cis c ON c.id = p.id ORDER BY c.name, c.id`;
    const db = await this.reads.forList(p);
    const { rows } = await db.query<CiRow>({ text: query.text, values: query.values as unknown[] });
    return mapPage(
      page.of(rows, (r) => ({ key: r.name, id: r.id })),
      rowToCiDto,
    );
  }

  /** The CI if the caller may see it; otherwise 404, the same as a CI that does not exist. */
  private async loadVisible(
    p: Principal,
    id: string,
    action: 'read' | 'update' | 'delete' = 'read',
    tx: Tx = this.prisma,
  ) {
    const ci = await tx.ci.findUnique({ where: { id } });
    const d = ci && cis.decide(p, action, ci);
    if (!ci || !d!.visible) throw notFound('ci');
    if (!d!.allowed) throw forbidden(d!.reason);
    return ci;
  }

  /** Covering contracts the caller may see (externals: sold ones their roles open; staff: all). */
  private async coveringContracts(p: Principal, ciId: string): Promise<Contract[]> {
    const links = await this.prisma.contractCi.findMany({ where: { ciId }, include: { contract: true } });
    return links
      .map((l) => l.contract)
      .filter((k) => contracts.decide(p, 'read', k).allowed)
      .sort((a, b) => a.startsOn.getTime() - b.startsOn.getTime() || a.number.localeCompare(b.number));
  }

  async get(p: Principal, id: string): Promise<CiDetailDto> {
    const ci = await this.loadVisible(p, id);
    return ciDetail(p, ci, await this.coveringContracts(p, id));
  }

  async sheet(p: Principal, id: string): Promise<{ pdf: Buffer; fileName: string }> {
    const ci = await this.loadVisible(p, id);
    const detail = ciDetail(p, ci, await this.coveringContracts(p, id));
    const [org, site, reader] = await Promise.all([
      this.prisma.organization.findUnique({ where: { id: ci.organizationId }, select: { name: true } }),
      ci.siteId
        ? this.prisma.site.findUnique({ where: { id: ci.siteId }, select: { name: true, abbreviation: true } })
        : null,
      this.prisma.user.findUnique({ where: { id: p.userId }, select: { timeZone: true } }),
    ]);
    const pdf = await renderCiSheet(detail, {
      organizationName: org?.name ?? '',
      siteName: site ? `${site.name} (${site.abbreviation})` : null,
      printedAt: formatInstant(new Date(), reader?.timeZone),
    });
    return { pdf, fileName: `ci-${ci.id}.pdf` };
  }

  private async assertSite(tx: Tx, organizationId: string, siteId: string | null | undefined): Promise<void> {
    if (!siteId) return;
    const s = await tx.site.findUnique({ where: { id: siteId }, select: { organizationId: true } });
    if (!s || s.organizationId !== organizationId)
      throw unprocessable('siteId', "is not a site of the CI's organization");
  }

  async create(p: Principal, dto: CreateCiDto): Promise<CiDetailDto> {
    return this.prisma.$transaction(async (tx) => {
      if (!(await tx.organization.findUnique({ where: { id: dto.organizationId }, select: { id: true } })))
        throw unprocessable('organizationId', 'no such organization');
      await this.assertSite(tx, dto.organizationId, dto.siteId);
      const ci = await tx.ci.create({
        data: {
          organizationId: dto.organizationId,
          siteId: dto.siteId ?? null,
          name: dto.name,
          type: dto.type,
          serial: dto.serial ?? null,
          status: dto.status ?? 'ACTIVE',
          department: dto.department ?? null,
        },
      });
      return ciDetail(p, ci, []);
    });
  }

  async update(p: Principal, id: string, dto: UpdateCiDto, expectedVersion: number): Promise<CiDetailDto> {
    const ci = await this.prisma.$transaction(async (tx) => {
      const before = await this.loadVisible(p, id, 'update', tx);
      if (before.version !== expectedVersion) throw stalePrecondition();
      await this.assertSite(tx, before.organizationId, dto.siteId);
      return versioned(
        tx.ci.update({
          where: { id, version: expectedVersion },
          data: {
            siteId: dto.siteId,
            name: dto.name,
            type: dto.type,
            serial: dto.serial,
            status: dto.status,
            department: dto.department,
            version: { increment: 1 },
          },
        }),
      );
    });
    return ciDetail(p, ci, await this.coveringContracts(p, id));
  }

  async remove(p: Principal, id: string): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      await this.loadVisible(p, id, 'delete', tx);
      const { count } = await tx.ci.deleteMany({ where: { id } });
      if (count === 0) throw notFound('ci');
    });
  }
}
