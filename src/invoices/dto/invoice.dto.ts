import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { IsOptionalNotNull, IsOneOf } from '../../common/validation.js';
import { PageQuery } from '../../common/pagination.js';
import { IsDisplayText } from '../../common/display-text.js';

export const INVOICE_STATUSES = ['OPEN', 'PAID', 'OVERDUE', 'CANCELLED'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

export class InvoiceDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ format: 'uuid' })
  organizationId: string;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description:
      'The contract invoiced; null when there is none or the caller may not see it (e.g. a purchased contract)',
  })
  contractId: string | null;
  @ApiProperty({ example: 'INV-2025-0042' })
  number: string;
  @ApiProperty({ type: String, format: 'date', example: '2025-03-01' })
  issuedOn: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, example: '2025-03-31' })
  dueOn: string | null;
  @ApiProperty({ example: 125000, description: 'Amount in minor units (cents)' })
  amountCents: number;
  @ApiProperty({ example: 'EUR' })
  currency: string;
  @ApiProperty({ enum: INVOICE_STATUSES, enumName: 'InvoiceStatus' })
  status: InvoiceStatus;
  @ApiProperty()
  createdAt: Date;
}

export class InvoiceListQuery extends PageQuery {
  /** Narrows to one organization (never widens what the caller may see). */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @ApiPropertyOptional({ enum: INVOICE_STATUSES, enumName: 'InvoiceStatus' })
  @IsOptional()
  @IsOneOf(INVOICE_STATUSES)
  status?: InvoiceStatus;
}

export class CreateInvoiceDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  organizationId: string;

  /** A contract of the same organization. */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptionalNotNull()
  @IsUUID()
  contractId?: string;

  @ApiProperty({ example: 'INV-2025-0042' })
  @IsString()
  @Length(1, 50)
  @IsDisplayText()
  number: string;

  @ApiProperty({ type: String, format: 'date', example: '2025-03-01' })
  @IsISO8601({ strict: true })
  @Length(10, 10)
  issuedOn: string;

  @ApiPropertyOptional({ type: String, format: 'date', example: '2025-03-31' })
  @IsOptionalNotNull()
  @IsISO8601({ strict: true })
  @Length(10, 10)
  dueOn?: string;

  @ApiProperty({ example: 125000 })
  @IsInt()
  @Min(0)
  @Max(2_000_000_000)
  amountCents: number;

  @ApiPropertyOptional({ example: 'EUR', default: 'EUR' })
  @IsOptionalNotNull()
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code' })
  currency?: string;

  @ApiPropertyOptional({ enum: INVOICE_STATUSES, enumName: 'InvoiceStatus', default: 'OPEN' })
  @IsOptionalNotNull()
  @IsOneOf(INVOICE_STATUSES)
  status?: InvoiceStatus;
}
