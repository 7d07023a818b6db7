import { pageCapabilities } from '../access/capabilities.js';
import type { Principal } from '../access/principal.js';
import type { Portal, PortalPage, PortalWidget } from '../generated/prisma/client.js';
import type { PageDetailDto, PageDto, PortalDto, PortalOptionsDto, WidgetDto } from './dto/portal.dto.js';
import type { WidgetType } from './widgets.js';

export const optionsOf = (p: Portal): PortalOptionsDto => ({
  externalSupportMode: p.externalSupportMode,
  ciDepartmentFilter: p.ciDepartmentFilter,
  selfRegistration: p.selfRegistration,
  require2fa: p.require2fa,
  seatLimit: p.seatLimit,
  decideByEmail: p.decideByEmail,
});

export const toPortalDto = (p: Portal, seatsUsed: number): PortalDto => ({
  id: p.id,
  name: p.name,
  status: p.status,
  options: optionsOf(p),
  seatsUsed,
  version: p.version,
  createdAt: p.createdAt,
  updatedAt: p.updatedAt,
});

export const toWidgetDto = (w: PortalWidget): WidgetDto => ({
  id: w.id,
  type: w.type as WidgetType,
  position: w.position,
  config: (w.config ?? {}) as Record<string, unknown>,
});

/** The page as the caller gets it from its own routes and `GET me/portal`: with its capabilities. */
export const toPageDetailDto = (p: Principal, page: PageDto): PageDetailDto => ({
  ...page,
  capabilities: pageCapabilities(p),
});

export const toPageDto = (p: PortalPage & { widgets: PortalWidget[] }): PageDto => ({
  id: p.id,
  portalId: p.portalId,
  title: p.title,
  slug: p.slug,
  position: p.position,
  widgets: [...p.widgets].sort((a, b) => a.position - b.position).map(toWidgetDto),
  version: p.version,
  createdAt: p.createdAt,
  updatedAt: p.updatedAt,
});
