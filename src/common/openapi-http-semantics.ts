import type { OpenAPIObject } from '@nestjs/swagger';
import { CACHE_NONE, CACHE_PRIVATE } from './etag.js';

// Free-form OpenAPI JSON, walked by path.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

const ETAG_HEADER = {
  description: 'Version of the resource: send it back as `If-Match` (updates) or `If-None-Match` (reads)',
  schema: { type: 'string', example: '"3"' },
};
const CACHE_CONTROL_HEADER = {
  description: `\`${CACHE_PRIVATE}\` for an authenticated caller; \`${CACHE_NONE}\` for tokens and secrets and for an anonymous caller; \`private, no-store\` for file downloads`,
  schema: { type: 'string', enum: [CACHE_PRIVATE, CACHE_NONE, 'private, no-store'] },
};
const IF_NONE_MATCH = {
  name: 'If-None-Match',
  in: 'header',
  required: false,
  description:
    'ETag(s) of a copy the client holds (a list, weak tags and `*` allowed): when one matches, 304 without a body',
  schema: { type: 'string', maxLength: 1024 },
  example: '"3"',
};

const DESCRIPTION =
  ' Request bodies are `application/json` (any other media type, or a body without `Content-Type`: 415); the operations that take files also take `multipart/form-data`, as their request body says.' +
  ' A known path called with a method it does not have answers 405 with an `Allow` header listing the methods it has (an unknown path: 404).' +
  ` Responses to an authenticated caller carry \`Cache-Control: ${CACHE_PRIVATE}\`; single resources carry an \`ETag\`, and a GET with a matching \`If-None-Match\` answers 304.`;

/** Whether a response's JSON body is a single resource with a `version` (the ETag is set from it). */
function hasVersion(doc: OpenAPIObject, response: Json | undefined): boolean {
  let schema = response?.content?.['application/json']?.schema as Json | undefined;
  for (let i = 0; schema?.$ref && i < 5; i++)
    schema = (doc.components?.schemas as Json | undefined)?.[String(schema.$ref).split('/').pop()!];
  return !!schema?.properties?.version;
}

/**
 * Documents the HTTP semantics no controller declares (415 and Retry-After are documentHttpContract's):
 * `ETag` on every response that is a versioned resource, `If-None-Match` and 304 on the GETs among
 * them, `Cache-Control` on every response, and the 405 rule in the description (OpenAPI cannot
 * list methods a path does not have).
 */
export function documentHttpSemantics(doc: OpenAPIObject): OpenAPIObject {
  doc.info.description = (doc.info.description ?? '') + DESCRIPTION;
  doc.components ??= {};
  doc.components.headers = { ...doc.components.headers, ETag: ETAG_HEADER, 'Cache-Control': CACHE_CONTROL_HEADER };
  const etagRef = { $ref: '#/components/headers/ETag' };
  const cacheRef = { $ref: '#/components/headers/Cache-Control' };
  for (const item of Object.values(doc.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      const op = (item as Json)[method] as Json | undefined;
      if (!op) continue;
      op.responses ??= {};
      let etag = false;
      for (const [status, response] of Object.entries(op.responses as Record<string, Json>)) {
        if (status.startsWith('2') && (hasVersion(doc, response) || response.headers?.ETag)) {
          response.headers = { ...response.headers, ETag: response.headers?.ETag ?? etagRef };
          if (status === '200') etag = true;
        }
      }
      if (method === 'get' && etag) {
        if (!(op.parameters as Json[] | undefined)?.some((p) => p.name === 'If-None-Match'))
          op.parameters = [...(op.parameters ?? []), IF_NONE_MATCH];
        op.responses['304'] ??= {
          description: 'Not modified: `If-None-Match` matches the current ETag (no body)',
          headers: { ETag: etagRef },
        };
      }
      for (const response of Object.values(op.responses as Record<string, Json>)) {
        if (response.$ref) continue;
        response.headers = { ...response.headers, 'Cache-Control': response.headers?.['Cache-Control'] ?? cacheRef };
      }
    }
  }
  return doc;
}
