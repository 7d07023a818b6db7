import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ContractCapabilitiesDto } from '../../common/capabilities.dto.js';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsOptionalNotNull, IsOneOf } from '../../common/validation.js';
import { TICKET_PRIORITIES, type TicketPriority } from '../../access/principal.js';
import { PageQuery } from '../../common/pagination.js';
import { IsDisplayText } from '../../common/display-text.js';

export const CONTRACT_KINDS = ['SERVICE', 'LEASE', 'SUPPORT'] as const;
export type ContractKind = (typeof CONTRACT_KINDS)[number];
export const CONTRACT_DIRECTIONS = ['SOLD', 'PURCHASED'] as const;
export type ContractDirection = (typeof CONTRACT_DIRECTIONS)[number];
const SUPPORT_RULE =
  'A SUPPORT contract is always SOLD, on a site, without supplier; a create or change that breaks this is a 422 naming direction, siteId or supplier';

export class SlaTargetDto {
  @ApiProperty({ enum: TICKET_PRIORITIES, enumName: 'TicketPriority' })
  @IsOneOf(TICKET_PRIORITIES)
  priority: TicketPriority;

  /** Minutes from the ticket's creation to the first response. */
  @ApiProperty({ example: 60 })
  @IsInt()
  @Min(1)
  @Max(525600)
  responseMinutes: number;

  /** Minutes from the ticket's creation to its resolution. */
  @ApiProperty({ example: 480 })
  @IsInt()
  @Min(1)
  @Max(525600)
  resolutionMinutes: number;
}

export class ContractDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ format: 'uuid' })
  organizationId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The customer site (sold contracts)' })
  siteId: string | null;
  @ApiProperty({ example: 'C-2025-017' })
  number: string;
  @ApiProperty({ example: 'Server maintenance 24/7' })
  name: string;
  @ApiProperty({ enum: CONTRACT_KINDS, enumName: 'ContractKind' })
  kind: ContractKind;
  @ApiProperty({
    enum: CONTRACT_DIRECTIONS,
    enumName: 'ContractDirection',
    description: 'SOLD to the customer site, or PURCHASED from a supplier (staff only)',
  })
  direction: ContractDirection;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description:
      'Supplier of a purchased contract (null when none). Sent to staff only: the property is absent for external users, on purpose',
  })
  supplier?: string | null;
  @ApiProperty({ type: String, format: 'date', example: '2025-01-01' })
  startsOn: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, example: '2027-12-31' })
  endsOn: string | null;
  @ApiProperty({
    type: [SlaTargetDto],
    description: 'SLA targets per priority; they set the due times of tickets on the site',
  })
  slaTargets: SlaTargetDto[];
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: "SLA calendar the targets count in; null: the site's, else the provider default, else 24/7",
  })
  calendarId: string | null;
  @ApiProperty({ type: [String], format: 'uuid', description: 'Covered CIs the caller may see' })
  ciIds: string[];
  @ApiProperty({ description: 'Incremented on every change; the ETag' })
  version: number;
  @ApiProperty()
  createdAt: Date;
  @ApiProperty()
  updatedAt: Date;
}

export class ContractListQuery extends PageQuery {
  /** Narrows to one organization (never widens what the caller may see). */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  siteId?: string;

  @ApiPropertyOptional({ enum: CONTRACT_KINDS, enumName: 'ContractKind' })
  @IsOptional()
  @IsOneOf(CONTRACT_KINDS)
  kind?: ContractKind;

  @ApiPropertyOptional({ enum: CONTRACT_DIRECTIONS, enumName: 'ContractDirection' })
  @IsOptional()
  @IsOneOf(CONTRACT_DIRECTIONS)
  direction?: ContractDirection;
}

export class ContractsReportQuery {
  /** Narrows to one organization (never widens what the caller may see). */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;
}

export class CreateContractDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  organizationId: string;

  /** A site of the organization (the customer site a sold contract is assigned to). */
  @ApiPropertyOptional({ type: String, format: 'uuid' })
  @IsOptionalNotNull()
  @IsUUID()
  siteId?: string;

  @ApiProperty({ example: 'C-2025-017', description: 'Unique contract number' })
  @IsString()
  @Length(1, 50)
  @IsDisplayText()
  number: string;

  @ApiProperty({ example: 'Server maintenance 24/7' })
  @IsString()
  @Length(1, 200)
  @IsDisplayText()
  name: string;

  @ApiProperty({ enum: CONTRACT_KINDS, enumName: 'ContractKind', description: SUPPORT_RULE })
  @IsOneOf(CONTRACT_KINDS)
  kind: ContractKind;

  @ApiProperty({ enum: CONTRACT_DIRECTIONS, enumName: 'ContractDirection' })
  @IsOneOf(CONTRACT_DIRECTIONS)
  direction: ContractDirection;

  @ApiPropertyOptional({ example: 'Hardware Vendor GmbH' })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(200)
  @IsDisplayText()
  supplier?: string;

  @ApiProperty({ type: String, format: 'date', example: '2025-01-01' })
  @IsISO8601({ strict: true })
  @Length(10, 10)
  startsOn: string;

  @ApiPropertyOptional({ type: String, format: 'date', example: '2027-12-31' })
  @IsOptionalNotNull()
  @IsISO8601({ strict: true })
  @Length(10, 10)
  endsOn?: string;

  @ApiPropertyOptional({ type: [SlaTargetDto] })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(4)
  @ValidateNested({ each: true })
  @Type(() => SlaTargetDto)
  slaTargets?: SlaTargetDto[];

  /** SLA calendar (business hours) the targets count in; default: the site's, else the provider default, else 24/7. */
  @ApiPropertyOptional({ type: String, format: 'uuid' })
  @IsOptionalNotNull()
  @IsUUID()
  calendarId?: string;

  /** CIs of the same organization covered by the contract. */
  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(1000)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  ciIds?: string[];
}

export class UpdateContractDto {
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  siteId?: string | null;

  @ApiPropertyOptional({ example: 'C-2025-017' })
  @IsOptionalNotNull()
  @IsString()
  @Length(1, 50)
  @IsDisplayText()
  number?: string;

  @ApiPropertyOptional({ example: 'Server maintenance 24/7' })
  @IsOptionalNotNull()
  @IsString()
  @Length(1, 200)
  @IsDisplayText()
  name?: string;

  @ApiPropertyOptional({ enum: CONTRACT_KINDS, enumName: 'ContractKind', description: SUPPORT_RULE })
  @IsOptionalNotNull()
  @IsOneOf(CONTRACT_KINDS)
  kind?: ContractKind;

  @ApiPropertyOptional({ enum: CONTRACT_DIRECTIONS, enumName: 'ContractDirection' })
  @IsOptionalNotNull()
  @IsOneOf(CONTRACT_DIRECTIONS)
  direction?: ContractDirection;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @IsDisplayText()
  supplier?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date' })
  @IsOptionalNotNull()
  @IsISO8601({ strict: true })
  @Length(10, 10)
  startsOn?: string;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Length(10, 10)
  endsOn?: string | null;

  /** Replaces all SLA targets. */
  @ApiPropertyOptional({ type: [SlaTargetDto] })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(4)
  @ValidateNested({ each: true })
  @Type(() => SlaTargetDto)
  slaTargets?: SlaTargetDto[];

  /** SLA calendar the targets count in; null: the site's, else the provider default, else 24/7. */
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  calendarId?: string | null;

  /** Replaces the covered CIs. */
  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(1000)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  ciIds?: string[];
}

export class ReportContractDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ example: 'C-2025-017' })
  number: string;
  @ApiProperty({ example: 'Server maintenance 24/7' })
  name: string;
  @ApiProperty({ enum: CONTRACT_KINDS, enumName: 'ContractKind' })
  kind: ContractKind;
  @ApiProperty({ enum: ['SOLD'], description: 'Reports count support contracts as sold' })
  reportedAs: 'SOLD';
  @ApiProperty({ type: String, format: 'date' })
  startsOn: string;
  @ApiProperty({ type: String, format: 'date', nullable: true })
  endsOn: string | null;
}

export class ContractsBySiteDto {
  @ApiProperty({ format: 'uuid' })
  organizationId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null: contracts without site' })
  siteId: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Headquarters' })
  siteName: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'HQ01', description: 'Client number' })
  siteAbbreviation: string | null;
  @ApiProperty({ example: 2 })
  count: number;
  @ApiProperty({ type: [ReportContractDto] })
  contracts: ReportContractDto[];
}

export class ContractsBySiteReportDto {
  @ApiProperty({ type: [ContractsBySiteDto] })
  sites: ContractsBySiteDto[];
}

/** A contract as its own routes return it: with what the caller may do with it now. */
export class ContractDetailDto extends ContractDto {
  @ApiProperty({
    type: () => ContractCapabilitiesDto,
    description: 'What the caller may do with the contract now',
  })
  capabilities: ContractCapabilitiesDto;
}
