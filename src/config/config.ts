import { createHmac, randomBytes, createSecretKey, type KeyObject } from 'node:crypto';
import { mailChannel, type MailChannel } from '../notifications/mail-channel.js';
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
  /** The server itself when DATABASE_URL is a transaction pooler (PgBouncer): migrations and their lock go here. */
  directDatabaseUrl: string | null;
  /** `named`: lists run as prepared statements (fastest direct). `unnamed`: every statement unnamed, for transaction poolers. */
  dbStatements: 'named' | 'unnamed';
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
  /** The email channel: support mailbox, Message-ID domain, reply and unsubscribe token key. */
  mail: MailChannel;
  /** Inbound mail: nothing listens unless INBOUND_SMTP_PORT is set. */
  inbound: InboundConfig;
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
  /** How often the SLA worker (which runs with the outbox worker) looks for warnings and breaches (ms). */
  slaPollMs: number;
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
  /** `GET tickets/count` counts exactly up to this many tickets, then answers `exact: false` (TICKET_COUNT_LIMIT, at most 10,000). */
  ticketCountLimit: number;
  /** Streaming read replicas for lists and reports (src/database/replicas.ts). */
  replicas: ReplicaConfig;
  attachments: AttachmentsConfig;
  /** Files go to this S3-compatible bucket when S3_BUCKET is set; PostgreSQL otherwise. */
  s3: S3Config | null;
  webhooks: WebhookConfig;
}

export interface ReplicaConfig {
  /** DATABASE_REPLICA_URLS: hot standbys of DATABASE_URL; empty ⇒ every read goes to the primary. */
  urls: string[];
  /** A replica further behind the primary than this is skipped (REPLICA_MAX_LAG_MS). */
  maxLagMs: number;
  /** How often each replica's replay position and health are probed (REPLICA_PROBE_INTERVAL_MS). */
  probeIntervalMs: number;
}

export interface InboundConfig {
  /** Port of the SMTP listener (0 = any free port, for tests); null ⇒ no listener. */
  smtpPort: number | null;
  smtpHost: string;
  /** PEM files: STARTTLS is offered when both are set. */
  tlsKeyFile: string | null;
  tlsCertFile: string | null;
  /** Mail must pass DMARC (aligned SPF or DKIM). */
  requireAuth: boolean;
  /** Largest message accepted (SMTP SIZE); bigger ⇒ 552, nothing stored. */
  maxBytes: number;
  /** Envelope recipients per message; more ⇒ 452 for the rest. */
  maxRecipients: number;
  /** Messages per sender address per hour; more are dropped (`sender-budget`). */
  perSenderPerHour: number;
  /** Run the inbound processing worker in this process (tests call it directly). */
  worker: boolean;
  pollMs: number;
}

export interface AttachmentsConfig {
  /** Largest file accepted (ATTACHMENT_MAX_BYTES); beyond ⇒ 413. */
  maxBytes: number;
  /** Most files on one ticket (ATTACHMENT_MAX_PER_TICKET); beyond ⇒ 422. */
  maxPerTicket: number;
}

export interface S3Config {
  bucket: string;
  /** An S3-compatible endpoint (MinIO, Ceph, a test server); null = AWS. */
  endpoint: string | null;
  region: string;
  accessKeyId: string | null;
  secretAccessKey: string | null;
  forcePathStyle: boolean;
  /** Prefix of every object key written. */
  keyPrefix: string;
  /** How often the orphan sweep runs (s); 0 = never in this process. */
  orphanSweepSeconds: number;
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

function oneOf<T extends string>(env: Env, name: string, values: readonly T[], dflt: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return dflt;
  if (!(values as readonly string[]).includes(raw)) throw new ConfigError(name, `must be one of ${values.join(', ')}`);
  return raw as T;
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
    directDatabaseUrl: url(env, 'DIRECT_DATABASE_URL', ['postgres:', 'postgresql:']),
    dbStatements: oneOf(env, 'DB_STATEMENTS', ['named', 'unnamed'] as const, 'named'),
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
    mail: mailChannel(
      env.MAIL_FROM || 'Outpost <no-reply@outpost.local>',
      email(env, 'SUPPORT_ADDRESS'),
      createHmac('sha256', jwtSecret).update('outpost mail tokens').digest(),
    ),
    inbound: {
      smtpPort: env.INBOUND_SMTP_PORT ? int(env, 'INBOUND_SMTP_PORT', 0, 0, 65535) : null,
      smtpHost: env.INBOUND_SMTP_HOST || host,
      tlsKeyFile: env.INBOUND_TLS_KEY_FILE || null,
      tlsCertFile: env.INBOUND_TLS_CERT_FILE || null,
      requireAuth: bool(env, 'INBOUND_REQUIRE_AUTH', false),
      maxBytes: int(env, 'INBOUND_MAX_BYTES', 25 * 1024 * 1024, 1024, 100 * 1024 * 1024),
      maxRecipients: int(env, 'INBOUND_MAX_RECIPIENTS', 20, 1, 1000),
      perSenderPerHour: int(env, 'INBOUND_PER_SENDER_PER_HOUR', 30, 1, 100_000),
      worker: bool(env, 'INBOUND_WORKER', true),
      pollMs: int(env, 'INBOUND_POLL_MS', 2000, 100, 600_000),
    },
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
    slaPollMs: int(env, 'SLA_POLL_MS', 30000, 100, 3600000),
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
    replicas: replicaConfig(env, databaseUrl),
    ticketCountLimit: int(env, 'TICKET_COUNT_LIMIT', 10_000, 1, 10_000),
    attachments: {
      maxBytes: int(env, 'ATTACHMENT_MAX_BYTES', 25 * 1024 * 1024, 1, 1024 * 1024 * 1024),
      maxPerTicket: int(env, 'ATTACHMENT_MAX_PER_TICKET', 100, 1, 10_000),
    },
    s3: s3Config(env),
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

function s3Config(env: Env): S3Config | null {
  const bucket = env.S3_BUCKET || null;
  if (!bucket) {
    const stray = ['S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'].find((k) => env[k]);
    if (stray) throw new ConfigError('S3_BUCKET', `is required when ${stray} is set`);
    return null;
  }
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) throw new ConfigError('S3_BUCKET', 'must be a bucket name');
  const endpoint = url(env, 'S3_ENDPOINT', ['http:', 'https:']);
  const accessKeyId = env.S3_ACCESS_KEY_ID || null;
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY || null;
  if ((accessKeyId === null) !== (secretAccessKey === null))
    throw new ConfigError(
      accessKeyId ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID',
      'must be set together with the other',
    );
  return {
    bucket,
    endpoint,
    region: env.S3_REGION || 'us-east-1',
    accessKeyId,
    secretAccessKey,
    forcePathStyle: bool(env, 'S3_FORCE_PATH_STYLE', endpoint !== null),
    keyPrefix: env.S3_KEY_PREFIX ?? 'attachments/',
    orphanSweepSeconds: int(env, 'S3_ORPHAN_SWEEP_SECONDS', 900, 0, 86_400),
  };
}

function replicaConfig(env: Env, databaseUrl: string | null): ReplicaConfig {
  const urls = (env.DATABASE_REPLICA_URLS || '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const u of urls) url({ DATABASE_REPLICA_URLS: u }, 'DATABASE_REPLICA_URLS', ['postgres:', 'postgresql:']);
  if (urls.length && !databaseUrl) throw new ConfigError('DATABASE_REPLICA_URLS', 'needs DATABASE_URL (the primary)');
  return {
    urls,
    maxLagMs: int(env, 'REPLICA_MAX_LAG_MS', 5000, 10, 3_600_000),
    probeIntervalMs: int(env, 'REPLICA_PROBE_INTERVAL_MS', 1000, 20, 60_000),
  };
}

function email(env: Env, name: string): string | undefined {
  const v = env[name];
  if (!v) return undefined;
  if (!/^[^@\s+]+@[^@\s]+\.[^@\s]+$/.test(v)) throw new ConfigError(name, 'must be an email address without a +tag');
  return v;
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
