import { PATH_METADATA, METHOD_METADATA } from '@nestjs/common/constants.js';
import { RequestMethod } from '@nestjs/common';
import type { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { ROUTE_POLICY, type RoutePolicy } from './policy.decorator.js';

export interface RouteEntry {
  controller: string;
  handler: string;
  method: string;
  path: string;
  policy: RoutePolicy | undefined;
  /** The controller class and the route's method, for checks that read more of their metadata. */
  target: { controller: new (...a: never[]) => unknown; handler: (...a: unknown[]) => unknown };
}

/** Every controller route with its declared policy, read from Nest's metadata. */
export function routeInventory(
  discovery: DiscoveryService,
  scanner: MetadataScanner,
  reflector: Reflector,
): RouteEntry[] {
  const out: RouteEntry[] = [];
  for (const wrapper of discovery.getControllers()) {
    const ctor = wrapper.metatype as (new (...a: never[]) => unknown) | undefined;
    if (!ctor) continue;
    const base = String(Reflect.getMetadata(PATH_METADATA, ctor) ?? '');
    for (const name of scanner.getAllMethodNames(ctor.prototype)) {
      const handler = (ctor.prototype as Record<string, (...a: unknown[]) => unknown>)[name];
      const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
      if (path === undefined) continue;
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
      const policy = reflector.getAllAndOverride<RoutePolicy | undefined>(ROUTE_POLICY, [handler as () => void, ctor]);
      out.push({
        controller: ctor.name,
        handler: name,
        method,
        path: `/${base}/${path}`.replace(/\/+/g, '/').replace(/\/$/, ''),
        policy,
        target: { controller: ctor, handler },
      });
    }
  }
  return out;
}
