import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { PrismaService, type Tx } from '../database/prisma.service.js';
import { AccessTokenService } from '../auth/access-token.service.js';
import type { TokensDto } from './dto/login.dto.js';

export const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

/** Random opaque token with a readable prefix; only its sha256 is stored. */
export function newOpaqueToken(prefix: string): { token: string; hash: string } {
  const token = `${prefix}_${randomBytes(32).toString('base64url')}`;
  return { token, hash: sha256(token) };
}

@Injectable()
export class SessionService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly prisma: PrismaService,
    private readonly access: AccessTokenService,
  ) {}

  /** A new access token and a refresh token in a new (or the given) family. */
  async issue(user: { id: string; sessionEpoch: number }, familyId: string = randomUUID(), tx: Tx = this.prisma): Promise<TokensDto> {
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
    };
  }

  /** Ends every session of the user: refresh tokens revoked, outstanding access tokens refused. */
  async revokeAll(userId: string, tx: Tx = this.prisma): Promise<void> {
    await tx.refreshToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
    await tx.user.update({ where: { id: userId }, data: { sessionEpoch: { increment: 1 } } });
  }
}
