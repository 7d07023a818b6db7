import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../generated/prisma/client.js';
import { idempotentTransaction } from '../common/idempotency.js';
import { runTransactionHook } from '../common/same-transaction.js';

export const PG_POOL = Symbol('PG_POOL');

/** Returns timestamps as JS Dates and bigint counts as numbers from raw `pg` queries. */
pg.types.setTypeParser(20, (v) => Number(v));

/** Prisma over the shared `pg` pool: the same connections serve Prisma and raw SQL. */
@Injectable()
export class PrismaService extends PrismaClient implements OnModuleDestroy {
  constructor(@Inject(PG_POOL) readonly pool: pg.Pool) {
    super({ adapter: new PrismaPg(pool) });
    // Interactive transactions record an Idempotency-Key's response, and the hook of work that is not a
    // request (same-transaction.ts), with the write they commit.
    const begin = this.$transaction.bind(this) as (arg: unknown, options?: unknown) => Promise<unknown>;
    Object.defineProperty(this, '$transaction', {
      value: (arg: unknown, options?: unknown) =>
        typeof arg === 'function'
          ? idempotentTransaction(
              (fn) =>
                begin(async (tx: never) => {
                  const out = await fn(tx);
                  await runTransactionHook(tx, out);
                  return out;
                }, options),
              arg as (tx: never) => Promise<unknown>,
            )
          : begin(arg, options),
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.$disconnect();
  }
}

export type Tx = Parameters<Parameters<PrismaService['$transaction']>[0]>[0];
