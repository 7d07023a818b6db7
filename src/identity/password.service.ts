import { Inject, Injectable } from '@nestjs/common';
import bcrypt from 'bcrypt';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { validationException } from '../common/validation.js';

export const PASSWORD_MIN_LENGTH = 10;
/** bcrypt silently ignores everything after 72 bytes: refuse longer passwords instead. */
export const PASSWORD_MAX_BYTES = 72;

export const exceedsPasswordBytes = (password: string): boolean =>
  Buffer.byteLength(password, 'utf8') > PASSWORD_MAX_BYTES;

@Injectable()
export class PasswordService {
  private dummyHash: Promise<string>;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.dummyHash = bcrypt.hash('outpost-dummy-password', config.bcryptRounds);
  }

  hash(password: string): Promise<string> {
    return bcrypt.hash(password, this.config.bcryptRounds);
  }

  /**
   * Compares against a dummy hash when there is no user, so both cases take the same time. A
   * candidate over 72 bytes can never be a stored password (bcrypt would read only its first 72
   * bytes and accept any suffix): it fails like a wrong one, after the same dummy compare.
   */
  async verify(password: string, hash: string | null | undefined): Promise<boolean> {
    if (!hash || exceedsPasswordBytes(password)) {
      await bcrypt.compare(password, await this.dummyHash);
      return false;
    }
    return bcrypt.compare(password, hash);
  }

  /** Length in bytes, and not the user's own email or name. Throws a 400 naming `field`. */
  assertAcceptable(password: string, user: { email: string; name?: string | null }, field = 'password'): void {
    const problems: string[] = [];
    if (password.length < PASSWORD_MIN_LENGTH) problems.push(`must be at least ${PASSWORD_MIN_LENGTH} characters`);
    if (exceedsPasswordBytes(password)) problems.push(`must be at most ${PASSWORD_MAX_BYTES} bytes (UTF-8)`);
    const lower = password.toLowerCase();
    const local = user.email.split('@')[0].toLowerCase();
    if (lower === user.email.toLowerCase() || (local.length >= 4 && lower.includes(local)))
      problems.push('must not contain your email address');
    if (user.name && user.name.length >= 4 && lower.includes(user.name.toLowerCase()))
      problems.push('must not contain your name');
    if (problems.length)
      throw validationException(
        problems.map((message) => ({ field, message })),
        'The password is not acceptable',
      );
  }
}
