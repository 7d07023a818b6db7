import { AsyncLocalStorage } from 'node:async_hooks';

type Hook = (tx: unknown, result: unknown) => Promise<void>;

const hooks = new AsyncLocalStorage<{ hook: Hook; ran: boolean }>();

/**
 * Runs `work` (a service call that writes in one transaction) and has `hook` run inside that
 * transaction, after the work and before the commit: work that is not a request — an inbound
 * mail becoming a comment — records that it is done in the same commit as what it did, so a
 * crash either leaves both or neither (exactly once, as idempotency keys do for requests).
 * Resolves to the work's result and whether the hook ran (false: the work wrote nothing).
 */
export async function inTheWritesTransaction<T>(
  hook: Hook,
  work: () => Promise<T>,
): Promise<{ result: T; recorded: boolean }> {
  const store = { hook, ran: false };
  const result = await hooks.run(store, work);
  return { result, recorded: store.ran };
}

/** Called by PrismaService inside every interactive transaction: runs a pending hook, once. */
export async function runTransactionHook(tx: unknown, result: unknown): Promise<void> {
  const store = hooks.getStore();
  if (!store || store.ran) return;
  store.ran = true;
  await store.hook(tx, result);
}
