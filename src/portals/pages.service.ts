import { Injectable } from '@nestjs/common';
import { decidePortalChange } from '../access/capabilities.js';
import type { Principal } from '../access/principal.js';
import { conflict, forbidden, notFound, type FieldError } from '../common/errors.js';
import { stalePrecondition, versioned } from '../common/etag.js';
import { validationException } from '../common/validation.js';
import { PrismaService, type Tx } from '../database/prisma.service.js';
import type { CreatePageDto, PageDetailDto, PageDto, UpdatePageDto, WidgetInput } from './dto/portal.dto.js';
import { toPageDetailDto, toPageDto } from './portals.mapper.js';
import { widgetConfigErrors } from './widgets.js';

const withWidgets = { widgets: { orderBy: { position: 'asc' } } } as const;

/** Every widget's config, validated by its type; all errors reported at once (400). */
function assertWidgets(widgets: WidgetInput[] | undefined): void {
  if (!widgets) return;
  const errors: FieldError[] = widgets.flatMap((w, i) => widgetConfigErrors(w.type, w.config ?? {}, `widgets.${i}`));
  if (errors.length) throw validationException(errors, 'Invalid widget configuration');
}

/** Changing a page is changing its portal: the engine's decision (ADMIN), 403 otherwise. */
function assertMayChange(p: Principal): void {
  const d = decidePortalChange(p);
  if (!d.allowed) throw forbidden(d.reason);
}

const isUniqueViolation = (e: unknown) => (e as { code?: string }).code === 'P2002';

@Injectable()
export class PagesService {
  constructor(private readonly prisma: PrismaService) {}

  async list(portalId: string): Promise<PageDto[]> {
    if (!(await this.prisma.portal.findUnique({ where: { id: portalId }, select: { id: true } })))
      throw notFound('portal');
    const rows = await this.prisma.portalPage.findMany({
      where: { portalId },
      include: withWidgets,
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
    });
    return rows.map(toPageDto);
  }

  async get(p: Principal, id: string): Promise<PageDetailDto> {
    const row = await this.prisma.portalPage.findUnique({ where: { id }, include: withWidgets });
    if (!row) throw notFound('page');
    return toPageDetailDto(p, toPageDto(row));
  }

  private async writeWidgets(tx: Tx, pageId: string, widgets: WidgetInput[]): Promise<void> {
    await tx.portalWidget.deleteMany({ where: { pageId } });
    if (widgets.length) {
      await tx.portalWidget.createMany({
        data: widgets.map((w, position) => ({ pageId, type: w.type, position, config: (w.config ?? {}) as object })),
      });
    }
  }

  async create(actor: Principal, portalId: string, dto: CreatePageDto): Promise<PageDetailDto> {
    assertMayChange(actor);
    assertWidgets(dto.widgets);
    try {
      return await this.prisma.$transaction(async (tx) => {
        if (!(await tx.portal.findUnique({ where: { id: portalId }, select: { id: true } }))) throw notFound('portal');
        const last = await tx.portalPage.aggregate({ where: { portalId }, _max: { position: true } });
        const page = await tx.portalPage.create({
          data: {
            portalId,
            title: dto.title,
            slug: dto.slug,
            position: dto.position ?? (last._max.position ?? -1) + 1,
          },
        });
        await this.writeWidgets(tx, page.id, dto.widgets ?? []);
        const created = await tx.portalPage.findUniqueOrThrow({ where: { id: page.id }, include: withWidgets });
        return toPageDetailDto(actor, toPageDto(created));
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw conflict(`a page with slug "${dto.slug}" already exists in this portal`);
      throw e;
    }
  }

  async update(actor: Principal, id: string, dto: UpdatePageDto, expectedVersion: number): Promise<PageDetailDto> {
    assertMayChange(actor);
    assertWidgets(dto.widgets);
    try {
      return await this.prisma.$transaction(async (tx) => {
        const before = await tx.portalPage.findUnique({ where: { id } });
        if (!before) throw notFound('page');
        if (before.version !== expectedVersion) throw stalePrecondition();
        await versioned(
          tx.portalPage.update({
            where: { id, version: expectedVersion },
            data: { title: dto.title, slug: dto.slug, position: dto.position, version: { increment: 1 } },
          }),
        );
        if (dto.widgets) await this.writeWidgets(tx, id, dto.widgets);
        return toPageDetailDto(
          actor,
          toPageDto(await tx.portalPage.findUniqueOrThrow({ where: { id }, include: withWidgets })),
        );
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw conflict(`a page with slug "${dto.slug}" already exists in this portal`);
      throw e;
    }
  }

  async remove(actor: Principal, id: string): Promise<void> {
    assertMayChange(actor);
    const { count } = await this.prisma.portalPage.deleteMany({ where: { id } });
    if (count === 0) throw notFound('page');
  }
}
