import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import pg from 'pg';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { PG_POOL, PrismaService } from './prisma.service.js';
import { createPool } from './pool.js';
import { IdempotencyStore } from '../common/idempotency.js';

@Global()
@Module({
  providers: [
    {
      provide: PG_POOL,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        if (!config.databaseUrl) throw new Error('DATABASE_URL was not resolved before the app started');
        return createPool({
          connectionString: config.databaseUrl,
          max: config.dbPoolSize,
          connectionTimeoutMillis: config.dbConnectTimeoutMs,
          statements: config.dbStatements,
        });
      },
    },
    PrismaService,
    {
      provide: IdempotencyStore,
      inject: [PG_POOL, APP_CONFIG],
      useFactory: (pool: pg.Pool, config: AppConfig) =>
        new IdempotencyStore(pool, config.idempotencyTtlSeconds, Math.max(60_000, 2 * config.requestTimeoutMs)),
    },
  ],
  exports: [PG_POOL, PrismaService, IdempotencyStore],
})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(PG_POOL) private readonly pool: pg.Pool) {}

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end().catch(() => {});
  }
}
