import type { EventType } from '../events/event-log.js';
import type { WebhookDelivery, WebhookDeliveryAttempt, WebhookEndpoint } from '../generated/prisma/client.js';
import type { DeliveryAttemptDto, WebhookDeliveryDto, WebhookDto } from './dto/webhook.dto.js';

/** The `webhook-id` of a delivery: the same on every attempt and replay, for receivers to deduplicate. */
export const messageIdOf = (deliveryId: string): string => `msg_${deliveryId}`;

export const toWebhookDto = (w: WebhookEndpoint, now = new Date()): WebhookDto => ({
  id: w.id,
  organizationId: w.organizationId,
  ownerId: w.ownerId,
  url: w.url,
  description: w.description,
  eventTypes: w.eventTypes as EventType[],
  enabled: w.enabled,
  disabledReason: w.disabledReason,
  previousSecretExpiresAt:
    w.previousSecretExpiresAt && w.previousSecretExpiresAt.getTime() > now.getTime() ? w.previousSecretExpiresAt : null,
  failingSince: w.failingSince,
  version: w.version,
  createdAt: w.createdAt,
  updatedAt: w.updatedAt,
});

const toAttemptDto = (a: WebhookDeliveryAttempt): DeliveryAttemptDto => ({
  attempt: a.attempt,
  outcome: a.outcome,
  statusCode: a.statusCode,
  latencyMs: a.latencyMs,
  responseExcerpt: a.responseExcerpt,
  error: a.error,
  createdAt: a.createdAt,
});

export const toDeliveryDto = (d: WebhookDelivery & { attemptsLog: WebhookDeliveryAttempt[] }): WebhookDeliveryDto => ({
  id: d.id,
  messageId: messageIdOf(d.id),
  eventId: d.eventId.toString(),
  eventType: d.eventType,
  status: d.status,
  attempts: d.attempts,
  nextAttemptAt: d.status === 'PENDING' ? d.nextAttemptAt : null,
  deliveredAt: d.deliveredAt,
  lastStatusCode: d.lastStatusCode,
  lastError: d.lastError,
  createdAt: d.createdAt,
  attemptLog: d.attemptsLog.map(toAttemptDto),
});
