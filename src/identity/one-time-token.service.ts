import { Injectable } from '@nestjs/common';
import type { Tx } from '../database/prisma.service.js';
import type { OneTimeTokenPurpose, Prisma } from '../generated/prisma/client.js';
import { DomainError } from '../common/errors.js';
import { newOpaqueToken, sha256 } from './session.service.js';

const PREFIX: Record<OneTimeTokenPurpose, string> = {
  VERIFY_EMAIL: 've',
  RESET_PASSWORD: 'pr',
  INVITE: 'iv',
  CHANGE_EMAIL: 'ce',
};

export const TOKEN_TTL_SECONDS: Record<OneTimeTokenPurpose, number> = {
  VERIFY_EMAIL: 24 * 3600,
  RESET_PASSWORD: 3600,
  INVITE: 72 * 3600,
  CHANGE_EMAIL: 24 * 3600,
};

export const invalidLink = () => new DomainError('BAD_REQUEST', 'The link is invalid, already used or expired');

export interface ConsumedToken {
  id: string;
  userId: string;
  purpose: OneTimeTokenPurpose;
  payload: Prisma.JsonValue | null;
}

/** Single-use, short-lived, random tokens for emailed links; only their sha256 is stored. */
@Injectable()
export class OneTimeTokenService {
  /** Issues a token; earlier unused tokens of the same purpose for the user stop working (the newest link wins). */
  async issue(tx: Tx, userId: string, purpose: OneTimeTokenPurpose, payload?: Prisma.InputJsonValue): Promise<string> {
    await this.revoke(tx, userId, purpose);
    const { token, hash } = newOpaqueToken(PREFIX[purpose]);
    await tx.oneTimeToken.create({
      data: {
        userId,
        purpose,
        tokenHash: hash,
        payload,
        expiresAt: new Date(Date.now() + TOKEN_TTL_SECONDS[purpose] * 1000),
      },
    });
    return token;
  }

  async revoke(tx: Tx, userId: string, purpose: OneTimeTokenPurpose): Promise<void> {
    await tx.oneTimeToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: new Date() } });
  }

  /** A valid, unused token of one of the purposes, without consuming it; null otherwise. */
  async peek(tx: Tx, token: string, purposes: OneTimeTokenPurpose[]): Promise<ConsumedToken | null> {
    if (!token) return null;
    return tx.oneTimeToken.findFirst({
      where: { tokenHash: sha256(token), purpose: { in: purposes }, usedAt: null, expiresAt: { gt: new Date() } },
      select: { id: true, userId: true, purpose: true, payload: true },
    });
  }

  /** Consumes the token atomically (a conditional UPDATE: two concurrent uses, one winner); 400 otherwise. */
  async consume(tx: Tx, token: string, purposes: OneTimeTokenPurpose[]): Promise<ConsumedToken> {
    if (!token) throw invalidLink();
    const rows = await tx.$queryRaw<
      { id: string; user_id: string; purpose: OneTimeTokenPurpose; payload: Prisma.JsonValue | null }[]
    >`
      UPDATE one_time_tokens SET used_at = now()
       WHERE token_hash = ${sha256(token)} AND used_at IS NULL AND expires_at > now()
         AND purpose::text = ANY(${purposes}::text[])
      RETURNING id, user_id, purpose::text AS purpose, payload`;
    const r = rows[0];
    if (!r) throw invalidLink();
    return { id: r.id, userId: r.user_id, purpose: r.purpose, payload: r.payload };
  }
}
