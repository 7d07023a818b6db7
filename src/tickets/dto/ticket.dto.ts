import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AttachmentDto } from '../../attachments/dto/attachment.dto.js';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';
import { IsOptionalNotNull, IsOneOf } from '../../common/validation.js';
import {
  TICKET_PRIORITIES,
  TICKET_STATUSES,
  TICKET_TYPES,
  type TicketPriority,
  type TicketStatus,
  type TicketType,
} from '../../access/principal.js';
import { PageQuery } from '../../common/pagination.js';
import { IsDisplayText } from '../../common/display-text.js';

export class TicketDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ example: 1042, description: 'Human-readable ticket number' })
  number: number;
  @ApiProperty({ format: 'uuid' })
  organizationId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  siteId: string | null;
  @ApiProperty({ format: 'uuid' })
  requesterId: string;
  @ApiProperty({ enum: TICKET_TYPES, enumName: 'TicketType' })
  type: TicketType;
  @ApiProperty({ enum: TICKET_PRIORITIES, enumName: 'TicketPriority' })
  priority: TicketPriority;
  @ApiProperty({ enum: TICKET_STATUSES, enumName: 'TicketStatus' })
  status: TicketStatus;
  @ApiProperty({ example: 'Printer on floor 2 jams' })
  subject: string;
  @ApiProperty({ example: 'Since this morning every second page jams.' })
  description: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  groupId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  assigneeId: string | null;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'SLA: first response due (from the covering sold contract)',
  })
  responseDueAt: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'SLA: resolution due' })
  resolutionDueAt: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  resolvedAt: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  closedAt: Date | null;
  @ApiProperty({ description: 'Incremented on every change; the ETag' })
  version: number;
  @ApiProperty()
  createdAt: Date;
  @ApiProperty()
  updatedAt: Date;
}

export class TicketDetailDto extends TicketDto {
  @ApiProperty({ type: [String], format: 'uuid', description: 'Linked CIs' })
  ciIds: string[];
  @ApiProperty({ description: 'Whether the caller is CC’d' })
  cc: boolean;
  @ApiPropertyOptional({
    type: [AttachmentDto],
    description: 'The files of the ticket the caller may see, oldest first (in GET tickets/{id})',
  })
  attachments?: AttachmentDto[];
}

const splitList = ({ value }: { value: unknown }) =>
  value === undefined
    ? undefined
    : (Array.isArray(value) ? value : [value])
        .flatMap((v) => String(v).split(','))
        .map((s) => s.trim())
        .filter(Boolean);

export class TicketListQuery extends PageQuery {
  /** Narrows to one organization (never widens what the caller may see). */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  siteId?: string;

  /** One or more statuses: repeat the parameter or separate them with commas. */
  @ApiPropertyOptional({ enum: TICKET_STATUSES, enumName: 'TicketStatus', isArray: true })
  @IsOptional()
  @Transform(splitList)
  @IsArray()
  @ArrayMaxSize(6)
  @IsOneOf(TICKET_STATUSES, { each: true })
  status?: TicketStatus[];

  @ApiPropertyOptional({ enum: TICKET_TYPES, enumName: 'TicketType' })
  @IsOptional()
  @IsOneOf(TICKET_TYPES)
  type?: TicketType;

  @ApiPropertyOptional({ enum: TICKET_PRIORITIES, enumName: 'TicketPriority' })
  @IsOptional()
  @IsOneOf(TICKET_PRIORITIES)
  priority?: TicketPriority;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  requesterId?: string;

  /** Case-insensitive text search in the subject. */
  @ApiPropertyOptional({ example: 'printer' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  q?: string;

  /** Only tickets past their SLA resolution due time and not resolved. */
  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  overdue?: boolean;
}

export class CreateTicketDto {
  /** Which of the caller's organizations the ticket is for (default: the default organization). Required for staff. */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptionalNotNull()
  @IsUUID()
  organizationId?: string;

  /** Defaults to the caller's home site; must be the home site or a write site. */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptionalNotNull()
  @IsUUID()
  siteId?: string;

  /** Staff only: raise the ticket on behalf of a member of the organization. */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptionalNotNull()
  @IsUUID()
  requesterId?: string;

  @ApiProperty({ enum: TICKET_TYPES, enumName: 'TicketType', example: 'INCIDENT' })
  @IsOneOf(TICKET_TYPES)
  type: TicketType;

  @ApiPropertyOptional({ enum: TICKET_PRIORITIES, enumName: 'TicketPriority', default: 'MEDIUM' })
  @IsOptionalNotNull()
  @IsOneOf(TICKET_PRIORITIES)
  priority?: TicketPriority;

  @ApiProperty({ example: 'Printer on floor 2 jams' })
  @IsString()
  @Length(1, 200)
  @IsDisplayText()
  subject: string;

  @ApiPropertyOptional({ example: 'Since this morning every second page jams.' })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(20000)
  description?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Responsible group' })
  @IsOptionalNotNull()
  @IsUUID()
  groupId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Responsible agent' })
  @IsOptionalNotNull()
  @IsUUID()
  assigneeId?: string;

  /** CIs the ticket is about; each must be visible to the caller. */
  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  ciIds?: string[];
}

export class UpdateTicketDto {
  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsString()
  @Length(1, 200)
  @IsDisplayText()
  subject?: string;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(20000)
  description?: string;

  @ApiPropertyOptional({ enum: TICKET_PRIORITIES, enumName: 'TicketPriority' })
  @IsOptionalNotNull()
  @IsOneOf(TICKET_PRIORITIES)
  priority?: TicketPriority;

  @ApiPropertyOptional({ enum: TICKET_TYPES, enumName: 'TicketType' })
  @IsOptionalNotNull()
  @IsOneOf(TICKET_TYPES)
  type?: TicketType;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  groupId?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  assigneeId?: string | null;

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  ciIds?: string[];

  /** Staff only: move the ticket to another organization of its requester. */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptionalNotNull()
  @IsUUID()
  organizationId?: string;

  /** Staff only: move the ticket to another site of its organization. */
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  siteId?: string | null;
}

export class TransitionDto {
  @ApiProperty({ enum: TICKET_STATUSES, enumName: 'TicketStatus', example: 'RESOLVED' })
  @IsOneOf(TICKET_STATUSES)
  status: TicketStatus;

  /** Optional public comment recorded with the transition. */
  @ApiPropertyOptional({ example: 'Replaced the fuser unit.' })
  @IsOptionalNotNull()
  @IsString()
  @Length(1, 20000)
  comment?: string;
}

export class CommentDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ format: 'uuid' })
  ticketId: string;
  @ApiProperty({ format: 'uuid' })
  authorId: string;
  @ApiProperty({ example: 'Sam Agent' })
  authorName: string;
  @ApiProperty({ example: 'We have ordered a new fuser.' })
  body: string;
  @ApiProperty({ description: 'Internal comments are staff-only' })
  internal: boolean;
  @ApiProperty()
  createdAt: Date;
  @ApiProperty({ type: [AttachmentDto], description: 'The files sent with the comment that the caller may see' })
  attachments: AttachmentDto[];
}

export class CreateCommentDto {
  @ApiProperty({ example: 'It happened again at 10:30.' })
  @IsString()
  @Length(1, 20000)
  body: string;

  /** Staff only. */
  @ApiPropertyOptional({ default: false })
  @IsOptionalNotNull()
  @IsBoolean()
  internal?: boolean;
}

export class CcDto {
  @ApiProperty({ format: 'uuid' })
  userId: string;
  @ApiProperty({ example: 'Pat Plus' })
  name: string;
  @ApiProperty()
  addedAt: Date;
}

export class AddCcDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  userId: string;
}

export class HistoryEntryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  actorId: string | null;
  @ApiProperty({ example: 'status_changed' })
  action: string;
  @ApiProperty({ type: Object, nullable: true, example: { status: 'OPEN' } })
  before: unknown;
  @ApiProperty({ type: Object, nullable: true, example: { status: 'RESOLVED' } })
  after: unknown;
  @ApiProperty()
  createdAt: Date;
}

export class TicketTypesQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Default: the default organization' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;
  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'Staff only: answer for this requester (external support mode: no INCIDENT or SERVICE_REQUEST for a requester without site). Anyone else naming another user ⇒ 403',
  })
  @IsOptional()
  @IsUUID()
  requesterId?: string;
}

export class TicketTypesDto {
  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  organizationId: string | null;
  @ApiProperty({
    enum: TICKET_TYPES,
    enumName: 'TicketType',
    isArray: true,
    description: 'Empty in external support mode for a member without site',
  })
  types: TicketType[];
}
