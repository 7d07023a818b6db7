import { Module } from '@nestjs/common';
import { OutboxWorker } from './outbox-worker.service.js';

/** Delivery of the outbox (messages are enqueued by each domain with `enqueue(tx, …)`). */
@Module({
  providers: [OutboxWorker],
  exports: [OutboxWorker],
})
export class NotificationsModule {}
