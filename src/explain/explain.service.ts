import { Injectable } from '@nestjs/common';
import { decideExplain } from '../access/explain-rules.js';
import type { Principal } from '../access/principal.js';
import { resourceNamed } from '../access/resources.js';
import { PrincipalLoader } from '../auth/principal.loader.js';
import { forbidden, notFound, unprocessable } from '../common/errors.js';
import { PrismaService } from '../database/prisma.service.js';
import type { ExplainQuery, ExplanationDto } from './explain.dto.js';
import { FACT_LOADERS, loadRowFacts } from './fact-loaders.js';
import type { RowFacts } from '../access/scope.js';

const NOT_VISIBLE = 'no grant makes this resource visible to the user';

/**
 * `GET access/explain`: the engine's decision with the grants behind it, for any resource of the
 * engine. Admins may ask about anyone; everybody else only about themselves. For non-admins a
 * resource that does not exist and one they cannot see give the same answer.
 */
@Injectable()
export class ExplainService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly principals: PrincipalLoader,
  ) {}

  async explain(caller: Principal, q: ExplainQuery): Promise<ExplanationDto> {
    const userId = q.userId ?? caller.userId;
    const ask = decideExplain(caller, userId);
    if (!ask.allowed) throw forbidden(ask.reason);
    const subject = userId === caller.userId ? caller : await this.principals.load(userId);
    if (!subject) throw notFound('user');
    const [kind, id] = q.resource.split(':') as [string, string];
    const resource = resourceNamed(kind)!;
    if (!resource.actions.includes(q.action)) {
      const list = resource.actions;
      const actions =
        list.length === 1
          ? `the action ${list[0]} only`
          : `the actions ${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
      throw unprocessable('action', `${resource.noun}s support ${actions}`);
    }
    const rowId = id.toLowerCase();
    const facts = resource.plain
      ? await loadRowFacts(this.prisma, resource, rowId)
      : await FACT_LOADERS[kind](this.prisma, rowId, userId);
    if (!facts) {
      if (ask.detailed) throw notFound(kind);
      return { allowed: false, grants: [], reason: NOT_VISIBLE };
    }
    const d = resource.plain
      ? resource.decideRow(subject, q.action, facts as RowFacts)
      : resource.decide(subject, q.action, facts);
    if (!d.visible && !ask.detailed) return { allowed: false, grants: [], reason: NOT_VISIBLE };
    return { allowed: d.allowed, grants: d.grants, reason: d.reason };
  }
}
