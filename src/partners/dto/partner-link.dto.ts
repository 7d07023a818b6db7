import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsDate, IsEmail, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { IsOptionalNotNull } from '../../common/validation.js';
import { IsDisplayText } from '../../common/display-text.js';

export class PartnerLinkDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  /** The customer organisation. */
  @ApiProperty({ format: 'uuid' })
  organizationId: string;
  @ApiProperty({ format: 'uuid' })
  partnerOrganizationId: string;
  @ApiProperty({ example: 'Bright Partners Ltd' })
  partnerOrganizationName: string;
  /** Who at the customer consented to the link. */
  @ApiProperty({ example: 'Jane Doe' })
  consentedByName: string;
  @ApiProperty({ type: String, nullable: true, example: 'jane.doe@acme.example' })
  consentedByEmail: string | null;
  @ApiProperty()
  consentedAt: Date;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  createdById: string | null;
  /** The partner's primary domains added to the customer as ASSOCIATED domains. */
  @ApiProperty({ type: [String], example: ['partner.example'] })
  associatedDomains: string[];
  /** Memberships in the customer held through this link. */
  @ApiProperty({ example: 3 })
  memberships: number;
  @ApiProperty()
  createdAt: Date;
}

export class CreatePartnerLinkDto {
  @ApiProperty({ format: 'uuid', description: 'A PARTNER organisation' })
  @IsUUID()
  partnerOrganizationId: string;

  @ApiProperty({ example: 'Jane Doe', description: 'Who at the customer consented' })
  @IsString()
  @Length(1, 200)
  @IsDisplayText()
  consentedByName: string;

  @ApiPropertyOptional({ example: 'jane.doe@acme.example' })
  @IsOptionalNotNull()
  @IsEmail()
  @MaxLength(254)
  consentedByEmail?: string;

  @ApiProperty({ example: '2025-01-15T10:00:00Z', description: 'When the customer consented (not in the future)' })
  @Type(() => Date)
  @IsDate()
  consentedAt: Date;

  /** Also add memberships in the customer for the partner's existing users (the seat limit applies). */
  @ApiPropertyOptional({ default: false })
  @IsOptionalNotNull()
  @IsBoolean()
  applyToExisting?: boolean;
}
