import type { CiFacts } from '../access/ci-grants.js';

/** The CI columns a read decision (`decideCiRead`) looks at, for a Prisma `select`. */
export const CI_FACT_COLUMNS = { organizationId: true, siteId: true, department: true } as const satisfies Record<
  keyof CiFacts,
  true
>;
