import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { plainToInstance } from 'class-transformer';
import {
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  validateSync,
} from 'class-validator';
import { flatten, IsOneOf } from '../common/validation.js';
import { TICKET_TYPES, TICKET_STATUSES, type TicketType, type TicketStatus } from '../access/principal.js';
import type { Feature } from '../access/roles.js';
import type { FieldError } from '../common/errors.js';
import { PLATFORMS, type Platform } from '../downloads/dto/download.dto.js';

/**
 * Widgets of portal pages. Each type has its own configuration schema (a discriminated union on
 * `type`), validated with class-validator: unknown keys, wrong types or out-of-range values ⇒ 400
 * naming `widgets.<i>.config.<field>`.
 */
export const WIDGET_TYPES = [
  'TICKET_LIST',
  'TICKET_FORM',
  'CI_LIST',
  'CONTRACTS',
  'VALIDATIONS_INBOX',
  'TEXT',
  'DOWNLOADS',
] as const;
export type WidgetType = (typeof WIDGET_TYPES)[number];

export const TICKET_LIST_COLUMNS = [
  'number',
  'subject',
  'status',
  'priority',
  'type',
  'site',
  'requester',
  'createdAt',
  'updatedAt',
  'dueAt',
] as const;
export const CI_LIST_COLUMNS = ['name', 'type', 'serial', 'status', 'site', 'department'] as const;

export class TicketListConfig {
  /** Rows per page, 1 to 100. */
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 25 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number;

  @ApiPropertyOptional({ enum: TICKET_LIST_COLUMNS, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsOneOf(TICKET_LIST_COLUMNS, { each: true })
  columns?: string[];

  /** Only tickets in these statuses (null/absent = all). */
  @ApiPropertyOptional({ enum: TICKET_STATUSES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsOneOf(TICKET_STATUSES, { each: true })
  statuses?: TicketStatus[];
}

export class TicketFormConfig {
  /** Types offered by the form (further limited by each member's allowedTicketTypes). */
  @ApiPropertyOptional({ enum: TICKET_TYPES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsOneOf(TICKET_TYPES, { each: true })
  types?: TicketType[];

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  showCiPicker?: boolean;
}

export class CiListConfig {
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 25 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number;

  @ApiPropertyOptional({ enum: CI_LIST_COLUMNS, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsOneOf(CI_LIST_COLUMNS, { each: true })
  columns?: string[];
}

export class ContractsConfig {
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 25 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  showSlaTargets?: boolean;
}

export class ValidationsInboxConfig {
  @ApiPropertyOptional({ enum: ['VALIDATION', 'CHANGE'], isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsOneOf(['VALIDATION', 'CHANGE'], { each: true })
  kinds?: ('VALIDATION' | 'CHANGE')[];

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  openOnly?: boolean;
}

export class TextConfig {
  /** Markdown, at most 10,000 characters. */
  @ApiProperty({ maxLength: 10000, example: '## Welcome\nRaise a ticket with the form below.' })
  @IsString()
  @MaxLength(10000)
  markdown: string;
}

export class DownloadsConfig {
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 25 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number;

  /** Only downloads for these operating systems (absent = all). */
  @ApiPropertyOptional({ enum: PLATFORMS, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsOneOf(PLATFORMS, { each: true })
  platforms?: Platform[];
}

export const WIDGET_CONFIGS: Record<WidgetType, new () => object> = {
  TICKET_LIST: TicketListConfig,
  TICKET_FORM: TicketFormConfig,
  CI_LIST: CiListConfig,
  CONTRACTS: ContractsConfig,
  VALIDATIONS_INBOX: ValidationsInboxConfig,
  TEXT: TextConfig,
  DOWNLOADS: DownloadsConfig,
};

/**
 * The feature a widget needs (SPEC §1 role table): a page is shown in `GET me/portal` only when the
 * member may use every widget on it. Ticket lists and forms, text and downloads are for every member.
 */
export const WIDGET_FEATURE: Record<WidgetType, Feature | null> = {
  TICKET_LIST: null,
  TICKET_FORM: null,
  CI_LIST: 'systemInfo',
  CONTRACTS: 'sla',
  VALIDATIONS_INBOX: 'seeValidations',
  TEXT: null,
  DOWNLOADS: null,
};

/** Field errors of one widget's config (empty when valid); `at` is the path prefix, e.g. `widgets.2`. */
export function widgetConfigErrors(type: string, config: unknown, at: string): FieldError[] {
  const cls = (WIDGET_CONFIGS as Record<string, (new () => object) | undefined>)[type];
  if (!cls)
    return [{ field: `${at}.type`, message: `type must be one of the following values: ${WIDGET_TYPES.join(', ')}` }];
  if (config === null || typeof config !== 'object' || Array.isArray(config))
    return [{ field: `${at}.config`, message: 'config must be an object' }];
  const instance = plainToInstance(cls, config, { enableImplicitConversion: false });
  const errors = validateSync(instance, {
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    validationError: { target: false, value: true },
  });
  return flatten(errors, `${at}.config`);
}
