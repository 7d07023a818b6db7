import { Injectable } from '@nestjs/common';
import type { Principal } from '../access/principal.js';
import { audit } from '../audit/audit.js';
import { conflict, DomainError, notFound } from '../common/errors.js';
import { stalePrecondition, versioned } from '../common/etag.js';
import { afterCursor, keysetPage, NEWEST_FIRST } from '../common/keyset.js';
import type { Page, PageQuery } from '../common/pagination.js';
import { PrismaService, type Tx } from '../database/prisma.service.js';
import type { Portal } from '../generated/prisma/client.js';
import type { CreatePortalDto, PortalDto, UpdatePortalDto } from './dto/portal.dto.js';
import { nextStatus, type PortalAction } from './portal-lifecycle.js';
import { TEMPLATE_PAGES } from './portal-templates.js';
import { optionsOf, toPortalDto } from './portals.mapper.js';
import { seatsUsed } from './seats.js';

/** Portals (SPEC §3 Portal settings): staff read them, only ADMIN creates, configures and changes status. */
@Injectable()
export class PortalsService {
  constructor(private readonly prisma: PrismaService) {}

  private async dto(db: Tx | PrismaService, p: Portal): Promise<PortalDto> {
    return toPortalDto(p, await seatsUsed(db as Tx, p.id));
  }

  async list(q: PageQuery): Promise<Page<PortalDto>> {
    const page = keysetPage(q);
    const rows = await this.prisma.portal.findMany({
      where: afterCursor(page.after),
      orderBy: NEWEST_FIRST,
      take: page.take,
    });
    const kept = page.of(rows);
    return { data: await Promise.all(kept.data.map((r) => this.dto(this.prisma, r))), nextCursor: kept.nextCursor };
  }

  async get(id: string): Promise<PortalDto> {
    const p = await this.prisma.portal.findUnique({ where: { id } });
    if (!p) throw notFound('portal');
    return this.dto(this.prisma, p);
  }

  async create(actor: Principal, dto: CreatePortalDto): Promise<PortalDto> {
    const template = dto.template ?? 'EMPTY';
    return this.prisma.$transaction(async (tx) => {
      const p = await tx.portal.create({ data: { name: dto.name, status: 'DISABLED', ...(dto.options ?? {}) } });
      for (const [i, page] of TEMPLATE_PAGES[template].entries()) {
        await tx.portalPage.create({
          data: {
            portalId: p.id,
            title: page.title,
            slug: page.slug,
            position: i,
            widgets: {
              create: page.widgets.map((w, j) => ({ type: w.type, position: j, config: w.config as object })),
            },
          },
        });
      }
      await audit(tx, {
        actorId: actor.userId,
        organizationId: null,
        action: 'portal.created',
        targetType: 'portal',
        targetId: p.id,
        after: { name: p.name, status: p.status, template, options: optionsOf(p) },
      });
      return this.dto(tx, p);
    });
  }

  async update(actor: Principal, id: string, dto: UpdatePortalDto, expectedVersion: number): Promise<PortalDto> {
    return this.prisma.$transaction(async (tx) => {
      // Lock the row: seat checks lock it too, so a lowered limit and a new member cannot cross.
      await tx.$queryRawUnsafe(`SELECT id FROM portals WHERE id = $1::uuid FOR UPDATE`, id);
      const before = await tx.portal.findUnique({ where: { id } });
      if (!before) throw notFound('portal');
      if (before.version !== expectedVersion) throw stalePrecondition();
      const o = dto.options ?? {};
      if (o.seatLimit !== undefined && o.seatLimit !== null) {
        const used = await seatsUsed(tx, id);
        if (o.seatLimit < used)
          throw conflict(`seatLimit ${o.seatLimit} is below the ${used} seats in use; remove members first`);
      }
      const after = await versioned(
        tx.portal.update({
          where: { id, version: expectedVersion },
          data: {
            name: dto.name,
            externalSupportMode: o.externalSupportMode,
            ciDepartmentFilter: o.ciDepartmentFilter,
            selfRegistration: o.selfRegistration,
            require2fa: o.require2fa,
            seatLimit: o.seatLimit,
            decideByEmail: o.decideByEmail,
            version: { increment: 1 },
          },
        }),
      );
      await audit(tx, {
        actorId: actor.userId,
        organizationId: null,
        action: 'portal.updated',
        targetType: 'portal',
        targetId: id,
        before: { name: before.name, options: optionsOf(before) },
        after: { name: after.name, options: optionsOf(after) },
      });
      return this.dto(tx, after);
    });
  }

  async transition(
    actor: Principal,
    id: string,
    action: PortalAction,
    expectedVersion: number | undefined,
  ): Promise<PortalDto> {
    return this.prisma.$transaction(async (tx) => {
      await tx.$queryRawUnsafe(`SELECT id FROM portals WHERE id = $1::uuid FOR UPDATE`, id);
      const before = await tx.portal.findUnique({ where: { id } });
      if (!before) throw notFound('portal');
      if (expectedVersion !== undefined && before.version !== expectedVersion) throw stalePrecondition();
      const to = nextStatus(before.status, action);
      if (!to) throw new DomainError('INVALID_TRANSITION', `cannot ${action} a portal that is ${before.status}`);
      const after = await tx.portal.update({ where: { id }, data: { status: to, version: { increment: 1 } } });
      await audit(tx, {
        actorId: actor.userId,
        organizationId: null,
        action: `portal.${action}d`,
        targetType: 'portal',
        targetId: id,
        before: { status: before.status },
        after: { status: after.status },
      });
      return this.dto(tx, after);
    });
  }
}
