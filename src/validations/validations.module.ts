import { Module } from '@nestjs/common';
import { ValidationNotifier } from './validation-notifier.js';
import { ValidationsController } from './validations.controller.js';
import { ValidationsRepository } from './validations.repository.js';
import { ValidationsService } from './validations.service.js';

@Module({
  controllers: [ValidationsController],
  providers: [ValidationsService, ValidationsRepository, ValidationNotifier],
  exports: [ValidationsService],
})
export class ValidationsModule {}
