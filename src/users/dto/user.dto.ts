import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsOptionalNotNull, IsOneOf } from '../../common/validation.js';
import { MembershipCapabilitiesDto } from '../../common/capabilities.dto.js';
import {
  PORTAL_ROLES,
  STAFF_ROLES,
  TICKET_ACCESS_LEVELS,
  TICKET_STATUSES,
  TICKET_TYPES,
  type PortalRole,
  type StaffRole,
  type TicketAccess,
  type TicketStatus,
  type TicketType,
} from '../../access/principal.js';
import { PageQuery } from '../../common/pagination.js';
import { IsDisplayText } from '../../common/display-text.js';
import { RequestedByInputDto } from '../../consent/dto/requested-by.dto.js';

export class UserDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ example: 'ada@acme.example' })
  email: string;
  @ApiProperty({ example: 'Ada Lovelace' })
  name: string;
  @ApiProperty({ type: String, nullable: true })
  phone: string | null;
  @ApiProperty({ enum: STAFF_ROLES, enumName: 'StaffRole', nullable: true })
  staffRole: StaffRole | null;
  @ApiProperty()
  active: boolean;
  @ApiProperty()
  emailVerified: boolean;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  defaultOrganizationId: string | null;
  @ApiProperty()
  version: number;
  @ApiProperty()
  createdAt: Date;
}

export class UserListQuery extends PageQuery {
  /** Case-insensitive substring of the email or name. */
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class CreateUserDto {
  @ApiProperty({ example: 'new.user@acme.example' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'New User' })
  @IsString()
  @Length(1, 200)
  @IsDisplayText()
  name: string;

  @ApiPropertyOptional({ example: '+44 20 7946 0000' })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(50)
  @IsDisplayText()
  phone?: string;

  /** With a password the user may log in at once; without one, they are invited by email (single-use set-password link). */
  @ApiPropertyOptional({ example: 'a long passphrase here' })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(256)
  password?: string;

  /** Makes the user staff. External users have none. */
  @ApiPropertyOptional({ enum: STAFF_ROLES, enumName: 'StaffRole' })
  @IsOptionalNotNull()
  @IsOneOf(STAFF_ROLES)
  staffRole?: StaffRole;

  /** An organisation to add the external user to, besides the email-domain assignment. */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptionalNotNull()
  @IsUUID()
  organizationId?: string;

  @ApiPropertyOptional({ enum: PORTAL_ROLES, enumName: 'PortalRole', isArray: true, default: ['PORTAL_USER'] })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsOneOf(PORTAL_ROLES, { each: true })
  roles?: PortalRole[];
}

export class UpdateUserDto {
  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsString()
  @Length(1, 200)
  @IsDisplayText()
  name?: string;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(50)
  @IsDisplayText()
  phone?: string;

  /** false deactivates the user: every session ends at once. */
  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  defaultOrganizationId?: string | null;
}

export class ResponsiblesDto {
  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  groupIds: string[];

  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  agentIds: string[];
}

export class MembershipDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ format: 'uuid' })
  userId: string;
  @ApiProperty({ example: 'ada@acme.example' })
  email: string;
  @ApiProperty({ example: 'Ada Lovelace' })
  name: string;
  @ApiProperty({ format: 'uuid' })
  organizationId: string;
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
  @ApiProperty({ enum: TICKET_TYPES, isArray: true, nullable: true, description: 'null = unrestricted' })
  allowedTicketTypes: TicketType[] | null;
  @ApiProperty({ enum: TICKET_STATUSES, isArray: true, nullable: true, description: 'null = unrestricted' })
  allowedStatuses: TicketStatus[] | null;
  @ApiProperty({ type: ResponsiblesDto, nullable: true, description: 'null = unrestricted' })
  allowedResponsibles: ResponsiblesDto | null;
  @ApiProperty()
  active: boolean;
  @ApiProperty()
  version: number;
  @ApiProperty()
  createdAt: Date;
}

/** A membership as its own routes return it: with what the caller may do with it now. */
export class MembershipDetailDto extends MembershipDto {
  @ApiProperty({
    type: () => MembershipCapabilitiesDto,
    description: 'What the caller may do with the membership now',
  })
  capabilities: MembershipCapabilitiesDto;
}

export class MembershipFieldsDto {
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'null = member without site' })
  @IsOptional()
  @IsUUID()
  homeSiteId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @IsDisplayText()
  department?: string | null;

  @ApiPropertyOptional({ enum: TICKET_ACCESS_LEVELS, enumName: 'TicketAccess' })
  @IsOptionalNotNull()
  @IsOneOf(TICKET_ACCESS_LEVELS)
  ticketAccess?: TicketAccess;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Extra sites whose tickets the member may read' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  readSiteIds?: string[];

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description: 'Extra sites where the member may read, update and create tickets',
  })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  writeSiteIds?: string[];

  @ApiPropertyOptional({ enum: TICKET_TYPES, isArray: true, nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsOneOf(TICKET_TYPES, { each: true })
  allowedTicketTypes?: TicketType[] | null;

  @ApiPropertyOptional({ enum: TICKET_STATUSES, isArray: true, nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsOneOf(TICKET_STATUSES, { each: true })
  allowedStatuses?: TicketStatus[] | null;

  @ApiPropertyOptional({ type: ResponsiblesDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ResponsiblesDto)
  allowedResponsibles?: ResponsiblesDto | null;

  @ApiPropertyOptional({ description: 'false suspends the membership (frees its seat)' })
  @IsOptionalNotNull()
  @IsBoolean()
  active?: boolean;

  /** Who asked for a change of ticketAccess (SPEC §3 Consent). */
  @ApiPropertyOptional({
    type: RequestedByInputDto,
    description:
      "Who asked: required when staff change ticketAccess (a permission contact's userId, or name and email)",
  })
  @IsOptionalNotNull()
  @ValidateNested()
  @Type(() => RequestedByInputDto)
  requestedBy?: RequestedByInputDto;
}

export class CreateMembershipDto extends MembershipFieldsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  userId: string;

  @ApiPropertyOptional({ enum: PORTAL_ROLES, enumName: 'PortalRole', isArray: true, default: ['PORTAL_USER'] })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsOneOf(PORTAL_ROLES, { each: true })
  roles?: PortalRole[];
}

export class UpdateMembershipDto extends MembershipFieldsDto {
  /** ADMIN: any roles. Customer approvers and change managers: PORTAL_USER, PORTAL_USER_PLUS and roles they hold, never their own membership. */
  @ApiPropertyOptional({ enum: PORTAL_ROLES, enumName: 'PortalRole', isArray: true })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsOneOf(PORTAL_ROLES, { each: true })
  roles?: PortalRole[];
}

export class ContactDto {
  @ApiProperty({ format: 'uuid' })
  userId: string;
  @ApiProperty({ format: 'uuid' })
  organizationId: string;
  @ApiProperty({ example: 'Ada Lovelace' })
  name: string;
  @ApiProperty({ example: 'ada@acme.example' })
  email: string;
  @ApiProperty({ type: String, nullable: true })
  phone: string | null;
  @ApiProperty({ enum: PORTAL_ROLES, enumName: 'PortalRole', isArray: true })
  roles: PortalRole[];
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  homeSiteId: string | null;
}

export class ContactQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Default: every organization of the caller' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;
}
