import { Module } from '@nestjs/common';
import { OutboxWorker } from './outbox-worker.service.js';
import { PreferencesController } from './preferences.controller.js';
import { PreferencesService } from './preferences.service.js';

/** Delivery of the outbox (messages are enqueued by each domain with `enqueue(tx, …)`) and each user's choice of notifications. */
@Module({
  controllers: [PreferencesController],
  providers: [OutboxWorker, PreferencesService],
  exports: [OutboxWorker],
})
export class NotificationsModule {}
