import type { Tx } from '../database/prisma.service.js';
import { assertSeatsAvailable } from '../portals/seats.js';

/**
 * Email-domain assignment (SPEC §1): a user whose email domain is listed by organisations gets a
 * PORTAL_USER membership in each of them; the default organisation is the one listing the domain
 * as its own (PRIMARY). Returns the organisations joined and the default chosen.
 */
export async function assignByEmailDomain(
  tx: Tx,
  userId: string,
  email: string,
): Promise<{ organizationIds: string[]; defaultOrganizationId: string | null }> {
  const domain = email.split('@')[1]?.toLowerCase();
  if (!domain) return { organizationIds: [], defaultOrganizationId: null };
  const listed = await tx.organizationDomain.findMany({
    where: { domain },
    orderBy: [{ kind: 'asc' }, { createdAt: 'asc' }],
  });
  const organizationIds = [...new Set(listed.map((d) => d.organizationId))];
  const existing = await tx.membership.findMany({
    where: { userId, organizationId: { in: organizationIds } },
    select: { organizationId: true },
  });
  const joining = organizationIds.filter((o) => !existing.some((e) => e.organizationId === o));
  await assertSeatsAvailable(
    tx,
    joining.map((organizationId) => ({ organizationId, userId })),
  );
  for (const d of listed) {
    await tx.membership.upsert({
      where: { userId_organizationId: { userId, organizationId: d.organizationId } },
      create: { userId, organizationId: d.organizationId, roles: ['PORTAL_USER'], partnerLinkId: d.partnerLinkId },
      update: {},
    });
  }
  const primary = listed.find((d) => d.kind === 'PRIMARY') ?? listed[0];
  return { organizationIds, defaultOrganizationId: primary?.organizationId ?? null };
}
