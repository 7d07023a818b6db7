import type { FastifyInstance } from 'fastify';

/** The one media type request bodies may have (any parameters, e.g. `; charset=utf-8`). */
export const REQUEST_MEDIA_TYPE = 'application/json';

/**
 * Request bodies are `application/json` only. Fastify's own JSON parser stays (prototype
 * poisoning refused); its `text/plain` parser goes, and Nest's urlencoded parser is never
 * registered (`bodyParser: false`). Any other media type, or a body without `Content-Type`,
 * then finds no parser and Fastify answers 415 (FST_ERR_CTP_INVALID_MEDIA_TYPE, mapped to
 * problem+json). A request without a body is not parsed at all. A route that takes files adds
 * its own `multipart/form-data` parser and refuses it elsewhere.
 */
export function installMediaTypes(fastify: FastifyInstance): void {
  if (fastify.hasContentTypeParser('text/plain')) fastify.removeContentTypeParser('text/plain');
  // Nest registers its parsers during init unless created with `bodyParser: false`: refuse to boot with them.
  fastify.addHook('onReady', (done) => {
    const extra = ['text/plain', 'application/x-www-form-urlencoded'].filter((t) => fastify.hasContentTypeParser(t));
    done(
      extra.length
        ? new Error(
            `Request bodies are ${REQUEST_MEDIA_TYPE} only, but parsers are registered for: ${extra.join(', ')}`,
          )
        : undefined,
    );
  });
}
