import { Module } from '@nestjs/common';
import { DownloadsModule } from '../downloads/downloads.module.js';
import { MyPortalController } from './my-portal.controller.js';
import { MyPortalService } from './my-portal.service.js';
import { PagesService } from './pages.service.js';
import { PortalsController } from './portals.controller.js';
import { PortalsService } from './portals.service.js';

@Module({
  imports: [DownloadsModule],
  controllers: [PortalsController, MyPortalController],
  providers: [PortalsService, PagesService, MyPortalService],
})
export class PortalsModule {}
