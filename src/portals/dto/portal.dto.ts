import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageCapabilitiesDto } from '../../common/capabilities.dto.js';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsOptionalNotNull, IsOneOf } from '../../common/validation.js';
import { PORTAL_TEMPLATES, type PortalTemplate } from '../portal-templates.js';
import { WIDGET_TYPES, type WidgetType } from '../widgets.js';
import { IsDisplayText } from '../../common/display-text.js';

export const PORTAL_STATUSES = ['DISABLED', 'ENABLED', 'ACTIVE'] as const;
export const SELF_REGISTRATION = ['OFF', 'CLIENT_NUMBER', 'EMAIL_DOMAIN'] as const;
export type SelfRegistrationMode = (typeof SELF_REGISTRATION)[number];

export class PortalOptionsDto {
  /** Strict per-site data isolation (SPEC §2). */
  @ApiProperty()
  externalSupportMode: boolean;
  /** Members without "system info" see only CIs of their department. */
  @ApiProperty()
  ciDepartmentFilter: boolean;
  @ApiProperty({ enum: SELF_REGISTRATION, enumName: 'SelfRegistration' })
  selfRegistration: SelfRegistrationMode;
  @ApiProperty()
  require2fa: boolean;
  /** Named licences: external users with an active membership in the portal's organisations; null = unlimited. */
  @ApiProperty({ type: Number, nullable: true, example: 50 })
  seatLimit: number | null;
  /** Deciders may accept or reject a validation by replying to its mail with ACCEPT or REJECT on the first line. */
  @ApiProperty({ default: false })
  decideByEmail: boolean;
}

export class PortalDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ example: 'Customer service desk' })
  name: string;
  @ApiProperty({
    enum: PORTAL_STATUSES,
    enumName: 'PortalStatus',
    description: 'DISABLED → ENABLED (configurable, invisible to external users) → ACTIVE',
  })
  status: 'DISABLED' | 'ENABLED' | 'ACTIVE';
  @ApiProperty({ type: PortalOptionsDto })
  options: PortalOptionsDto;
  /** Seats in use (external users with an active membership in the portal's organisations). */
  @ApiProperty({ example: 12 })
  seatsUsed: number;
  @ApiProperty()
  version: number;
  @ApiProperty()
  createdAt: Date;
  @ApiProperty()
  updatedAt: Date;
}

export class PortalOptionsInput {
  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsBoolean()
  externalSupportMode?: boolean;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsBoolean()
  ciDepartmentFilter?: boolean;

  @ApiPropertyOptional({ enum: SELF_REGISTRATION, enumName: 'SelfRegistration' })
  @IsOptionalNotNull()
  @IsOneOf(SELF_REGISTRATION)
  selfRegistration?: SelfRegistrationMode;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsBoolean()
  require2fa?: boolean;

  /** null = unlimited. Lowering it below the seats in use is refused (409). */
  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: 1000000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000000)
  seatLimit?: number | null;

  @ApiPropertyOptional({ description: 'Accept or reject validations by answering their mail' })
  @IsOptionalNotNull()
  @IsBoolean()
  decideByEmail?: boolean;
}

export class CreatePortalDto {
  @ApiProperty({ example: 'Customer service desk' })
  @IsString()
  @Length(1, 200)
  @IsDisplayText()
  name: string;

  /** EMPTY (no pages) or TICKET_DESK (tickets, new ticket, system info, contracts, validations pages). */
  @ApiPropertyOptional({ enum: PORTAL_TEMPLATES, enumName: 'PortalTemplate', default: 'EMPTY' })
  @IsOptionalNotNull()
  @IsOneOf(PORTAL_TEMPLATES)
  template?: PortalTemplate;

  @ApiPropertyOptional({ type: PortalOptionsInput })
  @IsOptionalNotNull()
  @ValidateNested()
  @Type(() => PortalOptionsInput)
  options?: PortalOptionsInput;
}

export class UpdatePortalDto {
  @ApiPropertyOptional({ example: 'Customer service desk' })
  @IsOptionalNotNull()
  @IsString()
  @Length(1, 200)
  @IsDisplayText()
  name?: string;

  @ApiPropertyOptional({ type: PortalOptionsInput })
  @IsOptionalNotNull()
  @ValidateNested()
  @Type(() => PortalOptionsInput)
  options?: PortalOptionsInput;
}

// ── pages and widgets ───────────────────────────────────────────

export class WidgetDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ enum: WIDGET_TYPES, enumName: 'WidgetType' })
  type: WidgetType;
  @ApiProperty()
  position: number;
  /** Type-specific configuration (TicketListConfig, TicketFormConfig, CiListConfig, ContractsConfig, ValidationsInboxConfig, TextConfig, DownloadsConfig). */
  @ApiProperty({ type: 'object', additionalProperties: true, example: { pageSize: 25 } })
  config: Record<string, unknown>;
}

export class PageDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ format: 'uuid' })
  portalId: string;
  @ApiProperty({ example: 'Tickets' })
  title: string;
  @ApiProperty({ example: 'tickets' })
  slug: string;
  @ApiProperty()
  position: number;
  @ApiProperty({ type: [WidgetDto] })
  widgets: WidgetDto[];
  @ApiProperty()
  version: number;
  @ApiProperty()
  createdAt: Date;
  @ApiProperty()
  updatedAt: Date;
}

/** A page as its own routes and `GET me/portal` return it: with what the caller may do with it now. */
export class PageDetailDto extends PageDto {
  @ApiProperty({
    type: () => PageCapabilitiesDto,
    description: 'What the caller may do with the page now',
  })
  capabilities: PageCapabilitiesDto;
}

export class WidgetInput {
  /** Checked with the config, so one answer names every bad widget. */
  @ApiProperty({ enum: WIDGET_TYPES, enumName: 'WidgetType' })
  @IsString()
  @MaxLength(50)
  type: WidgetType;

  /**
   * Configuration validated per type: TICKET_LIST {pageSize 1..100, columns, statuses}; TICKET_FORM
   * {types, showCiPicker}; CI_LIST {pageSize, columns}; CONTRACTS {pageSize, showSlaTargets};
   * VALIDATIONS_INBOX {kinds, openOnly}; TEXT {markdown ≤ 10,000 characters}; DOWNLOADS {pageSize,
   * platforms}.
   */
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    example: { pageSize: 25, columns: ['number', 'subject', 'status'] },
  })
  @IsOptionalNotNull()
  @IsObject()
  config?: Record<string, unknown>;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export class CreatePageDto {
  @ApiProperty({ example: 'Tickets' })
  @IsString()
  @Length(1, 200)
  @IsDisplayText()
  title: string;

  @ApiProperty({ example: 'tickets', description: 'Unique within the portal; lower-case words joined by hyphens' })
  @IsString()
  @Length(1, 100)
  @Matches(SLUG, { message: 'slug must be lower-case words joined by hyphens' })
  slug: string;

  /** Order among the portal's pages (default: last). */
  @ApiPropertyOptional({ minimum: 0 })
  @IsOptionalNotNull()
  @IsInt()
  @Min(0)
  @Max(10000)
  position?: number;

  /** Ordered widgets of the page. */
  @ApiPropertyOptional({ type: [WidgetInput] })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => WidgetInput)
  widgets?: WidgetInput[];
}

export class UpdatePageDto {
  @ApiPropertyOptional({ example: 'Tickets' })
  @IsOptionalNotNull()
  @IsString()
  @Length(1, 200)
  @IsDisplayText()
  title?: string;

  @ApiPropertyOptional({ example: 'tickets' })
  @IsOptionalNotNull()
  @IsString()
  @Length(1, 100)
  @Matches(SLUG, { message: 'slug must be lower-case words joined by hyphens' })
  slug?: string;

  @ApiPropertyOptional({ minimum: 0 })
  @IsOptionalNotNull()
  @IsInt()
  @Min(0)
  @Max(10000)
  position?: number;

  /** Replaces every widget of the page, in this order. */
  @ApiPropertyOptional({ type: [WidgetInput] })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => WidgetInput)
  widgets?: WidgetInput[];
}
