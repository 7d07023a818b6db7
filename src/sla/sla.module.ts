import { Module } from '@nestjs/common';
import { CalendarsController } from './calendars.controller.js';
import { CalendarsService } from './calendars.service.js';
import { SlaWorker } from './sla-worker.service.js';
import { SlaSummaryController } from './sla-summary.controller.js';
import { SlaSummaryService } from './sla-summary.service.js';

@Module({
  controllers: [CalendarsController, SlaSummaryController],
  providers: [CalendarsService, SlaWorker, SlaSummaryService],
  exports: [SlaWorker],
})
export class SlaModule {}
