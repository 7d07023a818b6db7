import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiProperty, ApiPropertyOptional, ApiResponse, getSchemaPath } from '@nestjs/swagger';
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
  @ApiPropertyOptional({ example: 'req-3f9c2a' })
  requestId?: string;
  @ApiPropertyOptional({ type: [FieldErrorDto], description: 'Field errors (validation problems)' })
  errors?: FieldErrorDto[];
}

const DESCRIPTIONS: Record<number, [string, string]> = {
  400: ['Invalid request: malformed id, unknown property or field errors', 'validation'],
  401: ['Missing, invalid or expired credentials', 'unauthenticated'],
  403: ['Visible but not allowed; `detail` says why', 'forbidden'],
  404: ['Not found, or not visible to the caller (indistinguishable)', 'not-found'],
  405: ['The path does not have this method; `Allow` lists the ones it has', 'method-not-allowed'],
  409: ['Conflict with the current state', 'conflict'],
  412: ['If-Match does not match the current ETag', 'precondition-failed'],
  413: ['Payload too large', 'payload-too-large'],
  415: ['Unsupported media type: the body must be application/json', 'unsupported-media-type'],
  422: ['A referenced resource is invalid or not visible to the caller', 'unprocessable'],
  428: ['If-Match is required', 'precondition-required'],
  429: ['Too many requests; see Retry-After', 'too-many-requests'],
  503: ['Service unavailable', 'service-unavailable'],
};

/** The OpenAPI response object of a problem+json error. */
export function problemResponse(status: number, description = DESCRIPTIONS[status]?.[0] ?? 'Error') {
  return {
    description,
    content: {
      'application/problem+json': {
        schema: { $ref: getSchemaPath(ProblemDto) },
        example: {
          type: PROBLEM_BASE + (DESCRIPTIONS[status]?.[1] ?? 'error'),
          title: DESCRIPTIONS[status]?.[0] ?? 'Error',
          status,
          detail: DESCRIPTIONS[status]?.[0] ?? 'Error',
        },
      },
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
