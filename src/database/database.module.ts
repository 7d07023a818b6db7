import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import pg from 'pg';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { PG_POOL, PrismaService } from './prisma.service.js';
import { IdempotencyStore } from '../common/idempotency.js';

@Global()
@Module({
  providers: [
    {
      provide: PG_POOL,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        if (!config.databaseUrl) throw new Error('DATABASE_URL was not resolved before the app started');
        // Sessions in UTC: timestamps come back as `…+00` (see pg-time.ts); instants are unaffected.
        const pool = new pg.Pool({
          connectionString: config.databaseUrl,
          max: config.dbPoolSize,
          // Without a bound, a database that drops packets holds requests until the OS gives up.
          connectionTimeoutMillis: config.dbConnectTimeoutMs,
          options: '-c TimeZone=UTC',
        });
        pool.on('error', () => {}); // a dropped idle connection is replaced on next use
        return pool;
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
