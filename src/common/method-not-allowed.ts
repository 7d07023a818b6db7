import type { FastifyInstance } from 'fastify';
import { DomainError } from './errors.js';
import { toProblem } from './problem.filter.js';

const METHOD_ORDER = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

interface RoutePattern {
  /** Path segments; `:name` is a parameter, a trailing `*` matches the rest. */
  segments: string[];
  /** `*` or `/*`: a route for every path (CORS preflight), which makes no path known. */
  catchAll: boolean;
  methods: Set<string>;
}

/**
 * The methods registered for each route pattern, filled from Fastify's `onRoute` hook, and the
 * methods that would route a given request path (what `Allow` lists).
 */
export class RouteMethods {
  private readonly patterns = new Map<string, RoutePattern>();

  add(url: string, method: string | string[]): void {
    let p = this.patterns.get(url);
    if (!p) {
      const path = url.length > 1 && url.endsWith('/') && !url.endsWith('*/') ? url.slice(0, -1) : url;
      p = { segments: path.split('/').slice(1), catchAll: url === '*' || url === '/*', methods: new Set() };
      this.patterns.set(url, p);
    }
    for (const m of Array.isArray(method) ? method : [method]) {
      p.methods.add(m.toUpperCase());
      if (m.toUpperCase() === 'GET') p.methods.add('HEAD');
    }
  }

  /** Methods allowed on the path of `rawUrl` (percent-decoded per segment), or null for an unknown path. */
  allowed(rawUrl: string): string[] | null {
    const q = rawUrl.indexOf('?');
    let path = q < 0 ? rawUrl : rawUrl.slice(0, q);
    if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1); // routerOptions.ignoreTrailingSlash
    if (!path.startsWith('/')) return null;
    let segments: string[];
    try {
      segments = path
        .split('/')
        .slice(1)
        .map((s) => decodeURIComponent(s));
    } catch {
      return null;
    }
    const methods = new Set<string>();
    let known = false;
    for (const p of this.patterns.values()) {
      if (!p.catchAll && !matches(p.segments, segments)) continue;
      if (!p.catchAll) known = true;
      for (const m of p.methods) methods.add(m);
    }
    if (!known) return null;
    return [...methods].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  }
}

const rank = (m: string) => (METHOD_ORDER.includes(m) ? METHOD_ORDER.indexOf(m) : METHOD_ORDER.length);

function matches(pattern: string[], path: string[]): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const seg = pattern[i];
    if (seg === '*' && i === pattern.length - 1) return true;
    if (i >= path.length) return false;
    if (seg.startsWith(':')) {
      if (path[i] === '') return false;
    } else if (seg !== path[i]) {
      return false;
    }
  }
  return pattern.length === path.length;
}

/**
 * A known path asked with a method it does not have answers 405 with `Allow` (RFC 9110 §15.5.6);
 * an unknown path stays 404. Install before the routes are registered (the table is filled as
 * they are).
 */
export function installMethodNotAllowed(fastify: FastifyInstance): RouteMethods {
  const table = new RouteMethods();
  fastify.addHook('onRoute', (route) => table.add(route.url, route.method));
  fastify.addHook('onRequest', (req, reply, done) => {
    if (!req.is404) return done();
    const allow = table.allowed(req.url);
    if (!allow || allow.includes(req.method)) return done();
    const path = req.url.split('?')[0];
    const { problem } = toProblem(
      new DomainError('METHOD_NOT_ALLOWED', `${req.method} is not allowed on ${path}; allowed: ${allow.join(', ')}`),
      req.id,
      path,
    );
    void reply
      .status(405)
      .header('allow', allow.join(', '))
      .header('content-type', 'application/problem+json; charset=utf-8')
      .send(problem);
  });
  return table;
}
