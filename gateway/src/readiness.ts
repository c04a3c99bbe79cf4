// The gateway's /ready: a schema is loaded and every subgraph in it answers its own /ready. A load balancer then
// sends traffic only to a gateway that can answer whole queries, and the body tells an operator which subgraph is
// missing. Subgraphs are probed in parallel with a short timeout, so one hung subgraph cannot stall the probe.
import type { ReadinessReport } from '@unmn/shared/http';
import type { LoadedSupergraph } from './supergraph.js';
import type { SharedRedis } from './redis.js';

export const PROBE_TIMEOUT_MS = 1500;

/** A subgraph's /ready sits beside its GraphQL endpoint: http://host:4001/graphql -> http://host:4001/ready. */
export const readyUrlOf = (graphqlUrl: string) => new URL('ready', graphqlUrl).href;

type Probe = { state: 'ready' } | { state: 'not ready'; detail: string } | { state: 'unreachable'; detail: string };

async function probe(url: string, timeoutMs: number): Promise<Probe> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json' } });
    await res.arrayBuffer().catch(() => undefined); // drain, so the connection can be reused
    return res.ok ? { state: 'ready' } : { state: 'not ready', detail: `answered HTTP ${res.status}` };
  } catch (error) {
    const e = error as Error & { cause?: NodeJS.ErrnoException };
    const detail = e.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : (e.cause?.code ?? e.cause?.message ?? e.message);
    return { state: 'unreachable', detail };
  }
}

/**
 * Readiness for shared/http's `ready` hook. `urlOf` gives the URL the gateway itself uses for a subgraph
 * (configuration first, then the supergraph's), so the probe checks the same address queries go to. `issuerStatus`
 * (with OIDC_ISSUER) says whether the identity provider's keys can be had: without them no signed-in user gets in.
 * `redisState` (with REDIS_URL) is reported but never makes the gateway unready: without Redis it still answers every
 * query, only with per-process rate limits, so the body lists it under `degraded` for the operator instead.
 */
export function gatewayReadiness(
  supergraph: () => LoadedSupergraph | undefined,
  urlOf: (name: string, supergraphUrl: string) => string,
  timeoutMs = PROBE_TIMEOUT_MS,
  issuerStatus?: () => Promise<string>,
  redisState?: SharedRedis['state'],
): () => Promise<ReadinessReport> {
  return async () => {
    const served = supergraph();
    if (!served) return { ready: false, reason: 'no supergraph loaded yet' };
    const [results, issuer] = await Promise.all([
      Promise.all(served.subgraphs.map(async ({ name, url }) => [name, await probe(readyUrlOf(urlOf(name, url)), timeoutMs)] as const)),
      issuerStatus?.(),
    ]);
    const subgraphs: Record<string, string> = {};
    for (const [name, result] of results) subgraphs[name] = result.state === 'ready' ? 'ready' : `${result.state}: ${result.detail}`;
    const unreachable = results.filter(([, r]) => r.state === 'unreachable').map(([name]) => name);
    const notReady = results.filter(([, r]) => r.state === 'not ready').map(([name]) => name);
    const redis = redisState?.();
    return {
      ready: unreachable.length === 0 && notReady.length === 0 && (issuer === undefined || issuer === 'ready'),
      ...(issuer === undefined ? {} : { identityProvider: issuer }),
      ...(redis === undefined
        ? {}
        : redis.connected
          ? { redis: 'connected' }
          : { redis: `unavailable: ${redis.detail}; rate limits are per gateway process until it is back`, degraded: ['redis'] }),
      // The id is the file's sha256 (compare with `sha256sum`); the path stays out of a public answer.
      supergraph: { id: served.id.slice(0, 12), loadedAt: served.loadedAt.toISOString() },
      subgraphs,
      unreachable,
      notReady,
    };
  };
}
