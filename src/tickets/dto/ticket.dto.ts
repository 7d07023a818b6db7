import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
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
import { SLA_STATES, type SlaState } from '../../sla/sla-clock.js';
import { DEFAULT_TICKET_SORT, TICKET_SORTS, type TicketSort } from '../../access/ticket-query.js';
import { IsDisplayText } from '../../common/display-text.js';
import { CommentCapabilitiesDto, TicketCapabilitiesDto } from '../../common/capabilities.dto.js';
import { NamedRefDto, SiteRefDto } from '../../common/named-ref.dto.js';

/** At most this many CCs per ticket (SPEC §3 Tickets). */
export const MAX_CCS = 20;

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
    description:
      'SLA: first response due (targets of the covering sold contract in business minutes of its calendar); null while the clock is paused',
  })
  responseDueAt: Date | null;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'SLA: resolution due; null while the clock is paused (PENDING_CUSTOMER), set again on resume',
  })
  resolutionDueAt: Date | null;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'SLA: the first public staff comment (meets the response target)',
  })
  respondedAt: Date | null;
  @ApiProperty({
    enum: SLA_STATES,
    enumName: 'SlaState',
    nullable: true,
    description:
      'SLA now: ok, warning (80 % of a target used), breached (a target missed), met (finished within targets), paused (PENDING_CUSTOMER); null without SLA',
  })
  slaState: SlaState | null;
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

  // Names next to the ids above (null name: the caller may not see it; see docs/DECISIONS.md).
  @ApiProperty({ type: NamedRefDto, description: 'The requester and their display name' })
  requester: NamedRefDto;
  @ApiProperty({ type: NamedRefDto, nullable: true, description: 'The responsible agent; null when none' })
  assignee: NamedRefDto | null;
  @ApiProperty({ type: NamedRefDto, nullable: true, description: 'The responsible group; null when none' })
  group: NamedRefDto | null;
  @ApiProperty({
    type: SiteRefDto,
    nullable: true,
    description: 'The site with name and abbreviation; null when the ticket has no site',
  })
  site: SiteRefDto | null;
  @ApiProperty({ type: NamedRefDto })
  organization: NamedRefDto;
}

export class TicketDetailDto extends TicketDto {
  @ApiProperty({ type: [String], format: 'uuid', description: 'Linked CIs' })
  ciIds: string[];
  @ApiProperty({ description: 'Whether the caller is CC’d' })
  cc: boolean;
  @ApiProperty({
    type: () => TicketCapabilitiesDto,
    description: 'What the caller may do with the ticket now',
  })
  capabilities: TicketCapabilitiesDto;
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

/** The filters of a ticket list, shared by `GET tickets` and `GET tickets/count`. */
export class TicketFilterQuery {
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

  /**
   * Text search: tickets whose subject contains the text (case-insensitive), or whose subject,
   * description or public comments match it as a full-text query (web-search syntax: words,
   * "quoted phrases", `or`, `-excluded`; whole words, no stemming). Internal comments never match.
   */
  @ApiPropertyOptional({
    example: 'printer -toner',
    description:
      'Text search: the subject contains the text (case-insensitive), or subject, description and public comments match it as a full-text query (web-search syntax: words, "quoted phrases", or, -excluded; whole words, no stemming). Internal comments never match.',
  })
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

  /** Only tickets in this SLA state now. */
  @ApiPropertyOptional({ enum: SLA_STATES, enumName: 'SlaState' })
  @IsOptional()
  @IsOneOf(SLA_STATES)
  slaState?: SlaState;
}

export class TicketListQuery extends IntersectionType(PageQuery, TicketFilterQuery) {
  /**
   * Order of the list (default `-createdAt`, newest first). `-` means descending. `resolutionDueAt`:
   * soonest due first, tickets without a due time last. `priority`: most urgent first, newest first
   * within a priority. Ties are broken by id. A cursor is valid only with the sort it came from.
   */
  @ApiPropertyOptional({
    enum: TICKET_SORTS,
    enumName: 'TicketSort',
    default: DEFAULT_TICKET_SORT,
    example: 'priority',
    description:
      'Order of the list (default -createdAt, newest first); "-" means descending. resolutionDueAt: soonest due first, tickets without a due time last. priority: most urgent first (CRITICAL to LOW), newest first within a priority. Ties are broken by id. A cursor is valid only with the sort it came from (else 400).',
  })
  @IsOptional()
  @IsOneOf(TICKET_SORTS)
  sort?: TicketSort;
}

export class TicketCountDto {
  @ApiProperty({
    type: 'integer',
    example: 42,
    minimum: 0,
    maximum: 10000,
    description: 'Number of tickets, at most 10,000',
  })
  count: number;
  @ApiProperty({ example: true, description: 'false when there are more than 10,000 (count is then 10000)' })
  exact: boolean;
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

  /**
   * Users to CC from the start, by the rules of `POST tickets/{id}/ccs` (the requester: verified
   * members of the ticket's organization, see `GET tickets/cc-candidates`); one that may not be
   * CC'd ⇒ 422 on `ccUserIds` and no ticket is created.
   */
  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: MAX_CCS })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(MAX_CCS)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  ccUserIds?: string[];
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
  @ApiProperty({
    type: NamedRefDto,
    description: 'The author with their display name (the same as authorId, authorName)',
  })
  author: NamedRefDto;
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

/** A verified member of an organization who may be CC'd: id, name and email, nothing else. */
export class CcCandidateDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ example: 'Pat Plus' })
  name: string;
  @ApiProperty({ example: 'plus@acme.example' })
  email: string;
}

export class CcCandidatesQuery extends PageQuery {
  /** The organization of the ticket (to be) raised. */
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  organizationId: string;

  /** Prefix of the name (of any of its words) or of the email, case-insensitive. */
  @ApiPropertyOptional({ example: 'pat' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  q?: string;
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
  @ApiProperty({
    type: NamedRefDto,
    nullable: true,
    description: 'Who made the change, with their display name; null for changes without an actor',
  })
  actor: NamedRefDto | null;
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

/** A comment as its creation returns it: with what the caller may do with it. */
export class CommentDetailDto extends CommentDto {
  @ApiProperty({
    type: () => CommentCapabilitiesDto,
    description: 'What the caller may do with the comment now',
  })
  capabilities: CommentCapabilitiesDto;
}
