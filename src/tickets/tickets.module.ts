import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/attachments.module.js';
import { SlaService } from './sla.service.js';
import { TicketNotifier } from './ticket-notifier.js';
import { TicketsController } from './tickets.controller.js';
import { TicketsRepository } from './tickets.repository.js';
import { TicketsService } from './tickets.service.js';

@Module({
  imports: [AttachmentsModule],
  controllers: [TicketsController],
  providers: [TicketsService, TicketsRepository, TicketNotifier, SlaService],
  exports: [TicketsService, TicketsRepository, TicketNotifier, SlaService],
})
export class TicketsModule {}
