import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor, SetMetadata, applyDecorators } from '@nestjs/common';
import type { Reflector } from '@nestjs/core';
import type { FastifyReply } from 'fastify';
import { map, type Observable } from 'rxjs';

export const LOCATION_METADATA = 'outpost:location';

/**
 * On a create route: the response gets `Location: /api/v1/<collection>/<body.id>` (the URL of the
 * created resource). Stored and replayed with the body by the idempotency interceptor.
 */
export const ResourceLocation = (collection: string) => applyDecorators(SetMetadata(LOCATION_METADATA, collection));

@Injectable()
export class LocationInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly apiPrefix: string,
  ) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const collection = this.reflector.get<string | undefined>(LOCATION_METADATA, ctx.getHandler());
    if (!collection) return next.handle();
    return next.handle().pipe(
      map((body: unknown) => {
        const id = (body as { id?: unknown } | null)?.id;
        if (typeof id === 'string') {
          void ctx.switchToHttp().getResponse<FastifyReply>().header('location', `/${this.apiPrefix}/${collection}/${id}`);
        }
        return body;
      }),
    );
  }
}
