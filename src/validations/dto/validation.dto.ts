import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsDate, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { ValidationCapabilitiesDto } from '../../common/capabilities.dto.js';
import { IsOptionalNotNull, IsOneOf } from '../../common/validation.js';
import { VALIDATION_KINDS, type ValidationKind } from '../../access/validation-grants.js';
import { PageQuery } from '../../common/pagination.js';
import { NamedRefDto } from '../../common/named-ref.dto.js';

export const VALIDATION_STATUSES = ['OPEN', 'ACCEPTED', 'REJECTED', 'EXPIRED', 'CANCELLED'] as const;
export type ValidationStatus = (typeof VALIDATION_STATUSES)[number];

export const DECISION_OUTCOMES = ['ACCEPT', 'REJECT'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

export const MAX_REQUIRED_APPROVALS = 20;

export class CreateValidationDto {
  /** VALIDATION is decided by CUSTOMER_APPROVER or CHANGE_MANAGER; CHANGE by CHANGE_MANAGER only. */
  @ApiProperty({ enum: VALIDATION_KINDS, enumName: 'ValidationKind', example: 'VALIDATION' })
  @IsOneOf(VALIDATION_KINDS)
  kind: ValidationKind;

  /** What the customer is asked to accept or reject. */
  @ApiProperty({ example: 'May we restart the file server on Saturday 22:00–23:00 (about 30 minutes of downtime)?' })
  @IsString()
  @Length(1, 4000)
  question: string;

  /** Decisions after this time are refused (409 "expired"); must be in the future. */
  @ApiProperty({ type: String, format: 'date-time', example: '2030-01-31T17:00:00.000Z' })
  @Type(() => Date)
  @IsDate()
  dueAt: Date;

  /** How many ACCEPTs accept the validation (one REJECT always rejects). */
  @ApiPropertyOptional({ default: 1, minimum: 1, maximum: MAX_REQUIRED_APPROVALS, example: 1 })
  @IsOptionalNotNull()
  @IsInt()
  @Min(1)
  @Max(MAX_REQUIRED_APPROVALS)
  requiredApprovals?: number;
}

export class CreateDecisionDto {
  @ApiProperty({ enum: DECISION_OUTCOMES, enumName: 'DecisionOutcome', example: 'ACCEPT' })
  @IsOneOf(DECISION_OUTCOMES)
  outcome: DecisionOutcome;

  @ApiPropertyOptional({ example: 'Fine for us, Saturday evening is quiet.' })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(4000)
  comment?: string;
}

const toBool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class ValidationListQuery extends PageQuery {
  /** Narrows to one status (OPEN excludes validations past their due time; EXPIRED includes them). */
  @ApiPropertyOptional({ enum: VALIDATION_STATUSES, enumName: 'ValidationStatus' })
  @IsOptional()
  @IsOneOf(VALIDATION_STATUSES)
  status?: ValidationStatus;

  @ApiPropertyOptional({ enum: VALIDATION_KINDS, enumName: 'ValidationKind' })
  @IsOptional()
  @IsOneOf(VALIDATION_KINDS)
  kind?: ValidationKind;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  ticketId?: string;

  /** Narrows to one organization (never widens what the caller may see). */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  /** Only open validations the caller may decide and has not decided yet. */
  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  awaitingMyDecision?: boolean;
}

export class ValidationDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ format: 'uuid' })
  ticketId: string;
  @ApiProperty({ example: 1042 })
  ticketNumber: number;
  @ApiProperty({ example: 'File server slow' })
  ticketSubject: string;
  @ApiProperty({ format: 'uuid', description: "The ticket's organization" })
  organizationId: string;
  @ApiProperty({ enum: VALIDATION_KINDS, enumName: 'ValidationKind' })
  kind: ValidationKind;
  @ApiProperty({ example: 'May we restart the file server on Saturday 22:00?' })
  question: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  dueAt: Date | null;
  @ApiProperty({ example: 1 })
  requiredApprovals: number;
  @ApiProperty({ example: 0, description: 'ACCEPT decisions so far' })
  acceptCount: number;
  @ApiProperty({
    enum: VALIDATION_STATUSES,
    enumName: 'ValidationStatus',
    description: 'OPEN past the due time reads EXPIRED',
  })
  status: ValidationStatus;
  @ApiProperty({ format: 'uuid', description: 'The agent who asked' })
  requestedById: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  decidedAt: Date | null;
  @ApiProperty({
    description: 'Whether the caller may decide it now (open, not expired, eligible, not yet decided by the caller)',
  })
  canDecide: boolean;
  @ApiProperty({
    enum: DECISION_OUTCOMES,
    enumName: 'DecisionOutcome',
    nullable: true,
    description: "The caller's own decision, if any",
  })
  myDecision: DecisionOutcome | null;
  @ApiProperty({ description: 'Incremented on every decision; the ETag' })
  version: number;
  @ApiProperty()
  createdAt: Date;

  // Names next to the ids above (null name: the caller may not see it).
  @ApiProperty({ type: NamedRefDto, description: "The ticket's organization" })
  organization: NamedRefDto;
  @ApiProperty({ type: NamedRefDto, description: 'The agent who asked, with their display name' })
  requestedBy: NamedRefDto;
}

export class DecisionDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ format: 'uuid' })
  userId: string;
  @ApiProperty({ example: 'Ada Approver' })
  userName: string;
  @ApiProperty({ enum: DECISION_OUTCOMES, enumName: 'DecisionOutcome' })
  outcome: DecisionOutcome;
  @ApiProperty({ type: String, nullable: true })
  comment: string | null;
  @ApiProperty()
  createdAt: Date;
}

export class ValidationDetailDto extends ValidationDto {
  @ApiProperty({ type: [DecisionDto], description: 'Every decision, oldest first' })
  decisions: DecisionDto[];
  @ApiProperty({
    type: () => ValidationCapabilitiesDto,
    description: 'What the caller may do with the validation now (`decide` is `canDecide`)',
  })
  capabilities: ValidationCapabilitiesDto;
}
