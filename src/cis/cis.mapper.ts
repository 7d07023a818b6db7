import type { Ci, Contract } from '../generated/prisma/client.js';
import type { CiDetailDto, CiDto, CoveringContractDto } from './dto/ci.dto.js';

/** Row of the CI list SQL (snake_case). */
export interface CiRow {
  id: string;
  organization_id: string;
  site_id: string | null;
  name: string;
  type: string;
  serial: string | null;
  status: CiDto['status'];
  department: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export const CI_COLUMNS =
  'c.id, c.organization_id, c.site_id, c.name, c.type, c.serial, c.status, c.department, c.version, c.created_at, c.updated_at';

export const rowToCiDto = (r: CiRow): CiDto => ({
  id: r.id,
  organizationId: r.organization_id,
  siteId: r.site_id,
  name: r.name,
  type: r.type,
  serial: r.serial,
  status: r.status,
  department: r.department,
  version: r.version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const toCiDto = (c: Ci): CiDto => ({
  id: c.id,
  organizationId: c.organizationId,
  siteId: c.siteId,
  name: c.name,
  type: c.type,
  serial: c.serial,
  status: c.status,
  department: c.department,
  version: c.version,
  createdAt: c.createdAt,
  updatedAt: c.updatedAt,
});

/** A `date` column as `YYYY-MM-DD`. */
export const isoDate = (d: Date): string => d.toISOString().slice(0, 10);

export const toCoveringContractDto = (k: Contract): CoveringContractDto => ({
  id: k.id,
  number: k.number,
  name: k.name,
  kind: k.kind,
  direction: k.direction,
  startsOn: isoDate(k.startsOn),
  endsOn: k.endsOn ? isoDate(k.endsOn) : null,
});

/** The detail without `capabilities` (the service adds them: they are the caller's decisions). */
export const toCiDetailDto = (c: Ci, contracts: Contract[]): Omit<CiDetailDto, 'capabilities'> => ({
  ...toCiDto(c),
  contracts: contracts.map(toCoveringContractDto),
});
