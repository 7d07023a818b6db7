import { Module, type DynamicModule } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import type { AppConfig } from './config/config.js';
import { ConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import { ReplicasModule } from './database/replicas.module.js';
import { AuthModule } from './auth/auth.module.js';
import { HealthModule } from './health/health.module.js';
import { IdentityModule } from './identity/identity.module.js';
import { TenantsModule } from './tenants/tenants.module.js';
import { UsersModule } from './users/users.module.js';
import { TicketsModule } from './tickets/tickets.module.js';
import { ExplainModule } from './explain/explain.module.js';
import { PortalsModule } from './portals/portals.module.js';
import { PartnersModule } from './partners/partners.module.js';
import { ConsentModule } from './consent/consent.module.js';
import { AuditModule } from './audit/audit.module.js';
import { ValidationsModule } from './validations/validations.module.js';
import { CisModule } from './cis/cis.module.js';
import { ContractsModule } from './contracts/contracts.module.js';
import { InvoicesModule } from './invoices/invoices.module.js';
import { ChangesModule } from './changes/changes.module.js';
import { DownloadsModule } from './downloads/downloads.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { InboundModule } from './inbound/inbound.module.js';
import { SlaModule } from './sla/sla.module.js';
import { AttachmentsModule } from './attachments/attachments.module.js';
import { EventsModule } from './events/events.module.js';
import { WebhooksModule } from './webhooks/webhooks.module.js';

/** The domain modules of Outpost. */
export const DOMAIN_MODULES = [
  HealthModule,
  IdentityModule,
  NotificationsModule,
  TenantsModule,
  UsersModule,
  TicketsModule,
  ExplainModule,
  PortalsModule,
  PartnersModule,
  ConsentModule,
  AuditModule,
  ValidationsModule,
  CisModule,
  ContractsModule,
  InvoicesModule,
  ChangesModule,
  DownloadsModule,
  InboundModule,
  SlaModule,
  AttachmentsModule,
  EventsModule,
  WebhooksModule,
];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        DiscoveryModule,
        ConfigModule.forRoot(config),
        DatabaseModule,
        ReplicasModule,
        AuthModule,
        ...DOMAIN_MODULES,
      ],
    };
  }
}
