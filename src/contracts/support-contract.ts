import { DomainError, type FieldError } from '../common/errors.js';

export interface ContractShape {
  kind: string;
  direction: string;
  siteId: string | null;
  supplier: string | null;
}

/**
 * A SUPPORT contract is always SOLD, on a site, without supplier (SPEC §3 Contracts): reports group
 * support by site. The same rule is the `contracts_support_sold_on_site` CHECK constraint.
 */
export function supportContractErrors(k: ContractShape): FieldError[] {
  if (k.kind !== 'SUPPORT') return [];
  const errors: FieldError[] = [];
  if (k.direction !== 'SOLD')
    errors.push({ field: 'direction', message: `a SUPPORT contract is always SOLD, not ${k.direction}` });
  if (k.siteId === null) errors.push({ field: 'siteId', message: 'a SUPPORT contract must be on a site' });
  if (k.supplier !== null) errors.push({ field: 'supplier', message: 'a SUPPORT contract has no supplier' });
  return errors;
}

/** 422 naming every field of the contract that breaks the support rule. */
export function assertSupportContract(k: ContractShape): void {
  const errors = supportContractErrors(k);
  if (errors.length > 0)
    throw new DomainError('UNPROCESSABLE', errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
}
