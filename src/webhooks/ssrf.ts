import { lookup as dnsLookup } from 'node:dns/promises';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * The SSRF guard of webhook deliveries. A target is resolved once; every address it resolves to
 * must be a public unicast address (IPv4, IPv6, and the IPv4 inside an IPv4-mapped IPv6 address),
 * and the connection is then made to that very address (`pinnedLookup`), so a DNS answer that
 * changes between the check and the connect (rebinding) cannot move the request. Refused: loopback,
 * private (RFC 1918, unique local), link-local (cloud metadata at 169.254.169.254 among them),
 * carrier-grade NAT (100.64/10, where some clouds keep metadata), multicast, broadcast, unspecified,
 * reserved and documentation ranges, and the IPv6 forms that embed IPv4 (6to4, Teredo, NAT64).
 */
export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to every address it has (the system resolver by default; tests give their own). */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

/** Longest wait for a DNS answer. */
const RESOLVE_TIMEOUT_MS = 5000;

export const systemResolver: Resolver = async (hostname) => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('DNS timeout')), RESOLVE_TIMEOUT_MS);
  });
  try {
    const answers = await Promise.race([dnsLookup(hostname, { all: true, verbatim: true }), timeout]);
    return answers.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
  } finally {
    clearTimeout(timer);
  }
};

export class TargetRefused extends Error {}

/** Why an address may not be a webhook target, or null when it is a public unicast address. */
export function addressRefusal(address: string): string | null {
  if (!ipaddr.isValid(address)) return `${address} is not an IP address`;
  let ip = ipaddr.parse(address);
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress()) ip = (ip as ipaddr.IPv6).toIPv4Address();
  const range = ip.range();
  return range === 'unicast' ? null : `${address} is a ${range} address`;
}

/** A URL's host without the brackets of an IPv6 literal. */
export const hostOf = (url: URL): string => url.hostname.replace(/^\[(.*)\]$/, '$1');

/**
 * The one address to connect to for `url`: an IP literal as is, a name through `resolver`. Unless
 * `allowPrivate`, refused (TargetRefused) when any address is not public — a name that resolves to
 * a public and a private address is refused, not narrowed.
 */
export async function resolveTarget(url: URL, resolver: Resolver, allowPrivate: boolean): Promise<ResolvedAddress> {
  const host = hostOf(url);
  let addresses: ResolvedAddress[];
  if (ipaddr.isValid(host)) {
    addresses = [{ address: host, family: ipaddr.parse(host).kind() === 'ipv6' ? 6 : 4 }];
  } else {
    try {
      addresses = await resolver(host);
    } catch {
      throw new TargetRefused(`${host} does not resolve`);
    }
    if (addresses.length === 0) throw new TargetRefused(`${host} does not resolve`);
  }
  if (!allowPrivate) {
    for (const a of addresses) {
      const why = addressRefusal(a.address);
      if (why) throw new TargetRefused(`${host}: ${why}; webhook targets must be public addresses`);
    }
  }
  return addresses[0];
}

/** A `lookup` for http(s).request that answers every lookup with the address already checked. */
export function pinnedLookup(target: ResolvedAddress): LookupFunction {
  return ((_hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  }) as LookupFunction;
}
