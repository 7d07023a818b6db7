import type { Membership, User } from '../generated/prisma/client.js';
import type { ContactDto, MembershipDto, UserDto } from './dto/user.dto.js';
import type { ResponsibleRestriction, TicketStatus, TicketType } from '../access/principal.js';

export const toUserDto = (u: User): UserDto => ({
  id: u.id,
  email: u.email,
  name: u.name,
  phone: u.phone,
  staffRole: u.staffRole,
  active: u.active,
  emailVerified: u.emailVerifiedAt !== null,
  defaultOrganizationId: u.defaultOrganizationId,
  version: u.version,
  createdAt: u.createdAt,
});

export const toMembershipDto = (m: Membership & { user: Pick<User, 'email' | 'name'> }): MembershipDto => ({
  id: m.id,
  userId: m.userId,
  email: m.user.email,
  name: m.user.name,
  organizationId: m.organizationId,
  roles: m.roles,
  homeSiteId: m.homeSiteId,
  department: m.department,
  ticketAccess: m.ticketAccess,
  readSiteIds: m.readSiteIds,
  writeSiteIds: m.writeSiteIds,
  allowedTicketTypes: (m.allowedTicketTypes as TicketType[] | null) ?? null,
  allowedStatuses: (m.allowedStatuses as TicketStatus[] | null) ?? null,
  allowedResponsibles: (m.allowedResponsibles as ResponsibleRestriction | null) ?? null,
  active: m.active,
  version: m.version,
  createdAt: m.createdAt,
});

export const toContactDto = (m: Membership & { user: Pick<User, 'email' | 'name' | 'phone'> }): ContactDto => ({
  userId: m.userId,
  organizationId: m.organizationId,
  name: m.user.name,
  email: m.user.email,
  phone: m.user.phone,
  roles: m.roles,
  homeSiteId: m.homeSiteId,
});
