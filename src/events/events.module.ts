import { Module } from '@nestjs/common';
import { HealthModule } from '../health/health.module.js';
import { EventsController } from './events.controller.js';
import { EventsHub } from './events.hub.js';

/** The event log's live side: `GET events` (SSE), and every instance following the log. */
@Module({
  imports: [HealthModule],
  controllers: [EventsController],
  providers: [EventsHub],
  exports: [EventsHub],
})
export class EventsModule {}
