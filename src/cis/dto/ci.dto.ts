import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Length, MaxLength, ValidateIf } from 'class-validator';
import { IsOptionalNotNull, IsOneOf } from '../../common/validation.js';
import { PageQuery } from '../../common/pagination.js';
import { IsDisplayText } from '../../common/display-text.js';
import { CiCapabilitiesDto } from '../../common/capabilities.dto.js';

export const CI_STATUSES = ['ACTIVE', 'IN_STOCK', 'MAINTENANCE', 'RETIRED'] as const;
export type CiStatus = (typeof CI_STATUSES)[number];

export class CiDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ format: 'uuid' })
  organizationId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null: a CI without site' })
  siteId: string | null;
  @ApiProperty({ example: 'FS-01 file server' })
  name: string;
  @ApiProperty({ example: 'Server' })
  type: string;
  @ApiProperty({ type: String, nullable: true, example: 'SN-4711' })
  serial: string | null;
  @ApiProperty({ enum: CI_STATUSES, enumName: 'CiStatus' })
  status: CiStatus;
  @ApiProperty({ type: String, nullable: true, example: 'Finance' })
  department: string | null;
  @ApiProperty({ description: 'Incremented on every change; the ETag' })
  version: number;
  @ApiProperty()
  createdAt: Date;
  @ApiProperty()
  updatedAt: Date;
}

export class CoveringContractDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ example: 'C-2024-017' })
  number: string;
  @ApiProperty({ example: 'Server maintenance 24/7' })
  name: string;
  @ApiProperty({ enum: ['SERVICE', 'LEASE', 'SUPPORT'], enumName: 'ContractKind' })
  kind: 'SERVICE' | 'LEASE' | 'SUPPORT';
  @ApiProperty({
    enum: ['SOLD', 'PURCHASED'],
    enumName: 'ContractDirection',
    description: 'PURCHASED contracts are shown to staff only',
  })
  direction: 'SOLD' | 'PURCHASED';
  @ApiProperty({ type: String, format: 'date', example: '2025-01-01' })
  startsOn: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, example: '2027-12-31' })
  endsOn: string | null;
}

export class CiDetailDto extends CiDto {
  @ApiProperty({
    type: [CoveringContractDto],
    description: 'Contracts covering the CI that the caller may see, each marked SOLD or PURCHASED',
  })
  contracts: CoveringContractDto[];
  @ApiProperty({
    type: () => CiCapabilitiesDto,
    description: 'What the caller may do with the CI now',
  })
  capabilities: CiCapabilitiesDto;
}

export class CiListQuery extends PageQuery {
  /** Case-insensitive search in name, serial and type. */
  @ApiPropertyOptional({ example: 'server' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  q?: string;

  /** Exact CI type. */
  @ApiPropertyOptional({ example: 'Server' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  type?: string;

  /** Narrows to one organization (never widens what the caller may see). */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  siteId?: string;
}

export class CreateCiDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  organizationId: string;

  /** A site of the organization; omit for a CI without site. */
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  siteId?: string | null;

  @ApiProperty({ example: 'FS-01 file server' })
  @IsString()
  @Length(1, 200)
  @IsDisplayText()
  name: string;

  @ApiProperty({ example: 'Server' })
  @IsString()
  @Length(1, 100)
  @IsDisplayText()
  type: string;

  @ApiPropertyOptional({ example: 'SN-4711' })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(100)
  @IsDisplayText()
  serial?: string;

  @ApiPropertyOptional({ enum: CI_STATUSES, enumName: 'CiStatus', default: 'ACTIVE' })
  @IsOptionalNotNull()
  @IsOneOf(CI_STATUSES)
  status?: CiStatus;

  @ApiPropertyOptional({ example: 'Finance' })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(100)
  @IsDisplayText()
  department?: string;
}

export class UpdateCiDto {
  /** A site of the CI's organization, or null for "without site". */
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  siteId?: string | null;

  @ApiPropertyOptional({ example: 'FS-01 file server' })
  @IsOptionalNotNull()
  @IsString()
  @Length(1, 200)
  @IsDisplayText()
  name?: string;

  @ApiPropertyOptional({ example: 'Server' })
  @IsOptionalNotNull()
  @IsString()
  @Length(1, 100)
  @IsDisplayText()
  type?: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'SN-4711' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(100)
  @IsDisplayText()
  serial?: string | null;

  @ApiPropertyOptional({ enum: CI_STATUSES, enumName: 'CiStatus' })
  @IsOptionalNotNull()
  @IsOneOf(CI_STATUSES)
  status?: CiStatus;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Finance' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(100)
  @IsDisplayText()
  department?: string | null;
}
