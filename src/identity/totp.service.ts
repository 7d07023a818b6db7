import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, randomInt } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';
import { APP_CONFIG, type AppConfig } from '../config/config.js';

export const TOTP_ISSUER = 'Outpost';
export const TOTP_PERIOD = 30;
export const RECOVERY_CODE_COUNT = 10;
const RECOVERY_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'; // no 0/O, 1/I

/**
 * TOTP secrets and recovery codes. Secrets are encrypted at rest with AES-256-GCM under a key
 * derived from `TOTP_ENCRYPTION_KEY`, with the user id as associated data (a ciphertext copied to
 * another user's row does not decrypt). Recovery codes are stored as HMAC-SHA256 under a derived
 * key: a stolen table alone cannot be brute-forced offline.
 */
@Injectable()
export class TotpService {
  private readonly encKey: Buffer;
  private readonly codeKey: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.encKey = createHash('sha256').update('outpost:totp-secret:').update(config.totpKey).digest();
    this.codeKey = createHash('sha256').update('outpost:recovery-code:').update(config.totpKey).digest();
  }

  newSecret(): string {
    return generateSecret();
  }

  uri(secret: string, email: string): string {
    return generateURI({ issuer: TOTP_ISSUER, label: email, secret, period: TOTP_PERIOD });
  }

  qrDataUrl(uri: string): Promise<string> {
    return QRCode.toDataURL(uri, { errorCorrectionLevel: 'M', margin: 2, width: 256 });
  }

  qrPng(uri: string): Promise<Buffer> {
    return QRCode.toBuffer(uri, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 256 });
  }

  encrypt(secret: string, userId: string): string {
    const iv = randomBytes(12);
    const c = createCipheriv('aes-256-gcm', this.encKey, iv);
    c.setAAD(Buffer.from(userId));
    const ct = Buffer.concat([c.update(secret, 'utf8'), c.final()]);
    return ['v1', iv.toString('base64url'), c.getAuthTag().toString('base64url'), ct.toString('base64url')].join('.');
  }

  decrypt(stored: string, userId: string): string {
    const [v, iv, tag, ct] = stored.split('.');
    if (v !== 'v1' || !iv || !tag || !ct) throw new Error('unknown TOTP secret format');
    const d = createDecipheriv('aes-256-gcm', this.encKey, Buffer.from(iv, 'base64url'));
    d.setAAD(Buffer.from(userId));
    d.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([d.update(Buffer.from(ct, 'base64url')), d.final()]).toString('utf8');
  }

  /**
   * Checks a 6-digit code with ±1 step of tolerance (±2 is refused). Returns the matched time
   * step, or null. A step at or before `afterStep` (the last accepted one) is refused: no replay.
   */
  async verifyCode(secret: string, code: string, afterStep: number | null): Promise<number | null> {
    if (!/^\d{6}$/.test(code)) return null;
    const r = await verify({
      secret,
      token: code,
      period: TOTP_PERIOD,
      epochTolerance: TOTP_PERIOD,
      ...(afterStep !== null ? { afterTimeStep: afterStep } : {}),
    });
    if (!r.valid) return null;
    const step = (r as { timeStep: number }).timeStep;
    if (afterStep !== null && step <= afterStep) return null;
    return step;
  }

  /** Ten codes like `K7PQ2-MX9TA` (50 bits each), to show once. */
  newRecoveryCodes(): string[] {
    return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
      let s = '';
      for (let i = 0; i < 10; i++) s += RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)];
      return `${s.slice(0, 5)}-${s.slice(5)}`;
    });
  }

  /** Normalises (case, dashes, spaces) and hashes a recovery code. */
  hashRecoveryCode(code: string): string {
    const normalised = code.toUpperCase().replace(/[\s-]/g, '');
    return createHmac('sha256', this.codeKey).update(normalised).digest('hex');
  }

  static looksLikeRecoveryCode(code: string): boolean {
    return /^[A-Za-z0-9]{5}-?[A-Za-z0-9]{5}$/.test(code.trim());
  }
}
