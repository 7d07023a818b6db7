import { randomBytes, createSecretKey, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The one typed configuration object. `process.env` is read here and nowhere else. */
export interface AppConfig {
  /** `embedded`: no DATABASE_URL, PostgreSQL runs from ./data. `production`: DATABASE_URL given. */
  mode: 'embedded' | 'production';
  host: string;
  port: number;
  dataDir: string;
  databaseUrl: string | null;
  embeddedPgPort: number;
  seedDemo: boolean;
  adminEmail: string | null;
  adminPassword: string | null;
  jwtKey: KeyObject;
  jwtIssuer: string;
  jwtAudience: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  totpKey: Buffer;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  redisUrl: string | null;
  smtpUrl: string | null;
  mailFrom: string;
  publicUrl: string;
  corsOrigins: string[];
  trustProxy: boolean;
  loginMaxFailures: number;
  mfaMaxFailures: number;
  lockoutSeconds: number;
  bodyLimitBytes: number;
  dbPoolSize: number;
  bcryptRounds: number;
  /** Run the outbox delivery worker in this process (tests turn it off and call it directly). */
  outboxWorker: boolean;
  outboxPollMs: number;
  /** Delivery attempts before a message is marked FAILED. */
  outboxMaxAttempts: number;
  /** Identity mails (verification, reset, email change) per recipient per hour; bursts ⇒ 429. */
  mailMaxPerHour: number;
}

export class ConfigError extends Error {
  constructor(public readonly variable: string, message: string) {
    super(`Invalid configuration: ${variable} ${message}`);
  }
}

type Env = Record<string, string | undefined>;

function int(env: Env, name: string, dflt: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return dflt;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be an integer, got "${raw}"`);
  const n = Number(raw);
  if (n < min || n > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${n}`);
  return n;
}

function bool(env: Env, name: string, dflt: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return dflt;
  if (/^(true|1|yes)$/i.test(raw)) return true;
  if (/^(false|0|no)$/i.test(raw)) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

function url(env: Env, name: string, protocols: string[]): string | null {
  const raw = env[name];
  if (raw === undefined || raw === '') return null;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, 'must be a URL');
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must use one of ${protocols.join(', ')}`);
  }
  return raw;
}

function secret(env: Env, name: string, stored: string | undefined, mode: AppConfig['mode']): string {
  const raw = env[name];
  if (raw !== undefined && raw !== '') {
    if (raw.length < 32) throw new ConfigError(name, 'must be at least 32 characters');
    return raw;
  }
  if (mode === 'production') throw new ConfigError(name, 'is required when DATABASE_URL is set (production mode)');
  if (!stored) throw new ConfigError(name, 'is missing from the data directory');
  return stored;
}

interface StoredSecrets {
  jwtSecret: string;
  totpKey: string;
  pgPassword: string;
}

/** Secrets of the embedded default, generated once into the data directory. */
export function loadOrCreateSecrets(dataDir: string): StoredSecrets {
  const file = join(dataDir, 'secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as StoredSecrets;
  mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  const secrets: StoredSecrets = {
    jwtSecret: randomBytes(48).toString('base64url'),
    totpKey: randomBytes(32).toString('base64url'),
    pgPassword: randomBytes(18).toString('base64url'),
  };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export function loadConfig(env: Env = process.env): AppConfig {
  const databaseUrl = url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']);
  const mode: AppConfig['mode'] = databaseUrl ? 'production' : 'embedded';
  const dataDir = resolve(env.DATA_DIR || './data');
  const stored = mode === 'embedded' ? loadOrCreateSecrets(dataDir) : undefined;
  const jwtSecret = secret(env, 'JWT_SECRET', stored?.jwtSecret, mode);
  const totpKey = secret(env, 'TOTP_ENCRYPTION_KEY', stored?.totpKey, mode);
  const logLevel = (env.LOG_LEVEL || 'info') as AppConfig['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}`);
  const adminEmail = env.ADMIN_EMAIL || null;
  const adminPassword = env.ADMIN_PASSWORD || null;
  if ((adminEmail === null) !== (adminPassword === null)) {
    throw new ConfigError(adminEmail ? 'ADMIN_PASSWORD' : 'ADMIN_EMAIL', 'must be set together with the other');
  }
  if (adminEmail && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(adminEmail)) throw new ConfigError('ADMIN_EMAIL', 'must be an email address');
  if (adminPassword && (adminPassword.length < 12 || Buffer.byteLength(adminPassword) > 72)) {
    throw new ConfigError('ADMIN_PASSWORD', 'must be 12 to 72 bytes long');
  }
  const port = int(env, 'PORT', 3000, 0, 65535);
  const host = env.HOST || '127.0.0.1';
  return {
    mode,
    host,
    port,
    dataDir,
    databaseUrl,
    embeddedPgPort: int(env, 'EMBEDDED_PG_PORT', 54329, 1024, 65535),
    seedDemo: bool(env, 'SEED_DEMO', mode === 'embedded'),
    adminEmail: adminEmail?.toLowerCase() ?? null,
    adminPassword,
    jwtKey: createSecretKey(Buffer.from(jwtSecret, 'utf8')),
    jwtIssuer: env.JWT_ISSUER || 'outpost',
    jwtAudience: env.JWT_AUDIENCE || 'outpost-api',
    accessTokenTtlSeconds: int(env, 'ACCESS_TOKEN_TTL_SECONDS', 900, 30, 86400),
    refreshTokenTtlSeconds: int(env, 'REFRESH_TOKEN_TTL_SECONDS', 30 * 86400, 60, 365 * 86400),
    totpKey: Buffer.from(totpKey, 'utf8'),
    logLevel,
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:']),
    smtpUrl: url(env, 'SMTP_URL', ['smtp:', 'smtps:']),
    mailFrom: env.MAIL_FROM || 'Outpost <no-reply@outpost.local>',
    publicUrl: url(env, 'PUBLIC_URL', ['http:', 'https:']) ?? `http://${host}:${port}`,
    corsOrigins: (env.CORS_ORIGINS || '').split(',').map((s) => s.trim()).filter(Boolean),
    trustProxy: bool(env, 'TRUST_PROXY', false),
    loginMaxFailures: int(env, 'LOGIN_MAX_FAILURES', 10, 1, 1000),
    mfaMaxFailures: int(env, 'MFA_MAX_FAILURES', 5, 1, 1000),
    lockoutSeconds: int(env, 'LOCKOUT_SECONDS', 900, 1, 86400),
    bodyLimitBytes: int(env, 'BODY_LIMIT_BYTES', 1024 * 1024, 1024, 64 * 1024 * 1024),
    dbPoolSize: int(env, 'DB_POOL_SIZE', 10, 1, 200),
    bcryptRounds: int(env, 'BCRYPT_ROUNDS', 11, 4, 15),
    outboxWorker: bool(env, 'OUTBOX_WORKER', true),
    outboxPollMs: int(env, 'OUTBOX_POLL_MS', 2000, 100, 600000),
    outboxMaxAttempts: int(env, 'OUTBOX_MAX_ATTEMPTS', 8, 1, 100),
    mailMaxPerHour: int(env, 'MAIL_MAX_PER_HOUR', 10, 1, 10000),
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
