import { Prisma } from '../generated/prisma/client.js';
import type { Principal } from './principal.js';
import {
  compileScopes,
  describeScope,
  normalizeScopes,
  scopeMatches,
  withinOrganization,
  type Columns,
  type RowFacts,
  type Scope,
} from './scope.js';

/**
 * One resource of the policy engine, declared once with `defineResource`: its grants (who reaches
 * which rows with which capabilities), its actions, where its facts live in memory and in SQL.
 * From that one declaration come the object decision (`decide`), the list predicate
 * (`predicate`/`scopes`) and the explanation; no resource has an evaluator of its own.
 */
export interface Grant<C extends string = string> {
  source: string;
  scope: Scope;
  capabilities: readonly C[];
  /** Human-readable origin, e.g. `organization ticketAccess=ORG_READ`. */
  via: string;
}

/** A grant as decisions and explanations show it. */
export interface GrantView {
  source: string;
  via: string;
  capabilities: string[];
  scope: string;
}

/** The one decision shape: not visible ⇒ 404, visible but not allowed ⇒ 403. */
export interface Decision {
  allowed: boolean;
  visible: boolean;
  grants: GrantView[];
  reason: string;
}

export interface ActionRule<C extends string> {
  /** The capability a grant must give. */
  capability: C;
  /** Only grants of these sources allow the action (e.g. CCs are managed by staff and the requester). */
  sources?: readonly string[];
}

/** Another resource's decision a row rests on (a validation is visible only with its ticket). */
export interface Requirement<F> {
  noun: string;
  decide(p: Principal, facts: F): Decision;
  predicate(p: Principal): Prisma.Sql;
}

export interface ResourceSpec<F, A extends string, C extends string> {
  /** The name in `resource:<id>` (explain) and in the registry. */
  name: string;
  /** The noun in reasons ("no grant makes this ticket visible"). */
  noun: string;
  /** The table whose alias `columns` use (explain loads a row's facts from it). */
  table: string;
  /** Every grant the principal holds on this resource. */
  grants(p: Principal): Grant<C>[];
  /** The capability that makes a row visible. */
  visibleWith: C;
  actions: Record<A, ActionRule<C>>;
  /** The facts of one row in the scope vocabulary. */
  facts(f: F): RowFacts;
  columns: Columns;
  requires?: Requirement<F>;
  /** The 403 reason when the row is visible and no grant allows `action` (no facts: `decideRow`). */
  refusal?(p: Principal, action: A, matching: Grant<C>[], facts: F | undefined): string | undefined;
}

export interface Resource<F = unknown, A extends string = string, C extends string = string> {
  readonly name: string;
  readonly noun: string;
  readonly actions: readonly A[];
  readonly table: string;
  readonly columns: Columns;
  /** Whether a row's facts are its columns alone (no relation to the caller, no other resource). */
  readonly plain: boolean;
  grants(p: Principal): Grant<C>[];
  /** decide(principal, action, row): allowed if any grant allows, with the grants that did. */
  decide(p: Principal, action: A, facts: F): Decision;
  /** The same decision on a row's facts in the scope vocabulary (plain resources only). */
  decideRow(p: Principal, action: A, row: RowFacts): Decision;
  /** The normalised scopes through which the principal may `action`, narrowed by an organisation filter. */
  scopes(p: Principal, action: A, organizationId?: string): Scope[];
  /** A SQL predicate true for exactly the rows on which the principal may `action`. */
  predicate(p: Principal, action: A, organizationId?: string): Prisma.Sql;
  /** Whether some grant could allow `action` on some row. */
  mayAny(p: Principal, action: A): boolean;
}

export const toGrantView = (g: Grant, noun = 'rows'): GrantView => ({
  source: g.source,
  via: g.via,
  capabilities: [...g.capabilities],
  scope: describeScope(g.scope, noun),
});

const viaOf = (grants: readonly Grant[]) => grants.map((g) => g.via).join('; ');

/**
 * Derived scopes per (frozen) memberships array: the principal loader shares one frozen array
 * between the requests of a user until the user's access version moves, so a partner's grants
 * are derived and normalised once, not on every list. Bounded per array, so arbitrary filter
 * values cannot grow it.
 */
const scopeCache = new WeakMap<readonly unknown[], Map<string, Scope[]>>();
const SCOPE_VARIANTS = 64;

export function defineResource<F, A extends string, C extends string>(spec: ResourceSpec<F, A, C>): Resource<F, A, C> {
  const actions = Object.keys(spec.actions) as A[];
  const allows = (g: Grant<C>, action: A) => {
    const rule = spec.actions[action];
    return g.capabilities.includes(rule.capability) && (!rule.sources || rule.sources.includes(g.source));
  };

  const deriveScopes = (p: Principal, action: A, organizationId?: string): Scope[] =>
    normalizeScopes(
      spec
        .grants(p)
        .filter((g) => allows(g, action))
        .map((g) => withinOrganization(g.scope, organizationId))
        .filter((s): s is Scope => s !== null),
    );

  const decideAt = (p: Principal, action: A, row: RowFacts, f: F | undefined): Decision => {
    const matching = spec.grants(p).filter((g) => scopeMatches(g.scope, row));
    const required = f === undefined ? undefined : spec.requires?.decide(p, f);
    const visible = matching.some((g) => g.capabilities.includes(spec.visibleWith)) && (required?.allowed ?? true);
    if (!visible) {
      return { allowed: false, visible, grants: [], reason: `no grant makes this ${spec.noun} visible to the user` };
    }
    const allowing = matching.filter((g) => allows(g, action));
    if (allowing.length > 0) {
      const grants = allowing.map((g) => toGrantView(g, `${spec.noun}s`));
      let reason = `allowed by ${viaOf(allowing)}`;
      if (required) {
        grants.push(...required.grants.map((g) => ({ ...g, via: `${spec.requires!.noun}: ${g.via}` })));
        reason += `; the ${spec.requires!.noun} is readable (${required.grants.map((g) => g.via).join('; ')})`;
      }
      return { allowed: true, visible, grants, reason };
    }
    const rule = spec.actions[action];
    const reason =
      spec.refusal?.(p, action, matching, f) ??
      (rule.sources
        ? `only ${rule.sources.map((s) => s.toLowerCase()).join(' or ')} may ${action.replace('_', ' ')} on this ${spec.noun}`
        : `no grant gives "${rule.capability}" on this ${spec.noun}; the user has ${[
            ...new Set(matching.flatMap((g) => g.capabilities)),
          ].join(', ')} via ${viaOf(matching)}`);
    return { allowed: false, visible, grants: [], reason };
  };

  const resource: Resource<F, A, C> = {
    name: spec.name,
    noun: spec.noun,
    actions,
    table: spec.table,
    columns: spec.columns,
    plain: !spec.requires && !spec.columns.relations,
    grants: spec.grants,

    decide(p, action, f) {
      return decideAt(p, action, spec.facts(f), f);
    },

    decideRow(p, action, row) {
      if (!resource.plain) throw new Error(`${spec.name}: decisions need the resource's own facts`);
      return decideAt(p, action, row, undefined);
    },

    scopes(p, action, organizationId) {
      if (p.memberships.length === 0 || !Object.isFrozen(p.memberships)) return deriveScopes(p, action, organizationId);
      let variants = scopeCache.get(p.memberships);
      if (!variants) scopeCache.set(p.memberships, (variants = new Map()));
      const key = `${spec.name}|${p.userId}|${action}|${organizationId ?? ''}`;
      let scopes = variants.get(key);
      if (!scopes) {
        scopes = Object.freeze(deriveScopes(p, action, organizationId)) as Scope[];
        if (variants.size < SCOPE_VARIANTS) variants.set(key, scopes);
      }
      return scopes;
    },

    predicate(p, action, organizationId) {
      const own = compileScopes(resource.scopes(p, action, organizationId), spec.columns);
      if (!spec.requires || own.text === 'FALSE') return own;
      const required = spec.requires.predicate(p);
      if (own.text === 'TRUE' || required.text === 'FALSE') return required;
      return required.text === 'TRUE' ? own : Prisma.sql`(${own} AND ${required})`;
    },

    mayAny(p, action) {
      return spec.grants(p).some((g) => allows(g, action));
    },
  };
  return resource;
}
