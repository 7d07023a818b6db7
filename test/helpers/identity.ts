import { generate } from 'otplib';
import type { TestContext } from './app.js';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A base time well inside a 30-second TOTP step (waits up to ~4 s when near the end of one), so
 * codes for base ± k steps mean the same steps to the server a moment later.
 */
export async function stepSafeBase(): Promise<number> {
  const within = (Date.now() / 1000) % 30;
  if (within > 26) await sleep((30 - within + 0.3) * 1000);
  return Math.floor(Date.now() / 1000);
}

export const codeAt = (secret: string, base: number, steps = 0): Promise<string> =>
  generate({ secret, epoch: base + steps * 30 });

/** The single-use token in the newest outbox message of `kind` to `toEmail`. */
export async function tokenFromMail(ctx: TestContext, toEmail: string, kind: string): Promise<string> {
  const m = await ctx.prisma.outboxMessage.findFirst({
    where: { toEmail, kind },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
  });
  if (!m) throw new Error(`no ${kind} mail to ${toEmail}`);
  const match = /token=([^\s&]+)/.exec(m.body);
  if (!match) throw new Error(`no token in ${kind} mail`);
  return decodeURIComponent(match[1]);
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** The problem body without the per-request fields. */
export const stable = (body: Record<string, unknown>) => ({ ...body, requestId: undefined, instance: undefined });

let n = 0;
/** A unique address (the shared factory's member() needs one passed explicitly). */
export const uniqueEmail = (prefix = 'member', domain = 'example.test') =>
  `${prefix}${++n}-${Math.random().toString(36).slice(2, 7)}@${domain}`;
