import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { useApp } from '../helpers/setup.js';

/**
 * The limiter keys on the route the router matched, never on the raw URL: every spelling of a
 * limited path that reaches a handler (percent-encoded letters, either hex case, a trailing slash)
 * is limited exactly like the plain path, and a spelling no route matches still counts against
 * the per-IP limit. Requests go out over a raw socket so the path is sent byte for byte.
 */
const PER_IP = 4;
const PER_USER = 3;
const AUTH_PER_IP = 2;

interface Sent {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Percent-encodes one character, in lower- or upper-case hex. */
const enc = (ch: string, upper: boolean) => {
  const hex = ch.charCodeAt(0).toString(16).padStart(2, '0');
  return `%${upper ? hex.toUpperCase() : hex.toLowerCase()}`;
};

/** Every spelling of `path` tried: encoded letters per segment, encoded and doubled slashes, dot segments, trailing slash. */
function variants(path: string): string[] {
  const segs = path.split('/').slice(1);
  const out = new Set<string>([path]);
  const join = (s: string[]) => `/${s.join('/')}`;
  segs.forEach((seg, i) => {
    for (const upper of [false, true]) {
      // The first letter, the last letter, and every letter of the segment encoded.
      const first = enc(seg[0], upper) + seg.slice(1);
      const last = seg.slice(0, -1) + enc(seg[seg.length - 1], upper);
      const all = [...seg].map((c) => enc(c, upper)).join('');
      for (const v of [first, last, all]) out.add(join(segs.map((s, j) => (j === i ? v : s))));
    }
    if (i > 0) {
      const before = segs.slice(0, i);
      const after = segs.slice(i);
      out.add(`${join(before)}%2F${after.join('/')}`);
      out.add(`${join(before)}%2f${after.join('/')}`);
      out.add(`${join(before)}//${after.join('/')}`);
      out.add(`${join(before)}/./${after.join('/')}`);
      out.add(`${join(before)}/x/../${after.join('/')}`);
      out.add(`${join(before)}/%2e/${after.join('/')}`);
    }
    out.add(join(segs.map((s, j) => (j === i ? s.toUpperCase() : s))));
  });
  out.add(`/${path}`);
  out.add(`${path}/`);
  out.add(`${path}?x=1`);
  out.add(`${path}/?x=1`);
  out.add(`${path};x`);
  out.add(`${path}%20`);
  return [...out];
}

describe('rate limits key on the matched route, not the raw URL', () => {
  const { ctx, f } = useApp(
    {
      TRUST_PROXY: 'true',
      RATE_LIMIT_PER_IP: String(PER_IP),
      RATE_LIMIT_PER_USER: String(PER_USER),
      RATE_LIMIT_AUTH_PER_IP: String(AUTH_PER_IP),
      RATE_LIMIT_WINDOW_SECONDS: '600',
    },
    { truncate: false },
  );
  let port: number;
  let ipSeq = 0;
  let emailSeq = 0;
  const nextIp = () => {
    ipSeq += 1;
    return `10.77.${Math.floor(ipSeq / 250)}.${(ipSeq % 250) + 1}`;
  };

  beforeAll(async () => {
    await ctx.app.listen(0, '127.0.0.1');
    port = (ctx.app.getHttpServer().address() as AddressInfo).port;
  });

  const send = (method: string, path: string, ip: string, opts: { auth?: string; body?: unknown } = {}) =>
    new Promise<Sent>((resolve, reject) => {
      const payload = opts.body === undefined ? undefined : JSON.stringify(opts.body);
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          method,
          path,
          headers: {
            'x-forwarded-for': ip,
            ...(opts.auth ? { authorization: opts.auth } : {}),
            ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: Buffer.concat(chunks).toString('utf8'),
            }),
          );
        },
      );
      req.on('error', reject);
      req.end(payload);
    });

  /** Sends `n` requests from one address; returns every answer. */
  async function burst(
    n: number,
    method: string,
    path: string,
    ip: string,
    opts: { auth?: string; body?: unknown } = {},
  ): Promise<Sent[]> {
    const out: Sent[] = [];
    for (let i = 0; i < n; i++) out.push(await send(method, path, ip, opts));
    return out;
  }

  interface Limited {
    name: string;
    method: string;
    path: string;
    /** The status a request through to the handler answers. */
    handled: number;
    auth?: () => Promise<string>;
    /** A fresh body per spelling (a new email each time, so the account lockout never answers first). */
    body?: () => unknown;
    /** The limit that refuses first, and the words of its 429. */
    limit: number;
    detail: RegExp;
  }

  const cases: Limited[] = [
    {
      name: 'sign-in limit (auth prefix)',
      method: 'POST',
      path: '/api/v1/auth/login',
      handled: 401,
      body: () => ({ email: `nobody${++emailSeq}@example.test`, password: 'wrong-password-1' }),
      limit: AUTH_PER_IP,
      detail: /sign-in endpoints/,
    },
    {
      name: 'per-IP limit (API prefix, anonymous)',
      method: 'GET',
      path: '/api/v1/tickets',
      handled: 401,
      limit: PER_IP,
      detail: /from your address/,
    },
    {
      name: 'per-user limit (API prefix, signed in)',
      method: 'GET',
      path: '/api/v1/tickets',
      handled: 200,
      auth: async () => `Bearer ${ctx.tokenFor(await f.staff('AGENT'))}`,
      limit: PER_USER,
      detail: /for your account/,
    },
  ];

  describe.each(cases)('$name', (c) => {
    it('every spelling that reaches the handler is limited like the plain path; the others count against the per-IP limit', async () => {
      const routed: string[] = [];
      const unrouted: string[] = [];
      for (const path of variants(c.path)) {
        const auth = c.auth ? await c.auth() : undefined;
        const ip = nextIp();
        const body = c.body?.();
        const first = await send(c.method, path, ip, { auth, body });
        if (first.status === 404) {
          // No route matched: still counted per IP, so a scan of spellings is limited too.
          unrouted.push(path);
          const rest = await burst(PER_IP, c.method, path, ip, { auth, body });
          expect({ path, statuses: [first, ...rest].map((r) => r.status) }).toEqual({
            path,
            statuses: [...Array(PER_IP).fill(404), 429],
          });
          continue;
        }
        routed.push(path);
        expect({ path, status: first.status }).not.toEqual({ path, status: 429 });
        const rest = await burst(c.limit, c.method, path, ip, { auth, body });
        const all = [first, ...rest];
        // A spelling with a query answers what the handler answers to that query (e.g. 400 on an unknown one).
        if (path === c.path) expect(first.status).toBe(c.handled);
        expect({ path, statuses: all.map((r) => r.status) }).toEqual({
          path,
          statuses: [...Array(c.limit).fill(first.status), 429],
        });
        expect({ path, limit: all[0].headers['ratelimit-limit'] }).toEqual({ path, limit: String(c.limit) });
        const refused = all[c.limit];
        expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect({ path, detail: JSON.parse(refused.body).detail as string }).toEqual({
          path,
          detail: expect.stringMatching(c.detail),
        });
        expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      }
      // The router decodes percent-encoded letters in either hex case and ignores a trailing slash,
      // so those spellings reach the handler and are the ones that must not escape the limit.
      expect(routed).toEqual(
        expect.arrayContaining([c.path, `${c.path}/`, `/%61${c.path.slice(2)}`, `/api/%76${c.path.slice(6)}`]),
      );
      expect(routed.some((p) => /%[0-9A-F]*[A-F]/.test(p))).toBe(true);
      expect(unrouted.length).toBeGreaterThan(0);
    });
  });

  it('a percent-encoded path shares the bucket of the plain path (one budget, not one per spelling)', async () => {
    const ip = nextIp();
    const body = { email: 'shared-bucket@example.test', password: 'wrong-password-1' };
    expect((await send('POST', '/api/v1/auth/login', ip, { body })).status).toBe(401);
    expect((await send('POST', '/%61pi/v1/%61uth/login', ip, { body })).status).toBe(401);
    expect((await send('POST', '/api/v1/auth/%6C%6F%67%69%6E', ip, { body })).status).toBe(429);
    expect((await send('POST', '/api/v1/auth/login', ip, { body })).status).toBe(429);
  });
});
