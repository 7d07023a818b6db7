import { Module } from '@nestjs/common';
import { CisController } from './cis.controller.js';
import { CisService } from './cis.service.js';

@Module({ controllers: [CisController], providers: [CisService] })
export class CisModule {}
