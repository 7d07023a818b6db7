import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import pg from 'pg';
import { Prisma } from '../generated/prisma/client.js';
import { isDatabaseUnavailable } from './database-unavailable.js';
import { DomainError, errorSpec, type ErrorCode, type FieldError } from './errors.js';

export const PROBLEM_BASE = 'https://outpost.dev/problems/';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  requestId?: string;
  errors?: FieldError[];
}

function fromStatus(status: number): ErrorCode {
  switch (status) {
    case 400:
      return 'BAD_REQUEST';
    case 401:
      return 'UNAUTHENTICATED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    case 408:
      return 'REQUEST_TIMEOUT';
    case 409:
      return 'CONFLICT';
    case 412:
      return 'PRECONDITION_FAILED';
    case 413:
      return 'PAYLOAD_TOO_LARGE';
    case 415:
      return 'UNSUPPORTED_MEDIA_TYPE';
    case 422:
      return 'UNPROCESSABLE';
    case 428:
      return 'PRECONDITION_REQUIRED';
    case 429:
      return 'TOO_MANY_REQUESTS';
    case 431:
      return 'HEADERS_TOO_LARGE';
    case 503:
      return 'SERVICE_UNAVAILABLE';
    default:
      return status >= 500 ? 'INTERNAL' : 'BAD_REQUEST';
  }
}

interface Mapped {
  code: ErrorCode;
  detail: string;
  errors?: FieldError[];
  headers?: Record<string, string>;
}

const DATA_EXCEPTION: Mapped = { code: 'BAD_REQUEST', detail: 'A value is malformed or out of range' };
const DATABASE_UNAVAILABLE: Mapped = {
  code: 'SERVICE_UNAVAILABLE',
  detail: 'The database is not reachable; retry later',
  headers: { 'retry-after': '5' },
};
const VALUE_TOO_LONG: Mapped = { code: 'BAD_REQUEST', detail: 'A value is too long' };

/** SQLSTATE class 22 ("data exception"): the value, not the statement, was wrong. */
const isDataException = (sqlState: string | undefined): boolean =>
  typeof sqlState === 'string' && sqlState.startsWith('22');

/** The PostgreSQL SQLSTATE behind a Prisma error raised through the pg driver adapter. */
function databaseCode(err: Prisma.PrismaClientKnownRequestError): string | undefined {
  const cause = (err.meta?.driverAdapterError as { cause?: { originalCode?: unknown } } | undefined)?.cause;
  return typeof cause?.originalCode === 'string' ? cause.originalCode : undefined;
}

/** Turns any thrown value into a problem description. Never exposes messages of unknown errors. */
export function mapError(err: unknown): Mapped {
  if (err instanceof DomainError) {
    return {
      code: err.code,
      detail: err.detail,
      errors: err.errors.length ? err.errors : undefined,
      headers: err.headers,
    };
  }
  if (err instanceof HttpException) {
    const status = err.getStatus();
    const body = err.getResponse() as { message?: unknown; errors?: FieldError[] } | string;
    const code = fromStatus(status);
    if (typeof body === 'object' && Array.isArray(body.errors)) {
      return { code: 'VALIDATION', detail: String(body.message ?? 'The request is invalid'), errors: body.errors };
    }
    const msg =
      typeof body === 'string'
        ? body
        : Array.isArray(body.message)
          ? body.message.join('; ')
          : String(body.message ?? err.message);
    if (status === 404 && /^Cannot [A-Z-]+ /.test(msg)) {
      return { code, detail: 'No such route' };
    }
    return { code, detail: status >= 500 ? 'An unexpected error occurred' : msg };
  }
  if (isDatabaseUnavailable(err)) return DATABASE_UNAVAILABLE;
  if (err instanceof Prisma.PrismaClientKnownRequestError) {
    switch (err.code) {
      case 'P2002':
        return { code: 'CONFLICT', detail: 'A resource with the same unique value already exists' };
      case 'P2025':
      case 'P2001':
        return { code: 'NOT_FOUND', detail: 'Resource not found' };
      case 'P2003':
        return { code: 'UNPROCESSABLE', detail: 'A referenced resource does not exist' };
      case 'P2034':
        return { code: 'CONFLICT', detail: 'Concurrent update; retry the request' };
      case 'P2000':
        return VALUE_TOO_LONG;
      case 'P2007':
      case 'P2020':
      case 'P2023':
        return DATA_EXCEPTION;
      case 'P2010':
      case 'P2039':
        if (isDataException(databaseCode(err))) return DATA_EXCEPTION;
        return { code: 'INTERNAL', detail: 'An unexpected error occurred' };
      default:
        return { code: 'INTERNAL', detail: 'An unexpected error occurred' };
    }
  }
  // Raw queries on the pg pool: a value PostgreSQL refused (out of range, malformed) is the
  // client's, not ours. Any other database error stays a 500.
  if (err instanceof pg.DatabaseError && isDataException(err.code)) return DATA_EXCEPTION;
  // Fastify's own errors (body parsing, size, media type) carry a statusCode and a safe message.
  const fe = err as { statusCode?: number; code?: string; message?: string };
  if (
    typeof fe?.statusCode === 'number' &&
    fe.statusCode >= 400 &&
    fe.statusCode < 500 &&
    typeof fe.code === 'string' &&
    fe.code.startsWith('FST_')
  ) {
    const detail =
      fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
        ? 'The request body is not valid JSON'
        : fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE'
          ? 'The request body is too large'
          : fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
            ? 'Unsupported content type; send application/json'
            : fe.code === 'FST_ERR_BAD_URL'
              ? 'The URL is malformed (invalid percent-encoding)'
              : fe.code === 'FST_ERR_MAX_PARAM_LENGTH'
                ? 'A path parameter is too long'
                : 'The request could not be processed';
    return { code: fromStatus(fe.statusCode), detail };
  }
  // The client went away while its body was being read: nobody gets this answer, and it is not our error.
  if (fe?.code === 'ECONNRESET') return { code: 'BAD_REQUEST', detail: 'The request was aborted by the client' };
  if (err instanceof SyntaxError && /JSON/.test(err.message)) {
    return { code: 'BAD_REQUEST', detail: 'The request body is not valid JSON' };
  }
  return { code: 'INTERNAL', detail: 'An unexpected error occurred' };
}

/** A data exception means a validator is missing somewhere: answered 400, but worth a warning. */
export function isClientDataError(err: unknown): boolean {
  const m = mapError(err);
  return m === DATA_EXCEPTION || m === VALUE_TOO_LONG;
}

export function toProblem(
  err: unknown,
  requestId?: string,
  instance?: string,
): { problem: Problem; headers: Record<string, string> } {
  const m = mapError(err);
  const spec = errorSpec(m.code);
  const problem: Problem = {
    type: PROBLEM_BASE + spec.slug,
    title: spec.title,
    status: spec.status,
    detail: m.detail,
    ...(instance ? { instance } : {}),
    ...(requestId ? { requestId } : {}),
    ...(m.errors ? { errors: m.errors } : {}),
  };
  return { problem, headers: m.headers ?? {} };
}

@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<FastifyRequest>();
    const reply = ctx.getResponse<FastifyReply>();
    const { problem, headers } = toProblem(exception, req?.id, req?.url?.split('?')[0]);
    if (problem.status >= 500 && problem.status !== 503) {
      this.logger.error({
        msg: 'unhandled error',
        reqId: req?.id,
        err: exception instanceof Error ? exception.stack : String(exception),
      });
    } else if (isClientDataError(exception)) {
      this.logger.warn({
        msg: 'the database refused a value that validation let through',
        reqId: req?.id,
        err: exception instanceof Error ? exception.message : String(exception),
      });
    }
    for (const [k, v] of Object.entries(headers)) void reply.header(k, v);
    void reply.status(problem.status).header('content-type', 'application/problem+json; charset=utf-8').send(problem);
  }
}

/**
 * Errors Node's HTTP parser raises before Fastify sees a request (malformed request line or
 * headers, headers over the size limit, a request that did not arrive in time): answered as
 * problem+json on the raw socket, which is then closed (as Node and Fastify do by default).
 */
export function clientErrorHandler(err: NodeJS.ErrnoException, socket: import('node:stream').Duplex): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const code: ErrorCode =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? 'HEADERS_TOO_LARGE'
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? 'REQUEST_TIMEOUT'
        : 'BAD_REQUEST';
  const detail =
    code === 'HEADERS_TOO_LARGE'
      ? 'The request headers (URL included) are too large'
      : code === 'REQUEST_TIMEOUT'
        ? 'The request did not arrive in time'
        : 'The request is not valid HTTP';
  const spec = errorSpec(code);
  const body = JSON.stringify({
    type: PROBLEM_BASE + spec.slug,
    title: spec.title,
    status: spec.status,
    detail,
  } satisfies Problem);
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${spec.status} ${spec.title}\r\nContent-Type: application/problem+json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(err);
}

/**
 * Errors Fastify's router raises before any hook or Nest runs (malformed percent-encoding in the
 * path, an over-long path parameter): the same problem+json as everything else.
 */
export function frameworkErrorHandler(error: Error, req: FastifyRequest, reply: FastifyReply): void {
  const { problem } = toProblem(error, req.id);
  void reply.status(problem.status).header('content-type', 'application/problem+json; charset=utf-8').send(problem);
}
