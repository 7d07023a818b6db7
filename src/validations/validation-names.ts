import type pg from 'pg';
import { nameVisibilityMemo } from '../access/name-rules.js';
import type { Principal } from '../access/principal.js';
import type { Tx } from '../database/prisma.service.js';
import { loadNames, nameRequest } from '../tickets/ticket-names.js';
import type { ValidationDto } from './dto/validation.dto.js';

/** Names next to a validation's ids (SPEC §7), decided by the engine (`nameVisibility`). */
export type ValidationNames = Pick<ValidationDto, 'organization' | 'requestedBy'>;

/** A validation DTO before its names are added. */
export type Unnamed<T> = Omit<T, keyof ValidationNames>;

interface ValidationRefs {
  organizationId: string;
  requestedById: string;
}

/** Adds their names to validations (a page, or one): one query for all of them. */
export async function withValidationNames<T extends ValidationRefs>(
  db: Tx | pg.Pool,
  p: Principal,
  items: readonly T[],
): Promise<(T & ValidationNames)[]> {
  const visibility = nameVisibilityMemo(p);
  const seen = items.map((v) => visibility({ organizationId: v.organizationId, siteId: null }));
  const r = nameRequest();
  items.forEach((v, i) => {
    if (seen[i].parties) r.users.add(v.requestedById);
    if (seen[i].organization) r.organizations.add(v.organizationId);
  });
  const book = await loadNames(db, r);
  // Extended in place: fresh objects from the mapper (a spread copy costs more than the query).
  return items.map((v, i) =>
    Object.assign(v, {
      organization: book.organization(v.organizationId, seen[i].organization),
      requestedBy: book.person(v.requestedById, seen[i].parties),
    }),
  );
}

export const withValidationName = async <T extends ValidationRefs>(
  db: Tx | pg.Pool,
  p: Principal,
  item: T,
): Promise<T & ValidationNames> => (await withValidationNames(db, p, [item]))[0];
