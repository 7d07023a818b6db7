import type { LoggerService } from '@nestjs/common';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { pino, stdTimeFunctions, type DestinationStream, type Logger } from 'pino';
import type { AppConfig } from '../config/config.js';

export type AppLogger = Logger;

/** Key of the request id on every line logged for a request (Fastify's child logger binds it). */
export const REQUEST_ID_KEY = 'reqId';

const SECRET_KEYS = [
  'authorization',
  'cookie',
  'set-cookie',
  'password',
  'currentPassword',
  'newPassword',
  'adminPassword',
  'token',
  'accessToken',
  'refreshToken',
  'mfaToken',
  'idToken',
  'secret',
  'totp',
  'totpCode',
  'otp',
  'mfaCode',
];

/** Secret fields at the top level, one level down (`req.headers`, `body`) and two levels down. */
export const REDACT_PATHS = SECRET_KEYS.flatMap((k) => {
  const key = /^[A-Za-z_$][\w$]*$/.test(k) ? k : `["${k}"]`;
  const dot = key.startsWith('[') ? key : `.${key}`;
  return [key, `*${dot}`, `*.*${dot}`];
});

/**
 * The process's one logger: a JSON line per event with an ISO `time`, a string `level` and the
 * secrets above replaced by "[redacted]". Fastify, Nest and the start-up code all write through it.
 */
export function createLogger(config: Pick<AppConfig, 'logLevel'>, destination?: DestinationStream): AppLogger {
  return pino(
    {
      level: config.logLevel,
      timestamp: stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    },
    destination ?? pino.destination({ dest: 1, sync: true }),
  );
}

/** Nest's start-up chatter (module wiring, one line per mapped route), kept at `debug`. */
const QUIET_CONTEXTS = new Set([
  'NestFactory',
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestApplication',
]);

type Level = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal';

/** Nest's LoggerService over the pino logger: `context` becomes a field, objects are merged. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: AppLogger) {}

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  private write(level: Level, message: unknown, params: unknown[]): void {
    const rest = [...params];
    const context = rest.length && typeof rest[rest.length - 1] === 'string' ? (rest.pop() as string) : undefined;
    if (level === 'info' && context && QUIET_CONTEXTS.has(context)) level = 'debug';
    if (!this.logger.isLevelEnabled(level)) return;
    const fields: Record<string, unknown> = context ? { context } : {};
    const stack = rest.find((p): p is string => typeof p === 'string' && p.includes('\n'));
    if (stack) fields.stack = stack;
    if (message instanceof Error) {
      this.logger[level]({ ...fields, err: message }, message.message);
    } else if (message && typeof message === 'object') {
      const { msg, message: text, ...more } = message as Record<string, unknown>;
      this.logger[level]({ ...fields, ...more }, String(msg ?? text ?? ''));
    } else {
      this.logger[level](fields, String(message));
    }
  }
}

type Principal = { userId?: string } | undefined;

const SECRET_QUERY = /([?&](?:token|access_token|refresh_token|code|password|secret)=)[^&#]*/gi;

/** The URL with the values of secret-looking query parameters replaced (mail links carry `?token=`). */
export function loggedUrl(url: string): string {
  return url.includes('?') ? url.replace(SECRET_QUERY, '$1[redacted]') : url;
}

/**
 * One `request` line per response, on the request's child logger (which already carries `reqId`):
 * method, route template, URL, status, duration and the authenticated user.
 */
export function installRequestLog(fastify: FastifyInstance): void {
  if (!(fastify.log as AppLogger).isLevelEnabled('info')) return;
  fastify.addHook('onResponse', (req, reply, done) => {
    const principal = (req as FastifyRequest & { principal?: Principal }).principal;
    req.log.info(
      {
        method: req.method,
        route: req.routeOptions.url ?? null,
        url: loggedUrl(req.url),
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
        user: principal?.userId ?? null,
      },
      'request',
    );
    done();
  });
}
