import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  SetMetadata,
  UseInterceptors,
  applyDecorators,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { API_PREFIX } from './api-prefix.js';
import { IdempotencyInterceptor, LOCATION_METADATA } from './idempotency.js';
import type { FastifyReply } from 'fastify';
import { map, type Observable } from 'rxjs';

export { LOCATION_METADATA };

/**
 * On a create route: the response gets `Location: /api/v1/<collection>/<body.id>` (the URL of the
 * created resource). Stored and replayed with the body by the idempotency interceptor.
 */
export const ResourceLocation = (collection: string) =>
  // Idempotency outermost: it stores the Location header the inner interceptor sets.
  applyDecorators(
    SetMetadata(LOCATION_METADATA, collection),
    UseInterceptors(IdempotencyInterceptor, LocationInterceptor),
  );

@Injectable()
export class LocationInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const collection = this.reflector.get<string | undefined>(LOCATION_METADATA, ctx.getHandler());
    if (!collection) return next.handle();
    return next.handle().pipe(
      map((body: unknown) => {
        const id = (body as { id?: unknown } | null)?.id;
        if (typeof id === 'string') {
          void ctx.switchToHttp().getResponse<FastifyReply>().header('location', `/${API_PREFIX}/${collection}/${id}`);
        }
        return body;
      }),
    );
  }
}
