import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { EventsModule } from '../events/events.module.js';
import { HealthModule } from '../health/health.module.js';
import { WebhookSecretBox } from './webhook-secrets.js';
import { WebhookSender } from './webhook-sender.js';
import { WebhookWorker } from './webhook-worker.service.js';
import { WebhooksController } from './webhooks.controller.js';
import { WebhooksService } from './webhooks.service.js';

/** Webhook endpoints, their signed deliveries from the event log, and the delivery worker. */
@Module({
  imports: [EventsModule, HealthModule],
  controllers: [WebhooksController],
  providers: [
    WebhooksService,
    WebhookWorker,
    {
      provide: WebhookSender,
      inject: [APP_CONFIG],
      useFactory: (c: AppConfig) =>
        new WebhookSender({ allowPrivate: c.webhooks.allowPrivate, timeoutMs: c.webhooks.timeoutMs }),
    },
    { provide: WebhookSecretBox, inject: [APP_CONFIG], useFactory: (c: AppConfig) => new WebhookSecretBox(c.totpKey) },
  ],
  exports: [WebhookWorker, WebhookSender],
})
export class WebhooksModule {}
