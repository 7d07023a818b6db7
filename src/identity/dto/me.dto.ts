import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PORTAL_ROLES, STAFF_ROLES, TICKET_ACCESS_LEVELS, type PortalRole, type StaffRole, type TicketAccess } from '../../access/principal.js';

export class MyMembershipDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ format: 'uuid' })
  organizationId: string;
  @ApiProperty({ example: 'Acme Industries' })
  organizationName: string;
  @ApiProperty({ enum: PORTAL_ROLES, enumName: 'PortalRole', isArray: true })
  roles: PortalRole[];
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  homeSiteId: string | null;
  @ApiProperty({ type: String, nullable: true })
  department: string | null;
  @ApiProperty({ enum: TICKET_ACCESS_LEVELS, enumName: 'TicketAccess' })
  ticketAccess: TicketAccess;
  @ApiProperty({ type: [String], format: 'uuid' })
  readSiteIds: string[];
  @ApiProperty({ type: [String], format: 'uuid' })
  writeSiteIds: string[];
}

export class MeDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ example: 'ada@acme.example' })
  email: string;
  @ApiProperty({ example: 'Ada Lovelace' })
  name: string;
  @ApiProperty({ type: String, nullable: true, example: '+44 20 7946 0000' })
  phone: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'en-GB' })
  locale: string | null;
  @ApiProperty({ enum: STAFF_ROLES, enumName: 'StaffRole', nullable: true, description: 'null for external users' })
  staffRole: StaffRole | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  defaultOrganizationId: string | null;
  @ApiProperty()
  emailVerified: boolean;
  @ApiProperty()
  totpEnabled: boolean;
  @ApiPropertyOptional({ type: [MyMembershipDto] })
  memberships: MyMembershipDto[];
}
