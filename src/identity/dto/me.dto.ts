import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { IsOptionalNotNull } from '../../common/validation.js';
import { LOCALE_PATTERN } from './register.dto.js';
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
import { IsDisplayText } from '../../common/display-text.js';

export class NamedRefDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ example: 'Service desk' })
  name: string;
}

export class SiteRefDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ example: 'Berlin plant' })
  name: string;
  @ApiProperty({ example: 'ACME-BER', description: 'The site’s client number' })
  abbreviation: string;
}

export class MySitesDto {
  @ApiProperty({ type: SiteRefDto, nullable: true })
  home: SiteRefDto | null;
  @ApiProperty({ type: [SiteRefDto] })
  read: SiteRefDto[];
  @ApiProperty({ type: [SiteRefDto] })
  write: SiteRefDto[];
}

export class MyResponsiblesDto {
  @ApiProperty({ type: [NamedRefDto] })
  groups: NamedRefDto[];
  @ApiProperty({ type: [NamedRefDto] })
  agents: NamedRefDto[];
}

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
  @ApiProperty({
    enum: ['DISABLED', 'ENABLED', 'ACTIVE'],
    enumName: 'PortalStatus',
    nullable: true,
    description: 'The status of the organization’s portal (null: no portal). Only ACTIVE gives access to its data.',
  })
  portalStatus: 'DISABLED' | 'ENABLED' | 'ACTIVE' | null;
  @ApiProperty({
    type: () => MySitesDto,
    description: 'Home, read and write sites with their names and client numbers',
  })
  sites: MySitesDto;
  @ApiProperty({
    enum: TICKET_TYPES,
    enumName: 'TicketType',
    isArray: true,
    nullable: true,
    description: 'The ticket types the member may raise; null: every type',
  })
  allowedTicketTypes: TicketType[] | null;
  @ApiProperty({
    enum: TICKET_STATUSES,
    enumName: 'TicketStatus',
    isArray: true,
    nullable: true,
    description: 'The statuses the member may set; null: every status the workflow allows',
  })
  allowedStatuses: TicketStatus[] | null;
  @ApiProperty({
    type: () => MyResponsiblesDto,
    nullable: true,
    description: 'The groups and agents a ticket of the member must name as responsible; null: unrestricted',
  })
  allowedResponsibles: MyResponsiblesDto | null;
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
  @ApiProperty({ example: 'Europe/Berlin', description: 'IANA time zone of the dates in my mail and PDFs' })
  timeZone: string;
  @ApiProperty({ enum: STAFF_ROLES, enumName: 'StaffRole', nullable: true, description: 'null for external users' })
  staffRole: StaffRole | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  defaultOrganizationId: string | null;
  @ApiProperty()
  emailVerified: boolean;
  @ApiProperty()
  totpEnabled: boolean;
  @ApiProperty({ type: [MyMembershipDto] })
  memberships: MyMembershipDto[];
}

/** The fields a user may edit on their own profile. Anything else in the body is a 400. */
export class UpdateMeDto {
  @ApiPropertyOptional({ example: 'Ada King' })
  @IsOptionalNotNull()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @IsDisplayText()
  name?: string;

  /** `null` clears it. */
  @ApiPropertyOptional({ type: String, nullable: true, example: '+44 20 7946 0000' })
  @IsOptional()
  @IsString()
  @Matches(/^\+?[0-9 ()./-]{3,32}$/, { message: 'phone must be a phone number (digits, spaces, + ( ) . / -)' })
  @IsDisplayText()
  phone?: string | null;

  /** A language tag; `null` clears it. */
  @ApiPropertyOptional({ type: String, nullable: true, example: 'en-GB' })
  @IsOptional()
  @IsString()
  @Matches(LOCALE_PATTERN, { message: 'locale must be a language tag such as en or en-GB' })
  @MaxLength(35)
  locale?: string | null;

  /** IANA time zone for the dates in my mail and PDFs; an unknown zone is a 422. */
  @ApiPropertyOptional({ example: 'Europe/Berlin' })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(64)
  timeZone?: string;
}

export class ChangeEmailDto {
  /** The new sign-in address; a confirmation link is sent there. */
  @ApiProperty({ example: 'ada.king@acme.example' })
  @IsEmail()
  @MaxLength(254)
  newEmail: string;

  @ApiProperty({ example: 'correct horse battery staple' })
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  password: string;

  /** Required when 2FA is on: a current code or a recovery code. */
  @ApiPropertyOptional({ example: '492039' })
  @IsOptionalNotNull()
  @IsString()
  @MinLength(6)
  @MaxLength(16)
  code?: string;
}
