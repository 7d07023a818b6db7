import fastifyMultipart from '@fastify/multipart';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import { DomainError } from '../common/errors.js';
import { toProblem } from '../common/problem.filter.js';

const MULTIPART_TYPE = /^\s*multipart\/form-data\b/i;

/**
 * `multipart/form-data` for the routes that take files (route config `{ multipart: true }`, see
 * `MULTIPART`): @fastify/multipart's parser only marks the request, and the route's handler reads
 * the parts as a stream. Every other route answers a multipart body with 415 before it is read,
 * as it answers any body that is not JSON (src/common/media-type.ts).
 */
export async function installMultipart(app: NestFastifyApplication, fastify: FastifyInstance): Promise<void> {
  await app.register(fastifyMultipart as never, { throwFileSizeLimit: false });
  fastify.addHook('preParsing', async (req, reply, payload) => {
    const type = req.headers['content-type'];
    if (!type || !MULTIPART_TYPE.test(type) || !req.routeOptions.url) return payload;
    if ((req.routeOptions.config as { multipart?: boolean } | undefined)?.multipart === true) return payload;
    const { problem } = toProblem(
      new DomainError('UNSUPPORTED_MEDIA_TYPE', 'Unsupported content type; send application/json'),
      req.id,
      req.url.split('?')[0],
    );
    await reply.code(415).header('content-type', 'application/problem+json; charset=utf-8').send(problem);
    return payload;
  });
}
