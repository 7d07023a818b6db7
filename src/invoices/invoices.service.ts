import { Inject, Injectable } from '@nestjs/common';
import pg from 'pg';
import { contracts } from '../access/contract-grants.js';
import { invoices, listDeniedReason } from '../access/feature-grants.js';
import type { Principal } from '../access/principal.js';
import { conflict, forbidden, notFound, unprocessable } from '../common/errors.js';
import type { Page } from '../common/pagination.js';
import { sortKeyPage } from '../common/keyset.js';
import { isCalendarDate } from '../common/sort-cursor.js';
import { PG_POOL, PrismaService } from '../database/prisma.service.js';
import { Prisma, type Invoice } from '../generated/prisma/client.js';
import { isoDate } from '../cis/cis.mapper.js';
import type { CreateInvoiceDto, InvoiceDto, InvoiceListQuery } from './dto/invoice.dto.js';

const sql = Prisma.sql;

type InvoiceWithContract = Invoice & {
  contract: { organizationId: string; siteId: string | null; direction: 'SOLD' | 'PURCHASED' } | null;
};

const withContract = { contract: { select: { organizationId: true, siteId: true, direction: true } } } as const;

/**
 * `contractId` only when the caller could GET that contract (a purchased contract, or in external
 * support mode one of another site, is not even named to an external).
 */
const toInvoiceDto = (i: InvoiceWithContract, p: Principal): InvoiceDto => ({
  id: i.id,
  organizationId: i.organizationId,
  contractId: i.contract && contracts.decide(p, 'read', i.contract).allowed ? i.contractId : null,
  number: i.number,
  issuedOn: isoDate(i.issuedOn),
  dueOn: i.dueOn ? isoDate(i.dueOn) : null,
  amountCents: i.amountCents,
  currency: i.currency,
  status: i.status,
  createdAt: i.createdAt,
});

/** Invoices: staff and CONTROLLER members of the invoice's organisation (SPEC §2). */
@Injectable()
export class InvoicesService {
  constructor(
    private readonly prisma: PrismaService,
    @Inject(PG_POOL) private readonly pool: pg.Pool,
  ) {}

  private assertMayUse(p: Principal) {
    const reason = listDeniedReason(p, 'invoices');
    if (reason) throw forbidden(reason);
  }

  /** Newest issue date first, keyset on (issued_on, id); filtered in SQL by the compiled grants. */
  async list(p: Principal, q: InvoiceListQuery): Promise<Page<InvoiceDto>> {
    this.assertMayUse(p);
    const page = sortKeyPage(q, isCalendarDate);
    const c = page.after;
    const where: Prisma.Sql[] = [invoices.predicate(p, 'read', q.organizationId)];
    if (q.organizationId) where.push(sql`i.organization_id = ${q.organizationId}::uuid`);
    if (q.status) where.push(sql`i.status = ${q.status}::"InvoiceStatus"`);
    if (c) where.push(sql`(i.issued_on, i.id) < (${c.key}::date, ${c.id}::uuid)`);
    const query = sql`SELECT i.id FROM invoices i WHERE ${Prisma.join(where, ' AND ')} ORDER BY i.issued_on DESC, i.id DESC LIMIT ${page.take}`;
    const { rows } = await this.pool.query<{ id: string }>({ text: query.text, values: query.values as unknown[] });
    const full = await this.prisma.invoice.findMany({
      where: { id: { in: rows.map((r) => r.id) } },
      include: withContract,
    });
    const byId = new Map(full.map((i) => [i.id, i]));
    const data = rows.map((r) => toInvoiceDto(byId.get(r.id)!, p));
    return page.of(data, (i) => ({ key: i.issuedOn, id: i.id }));
  }

  async get(p: Principal, id: string): Promise<InvoiceDto> {
    this.assertMayUse(p);
    const i = await this.prisma.invoice.findUnique({ where: { id }, include: withContract });
    if (!i || !invoices.decide(p, 'read', i).allowed) throw notFound('invoice');
    return toInvoiceDto(i, p);
  }

  async create(p: Principal, dto: CreateInvoiceDto): Promise<InvoiceDto> {
    if (dto.dueOn && dto.dueOn < dto.issuedOn) throw unprocessable('dueOn', 'must not be before issuedOn');
    return this.prisma.$transaction(async (tx) => {
      if (!(await tx.organization.findUnique({ where: { id: dto.organizationId }, select: { id: true } })))
        throw unprocessable('organizationId', 'no such organization');
      if (dto.contractId) {
        const k = await tx.contract.findUnique({ where: { id: dto.contractId }, select: { organizationId: true } });
        if (!k || k.organizationId !== dto.organizationId)
          throw unprocessable('contractId', "is not a contract of the invoice's organization");
      }
      if (await tx.invoice.findUnique({ where: { number: dto.number }, select: { id: true } }))
        throw conflict(`invoice number ${dto.number} is already used`);
      const i = await tx.invoice.create({
        include: withContract,
        data: {
          organizationId: dto.organizationId,
          contractId: dto.contractId ?? null,
          number: dto.number,
          issuedOn: new Date(dto.issuedOn),
          dueOn: dto.dueOn ? new Date(dto.dueOn) : null,
          amountCents: dto.amountCents,
          currency: dto.currency ?? 'EUR',
          status: dto.status ?? 'OPEN',
        },
      });
      return toInvoiceDto(i, p);
    });
  }
}
