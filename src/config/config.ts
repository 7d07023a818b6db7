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
  /** Fastify `trustProxy`: false, true (trust every hop), a hop count, or a list of proxy IPs/CIDRs. */
  trustProxy: boolean | number | string[];
  loginMaxFailures: number;
  mfaMaxFailures: number;
  lockoutSeconds: number;
  bodyLimitBytes: number;
  dbPoolSize: number;
  /** Longest wait for a database connection (a new one, or a free one of the pool) before a request gets 503 (ms). */
  dbConnectTimeoutMs: number;
  bcryptRounds: number;
  /** Run the outbox delivery worker in this process (tests turn it off and call it directly). */
  outboxWorker: boolean;
  outboxPollMs: number;
  /** Delivery attempts before a message is marked FAILED. */
  outboxMaxAttempts: number;
  /** Identity mails (verification, reset, email change) per recipient per hour; bursts ⇒ 429. */
  mailMaxPerHour: number;
  /** Prefix of every Redis key this app writes (several deployments may share one Redis). */
  redisKeyPrefix: string;
  rateLimit: RateLimitConfig;
  /** Time a client has to send a whole request, and the socket inactivity limit (ms). */
  requestTimeoutMs: number;
  /** Idle keep-alive connections are closed after this (ms); keep it above the load balancer's. */
  keepAliveTimeoutMs: number;
  /** On SIGTERM, in-flight requests get this long to finish before the process exits (ms). */
  shutdownTimeoutMs: number;
  /** Lifetime of an Idempotency-Key record (s). */
  idempotencyTtlSeconds: number;
  metrics: MetricsConfig;
  webhooks: WebhookConfig;
}

/** Webhook deliveries and live events (SSE). */
export interface WebhookConfig {
  /** Endpoints may use http:// (development only; WEBHOOK_ALLOW_INSECURE). */
  allowInsecure: boolean;
  /** Endpoints may resolve to loopback, private, link-local… addresses (tests, development; WEBHOOK_ALLOW_PRIVATE). */
  allowPrivate: boolean;
  /** Longest attempt: connect, send and read the answer (ms; WEBHOOK_TIMEOUT_MS). */
  timeoutMs: number;
  /** How often the delivery worker looks for due deliveries, besides being woken by new events (ms; WEBHOOK_POLL_MS). */
  pollMs: number;
  /** An endpoint failing this long is disabled and its owner told; a delivery is retried this long (h; WEBHOOK_DISABLE_AFTER_HOURS). */
  failureWindowHours: number;
  /** Events are kept this long for `Last-Event-ID` resume and replays (h; EVENT_RETENTION_HOURS). */
  eventRetentionHours: number;
  /** A comment line on every open event stream this often (ms; SSE_HEARTBEAT_MS). */
  sseHeartbeatMs: number;
  /** How often an instance with listeners (streams, the worker) reads new events from the log (ms; EVENTS_POLL_MS). */
  eventsPollMs: number;
}

/** Where `/metrics` is served; neither set ⇒ not exposed at all. */
export interface MetricsConfig {
  /** A separate listener on HOST serving only `/metrics` (METRICS_PORT). */
  port: number | null;
  /** Bearer token required on every `/metrics` request; when set, the main port serves `/metrics` too (METRICS_TOKEN). */
  token: string | null;
}

export interface RateLimitConfig {
  enabled: boolean;
  windowSeconds: number;
  /** Requests per window for each authenticated user. */
  perUser: number;
  /** Requests per window from each client IP (all API requests). */
  perIp: number;
  /** Requests per window from each client IP to the auth endpoints (login, 2FA, register, password reset ...). */
  authPerIp: number;
}

export class ConfigError extends Error {
  constructor(
    public readonly variable: string,
    message: string,
  ) {
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

function trustProxy(env: Env): AppConfig['trustProxy'] {
  const raw = (env.TRUST_PROXY ?? '').trim();
  if (raw === '' || /^(false|0|no)$/i.test(raw)) return false;
  if (/^(true|yes)$/i.test(raw)) return true;
  if (/^\d{1,2}$/.test(raw)) return Number(raw);
  const list = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (list.every((s) => /^[0-9a-fA-F:.]+(\/\d{1,3})?$/.test(s))) return list;
  throw new ConfigError(
    'TRUST_PROXY',
    `must be true, false, a hop count or a comma-separated list of proxy IPs/CIDRs, got "${raw}"`,
  );
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
  if (adminEmail && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(adminEmail))
    throw new ConfigError('ADMIN_EMAIL', 'must be an email address');
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
    corsOrigins: (env.CORS_ORIGINS || '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    trustProxy: trustProxy(env),
    loginMaxFailures: int(env, 'LOGIN_MAX_FAILURES', 10, 1, 1000),
    mfaMaxFailures: int(env, 'MFA_MAX_FAILURES', 5, 1, 1000),
    lockoutSeconds: int(env, 'LOCKOUT_SECONDS', 900, 1, 86400),
    bodyLimitBytes: int(env, 'BODY_LIMIT_BYTES', 1024 * 1024, 1024, 64 * 1024 * 1024),
    dbPoolSize: int(env, 'DB_POOL_SIZE', 10, 1, 200),
    dbConnectTimeoutMs: int(env, 'DB_CONNECT_TIMEOUT_MS', 10_000, 100, 600_000),
    bcryptRounds: int(env, 'BCRYPT_ROUNDS', 11, 4, 15),
    outboxWorker: bool(env, 'OUTBOX_WORKER', true),
    outboxPollMs: int(env, 'OUTBOX_POLL_MS', 2000, 100, 600000),
    outboxMaxAttempts: int(env, 'OUTBOX_MAX_ATTEMPTS', 8, 1, 100),
    mailMaxPerHour: int(env, 'MAIL_MAX_PER_HOUR', 10, 1, 10000),
    redisKeyPrefix: env.REDIS_KEY_PREFIX || 'outpost:',
    rateLimit: {
      enabled: bool(env, 'RATE_LIMIT_ENABLED', true),
      windowSeconds: int(env, 'RATE_LIMIT_WINDOW_SECONDS', 60, 1, 3600),
      perUser: int(env, 'RATE_LIMIT_PER_USER', 1200, 1, 100_000_000),
      perIp: int(env, 'RATE_LIMIT_PER_IP', 3000, 1, 100_000_000),
      authPerIp: int(env, 'RATE_LIMIT_AUTH_PER_IP', 300, 1, 100_000_000),
    },
    requestTimeoutMs: int(env, 'REQUEST_TIMEOUT_MS', 30_000, 1000, 600_000),
    keepAliveTimeoutMs: int(env, 'KEEP_ALIVE_TIMEOUT_MS', 72_000, 1000, 600_000),
    shutdownTimeoutMs: int(env, 'SHUTDOWN_TIMEOUT_MS', 25_000, 0, 600_000),
    idempotencyTtlSeconds: int(env, 'IDEMPOTENCY_TTL_SECONDS', 86_400, 60, 7 * 86_400),
    metrics: metricsConfig(env, port),
    webhooks: {
      allowInsecure: bool(env, 'WEBHOOK_ALLOW_INSECURE', false),
      allowPrivate: bool(env, 'WEBHOOK_ALLOW_PRIVATE', false),
      timeoutMs: int(env, 'WEBHOOK_TIMEOUT_MS', 10_000, 100, 60_000),
      pollMs: int(env, 'WEBHOOK_POLL_MS', 1000, 50, 600_000),
      failureWindowHours: int(env, 'WEBHOOK_DISABLE_AFTER_HOURS', 24, 1, 24 * 30),
      eventRetentionHours: int(env, 'EVENT_RETENTION_HOURS', 72, 1, 24 * 90),
      sseHeartbeatMs: int(env, 'SSE_HEARTBEAT_MS', 15_000, 100, 300_000),
      eventsPollMs: int(env, 'EVENTS_POLL_MS', 100, 20, 10_000),
    },
  };
}

function metricsConfig(env: Env, mainPort: number): MetricsConfig {
  const port = env.METRICS_PORT ? int(env, 'METRICS_PORT', 0, 1, 65535) : null;
  if (port !== null && port === mainPort) throw new ConfigError('METRICS_PORT', `must differ from PORT (${mainPort})`);
  const token = env.METRICS_TOKEN || null;
  if (token !== null && (token.length < 32 || !/^[\x21-\x7e]+$/.test(token))) {
    throw new ConfigError('METRICS_TOKEN', 'must be at least 32 printable characters without spaces');
  }
  return { port, token };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
