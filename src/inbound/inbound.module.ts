import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { AttachmentsModule } from '../attachments/attachments.module.js';
import { TicketsModule } from '../tickets/tickets.module.js';
import { ValidationsModule } from '../validations/validations.module.js';
import { InboundController } from './inbound.controller.js';
import { InboundProcessor } from './inbound-processor.service.js';
import { MailAuthenticator } from './mail-auth.js';
import { SmtpListener } from './smtp-listener.service.js';

/** Inbound mail: the SMTP listener stores, the processor turns stored mail into comments, tickets and decisions. */
@Module({
  imports: [AuthModule, TicketsModule, ValidationsModule, AttachmentsModule],
  controllers: [InboundController],
  providers: [InboundProcessor, SmtpListener, MailAuthenticator],
  exports: [InboundProcessor, SmtpListener, MailAuthenticator],
})
export class InboundModule {}
