// Where a webhook may point. Refused with a BAD_USER_INPUT naming the argument, before anything is stored: a URL that
// is not http(s), is over 2,000 characters, points at the graph itself (the gateway's or a subgraph's own origin: a
// delivery must not become a request the graph sends to itself), or, in production, resolves to an address that is
// not public unicast (loopback, link-local, private, unique-local, CGNAT, multicast, reserved), which would let a
// partner reach the deployment's internal network through the sender (SSRF). Development and test allow those so a
// receiver on 127.0.0.1 works.
//
// The address check runs again at every delivery, in the socket's own DNS lookup (guardedLookup), so a name that
// resolved to a public address at registration and to an internal one later (DNS rebinding) is refused too; an
// address written in the URL gets no lookup, so it is checked before connecting (literalAddressRefusal).
import dns from 'node:dns';
import type { LookupFunction } from 'node:net';
import { hostname as osHostname } from 'node:os';
import ipaddr from 'ipaddr.js';
import { BadUserInputError } from '@unmn/shared/errors';

export const MAX_URL_LENGTH = 2_000;

export interface UrlPolicy {
  /** Production refuses addresses that are not public unicast. */
  production: boolean;
  /** Origins that are the graph itself (the gateway's public and local origins, the subgraphs'), e.g. `http://localhost:4000`. */
  selfOrigins: string[];
  /** DNS, replaceable in tests. */
  lookup?: (host: string) => Promise<{ address: string; family: number }[]>;
}

const defaultPort = (protocol: string) => (protocol === 'https:' ? '443' : '80');

/** Whether a URL's hostname names this host: a loopback name or address (all of 127/8), or the machine's own name. */
function isThisHost(host: string): boolean {
  if (host === 'localhost' || host.endsWith('.localhost') || host === osHostname().toLowerCase()) return true;
  const bare = host.replace(/^\[|\]$/g, '');
  return ipaddr.isValid(bare) && ['loopback', 'unspecified'].includes(ipaddr.process(bare).range());
}

/** host:port keys an origin is known by; this host's spellings of one port are one key, so 127.0.0.1:4000 is localhost:4000. */
function originKeys(url: URL): string[] {
  const port = url.port || defaultPort(url.protocol);
  // A trailing dot names the same host (graph.example.org. is graph.example.org).
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  return isThisHost(host) ? [`loopback:${port}`] : [`${host}:${port}`];
}

const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR('2000::/3') as [ipaddr.IPv6, number];

/** Why an address may not receive deliveries in production, or null when it is public unicast. */
export function nonPublicRange(address: string): string | null {
  if (!ipaddr.isValid(address)) return 'not an IP address';
  let ip = ipaddr.parse(address);
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress()) ip = (ip as ipaddr.IPv6).toIPv4Address();
  const range = ip.range();
  if (range !== 'unicast') return range;
  // ipaddr.js calls all unlisted IPv6 space unicast, including IPv4-compatible ::a.b.c.d (::127.0.0.1 would pass);
  // only 2000::/3 is allocated as global unicast, the rest is IETF-reserved.
  if (ip.kind() === 'ipv6' && !(ip as ipaddr.IPv6).match(GLOBAL_UNICAST_V6)) return 'reserved';
  return null;
}

const systemLookup = (host: string) => dns.promises.lookup(host, { all: true, verbatim: true });

/**
 * Checks a webhook URL and answers it normalized (as `new URL` prints it). `argument` is the input path the error
 * names, e.g. `input.url`.
 */
export async function checkWebhookUrl(value: string, argument: string, policy: UrlPolicy): Promise<string> {
  if (value.length > MAX_URL_LENGTH) throw new BadUserInputError(argument, `is ${value.length} characters long; the limit is ${MAX_URL_LENGTH}`);
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new BadUserInputError(argument, `${JSON.stringify(value.slice(0, 100))} is not an absolute URL, e.g. "https://partner.example.org/hooks/unmn"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new BadUserInputError(argument, `must be an http:// or https:// URL; got a ${url.protocol.replace(/:$/, '')}: URL`);
  }
  if (url.href.length > MAX_URL_LENGTH) throw new BadUserInputError(argument, `is ${url.href.length} characters long once normalized; the limit is ${MAX_URL_LENGTH}`);
  const self = new Set(policy.selfOrigins.flatMap((o) => (URL.canParse(o) ? originKeys(new URL(o)) : [])));
  if (originKeys(url).some((k) => self.has(k))) {
    throw new BadUserInputError(argument, `points at this graph itself (${url.origin}); give the address of your own receiver`);
  }
  if (policy.production) {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    let addresses: { address: string }[];
    try {
      addresses = ipaddr.isValid(host) ? [{ address: host }] : await (policy.lookup ?? systemLookup)(host);
    } catch {
      throw new BadUserInputError(argument, `the host ${JSON.stringify(url.hostname)} does not resolve`);
    }
    for (const { address } of addresses) {
      const range = nonPublicRange(address);
      if (range) throw new BadUserInputError(argument, `the host ${JSON.stringify(url.hostname)} resolves to ${address}, a ${range} address; webhooks must reach a public address`);
    }
  }
  return url.href;
}

/**
 * Why a delivery may not go to a URL whose host is an IP address (the socket runs no lookup for one, so guardedLookup
 * never sees it), or null. Such a URL passed the registration check unless it was stored before production mode or
 * before a range was refused.
 */
export function literalAddressRefusal(production: boolean, hostname: string): string | null {
  const host = hostname.replace(/^\[|\]$/g, '');
  const range = production && ipaddr.isValid(host) ? nonPublicRange(host) : null;
  return range && `EADDRNOTPUBLIC: ${host} is a ${range} address`;
}

/**
 * A socket lookup for deliveries: in production it refuses a host that now resolves to a non-public address (so the
 * registration check cannot be bypassed by changing DNS afterwards); elsewhere it is the system lookup.
 */
export function guardedLookup(production: boolean): LookupFunction | undefined {
  if (!production) return undefined;
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = addresses as unknown as dns.LookupAddress[];
      const bad = list.find((a) => nonPublicRange(a.address));
      if (bad) return callback(Object.assign(new Error(`${hostname} resolves to ${bad.address}, a ${nonPublicRange(bad.address)} address`), { code: 'EADDRNOTPUBLIC' }), '', 0);
      if ((options as dns.LookupOptions).all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
      callback(null, list[0].address, list[0].family);
    });
  };
}
