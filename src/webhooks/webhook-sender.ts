import http from 'node:http';
import https from 'node:https';
import ipaddr from 'ipaddr.js';
import { hostOf, pinnedLookup, resolveTarget, systemResolver, TargetRefused, type Resolver } from './ssrf.js';

/** Longest part of a receiver's answer kept in the attempt log. */
export const RESPONSE_EXCERPT_CHARS = 1024;
/** Bytes of the answer read at most; the rest is not waited for. */
const RESPONSE_READ_BYTES = 16 * 1024;

export interface SendResult {
  /** The receiver's status code (none when no answer came). */
  statusCode: number | null;
  latencyMs: number;
  responseExcerpt: string | null;
  /** Why the attempt failed before or without an answer (refused target, timeout, connection error). */
  error: string | null;
  /** The target was refused by the SSRF guard (not sent at all). */
  refused: boolean;
}

export interface SenderOptions {
  allowPrivate: boolean;
  timeoutMs: number;
  resolver?: Resolver;
}

/**
 * One POST of a signed body to an endpoint: the target resolved and checked by the SSRF guard,
 * the connection pinned to the checked address, redirects never followed (a 3xx is a failed
 * attempt), one deadline for connect, send and answer, the answer read up to 16 KiB and kept as
 * a 1 KiB excerpt.
 */
export class WebhookSender {
  resolver: Resolver;

  constructor(private readonly opts: SenderOptions) {
    this.resolver = opts.resolver ?? systemResolver;
  }

  async send(rawUrl: string, body: string, headers: Record<string, string>): Promise<SendResult> {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    const url = new URL(rawUrl);
    let target;
    try {
      target = await resolveTarget(url, this.resolver, this.opts.allowPrivate);
    } catch (err) {
      const error = err instanceof TargetRefused ? err.message : 'the target could not be resolved';
      return { statusCode: null, latencyMs: elapsed(), responseExcerpt: null, error, refused: true };
    }
    const host = hostOf(url);
    const lib = url.protocol === 'https:' ? https : http;
    return new Promise<SendResult>((resolve) => {
      let settled = false;
      const done = (r: Omit<SendResult, 'latencyMs' | 'refused'>) => {
        if (settled) return;
        settled = true;
        clearTimeout(deadline);
        resolve({ ...r, latencyMs: elapsed(), refused: false });
      };
      const req = lib.request(
        {
          protocol: url.protocol,
          hostname: host,
          port: url.port || undefined,
          path: `${url.pathname}${url.search}`,
          method: 'POST',
          agent: false,
          lookup: pinnedLookup(target),
          servername: ipaddr.isValid(host) ? undefined : host,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            'user-agent': 'Outpost-Webhooks/1',
            ...headers,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          let size = 0;
          const finish = () => {
            const text = Buffer.concat(chunks).toString('utf8');
            done({
              statusCode: res.statusCode ?? null,
              responseExcerpt: text.length > RESPONSE_EXCERPT_CHARS ? text.slice(0, RESPONSE_EXCERPT_CHARS) : text,
              error: null,
            });
            res.destroy();
          };
          res.on('data', (c: Buffer) => {
            chunks.push(c);
            size += c.length;
            if (size >= RESPONSE_READ_BYTES) finish();
          });
          res.on('end', finish);
          res.on('error', finish);
        },
      );
      const deadline = setTimeout(() => {
        req.destroy();
        done({ statusCode: null, responseExcerpt: null, error: `no answer within ${this.opts.timeoutMs} ms` });
      }, this.opts.timeoutMs);
      req.on('error', (err) =>
        done({ statusCode: null, responseExcerpt: null, error: `connection failed: ${err.message}`.slice(0, 500) }),
      );
      req.end(body);
    });
  }
}
