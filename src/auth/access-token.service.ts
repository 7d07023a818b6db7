import { Inject, Injectable } from '@nestjs/common';
import jwt from 'jsonwebtoken';
import { APP_CONFIG, type AppConfig } from '../config/config.js';

export interface AccessClaims {
  sub: string;
  /** Session epoch of the user when the token was issued; a bump ends every session. */
  ep: number;
  typ: 'access' | 'mfa';
}

const VERIFIED_CACHE_SIZE = 10_000;

/** User ids are UUIDs: any other `sub`, even validly signed, is an invalid token (never a 400 from the id's cast). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * HS256 access tokens. The key is a `KeyObject` (a string secret makes jsonwebtoken try to parse
 * it as a public key first: 303 µs against 6 µs per verify, STACK.md). Algorithm, issuer,
 * audience and expiry are all pinned on verify.
 */
@Injectable()
export class AccessTokenService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  sign(claims: AccessClaims, ttlSeconds = this.config.accessTokenTtlSeconds): string {
    return jwt.sign(claims, this.config.jwtKey, {
      algorithm: 'HS256',
      expiresIn: ttlSeconds,
      issuer: this.config.jwtIssuer,
      audience: this.config.jwtAudience,
    });
  }

  /**
   * Tokens that verified, with their claims, until they expire (at most VERIFIED_CACHE_SIZE, the
   * oldest going first). A list request spent ~4% of its CPU in jsonwebtoken's verify of the
   * same token it had verified a moment before; the signature and the claims of a given token
   * string cannot change, so a hit only re-checks the expiry. Revocation does not rely on this:
   * the session epoch and the user row are re-read from the database on every request.
   */
  private readonly verified = new Map<string, AccessClaims & { exp: number }>();

  /** Returns the claims, or null for anything invalid (bad signature, expired, wrong type, a `sub` that is no UUID). */
  verify(token: string, typ: AccessClaims['typ']): AccessClaims | null {
    let c = this.verified.get(token);
    if (!c) {
      c = this.verifySignature(token) ?? undefined;
      if (!c) return null;
      if (this.verified.size >= VERIFIED_CACHE_SIZE) this.verified.delete(this.verified.keys().next().value as string);
      this.verified.set(token, c);
    }
    // jsonwebtoken's rule: expired once the current second reaches `exp`.
    if (Math.floor(Date.now() / 1000) >= c.exp) {
      this.verified.delete(token);
      return null;
    }
    return c.typ === typ ? c : null;
  }

  private verifySignature(token: string): (AccessClaims & { exp: number }) | null {
    try {
      const c = jwt.verify(token, this.config.jwtKey, {
        algorithms: ['HS256'],
        issuer: this.config.jwtIssuer,
        audience: this.config.jwtAudience,
      }) as AccessClaims & { exp?: unknown };
      if (
        (c.typ !== 'access' && c.typ !== 'mfa') ||
        typeof c.sub !== 'string' ||
        !UUID.test(c.sub) ||
        typeof c.ep !== 'number' ||
        typeof c.exp !== 'number'
      )
        return null;
      return Object.freeze({ ...c, exp: c.exp });
    } catch {
      return null;
    }
  }
}
