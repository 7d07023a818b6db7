import { Module } from '@nestjs/common';
import { AttachmentsController } from './attachments.controller.js';
import { AttachmentsService } from './attachments.service.js';
import { FileStores } from './file-stores.js';

@Module({
  controllers: [AttachmentsController],
  providers: [AttachmentsService, FileStores],
  exports: [AttachmentsService, FileStores],
})
export class AttachmentsModule {}
