import { Injectable } from '@nestjs/common';
import type { TicketPriority } from '../access/principal.js';
import type { Tx } from '../database/prisma.service.js';

export interface DueTimes {
  contractId: string | null;
  responseDueAt: Date | null;
  resolutionDueAt: Date | null;
}

/**
 * SLA due times: a ticket on a site covered by a SOLD contract in force gets the contract's
 * response and resolution targets for its priority, counted from the ticket's creation. When
 * several contracts cover the site, the strictest (shortest resolution) target wins.
 */
@Injectable()
export class SlaService {
  async dueTimes(tx: Tx, siteId: string | null, priority: TicketPriority, from: Date): Promise<DueTimes> {
    if (!siteId) return { contractId: null, responseDueAt: null, resolutionDueAt: null };
    const day = new Date(from.toISOString().slice(0, 10));
    const target = await tx.slaTarget.findFirst({
      where: {
        priority,
        contract: {
          siteId,
          direction: 'SOLD',
          startsOn: { lte: day },
          OR: [{ endsOn: null }, { endsOn: { gte: day } }],
        },
      },
      orderBy: [{ resolutionMinutes: 'asc' }, { responseMinutes: 'asc' }],
    });
    if (!target) return { contractId: null, responseDueAt: null, resolutionDueAt: null };
    return {
      contractId: target.contractId,
      responseDueAt: new Date(from.getTime() + target.responseMinutes * 60000),
      resolutionDueAt: new Date(from.getTime() + target.resolutionMinutes * 60000),
    };
  }
}
