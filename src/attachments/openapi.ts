import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiExtension, ApiExtraModels, ApiHeader, ApiResponse } from '@nestjs/swagger';
import { ApiProblems, problemResponse } from '../common/api-problems.js';

/** Route config of a route that takes `multipart/form-data` (every other route answers it with 415). */
export const MULTIPART = { multipart: true } as const;

const binary = (types: readonly string[], description: string) =>
  Object.fromEntries(types.map((t) => [t, { schema: { type: 'string', format: 'binary', description } }]));

const FILE_HEADERS = {
  'Content-Disposition': {
    description: 'Always `attachment`, with the file name (RFC 6266: an ASCII `filename` and a UTF-8 `filename*`)',
    schema: { type: 'string', example: `attachment; filename="screenshot.png"` },
  },
  ETag: {
    description: 'Strong ETag of the bytes (their SHA-256): `If-None-Match` ⇒ 304, `If-Range` for a resumed download',
    schema: { type: 'string', example: '"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"' },
  },
  'Accept-Ranges': { description: 'Always `bytes`', schema: { type: 'string', enum: ['bytes'] } },
};

/**
 * OpenAPI of a file download: 200 (the file), 206 (one range of it), 304 (If-None-Match), 416 (a
 * range beyond the end), with their headers and the Range / If-Range request headers.
 */
export const ApiFileContent = (types: readonly string[] = ['*/*']) =>
  applyDecorators(
    ApiHeader({
      name: 'Range',
      required: false,
      description: 'One byte range, `bytes=0-1023`, `bytes=1024-` or `bytes=-500` (several ranges: the whole file)',
      schema: { type: 'string', maxLength: 200, example: 'bytes=0-1023' },
    }),
    ApiHeader({
      name: 'If-Range',
      required: false,
      description: 'The ETag the client holds: the Range is honoured only while it still matches',
      schema: { type: 'string', maxLength: 200 },
    }),
    ApiResponse({
      status: 200,
      description: 'The file, as the type sniffed at upload (application/octet-stream when unknown)',
      content: binary(types, 'The bytes'),
      headers: FILE_HEADERS,
    }),
    ApiResponse({
      status: 206,
      description: 'The range asked for',
      content: binary(types, 'The bytes of the range'),
      headers: {
        ...FILE_HEADERS,
        'Content-Range': {
          description: 'The range sent and the size: `bytes 0-1023/48213`',
          schema: { type: 'string', example: 'bytes 0-1023/48213' },
        },
      },
    }),
    ApiProblems(400, 404),
    ApiResponse({
      status: 416,
      ...problemResponse(416),
      headers: {
        ETag: FILE_HEADERS.ETag,
        'Accept-Ranges': FILE_HEADERS['Accept-Ranges'],
        'Content-Range': {
          description: 'The size of the file: `bytes */48213`',
          schema: { type: 'string', example: 'bytes */48213' },
        },
      },
    }),
  );

/** The extension naming the schema of a route's multipart/form-data body (replaced by `documentMultipartBodies`). */
const MULTIPART_SCHEMA = 'x-multipart-schema';

/**
 * A body taken as JSON (`json`) or as multipart/form-data (`multipart`, with files): Nest's
 * decorators give one schema to every media type, so the multipart one is put in place by
 * `documentMultipartBodies` once the document is built.
 */
export const ApiJsonOrMultipartBody = (json: new () => unknown, multipart: new () => unknown) =>
  applyDecorators(
    ApiExtraModels(multipart),
    ApiConsumes('application/json', 'multipart/form-data'),
    ApiBody({ type: json }),
    ApiExtension(MULTIPART_SCHEMA, multipart.name),
  );

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Gives each multipart/form-data request body the schema its route names (see `ApiJsonOrMultipartBody`). */
export function documentMultipartBodies(doc: { paths: Record<string, Json> }): void {
  for (const item of Object.values(doc.paths)) {
    for (const op of Object.values(item) as Json[]) {
      const name = op?.[MULTIPART_SCHEMA] as string | undefined;
      if (!name) continue;
      delete op[MULTIPART_SCHEMA];
      const content = op.requestBody?.content as Json | undefined;
      if (content?.['multipart/form-data'])
        content['multipart/form-data'] = { schema: { $ref: `#/components/schemas/${name}` } };
    }
  }
}
