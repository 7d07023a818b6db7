import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsOptionalNotNull, IsOneOf } from '../../common/validation.js';
import { TICKET_ACCESS_LEVELS, type TicketAccess } from '../../access/principal.js';
import { PageQuery } from '../../common/pagination.js';
import { IsDisplayText } from '../../common/display-text.js';
import { RequestedByInputDto } from '../../consent/dto/requested-by.dto.js';

const DOMAIN = /^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export class DomainDto {
  @ApiProperty({ example: 'acme.example' })
  domain: string;
  @ApiProperty({ enum: ['PRIMARY', 'ASSOCIATED'], description: 'ASSOCIATED domains come from partner links' })
  kind: 'PRIMARY' | 'ASSOCIATED';
}

export class OrganizationDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ example: 'Acme Industries' })
  name: string;
  @ApiProperty({ enum: ['CUSTOMER', 'PARTNER'] })
  kind: 'CUSTOMER' | 'PARTNER';
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  portalId: string | null;
  @ApiProperty({
    enum: TICKET_ACCESS_LEVELS,
    enumName: 'TicketAccess',
    description: 'Organisation-wide ticket access of its members (above OWN = shared organisation)',
  })
  ticketAccess: TicketAccess;
  @ApiProperty({ type: [DomainDto] })
  domains: DomainDto[];
  @ApiProperty()
  version: number;
  @ApiProperty()
  createdAt: Date;
  @ApiProperty()
  updatedAt: Date;
}

export class CreateOrganizationDto {
  @ApiProperty({ example: 'Acme Industries' })
  @IsString()
  @Length(1, 200)
  @IsDisplayText()
  name: string;

  @ApiPropertyOptional({ enum: ['CUSTOMER', 'PARTNER'], default: 'CUSTOMER' })
  @IsOptionalNotNull()
  @IsOneOf(['CUSTOMER', 'PARTNER'])
  kind?: 'CUSTOMER' | 'PARTNER';

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptionalNotNull()
  @IsUUID()
  portalId?: string;

  @ApiPropertyOptional({ enum: TICKET_ACCESS_LEVELS, enumName: 'TicketAccess', default: 'OWN' })
  @IsOptionalNotNull()
  @IsOneOf(TICKET_ACCESS_LEVELS)
  ticketAccess?: TicketAccess;

  /** Who asked for ticketAccess above OWN (required then). */
  @ApiPropertyOptional({
    type: RequestedByInputDto,
    description:
      "Who asked: required when ticketAccess is above OWN (a permission contact's userId, or name and email)",
  })
  @IsOptionalNotNull()
  @ValidateNested()
  @Type(() => RequestedByInputDto)
  requestedBy?: RequestedByInputDto;

  /** The organisation's own (primary) email domains; users registering with them become members. */
  @ApiPropertyOptional({ type: [String], example: ['acme.example'] })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(253, { each: true })
  @Matches(DOMAIN, { each: true, message: 'each value in emailDomains must be a lower-case domain name' })
  emailDomains?: string[];
}

export class UpdateOrganizationDto {
  @ApiPropertyOptional({ example: 'Acme Industries Ltd' })
  @IsOptionalNotNull()
  @IsString()
  @Length(1, 200)
  @IsDisplayText()
  name?: string;

  @ApiPropertyOptional({ enum: ['CUSTOMER', 'PARTNER'] })
  @IsOptionalNotNull()
  @IsOneOf(['CUSTOMER', 'PARTNER'])
  kind?: 'CUSTOMER' | 'PARTNER';

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  portalId?: string | null;

  @ApiPropertyOptional({ enum: TICKET_ACCESS_LEVELS, enumName: 'TicketAccess' })
  @IsOptionalNotNull()
  @IsOneOf(TICKET_ACCESS_LEVELS)
  ticketAccess?: TicketAccess;

  /** Who asked for a change of ticketAccess (required when it changes). */
  @ApiPropertyOptional({
    type: RequestedByInputDto,
    description: "Who asked: required when ticketAccess changes (a permission contact's userId, or name and email)",
  })
  @IsOptionalNotNull()
  @ValidateNested()
  @Type(() => RequestedByInputDto)
  requestedBy?: RequestedByInputDto;

  /** Replaces the primary email domains (associated domains from partner links are kept). */
  @ApiPropertyOptional({ type: [String], example: ['acme.example'] })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Matches(DOMAIN, { each: true, message: 'each value in emailDomains must be a lower-case domain name' })
  emailDomains?: string[];
}

export class SiteDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ format: 'uuid' })
  organizationId: string;
  @ApiProperty({ example: 'Acme Headquarters' })
  name: string;
  /** Unique across the system; the customer's client number. */
  @ApiProperty({ example: 'ACME-HQ' })
  abbreviation: string;
  @ApiProperty({ type: String, nullable: true, example: '1 Demo Street' })
  address: string | null;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'SLA calendar of the contracts on this site that name none of their own',
  })
  calendarId: string | null;
  @ApiProperty()
  version: number;
  @ApiProperty()
  createdAt: Date;
}

export class CreateSiteDto {
  @ApiProperty({ example: 'Acme Headquarters' })
  @IsString()
  @Length(1, 200)
  @IsDisplayText()
  name: string;

  /** Unique across the system; doubles as the client number used for self-registration. */
  @ApiProperty({ example: 'ACME-HQ' })
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, {
    message: 'abbreviation must be 1-40 letters, digits, dots, dashes or underscores',
  })
  abbreviation: string;

  @ApiPropertyOptional({ example: '1 Demo Street, Springfield' })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(500)
  @IsDisplayText()
  address?: string;
}

export class UpdateSiteDto {
  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsString()
  @Length(1, 200)
  @IsDisplayText()
  name?: string;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, {
    message: 'abbreviation must be 1-40 letters, digits, dots, dashes or underscores',
  })
  abbreviation?: string;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(500)
  @IsDisplayText()
  address?: string;

  /** SLA calendar of the site's contracts that name none (null: the provider default, else 24/7). */
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  calendarId?: string | null;
}

export class GroupDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ example: 'Service Desk' })
  name: string;
  @ApiProperty({ type: [String], format: 'uuid' })
  agentIds: string[];
}

export class CreateGroupDto {
  @ApiProperty({ example: 'Network' })
  @IsString()
  @Length(1, 100)
  @IsDisplayText()
  name: string;

  /** Staff members of the group. */
  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  agentIds?: string[];
}

export class OrganizationListQuery extends PageQuery {
  /** Case-insensitive substring of the name. */
  @ApiPropertyOptional({ maxLength: 100, example: 'acme' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  q?: string;

  @ApiPropertyOptional({ enum: ['CUSTOMER', 'PARTNER'] })
  @IsOptional()
  @IsOneOf(['CUSTOMER', 'PARTNER'])
  kind?: 'CUSTOMER' | 'PARTNER';
}
