import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiProperty, ApiPropertyOptional, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { errorSpec, type ErrorCode } from './errors.js';
import { PROBLEM_BASE } from './problem.filter.js';

export class FieldErrorDto {
  @ApiProperty({ example: 'subject' })
  field: string;
  @ApiProperty({ example: 'subject must be shorter than or equal to 200 characters' })
  message: string;
}

/** RFC 9457 problem details, as every error of the API is returned. */
export class ProblemDto {
  @ApiProperty({ example: PROBLEM_BASE + 'not-found' })
  type: string;
  @ApiProperty({ example: 'Not found' })
  title: string;
  @ApiProperty({ example: 404 })
  status: number;
  @ApiProperty({ example: 'ticket not found' })
  detail: string;
  @ApiPropertyOptional({ example: '/api/v1/tickets/0190b8a5-0000-7000-8000-000000000000' })
  instance?: string;
  @ApiProperty({
    example: 'req-3f9c2a',
    description: 'Id of the request, as in the `X-Request-Id` header and the server log',
  })
  requestId: string;
  @ApiPropertyOptional({ type: [FieldErrorDto], description: 'Field errors (validation problems)' })
  errors?: FieldErrorDto[];
}

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid request: malformed id or body, unknown property or field errors',
  401: 'Missing, invalid or expired credentials',
  403: 'Visible but not allowed; `detail` says why',
  404: 'Not found, or not visible to the caller (indistinguishable)',
  405: 'The path exists but not with this method; `Allow` lists the methods it has',
  409: 'Conflict with the current state',
  412: 'If-Match does not match the current ETag',
  413: 'Payload too large',
  415: 'Unsupported media type: the body must be of a type the operation documents (application/json unless it says otherwise)',
  416: 'The Range asks for bytes beyond the end of the file; `Content-Range` gives its size',
  422: 'A referenced resource is invalid or not visible to the caller',
  428: 'If-Match is required',
  429: 'Too many requests; see Retry-After',
  500: 'Unexpected server error (details are logged under the request id, never returned)',
  503: 'Service unavailable; see Retry-After',
};

/** A realistic problem body per status, as the error filter writes it (src/common/errors.ts). */
const EXAMPLES: Record<number, { code: ErrorCode; detail: string; errors?: FieldErrorDto[] }> = {
  400: {
    code: 'VALIDATION',
    detail: 'The request has invalid fields',
    errors: [{ field: 'subject', message: 'subject must be shorter than or equal to 200 characters' }],
  },
  401: { code: 'UNAUTHENTICATED', detail: 'The access token is missing, invalid or expired' },
  403: { code: 'FORBIDDEN', detail: 'Your roles do not allow this action' },
  404: { code: 'NOT_FOUND', detail: 'ticket not found' },
  409: { code: 'CONFLICT', detail: 'The resource is in a state that does not allow this' },
  412: {
    code: 'PRECONDITION_FAILED',
    detail: 'The resource was changed since you read it; GET it again and retry with the new ETag',
  },
  413: { code: 'PAYLOAD_TOO_LARGE', detail: 'The body is larger than this operation accepts' },
  415: { code: 'UNSUPPORTED_MEDIA_TYPE', detail: 'Send the body as application/json' },
  416: { code: 'RANGE_NOT_SATISFIABLE', detail: 'The file has 2048 bytes; the range starts beyond its end' },
  422: { code: 'UNPROCESSABLE', detail: 'organizationId does not name an organization you may use' },
  428: {
    code: 'PRECONDITION_REQUIRED',
    detail: 'This update needs an If-Match header with the ETag of the resource (GET it first)',
  },
  429: { code: 'TOO_MANY_REQUESTS', detail: 'Too many requests; retry after the time in Retry-After' },
  500: { code: 'INTERNAL', detail: 'An unexpected error occurred' },
  503: {
    code: 'SERVICE_UNAVAILABLE',
    detail: 'The service is temporarily unavailable; retry after the time in Retry-After',
  },
};

/** The example problem body of a status (each status its own: a 500 has no field errors, a 404 is a 404). */
export function problemExample(status: number): Record<string, unknown> {
  const e = EXAMPLES[status];
  if (!e)
    return {
      type: PROBLEM_BASE + 'error',
      title: 'Error',
      status,
      detail: DESCRIPTIONS[status] ?? 'Error',
      requestId: 'req-3f9c2a',
    };
  const spec = errorSpec(e.code);
  return {
    type: PROBLEM_BASE + spec.slug,
    title: spec.title,
    status: spec.status,
    detail: e.detail,
    requestId: 'req-3f9c2a',
    ...(e.errors ? { errors: e.errors } : {}),
  };
}

/** The OpenAPI response object of a problem+json error. */
export function problemResponse(status: number, description = DESCRIPTIONS[status] ?? 'Error') {
  return {
    description,
    content: {
      'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDto) }, example: problemExample(status) },
    },
  };
}

/** Documents problem+json error responses for the given statuses. */
export function ApiProblems(...statuses: number[]) {
  return applyDecorators(
    ApiExtraModels(ProblemDto),
    ...statuses.map((status) => ApiResponse({ status, ...problemResponse(status) })),
  );
}
