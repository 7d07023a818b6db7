import { Controller, Get, Module, Post } from '@nestjs/common';
import { INTERCEPTORS_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryModule, DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { useApp } from '../helpers/setup.js';
import { routeInventory } from '../../src/auth/route-inventory.js';
import { assertEveryRouteHasPolicy, assertRouteInterceptors } from '../../src/app.factory.js';
import { Authenticated } from '../../src/auth/policy.decorator.js';
import { IdempotencyInterceptor } from '../../src/common/idempotency.js';
import { LocationInterceptor } from '../../src/common/location.js';
import { TicketsController } from '../../src/tickets/tickets.controller.js';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { FastifyAdapter } from '@nestjs/platform-fastify';

@Controller('forgotten')
class ForgottenController {
  @Get()
  open(): string {
    return 'should never be served';
  }
}

@Module({ imports: [DiscoveryModule], controllers: [ForgottenController] })
class ForgottenModule {}

@Controller('unbound')
class UnboundCreateController {
  @Post()
  @Authenticated()
  create(): string {
    return 'created without idempotency';
  }
}

@Module({ imports: [DiscoveryModule], controllers: [UnboundCreateController] })
class UnboundCreateModule {}

describe('route inventory: every route declares its access policy', () => {
  const { ctx } = useApp({}, { truncate: false });

  it('finds a policy on every route of the app', () => {
    const routes = routeInventory(ctx.app.get(DiscoveryService), ctx.app.get(MetadataScanner), ctx.app.get(Reflector));
    expect(routes.length).toBeGreaterThan(3);
    const missing = routes.filter((r) => !r.policy).map((r) => `${r.method} ${r.path}`);
    expect(missing).toEqual([]);
  });

  it('lists the public routes explicitly (a review point when it changes)', () => {
    const routes = routeInventory(ctx.app.get(DiscoveryService), ctx.app.get(MetadataScanner), ctx.app.get(Reflector));
    const publicRoutes = routes
      .filter((r) => r.policy?.kind === 'public')
      .map((r) => `${r.method} ${r.path}`)
      .sort();
    expect(publicRoutes).toEqual(expect.arrayContaining(['GET /health/live', 'GET /health/ready', 'POST /auth/login']));
    for (const r of publicRoutes) expect(r).toMatch(/^(GET \/health|POST \/auth\/)/);
  });

  it('refuses to boot an app with a route that declares no policy', async () => {
    const moduleRef = await Test.createTestingModule({ imports: [ForgottenModule] }).compile();
    const app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter());
    expect(() => assertEveryRouteHasPolicy(app)).toThrow(/GET \/forgotten/);
    await app.close();
  });

  it('binds interceptors per route: a create gets idempotency around Location, a list or read runs none', () => {
    const bound = (name: keyof TicketsController) =>
      Reflect.getMetadata(INTERCEPTORS_METADATA, TicketsController.prototype[name]) as unknown[] | undefined;
    expect(bound('create')).toEqual([IdempotencyInterceptor, LocationInterceptor]);
    expect(bound('comment')).toEqual([IdempotencyInterceptor]);
    expect(bound('list')).toBeUndefined();
    expect(bound('get')).toBeUndefined();
  });

  it('refuses to boot an app with a create route that takes Idempotency-Keys but has no interceptor for them', async () => {
    const moduleRef = await Test.createTestingModule({ imports: [UnboundCreateModule] }).compile();
    const app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter());
    expect(() => assertRouteInterceptors(app)).toThrow(/UnboundCreateController\.create takes Idempotency-Keys/);
    await app.close();
  });
});
