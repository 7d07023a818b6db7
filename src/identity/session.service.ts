import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { PrismaService, type Tx } from '../database/prisma.service.js';
import { AccessTokenService } from '../auth/access-token.service.js';
import { DomainError } from '../common/errors.js';
import type { TokensDto } from './dto/login.dto.js';

export const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

/** Random opaque token with a readable prefix; only its sha256 is stored. */
export function newOpaqueToken(prefix: string): { token: string; hash: string } {
  const token = `${prefix}_${randomBytes(32).toString('base64url')}`;
  return { token, hash: sha256(token) };
}

const invalidSession = () =>
  new DomainError('UNAUTHENTICATED', 'The refresh token is invalid, expired or revoked; sign in again');

@Injectable()
export class SessionService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly prisma: PrismaService,
    private readonly access: AccessTokenService,
  ) {}

  /** A new access token and a refresh token in a new (or the given) family. */
  async issue(
    user: { id: string; sessionEpoch: number },
    familyId: string = randomUUID(),
    tx: Tx = this.prisma,
  ): Promise<TokensDto> {
    const { token, hash } = newOpaqueToken('rt');
    await tx.refreshToken.create({
      data: {
        userId: user.id,
        familyId,
        tokenHash: hash,
        expiresAt: new Date(Date.now() + this.config.refreshTokenTtlSeconds * 1000),
      },
    });
    return {
      accessToken: this.access.sign({ sub: user.id, ep: user.sessionEpoch, typ: 'access' }),
      refreshToken: token,
      tokenType: 'Bearer',
      expiresIn: this.config.accessTokenTtlSeconds,
      mfaEnrolmentRequired: await this.enrolmentRequired(user.id, tx),
    };
  }

  /**
   * The rule the policy guard applies on every request (src/auth/policy.guard.ts): no 2FA yet and
   * an active membership in an organisation whose portal requires it. Until enrolled, such a user
   * may only use the enrolment routes.
   */
  private async enrolmentRequired(userId: string, tx: Tx): Promise<boolean> {
    const [row] = await tx.$queryRaw<{ required: boolean }[]>`
      SELECT u.totp_enabled_at IS NULL AND EXISTS (
               SELECT 1 FROM memberships m
                 JOIN organizations o ON o.id = m.organization_id
                 JOIN portals p ON p.id = o.portal_id
                WHERE m.user_id = u.id AND m.active AND p.require_2fa) AS required
        FROM users u WHERE u.id = ${userId}::uuid`;
    return row?.required === true;
  }

  /**
   * Rotates a refresh token: the presented token is marked rotated by one conditional UPDATE (two
   * concurrent uses: one winner) and a new token of the same family is issued. Presenting a token
   * that was already rotated is reuse — a stolen copy or a replay — and revokes the whole family.
   * A deactivated user, or an external user whose memberships were all deactivated, gets nothing.
   */
  async refresh(refreshToken: string): Promise<TokensDto> {
    const hash = sha256(refreshToken);
    const outcome = await this.prisma.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ user_id: string; family_id: string }[]>`
        UPDATE refresh_tokens SET rotated_at = now()
         WHERE token_hash = ${hash} AND rotated_at IS NULL AND revoked_at IS NULL AND expires_at > now()
        RETURNING user_id, family_id`;
      if (!rows[0]) return 'invalid' as const;
      const user = await tx.user.findUnique({
        where: { id: rows[0].user_id },
        select: {
          id: true,
          active: true,
          staffRole: true,
          sessionEpoch: true,
          memberships: { select: { active: true } },
        },
      });
      // An external user whose memberships were all deactivated has no business left here.
      const lostAllMemberships =
        !!user && !user.staffRole && user.memberships.length > 0 && !user.memberships.some((m) => m.active);
      if (!user || !user.active || lostAllMemberships) return { dead: rows[0].user_id };
      return this.issue(user, rows[0].family_id, tx);
    });
    if (outcome === 'invalid') {
      await this.revokeFamilyOnReuse(hash);
      throw invalidSession();
    }
    if ('dead' in outcome) {
      await this.revokeAll(outcome.dead);
      throw invalidSession();
    }
    return outcome;
  }

  private async revokeFamilyOnReuse(hash: string): Promise<void> {
    await this.prisma.$executeRaw`
      UPDATE refresh_tokens SET revoked_at = now()
       WHERE revoked_at IS NULL AND family_id = (
         SELECT family_id FROM refresh_tokens WHERE token_hash = ${hash} AND rotated_at IS NOT NULL)`;
  }

  /** Ends the session (the token's family); with `everywhere`, every session of its user. Unknown tokens: no-op. */
  async logout(refreshToken: string, everywhere = false): Promise<void> {
    const hash = sha256(refreshToken);
    const row = await this.prisma.refreshToken.findUnique({
      where: { tokenHash: hash },
      select: { userId: true, familyId: true, revokedAt: true },
    });
    if (!row || row.revokedAt) return;
    if (everywhere) {
      await this.prisma.$transaction((tx) => this.revokeAll(row.userId, tx));
      return;
    }
    await this.prisma.refreshToken.updateMany({
      where: { familyId: row.familyId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
  }

  /** Ends every session of the user: refresh tokens revoked, outstanding access tokens refused. */
  async revokeAll(userId: string, tx: Tx = this.prisma): Promise<void> {
    await tx.refreshToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
    await tx.user.update({ where: { id: userId }, data: { sessionEpoch: { increment: 1 } } });
  }
}
