import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';
import { PageQuery } from '../../common/pagination.js';
import { IsOneOf, IsOptionalNotNull } from '../../common/validation.js';
import { IsDisplayText } from '../../common/display-text.js';
import { EVENT_TYPES, type EventType } from '../../events/event-log.js';

/** The event types an endpoint subscribes to (`ping` is sent by `POST webhooks/{id}/test` only). */
export const SUBSCRIBABLE_EVENT_TYPES = EVENT_TYPES.filter((t) => t !== 'ping');

export const WEBHOOK_DELIVERY_STATUSES = ['PENDING', 'DELIVERED', 'FAILED', 'SKIPPED'] as const;
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];

export class WebhookDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: "The organization whose events it receives; null: every organization's (staff only)",
  })
  organizationId: string | null;
  @ApiProperty({ format: 'uuid', description: 'Who registered it: payloads hold what this user may read' })
  ownerId: string;
  @ApiProperty({ example: 'https://hooks.partner.example/outpost' })
  url: string;
  @ApiProperty({ example: 'Ticket sync' })
  description: string;
  @ApiProperty({ enum: SUBSCRIBABLE_EVENT_TYPES, isArray: true, example: ['ticket.created', 'ticket.commented'] })
  eventTypes: EventType[];
  @ApiProperty()
  enabled: boolean;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Why it was disabled automatically (failing for a day), null otherwise',
  })
  disabledReason: string | null;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Until when the previous secret still signs (after a rotation)',
  })
  previousSecretExpiresAt: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Failing since (no success after)' })
  failingSince: Date | null;
  @ApiProperty({ example: 1 })
  version: number;
  @ApiProperty()
  createdAt: Date;
  @ApiProperty()
  updatedAt: Date;
}

export class WebhookCreatedDto extends WebhookDto {
  @ApiProperty({
    example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    description: 'The signing secret (Standard Webhooks): shown once, here; store it',
  })
  secret: string;
}

export class WebhookSecretDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', description: 'The new signing secret, shown once' })
  secret: string;
  @ApiProperty({ type: String, format: 'date-time', description: 'The previous secret also signs until then' })
  previousSecretExpiresAt: Date;
  @ApiProperty({ example: 2 })
  version: number;
}

export class CreateWebhookDto {
  @ApiProperty({ example: 'https://hooks.partner.example/outpost', description: 'https:// (a public address)' })
  @IsString()
  @MaxLength(2000)
  url: string;

  @ApiProperty({ enum: SUBSCRIBABLE_EVENT_TYPES, isArray: true, example: ['ticket.created', 'ticket.commented'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(SUBSCRIBABLE_EVENT_TYPES.length)
  @ArrayUnique()
  @IsOneOf(SUBSCRIBABLE_EVENT_TYPES, { each: true })
  eventTypes: EventType[];

  /** The organization whose events it receives; omitted: every organization's (staff only). */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptionalNotNull()
  @IsUUID()
  organizationId?: string;

  @ApiPropertyOptional({ example: 'Ticket sync', default: '' })
  @IsOptionalNotNull()
  @IsString()
  @Length(0, 200)
  @IsDisplayText()
  description?: string;

  @ApiPropertyOptional({ default: true })
  @IsOptionalNotNull()
  @IsBoolean()
  enabled?: boolean;
}

export class UpdateWebhookDto {
  @ApiPropertyOptional({ example: 'https://hooks.partner.example/outpost' })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(2000)
  url?: string;

  @ApiPropertyOptional({ enum: SUBSCRIBABLE_EVENT_TYPES, isArray: true })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(SUBSCRIBABLE_EVENT_TYPES.length)
  @ArrayUnique()
  @IsOneOf(SUBSCRIBABLE_EVENT_TYPES, { each: true })
  eventTypes?: EventType[];

  @ApiPropertyOptional({ example: 'Ticket sync' })
  @IsOptionalNotNull()
  @IsString()
  @Length(0, 200)
  @IsDisplayText()
  description?: string;

  /** true re-enables an endpoint that was disabled (its failure streak starts over). */
  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsBoolean()
  enabled?: boolean;
}

export class WebhookListQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;
}

export class DeliveryListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: WEBHOOK_DELIVERY_STATUSES })
  @IsOptional()
  @IsOneOf(WEBHOOK_DELIVERY_STATUSES)
  status?: WebhookDeliveryStatus;
}

export class DeliveryAttemptDto {
  @ApiProperty({ example: 1 })
  attempt: number;
  @ApiProperty({
    enum: ['SUCCESS', 'FAILED', 'SKIPPED', 'REFUSED'],
    description: 'REFUSED: the target failed the address check; SKIPPED: the owner may not see the event now',
  })
  outcome: string;
  @ApiProperty({ type: Number, nullable: true, example: 200 })
  statusCode: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 84 })
  latencyMs: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'The first 1,024 characters of the answer' })
  responseExcerpt: string | null;
  @ApiProperty({ type: String, nullable: true })
  error: string | null;
  @ApiProperty()
  createdAt: Date;
}

export class WebhookDeliveryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ example: 'msg_0190b7c2-…', description: 'The `webhook-id` header: the same on every attempt' })
  messageId: string;
  @ApiProperty({ example: '1042' })
  eventId: string;
  @ApiProperty({ enum: EVENT_TYPES })
  eventType: string;
  @ApiProperty({ enum: WEBHOOK_DELIVERY_STATUSES })
  status: WebhookDeliveryStatus;
  @ApiProperty({ example: 1 })
  attempts: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Next attempt (PENDING only)' })
  nextAttemptAt: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  deliveredAt: Date | null;
  @ApiProperty({ type: Number, nullable: true })
  lastStatusCode: number | null;
  @ApiProperty({ type: String, nullable: true })
  lastError: string | null;
  @ApiProperty()
  createdAt: Date;
  @ApiProperty({ type: [DeliveryAttemptDto], description: 'Every attempt, oldest first' })
  attemptLog: DeliveryAttemptDto[];
}
