import type { OpenAPIObject } from '@nestjs/swagger';
import { EVENT_TYPES } from '../events/event-log.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const SIGNATURE_HEADERS = [
  {
    name: 'webhook-id',
    in: 'header',
    required: true,
    description:
      'The message id (`msg_…`): the same on every attempt and replay of a delivery. Deduplicate on it: delivery is at least once',
    schema: { type: 'string', maxLength: 100, example: 'msg_0193a1f0-7c1e-7d5e-9f0a-3b2c1d0e9f8a' },
  },
  {
    name: 'webhook-timestamp',
    in: 'header',
    required: true,
    description: 'Unix seconds of this attempt; refuse messages older than a few minutes (replay protection)',
    schema: { type: 'string', pattern: '^\\d{1,12}$', maxLength: 12, example: '1764842400' },
  },
  {
    name: 'webhook-signature',
    in: 'header',
    required: true,
    description:
      'Space-separated `v1,<base64 HMAC-SHA256>` signatures of `{webhook-id}.{webhook-timestamp}.{body}` with the secret (base64 after `whsec_`); two during the 24 h after a secret rotation. Accept when one matches',
    schema: { type: 'string', maxLength: 400, example: 'v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=' },
  },
];

/**
 * The webhook payloads in the OpenAPI 3.1 `webhooks` section (what receivers get, with the
 * Standard Webhooks headers), so generated clients have their types: `WebhookEvent`, one
 * operation per event type.
 */
export function documentWebhooks(doc: OpenAPIObject): OpenAPIObject {
  const schemas = (doc.components ??= {}).schemas ?? (doc.components.schemas = {});
  schemas.WebhookEventData = {
    type: 'object',
    description:
      'What the event is about, as the receiver (the endpoint owner, or the stream caller) may see it when it is sent',
    properties: {
      ticket: { ...ref('TicketDto'), description: 'The ticket now (every event but ping)' },
      comment: { ...ref('CommentDto'), description: 'ticket.commented: the comment' },
      validation: { ...ref('ValidationDetailDto'), description: 'validation.*: the validation now' },
      changes: {
        type: 'array',
        maxItems: 50,
        items: { type: 'string', maxLength: 50 },
        description: 'ticket.updated: the fields that changed',
      },
      from: { type: 'string', maxLength: 50, description: 'ticket.status_changed: the previous status' },
      to: { type: 'string', maxLength: 50, description: 'ticket.status_changed: the new status' },
      webhookId: { type: 'string', format: 'uuid', maxLength: 36, description: 'ping: the endpoint tested' },
    },
  };
  schemas.WebhookEvent = {
    type: 'object',
    required: ['type', 'timestamp', 'eventId', 'data'],
    description: 'The body of a webhook delivery, and the `data:` of a `GET /api/v1/events` message',
    properties: {
      type: { type: 'string', enum: [...EVENT_TYPES] },
      timestamp: { type: 'string', format: 'date-time', maxLength: 30, description: 'When the change happened' },
      eventId: {
        type: 'string',
        maxLength: 20,
        pattern: '^\\d{1,18}$',
        description: 'The id in the event log (the SSE `id:`; resume after it with Last-Event-ID)',
      },
      data: ref('WebhookEventData'),
    },
  };
  (doc.components.securitySchemes ??= {}).webhookSignature = {
    type: 'apiKey',
    in: 'header',
    name: 'webhook-signature',
    description:
      'Outpost signs each webhook delivery (Standard Webhooks, HMAC-SHA256 with the endpoint secret); the receiver verifies it',
  };
  const webhooks: Record<string, unknown> = {};
  for (const type of EVENT_TYPES) {
    webhooks[type] = {
      post: {
        operationId: `webhook_${type.replace('.', '_')}`,
        summary: type === 'ping' ? 'Sent by POST /api/v1/webhooks/{id}/test' : `Sent on ${type}`,
        tags: ['webhooks'],
        security: [{ webhookSignature: [] }],
        parameters: SIGNATURE_HEADERS,
        requestBody: { required: true, content: { 'application/json': { schema: ref('WebhookEvent') } } },
        responses: {
          '2XX': {
            description: 'Received (any 2xx). Anything else, a redirect or no answer within the timeout is retried',
          },
        },
      },
    };
  }
  doc.webhooks = webhooks as OpenAPIObject['webhooks'];
  return doc;
}
