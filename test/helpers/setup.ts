import { Factory } from '../factories/index.js';
import { createTestApp, type TestContext } from './app.js';
import { bearer } from './identity.js';

export interface TestApp {
  /** The app of this describe block; the same object before and after beforeAll, so it can be destructured. */
  ctx: TestContext;
  f: Factory;
  /** The authorization header of a user: `.set(as(u))`. */
  as(user: { id: string; sessionEpoch?: number }): { authorization: string };
}

export interface UseAppOptions {
  /** Empty every table before each test (default true). */
  truncate?: boolean;
}

/**
 * One app on a fresh database for the enclosing describe block: created in beforeAll, closed in
 * afterAll, emptied before each test.
 *
 *   const { ctx, f, as } = useApp({ RATE_LIMIT_ENABLED: 'false' });
 */
export function useApp(env: Record<string, string> = {}, opts: UseAppOptions = {}): TestApp {
  const ctx = {} as TestContext;
  beforeAll(async () => {
    Object.assign(ctx, await createTestApp(env));
  });
  afterAll(() => ctx.close?.());
  if (opts.truncate ?? true) beforeEach(() => ctx.truncate());
  return { ctx, f: new Factory(() => ctx.prisma), as: (u) => bearer(ctx.tokenFor(u)) };
}
