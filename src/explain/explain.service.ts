import { Injectable } from '@nestjs/common';
import { decideCiRead } from '../access/ci-grants.js';
import { isAdmin, type Principal } from '../access/principal.js';
import { decideTicket, TICKET_ACTIONS, type TicketAction } from '../access/ticket-policy.js';
import { decideValidation, VALIDATION_ACTIONS, type ValidationAction } from '../access/validation-grants.js';
import { PrincipalLoader } from '../auth/principal.loader.js';
import { forbidden, notFound, unprocessable } from '../common/errors.js';
import { PrismaService } from '../database/prisma.service.js';
import { ccOf, loadTicketFacts, TICKET_FACT_COLUMNS, ticketFacts } from '../tickets/ticket-facts.js';
import type { ExplainQuery, ExplanationDto } from './explain.dto.js';

const NOT_VISIBLE = 'no grant makes this resource visible to the user';

/**
 * `GET access/explain`: the engine's decision with the grants behind it. Admins may ask about
 * anyone; everybody else only about themselves. For non-admins a resource that does not exist
 * and one they cannot see give the same answer.
 */
@Injectable()
export class ExplainService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly principals: PrincipalLoader,
  ) {}

  async explain(caller: Principal, q: ExplainQuery): Promise<ExplanationDto> {
    const userId = q.userId ?? caller.userId;
    if (userId !== caller.userId && !isAdmin(caller))
      throw forbidden('only admins may explain the access of another user');
    const subject = userId === caller.userId ? caller : await this.principals.load(userId);
    if (!subject) throw notFound('user');
    const [kind, id] = q.resource.split(':') as ['ticket' | 'ci' | 'validation', string];
    const hidden = (): ExplanationDto => {
      if (isAdmin(caller)) throw notFound(kind);
      return { allowed: false, grants: [], reason: NOT_VISIBLE };
    };
    if (kind === 'validation') {
      if (!VALIDATION_ACTIONS.includes(q.action as ValidationAction))
        throw unprocessable('action', 'validations support the actions read and decide');
      const v = await this.prisma.validation.findUnique({
        where: { id: id.toLowerCase() },
        select: {
          kind: true,
          ticket: { select: { ...TICKET_FACT_COLUMNS, ...ccOf(userId) } },
        },
      });
      if (!v) return hidden();
      const d = decideValidation(subject, q.action as ValidationAction, {
        kind: v.kind,
        ticket: ticketFacts(v.ticket),
      });
      if (!d.visible && !isAdmin(caller)) return { allowed: false, grants: [], reason: NOT_VISIBLE };
      return { allowed: d.allowed, grants: d.grants, reason: d.reason };
    }
    if (kind === 'ticket') {
      if (!TICKET_ACTIONS.includes(q.action as TicketAction))
        throw unprocessable('action', 'tickets support the actions read, comment, update, transition and manage_cc');
      const t = await loadTicketFacts(this.prisma, id.toLowerCase(), userId);
      if (!t) return hidden();
      const d = decideTicket(subject, q.action as TicketAction, t);
      if (!d.visible && !isAdmin(caller)) return { allowed: false, grants: [], reason: NOT_VISIBLE };
      return { allowed: d.allowed, grants: d.grants, reason: d.reason };
    }
    if (q.action !== 'read') throw unprocessable('action', 'CIs support the action read only');
    const c = await this.prisma.ci.findUnique({ where: { id: id.toLowerCase() } });
    if (!c) return hidden();
    const d = decideCiRead(subject, c);
    if (!d.allowed && !isAdmin(caller)) return { allowed: false, grants: [], reason: NOT_VISIBLE };
    return {
      allowed: d.allowed,
      grants: d.grants.map((g) => ({
        source: g.source,
        via: g.via,
        capabilities: ['read'],
        scope: JSON.stringify(g.scope),
      })),
      reason: d.reason,
    };
  }
}
