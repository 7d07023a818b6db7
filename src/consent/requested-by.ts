import { unprocessable } from '../common/errors.js';
import type { Tx } from '../database/prisma.service.js';
import type { RequestedByDto, RequestedByInputDto } from './dto/requested-by.dto.js';

/**
 * SPEC §3 Consent: a staff change of an organisation's permission set says who asked — one of its
 * permission contacts (`{ userId }`, an active member named as contact) or a named person
 * (`{ name, email }`). The contact's name and email are recorded as they are at the time.
 */
export async function resolveRequestedBy(
  tx: Tx,
  organizationId: string,
  input: RequestedByInputDto | undefined,
): Promise<RequestedByDto> {
  if (!input)
    throw unprocessable('requestedBy', 'say who asked for the change: a permission contact or a named person');
  if (input.userId !== undefined) {
    if (input.name !== undefined || input.email !== undefined)
      throw unprocessable('requestedBy', 'give either userId (a permission contact) or name and email, not both');
    const contact = await tx.permissionContact.findFirst({
      where: { organizationId, userId: input.userId, membership: { active: true, user: { active: true } } },
      select: { membership: { select: { user: { select: { name: true, email: true } } } } },
    });
    if (!contact) throw unprocessable('requestedBy.userId', "must be one of the organization's permission contacts");
    return { userId: input.userId, name: contact.membership.user.name, email: contact.membership.user.email };
  }
  if (input.name === undefined) throw unprocessable('requestedBy.name', 'is required without userId');
  if (input.email === undefined) throw unprocessable('requestedBy.email', 'is required with name');
  return { userId: null, name: input.name, email: input.email.toLowerCase() };
}
