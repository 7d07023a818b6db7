/**
 * Domain errors carry a code; one exhaustive switch maps each code to an HTTP status and a
 * problem+json `type`. Adding a code fails to compile until it is mapped.
 */
export type ErrorCode =
  | 'VALIDATION'
  | 'BAD_REQUEST'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'METHOD_NOT_ALLOWED'
  | 'CONFLICT'
  | 'INVALID_TRANSITION'
  | 'PRECONDITION_FAILED'
  | 'PRECONDITION_REQUIRED'
  | 'UNPROCESSABLE'
  | 'TOO_MANY_REQUESTS'
  | 'PAYLOAD_TOO_LARGE'
  | 'RANGE_NOT_SATISFIABLE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'SERVICE_UNAVAILABLE'
  | 'REQUEST_TIMEOUT'
  | 'HEADERS_TOO_LARGE'
  | 'INTERNAL';

export interface FieldError {
  /** Dotted path of the offending field, e.g. `siteId` or `ccs.0.userId`. */
  field: string;
  message: string;
}

export interface ErrorSpec {
  status: number;
  title: string;
  slug: string;
}

export function assertUnreachable(x: never): never {
  throw new Error(`unmapped value ${String(x)}`);
}

export function errorSpec(code: ErrorCode): ErrorSpec {
  switch (code) {
    case 'VALIDATION':
      return { status: 400, title: 'Invalid request', slug: 'validation' };
    case 'BAD_REQUEST':
      return { status: 400, title: 'Bad request', slug: 'bad-request' };
    case 'UNAUTHENTICATED':
      return { status: 401, title: 'Unauthenticated', slug: 'unauthenticated' };
    case 'FORBIDDEN':
      return { status: 403, title: 'Forbidden', slug: 'forbidden' };
    case 'NOT_FOUND':
      return { status: 404, title: 'Not found', slug: 'not-found' };
    case 'METHOD_NOT_ALLOWED':
      return { status: 405, title: 'Method not allowed', slug: 'method-not-allowed' };
    case 'CONFLICT':
      return { status: 409, title: 'Conflict', slug: 'conflict' };
    case 'INVALID_TRANSITION':
      return { status: 409, title: 'Transition not allowed', slug: 'invalid-transition' };
    case 'PRECONDITION_FAILED':
      return { status: 412, title: 'Precondition failed', slug: 'precondition-failed' };
    case 'PRECONDITION_REQUIRED':
      return { status: 428, title: 'Precondition required', slug: 'precondition-required' };
    case 'UNPROCESSABLE':
      return { status: 422, title: 'Unprocessable request', slug: 'unprocessable' };
    case 'TOO_MANY_REQUESTS':
      return { status: 429, title: 'Too many requests', slug: 'too-many-requests' };
    case 'PAYLOAD_TOO_LARGE':
      return { status: 413, title: 'Payload too large', slug: 'payload-too-large' };
    case 'RANGE_NOT_SATISFIABLE':
      return { status: 416, title: 'Range not satisfiable', slug: 'range-not-satisfiable' };
    case 'UNSUPPORTED_MEDIA_TYPE':
      return { status: 415, title: 'Unsupported media type', slug: 'unsupported-media-type' };
    case 'SERVICE_UNAVAILABLE':
      return { status: 503, title: 'Service unavailable', slug: 'service-unavailable' };
    case 'REQUEST_TIMEOUT':
      return { status: 408, title: 'Request timeout', slug: 'request-timeout' };
    case 'HEADERS_TOO_LARGE':
      return { status: 431, title: 'Request header fields too large', slug: 'headers-too-large' };
    case 'INTERNAL':
      return { status: 500, title: 'Internal error', slug: 'internal' };
    default:
      return assertUnreachable(code);
  }
}

export class DomainError extends Error {
  constructor(
    public readonly code: ErrorCode,
    public readonly detail: string,
    public readonly errors: FieldError[] = [],
    public readonly headers: Record<string, string> = {},
  ) {
    super(detail);
  }
}

/** Not visible and nonexistent give the same answer. */
export const notFound = (kind: string) => new DomainError('NOT_FOUND', `${kind} not found`);
export const forbidden = (reason: string) => new DomainError('FORBIDDEN', reason);
export const unprocessable = (field: string, message: string) =>
  new DomainError('UNPROCESSABLE', `${field}: ${message}`, [{ field, message }]);
export const conflict = (detail: string) => new DomainError('CONFLICT', detail);
