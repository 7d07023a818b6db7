import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsDate, IsEmail, IsString, IsUUID, Length, MaxLength, ValidateNested } from 'class-validator';
import { IsOptionalNotNull } from '../../common/validation.js';
import { IsDisplayText } from '../../common/display-text.js';
import { RequestedByDto, RequestedByInputDto } from '../../consent/dto/requested-by.dto.js';

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
  /** Who asked for the link: a permission contact of the customer, or a named person. */
  @ApiProperty({ type: RequestedByDto })
  requestedBy: RequestedByDto;
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

  /** Who at the customer asked for the link (SPEC §3 Consent); required. */
  @ApiPropertyOptional({
    type: RequestedByInputDto,
    description: "Who asked (required): a permission contact's userId, or name and email",
  })
  @IsOptionalNotNull()
  @ValidateNested()
  @Type(() => RequestedByInputDto)
  requestedBy?: RequestedByInputDto;

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

/** Who asked for the unlink (SPEC §3 Consent): a permission contact, or a named person with an email. */
export class RemovePartnerLinkQuery {
  @ApiPropertyOptional({ format: 'uuid', description: "One of the customer's permission contacts" })
  @IsOptionalNotNull()
  @IsUUID()
  requestedByUserId?: string;

  @ApiPropertyOptional({
    example: 'Jane Doe',
    description: 'A named person instead of a contact (with requestedByEmail)',
  })
  @IsOptionalNotNull()
  @IsString()
  @Length(1, 200)
  @IsDisplayText()
  requestedByName?: string;

  @ApiPropertyOptional({ example: 'jane.doe@acme.example' })
  @IsOptionalNotNull()
  @IsEmail()
  @MaxLength(254)
  requestedByEmail?: string;
}
