import { randomUUID } from 'node:crypto';
import { Server as NetServer } from 'node:net';
import { RequestMethod } from '@nestjs/common';
import { INTERCEPTORS_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryService, MetadataScanner, NestFactory, Reflector } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { LogController, type FastifyInstance } from 'fastify';
import { AppModule } from './app.module.js';
import type { AppConfig } from './config/config.js';
import { routeInventory } from './auth/route-inventory.js';
import { ProblemFilter, clientErrorHandler, frameworkErrorHandler } from './common/problem.filter.js';
import { createValidationPipe } from './common/validation.js';
import { API_PREFIX } from './common/api-prefix.js';
import { etagOf } from './common/etag.js';
import { installConditionalGet } from './common/etag.js';
import { installMediaTypes } from './common/media-type.js';
import { installMultipart } from './attachments/multipart.js';
import { installMethodNotAllowed } from './common/method-not-allowed.js';
import { IdempotencyInterceptor, isIdempotentRoute } from './common/idempotency.js';
import { LOCATION_METADATA, LocationInterceptor } from './common/location.js';
import { installSecurityHeaders } from './common/security-headers.js';
import { MemoryRateLimitStore, RedisRateLimitStore, rateLimitHook, type RateLimitStore } from './common/rate-limit.js';
import { toProblem } from './common/problem.filter.js';
import { DomainError } from './common/errors.js';
import { AccessTokenService } from './auth/access-token.service.js';
import { Readiness } from './health/readiness.js';
import { buildOpenApiDocument } from './openapi.js';
import { PinoNestLogger, createLogger, installRequestLog, type AppLogger } from './observability/logger.js';
import { installMetrics, metricsOf } from './observability/metrics.js';
import { installReadYourWrites } from './database/replicas.js';
import { loadOpenApiMetadata } from './openapi-metadata.js';

const netClose = NetServer.prototype.close;

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

export interface CreateAppOptions {
  /** Build the module graph without connecting anything (OpenAPI generation). */
  preview?: boolean;
  /** The process's logger (main.ts shares its own); one is made from the config otherwise. */
  logger?: AppLogger;
}

/** Builds the configured Nest application: Fastify, prefix, pipes, filter, guard, docs, headers. */
export async function createApp(config: AppConfig, opts: CreateAppOptions = {}): Promise<NestFastifyApplication> {
  const logger = opts.logger ?? createLogger(config);
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: config.trustProxy as boolean | string[], // a hop count is valid for Fastify too
    bodyLimit: config.bodyLimitBytes,
    requestIdHeader: false,
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    routerOptions: { ignoreTrailingSlash: true },
    // Errors raised before Nest sees the request are problem+json too.
    frameworkErrors: frameworkErrorHandler,
    clientErrorHandler,
    // Slow clients: the whole request must arrive within REQUEST_TIMEOUT_MS, and a socket idle
    // that long is closed. Keep-alive outlives the load balancer's idle timeout (no 502 races).
    requestTimeout: config.requestTimeoutMs,
    connectionTimeout: config.requestTimeoutMs,
    keepAliveTimeout: config.keepAliveTimeoutMs,
    // Graceful shutdown is closeGracefully's: requests on open connections are served while draining.
    return503OnClosing: false,
    forceCloseConnections: false,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    logger: new PinoNestLogger(logger),
    preview: opts.preview,
    abortOnError: false,
    bodyParser: false, // JSON only: Fastify's parser (src/common/media-type.ts)
  });
  app.setGlobalPrefix(API_PREFIX, {
    exclude: [
      { path: 'health/live', method: RequestMethod.GET },
      { path: 'health/ready', method: RequestMethod.GET },
    ],
  });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemFilter());
  if (!opts.preview) {
    assertEveryRouteHasPolicy(app);
    assertRouteInterceptors(app);
  }

  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  installSecurityHeaders(fastify, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'validator.swagger.io'],
        scriptSrc: ["'self'", "'unsafe-inline'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  if (config.corsOrigins.length) {
    app.enableCors({ origin: config.corsOrigins, credentials: false, exposedHeaders: CORS_EXPOSED_HEADERS });
  }
  if (!opts.preview) installMetrics(app, fastify, config);
  if (!opts.preview) installGates(app, fastify, config);
  if (!opts.preview) installReadYourWrites(app, fastify);
  installMediaTypes(fastify);
  await installMultipart(app, fastify);
  installMethodNotAllowed(fastify);
  // ETag of a single resource (a body with a numeric `version`), set as the body is serialised:
  // a hook instead of a global interceptor, so reads and lists run no RxJS (an idempotent replay
  // serialises the stored body and gets the same ETag).
  fastify.addHook('preSerialization', (_req, reply, payload, done) => {
    if (payload && typeof payload === 'object' && !Array.isArray(payload)) {
      const version = (payload as { version?: unknown }).version;
      if (typeof version === 'number') void reply.header('etag', etagOf(version));
    }
    done(null, payload);
  });
  installConditionalGet(fastify);
  fastify.addHook('onSend', (req, reply, payload, done) => {
    void reply.header('x-request-id', req.id);
    done(null, payload);
  });
  installRequestLog(fastify);
  await loadOpenApiMetadata();
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('docs', app, document, {
    jsonDocumentUrl: 'docs/openapi.json',
    yamlDocumentUrl: 'docs/openapi.yaml',
    swaggerOptions: { persistAuthorization: true, displayRequestDuration: true },
    customSiteTitle: 'Outpost API',
  });
  return app;
}

const CORS_EXPOSED_HEADERS = [
  'ETag',
  'Location',
  'Retry-After',
  'X-Request-Id',
  'Idempotent-Replayed',
  'Allow',
  'RateLimit-Limit',
  'RateLimit-Remaining',
  'RateLimit-Reset',
  'RateLimit-Policy',
];

/** Readiness gate (503 until ready) and rate limits, both in `onRequest`: before body parsing and any database work. */
function installGates(app: NestFastifyApplication, fastify: FastifyInstance, config: AppConfig): void {
  const readiness = app.get(Readiness);
  fastify.addHook('onRequest', async (req, reply) => {
    if (readiness.ready || readiness.draining || req.url.startsWith('/health/')) return;
    const { problem } = toProblem(
      new DomainError('SERVICE_UNAVAILABLE', `Not ready: ${readiness.notReadyReason}`),
      req.id,
      req.url.split('?')[0],
    );
    await reply
      .status(503)
      .header('retry-after', '5')
      .header('content-type', 'application/problem+json; charset=utf-8')
      .send(problem);
  });
  // While draining, each connection closes after its response, so that the drain completes.
  fastify.addHook('onSend', (_req, reply, payload, done) => {
    if (readiness.draining) void reply.header('connection', 'close');
    done(null, payload);
  });
  if (!config.rateLimit.enabled) return;
  const store: RateLimitStore = config.redisUrl
    ? new RedisRateLimitStore(config.redisUrl, config.redisKeyPrefix)
    : new MemoryRateLimitStore();
  const tokens = app.get(AccessTokenService);
  const logger = fastify.log.child({ context: 'RateLimit' });
  fastify.addHook(
    'onRequest',
    rateLimitHook({
      config: config.rateLimit,
      store,
      apiPrefix: API_PREFIX,
      warn: (msg) => logger.warn(msg),
      onReject: (bucket) => metricsOf(fastify)?.rateLimitRejected(bucket),
      userOf: (req) => {
        const h = req.headers.authorization;
        if (!h || !h.startsWith('Bearer ')) return null;
        return tokens.verify(h.slice(7).trim(), 'access')?.sub ?? null;
      },
    }),
  );
  fastify.addHook('onClose', async () => {
    await store.close();
  });
}

/**
 * Graceful shutdown (main.ts, on SIGTERM/SIGINT): mark not ready (the load balancer stops sending)
 * and serve on, each response with `Connection: close`; after a short grace stop accepting
 * connections (so that none waiting in the accept queue is reset), and after another one close
 * the connections still idle (so that a request already on its way over a keep-alive connection is
 * read, not cut). Once every connection has ended (at most `timeoutMs`, then the rest are cut),
 * Nest is closed (database pool, Redis).
 */
export async function closeGracefully(app: NestFastifyApplication, timeoutMs: number): Promise<void> {
  app.get(Readiness).setDraining();
  const server = (app.getHttpAdapter().getInstance() as unknown as FastifyInstance).server;
  const grace = Math.min(1000, Math.floor(timeoutMs / 4));
  const timers: NodeJS.Timeout[] = [];
  const later = (ms: number, fn: () => void) => timers.push(setTimeout(fn, ms));
  // net.Server's close stops accepting and calls back once every connection has ended; http.Server's
  // own close would also cut idle keep-alive connections at once.
  const drained = new Promise<void>((resolve) => {
    if (!server.listening) return resolve();
    later(grace, () => {
      netClose.call(server, () => resolve());
      timers.push(setInterval(() => server.closeIdleConnections(), Math.max(grace, 50)));
    });
  });
  const timedOut = new Promise<void>((resolve) => {
    later(timeoutMs, () => {
      if (server.listening) netClose.call(server);
      server.closeAllConnections();
      resolve();
    });
  });
  try {
    await Promise.race([drained, timedOut]);
  } finally {
    for (const t of timers) clearTimeout(t);
  }
  await app.close();
}

/**
 * Interceptors are bound per route (`@ResourceLocation`, `@IdempotentCreate`), not globally; this
 * refuses to boot when a route that takes Idempotency-Keys (the rule of `isIdempotentRoute`) or
 * declares a Location lacks its interceptor, or has them in the wrong order.
 */
export function assertRouteInterceptors(app: NestFastifyApplication): void {
  const reflector = app.get(Reflector);
  const problems: string[] = [];
  for (const r of routeInventory(app.get(DiscoveryService), app.get(MetadataScanner), reflector)) {
    const { controller, handler } = r.target;
    const bound = (Reflect.getMetadata(INTERCEPTORS_METADATA, handler) ?? []) as unknown[];
    const idem = bound.indexOf(IdempotencyInterceptor);
    const loc = bound.indexOf(LocationInterceptor);
    if (isIdempotentRoute(reflector, handler, controller) && idem < 0)
      problems.push(
        `${r.controller}.${r.handler} takes Idempotency-Keys but has no IdempotencyInterceptor (@IdempotentCreate())`,
      );
    if (Reflect.getMetadata(LOCATION_METADATA, handler) !== undefined && (loc < 0 || (idem >= 0 && idem > loc)))
      problems.push(
        `${r.controller}.${r.handler} declares a Location without LocationInterceptor inside IdempotencyInterceptor`,
      );
  }
  if (problems.length) throw new Error(`Route interceptors: ${problems.join('; ')}`);
}

/** Refuses to boot when any route declares no access policy (the guard would deny it anyway). */
export function assertEveryRouteHasPolicy(app: NestFastifyApplication): void {
  const routes = routeInventory(app.get(DiscoveryService), app.get(MetadataScanner), app.get(Reflector));
  const missing = routes.filter((r) => !r.policy);
  if (missing.length) {
    throw new Error(
      `Routes without an access policy: ${missing.map((r) => `${r.method} ${r.path} (${r.controller}.${r.handler})`).join(', ')}`,
    );
  }
}
