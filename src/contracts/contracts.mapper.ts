import { cis } from '../access/ci-grants.js';
import { seesContractSupplier } from '../access/contract-grants.js';
import type { Principal } from '../access/principal.js';
import type { Ci, Contract, SlaTarget } from '../generated/prisma/client.js';
import { CI_FACT_COLUMNS } from '../cis/ci-facts.js';
import { isoDate } from '../cis/cis.mapper.js';
import type { ContractDto } from './dto/contract.dto.js';
import { TICKET_PRIORITIES } from '../access/principal.js';

export type ContractWithLinks = Contract & {
  slaTargets: SlaTarget[];
  cis: { ci: Pick<Ci, 'id' | 'organizationId' | 'siteId' | 'department'> }[];
};

export const contractInclude = {
  slaTargets: true,
  cis: { select: { ci: { select: { id: true, ...CI_FACT_COLUMNS } } } },
} as const;

/** The supplier is staff-only; covered CIs are those the caller may see. */
export function toContractDto(k: ContractWithLinks, p: Principal): ContractDto {
  const showSupplier = seesContractSupplier(p);
  return {
    id: k.id,
    organizationId: k.organizationId,
    siteId: k.siteId,
    number: k.number,
    name: k.name,
    kind: k.kind,
    direction: k.direction,
    ...(showSupplier ? { supplier: k.supplier } : {}),
    startsOn: isoDate(k.startsOn),
    endsOn: k.endsOn ? isoDate(k.endsOn) : null,
    slaTargets: [...k.slaTargets]
      .sort((a, b) => TICKET_PRIORITIES.indexOf(a.priority) - TICKET_PRIORITIES.indexOf(b.priority))
      .map((t) => ({
        priority: t.priority,
        responseMinutes: t.responseMinutes,
        resolutionMinutes: t.resolutionMinutes,
      })),
    calendarId: k.calendarId,
    ciIds: k.cis
      .map((l) => l.ci)
      .filter((c) => cis.decide(p, 'read', c).allowed)
      .map((c) => c.id)
      .sort(),
    version: k.version,
    createdAt: k.createdAt,
    updatedAt: k.updatedAt,
  };
}
