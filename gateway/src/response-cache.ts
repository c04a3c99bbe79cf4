// The gateway's response cache (RESPONSE_CACHE, docs/configuration.md): whole answers to anonymous queries, kept for
// as long as the subgraphs' @cacheControl hints allow (each subgraph's Cache-Control header, folded into the answer's
// policy by @apollo/gateway) and at most RESPONSE_CACHE_MAX_TTL_S. Apollo's response-cache plugin does the keying and
// storing; this file decides who may be served from the cache, where entries live, and when writes invalidate them.
//
// Who: only anonymous viewers. A signed-in viewer's answer can differ by role even where every type is hinted PUBLIC
// (restricted fields resolve to null for some roles), and the plugin would share "public" answers between all
// signed-in viewers; so signed-in viewers neither read nor fill the cache, and their HTTP answers are `private`.
//
// Writes: every mutation through this gateway moves the cache to a new generation (part of every key), so the next
// read by anyone sees the write; entries of older generations are never read again and expire by their TTL. Writes
// that bypass the gateway are seen when the hinted TTL runs out (30 s for resources and fund data, 1 h for reference
// data that has no mutations). With REDIS_URL the generation and the entries live in Redis, shared by every replica;
// while Redis is unreachable the cache is skipped (never a failed or slow request), and when Redis comes back the
// generation moves on, because writes made meanwhile could not invalidate what Redis still holds.
import type { ApolloServerPlugin, BaseContext, GraphQLRequest, GraphQLRequestContext } from '@apollo/server';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache, type KeyValueCache, type KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import type { Config } from '@unmn/shared/config';
import type { Logger } from '@unmn/shared/logger';
import type { Viewer } from '@unmn/shared/viewer';
import type { SharedRedis } from './redis.js';

interface Store {
  cache: KeyValueCache<string>;
  /** The current generation, or undefined when it cannot be known (Redis unreachable): then the cache is skipped. */
  generation(): Promise<number | undefined>;
  /** A write happened: start a new generation. */
  invalidate(): Promise<void>;
}

function memoryStore(maxEntries: number): Store {
  let generation = 0;
  return {
    cache: new InMemoryLRUCache<string>({ max: maxEntries }),
    generation: async () => generation,
    invalidate: async () => void generation++,
  };
}

function redisStore(redis: SharedRedis, logger: Logger): Store {
  const { client } = redis;
  const prefix = `${redis.keyPrefix}response-cache:`;
  const generationKey = `${prefix}generation`;
  // Commands fail at once while Redis is down (redis.ts: no offline queue); a failure is a miss, and redis.ts has
  // already logged the outage once, so nothing is logged per request here.
  const bump = () => client.incr(generationKey).then(() => undefined);
  client.on('ready', () => void bump().catch(() => undefined));
  return {
    cache: {
      get: (key) => client.get(prefix + key).then((v) => v ?? undefined, () => undefined),
      set: (key, value, options?: KeyValueCacheSetOptions) =>
        (options?.ttl ? client.set(prefix + key, value, 'EX', options.ttl) : client.set(prefix + key, value)).then(() => undefined, () => undefined),
      delete: (key) => client.del(prefix + key).then((n) => n > 0, () => false),
    },
    generation: () => client.get(generationKey).then((v) => Number(v ?? 0), () => undefined),
    invalidate: () =>
      bump().catch((error: Error) => {
        // Entries already in Redis may now be stale until their TTL; the reconnect bump covers a Redis that was down.
        logger.warn({ err: { message: error.message } }, 'response cache: could not invalidate after a write (Redis unreachable); cached answers expire by their TTL');
      }),
  };
}

/** Caps every entry's TTL at RESPONSE_CACHE_MAX_TTL_S; 0 stores nothing. */
const capped = (cache: KeyValueCache<string>, maxTtlSeconds: number): KeyValueCache<string> => ({
  get: (key) => cache.get(key),
  delete: (key) => cache.delete(key),
  set: async (key, value, options) => {
    const ttl = Math.min(options?.ttl ?? maxTtlSeconds, maxTtlSeconds);
    if (ttl > 0) await cache.set(key, value, { ttl });
  },
});

type Context = BaseContext & { viewer: Viewer };

/**
 * The plugin keys an entry by JSON.stringify of the variables, which overflows the stack on deeply nested variables
 * (a hostile request that would otherwise get its proper "Variable $x ..." error): such requests skip the cache.
 */
function keyable(variables: unknown): boolean {
  try {
    JSON.stringify(variables);
    return true;
  } catch {
    return false;
  }
}

/**
 * The response-cache plugins for the gateway's Apollo Server (with RESPONSE_CACHE=off only the one keeping signed-in
 * answers private). Put them after the plugins that refuse operations (trusted documents, budgets): a cached answer is
 * still only for an admitted operation.
 */
export function responseCachePlugins<TContext extends Context>(config: Config, redis: SharedRedis | undefined, logger: Logger): ApolloServerPlugin<TContext>[] {
  const { enabled, maxEntries, maxTtlSeconds } = config.gateway.responseCache;
  if (!enabled) return [privateForViewers()];
  const store = redis ? redisStore(redis, logger) : memoryStore(maxEntries);
  // The generation read for a request, so reading and writing use the same one (a write in between must not let this
  // request store a pre-write answer under the new generation).
  const generationOf = new WeakMap<GraphQLRequest, number | undefined>();
  const anonymous = (rc: GraphQLRequestContext<TContext>) => !rc.contextValue.viewer.subject;
  const usable = (rc: GraphQLRequestContext<TContext>) => anonymous(rc) && generationOf.get(rc.request) !== undefined;
  // A client's own `Cache-Control: no-store` (e.g. the bulk export paging through whole datasets, graph-client.ts)
  // keeps its answers out of the cache; `no-cache` asks for a fresh answer, which then refreshes the cache.
  const requestDirective = (rc: GraphQLRequestContext<TContext>, directive: string) =>
    new RegExp(`\\b${directive}\\b`, 'i').test(rc.request.http?.headers.get('cache-control') ?? '');

  const cache = responseCachePlugin<TContext>({
    cache: capped(store.cache, maxTtlSeconds),
    // Only anonymous answers are cached (see above), so there is never a session: PRIVATE answers are not kept.
    sessionId: async () => null,
    extraCacheKeyData: async (rc) => {
      const generation = anonymous(rc) && keyable(rc.request.variables) ? await store.generation() : undefined;
      generationOf.set(rc.request, generation);
      return { generation };
    },
    shouldReadFromCache: async (rc) => usable(rc) && !requestDirective(rc, 'no-store') && !requestDirective(rc, 'no-cache'),
    shouldWriteToCache: async (rc) => usable(rc) && !requestDirective(rc, 'no-store'),
  });

  const invalidateOnWrite: ApolloServerPlugin<TContext> = {
    async requestDidStart() {
      return {
        async willSendResponse(rc) {
          // Before the answer leaves: the writer's own next read must already miss. Errors too: part of a mutation
          // may have been applied.
          if (rc.operation?.operation === 'mutation') await store.invalidate();
        },
      };
    },
  };
  return [privateForViewers(), cache, invalidateOnWrite];
}

/**
 * A signed-in viewer's answer is never `public` to a CDN or shared proxy, whatever the hints say: scope PRIVATE, so
 * Apollo's Cache-Control header says `private`. Installed with RESPONSE_CACHE on or off.
 */
function privateForViewers<TContext extends Context>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart(rc) {
      if (!rc.contextValue.viewer.subject) return;
      return {
        async didResolveOperation(rc) {
          rc.overallCachePolicy.restrict({ scope: 'PRIVATE' });
        },
      };
    },
  };
}
