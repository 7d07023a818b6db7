import { Inject, Injectable } from '@nestjs/common';
import pg from 'pg';
import { contracts, type ContractAction } from '../access/contract-grants.js';
import { contractCapabilities } from '../access/capabilities.js';
import { listDeniedReason } from '../access/feature-grants.js';
import type { Principal } from '../access/principal.js';
import { conflict, forbidden, notFound, unprocessable } from '../common/errors.js';
import { stalePrecondition, versioned } from '../common/etag.js';
import { afterCursorSql, keysetPage, mapPage } from '../common/keyset.js';
import type { Page } from '../common/pagination.js';
import { PG_POOL, PrismaService, type Tx } from '../database/prisma.service.js';
import { Prisma } from '../generated/prisma/client.js';
import { ReadReplicas } from '../database/replicas.js';
import { isoDate } from '../cis/cis.mapper.js';
import { contractInclude, toContractDto, type ContractWithLinks } from './contracts.mapper.js';
import { assertSupportContract } from './support-contract.js';
import type {
  ContractDetailDto,
  ContractDto,
  ContractListQuery,
  ContractsBySiteReportDto,
  ContractsReportQuery,
  CreateContractDto,
  SlaTargetDto,
  UpdateContractDto,
} from './dto/contract.dto.js';

const sql = Prisma.sql;

/** The contract as the caller gets it from its own routes: with what the caller may do with it now. */
const contractDetail = (p: Principal, k: ContractWithLinks): ContractDetailDto => ({
  ...toContractDto(k, p),
  capabilities: contractCapabilities(p, k),
});

@Injectable()
export class ContractsService {
  constructor(
    private readonly prisma: PrismaService,
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    private readonly reads: ReadReplicas,
  ) {}

  /** Contracts the caller may see, newest first; filtered in SQL by the compiled contract grants. */
  async list(p: Principal, q: ContractListQuery): Promise<Page<ContractDto>> {
    const page = keysetPage(q);
    const denied = listDeniedReason(p, 'contracts');
    if (denied) throw forbidden(denied);
    const where: Prisma.Sql[] = [contracts.predicate(p, 'read', q.organizationId)];
    if (q.organizationId) where.push(sql`k.organization_id = ${q.organizationId}::uuid`);
    if (q.siteId) where.push(sql`k.site_id = ${q.siteId}::uuid`);
    if (q.kind) where.push(sql`k.kind = ${q.kind}::"ContractKind"`);
    if (q.direction) where.push(sql`k.direction = ${q.direction}::"ContractDirection"`);
    if (page.after) where.push(afterCursorSql('k', page.after));
    const query = sql`SELECT k.id, k.created_at FROM contracts k WHERE ${Prisma.join(where, ' AND ')} ORDER BY k.created_at DESC, k.id DESC LIMIT ${page.take}`;
    const { rows } = await this.pool.query<{ id: string; created_at: Date }>({
      text: query.text,
      values: query.values as unknown[],
    });
    const kept = page.of(rows, (r) => ({ createdAt: r.created_at, id: r.id }));
    const full = await this.prisma.contract.findMany({
      where: { id: { in: kept.data.map((r) => r.id) } },
      include: contractInclude,
    });
    const byId = new Map(full.map((k) => [k.id, k]));
    return mapPage(kept, (r) => toContractDto(byId.get(r.id)!, p));
  }

  async get(p: Principal, id: string): Promise<ContractDetailDto> {
    const k = await this.prisma.contract.findUnique({ where: { id }, include: contractInclude });
    if (!k || !contracts.decide(p, 'read', k).allowed) throw notFound('contract');
    return contractDetail(p, k);
  }

  /** The contract if the caller may `action` it: hidden ⇒ 404 (as if absent), refused ⇒ 403. */
  private async loadFor(tx: Tx, p: Principal, id: string, action: ContractAction) {
    const k = await tx.contract.findUnique({ where: { id } });
    const d = k && contracts.decide(p, action, k);
    if (!k || !d!.visible) throw notFound('contract');
    if (!d!.allowed) throw forbidden(d!.reason);
    return k;
  }

  private async assertRefs(
    tx: Tx,
    organizationId: string,
    siteId: string | null | undefined,
    ciIds: string[] | undefined,
  ): Promise<void> {
    if (siteId) {
      const s = await tx.site.findUnique({ where: { id: siteId }, select: { organizationId: true } });
      if (!s || s.organizationId !== organizationId)
        throw unprocessable('siteId', "is not a site of the contract's organization");
    }
    if (ciIds?.length) {
      const found = await tx.ci.findMany({ where: { id: { in: ciIds }, organizationId }, select: { id: true } });
      const ok = new Set(found.map((c) => c.id));
      const bad = ciIds.find((id) => !ok.has(id.toLowerCase()));
      if (bad)
        throw unprocessable('ciIds', `CI ${bad} does not exist or does not belong to the contract's organization`);
    }
  }

  private assertPeriod(startsOn: string | Date, endsOn: string | Date | null | undefined): void {
    const s = typeof startsOn === 'string' ? startsOn : isoDate(startsOn);
    const e = endsOn == null ? null : typeof endsOn === 'string' ? endsOn : isoDate(endsOn);
    if (e !== null && e < s) throw unprocessable('endsOn', 'must not be before startsOn');
  }

  private assertTargets(targets: SlaTargetDto[] | undefined): void {
    if (!targets) return;
    const seen = new Set<string>();
    for (const t of targets) {
      if (seen.has(t.priority)) throw unprocessable('slaTargets', `priority ${t.priority} is given twice`);
      seen.add(t.priority);
      if (t.resolutionMinutes < t.responseMinutes)
        throw unprocessable(
          'slaTargets',
          `resolutionMinutes of ${t.priority} must not be shorter than responseMinutes`,
        );
    }
  }

  private async assertCalendar(tx: Tx, calendarId: string | null | undefined): Promise<void> {
    if (calendarId && !(await tx.slaCalendar.findUnique({ where: { id: calendarId }, select: { id: true } })))
      throw unprocessable('calendarId', 'no such SLA calendar');
  }

  private async assertNumberFree(tx: Tx, number: string, exceptId?: string): Promise<void> {
    const other = await tx.contract.findUnique({ where: { number }, select: { id: true } });
    if (other && other.id !== exceptId) throw conflict(`contract number ${number} is already used`);
  }

  async create(p: Principal, dto: CreateContractDto): Promise<ContractDetailDto> {
    this.assertPeriod(dto.startsOn, dto.endsOn);
    this.assertTargets(dto.slaTargets);
    assertSupportContract({
      kind: dto.kind,
      direction: dto.direction,
      siteId: dto.siteId ?? null,
      supplier: dto.supplier ?? null,
    });
    const k = await this.prisma.$transaction(async (tx) => {
      if (!(await tx.organization.findUnique({ where: { id: dto.organizationId }, select: { id: true } })))
        throw unprocessable('organizationId', 'no such organization');
      await this.assertRefs(tx, dto.organizationId, dto.siteId, dto.ciIds);
      await this.assertNumberFree(tx, dto.number);
      await this.assertCalendar(tx, dto.calendarId);
      const o = dto.organizationId;
      return tx.contract.create({
        data: {
          organizationId: o,
          siteId: dto.siteId ?? null,
          number: dto.number,
          name: dto.name,
          kind: dto.kind,
          direction: dto.direction,
          supplier: dto.supplier ?? null,
          startsOn: new Date(dto.startsOn),
          endsOn: dto.endsOn ? new Date(dto.endsOn) : null,
          calendarId: dto.calendarId ?? null,
          slaTargets: { create: (dto.slaTargets ?? []).map((t) => ({ ...t, organizationId: o })) },
          cis: { create: (dto.ciIds ?? []).map((ciId) => ({ ciId: ciId.toLowerCase(), organizationId: o })) },
        },
        include: contractInclude,
      });
    });
    return contractDetail(p, k);
  }

  async update(p: Principal, id: string, dto: UpdateContractDto, expectedVersion: number): Promise<ContractDetailDto> {
    this.assertTargets(dto.slaTargets);
    const k = await this.prisma.$transaction(async (tx) => {
      const before = await this.loadFor(tx, p, id, 'update');
      if (before.version !== expectedVersion) throw stalePrecondition();
      const o = before.organizationId;
      this.assertPeriod(dto.startsOn ?? before.startsOn, dto.endsOn === undefined ? before.endsOn : dto.endsOn);
      assertSupportContract({
        kind: dto.kind ?? before.kind,
        direction: dto.direction ?? before.direction,
        siteId: dto.siteId === undefined ? before.siteId : dto.siteId,
        supplier: dto.supplier === undefined ? before.supplier : dto.supplier,
      });
      await this.assertRefs(tx, o, dto.siteId, dto.ciIds);
      if (dto.number) await this.assertNumberFree(tx, dto.number, id);
      await this.assertCalendar(tx, dto.calendarId);
      await versioned(
        tx.contract.update({
          where: { id, version: expectedVersion },
          data: {
            siteId: dto.siteId,
            number: dto.number,
            name: dto.name,
            kind: dto.kind,
            direction: dto.direction,
            supplier: dto.supplier,
            startsOn: dto.startsOn ? new Date(dto.startsOn) : undefined,
            endsOn: dto.endsOn === undefined ? undefined : dto.endsOn === null ? null : new Date(dto.endsOn),
            calendarId: dto.calendarId,
            version: { increment: 1 },
          },
        }),
      );
      if (dto.slaTargets) {
        await tx.slaTarget.deleteMany({ where: { contractId: id } });
        await tx.slaTarget.createMany({
          data: dto.slaTargets.map((t) => ({ ...t, contractId: id, organizationId: o })),
        });
      }
      if (dto.ciIds) {
        await tx.contractCi.deleteMany({ where: { contractId: id } });
        await tx.contractCi.createMany({
          data: dto.ciIds.map((ciId) => ({ contractId: id, ciId: ciId.toLowerCase(), organizationId: o })),
        });
      }
      return tx.contract.findUniqueOrThrow({ where: { id }, include: contractInclude });
    });
    return contractDetail(p, k);
  }

  async remove(p: Principal, id: string): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      await this.loadFor(tx, p, id, 'delete');
      const { count } = await tx.contract.deleteMany({ where: { id } });
      if (count === 0) throw notFound('contract');
    });
  }

  /**
   * Contracts by site, as reports count them: support contracts are sold (assigned to the site,
   * not the supplier), so the report holds SOLD contracts and SUPPORT contracts of either
   * direction, grouped by site. Filtered by the same compiled grants as the list.
   */
  async bySite(p: Principal, q: ContractsReportQuery): Promise<ContractsBySiteReportDto> {
    const denied = listDeniedReason(p, 'contracts');
    if (denied) throw forbidden(denied);
    const orgFilter = q.organizationId ? sql` AND k.organization_id = ${q.organizationId}::uuid` : Prisma.empty;
    const query = sql`
      SELECT k.id, k.number, k.name, k.kind, k.starts_on::text AS starts_on, k.ends_on::text AS ends_on, k.organization_id, k.site_id, s.name AS site_name, s.abbreviation AS site_abbreviation
      FROM contracts k LEFT JOIN sites s ON s.id = k.site_id
      WHERE (k.direction = 'SOLD' OR k.kind = 'SUPPORT') AND ${contracts.predicate(p, 'read', q.organizationId)}${orgFilter}
      ORDER BY k.organization_id, s.name NULLS LAST, k.site_id NULLS LAST, k.number
      LIMIT 5000`;
    const db = await this.reads.forList(p);
    const { rows } = await db.query<{
      id: string;
      number: string;
      name: string;
      kind: 'SERVICE' | 'LEASE' | 'SUPPORT';
      starts_on: string;
      ends_on: string | null;
      organization_id: string;
      site_id: string | null;
      site_name: string | null;
      site_abbreviation: string | null;
    }>({ text: query.text, values: query.values as unknown[] });
    const groups = new Map<string, ContractsBySiteReportDto['sites'][number]>();
    for (const r of rows) {
      const key = `${r.organization_id}:${r.site_id ?? ''}`;
      let g = groups.get(key);
      if (!g) {
        g = {
          organizationId: r.organization_id,
          siteId: r.site_id,
          siteName: r.site_name,
          siteAbbreviation: r.site_abbreviation,
          count: 0,
          contracts: [],
        };
        groups.set(key, g);
      }
      g.count++;
      g.contracts.push({
        id: r.id,
        number: r.number,
        name: r.name,
        kind: r.kind,
        reportedAs: 'SOLD',
        startsOn: r.starts_on,
        endsOn: r.ends_on,
      });
    }
    return { sites: [...groups.values()] };
  }
}
