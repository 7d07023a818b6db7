import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsUUID } from 'class-validator';
import { IsOneOf } from '../../common/validation.js';
import { TICKET_STATUSES, type TicketStatus } from '../../access/principal.js';
import { PageQuery } from '../../common/pagination.js';
import { TicketDto } from '../../tickets/dto/ticket.dto.js';

export const VALIDATION_STATUSES = ['OPEN', 'ACCEPTED', 'REJECTED', 'EXPIRED', 'CANCELLED'] as const;

export class ChangeApprovalDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ enum: VALIDATION_STATUSES, enumName: 'ValidationStatus' })
  status: (typeof VALIDATION_STATUSES)[number];
  @ApiProperty({ example: 'Approve the firewall change on Saturday 22:00?' })
  question: string;
  @ApiProperty({ example: 1 })
  requiredApprovals: number;
  @ApiProperty({ example: 0 })
  acceptCount: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  dueAt: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  decidedAt: Date | null;
  @ApiProperty()
  createdAt: Date;
}

export class ChangeDto extends TicketDto {
  @ApiProperty({
    type: [ChangeApprovalDto],
    description: 'Change approvals (validations of kind CHANGE) of the ticket, oldest first',
  })
  approvals: ChangeApprovalDto[];
}

const splitList = ({ value }: { value: unknown }) =>
  value === undefined
    ? undefined
    : (Array.isArray(value) ? value : [value])
        .flatMap((v) => String(v).split(','))
        .map((s) => s.trim())
        .filter(Boolean);

export class ChangeListQuery extends PageQuery {
  /** Narrows to one organization (never widens what the caller may see). */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  /** One or more statuses: repeat the parameter or separate them with commas. */
  @ApiPropertyOptional({ enum: TICKET_STATUSES, enumName: 'TicketStatus', isArray: true })
  @IsOptional()
  @Transform(splitList)
  @IsArray()
  @ArrayMaxSize(6)
  @IsOneOf(TICKET_STATUSES, { each: true })
  status?: TicketStatus[];
}
