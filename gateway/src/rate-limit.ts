// Rate limiting at the gateway: RATE_LIMIT_PER_MINUTE operations per token subject, and per client address for
// requests without a (valid) token. Over the limit the gateway answers 429 with Retry-After.
//
// A fixed window per key, started by the key's first request (rate-limiter-flexible), so a burst cannot straddle a
// clock minute for 2x. With REDIS_URL the counters live in Redis and every gateway replica using it enforces one
// limit together; without it, or while Redis is unreachable, each process counts in its own memory (the library's
// insurance limiter), so N gateways then allow up to N x the limit: the gateway keeps answering rather than refuse
// everyone or let everyone through, and /ready says which mode it is in (redis.ts).
import type http from 'node:http';
import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { SharedRedis } from './redis.js';

export interface RateDecision {
  allowed: boolean;
  /** Seconds until the key's window resets (for Retry-After). */
  retryAfter: number;
  remaining: number;
}

export interface RateLimiter {
  /** Counts `weight` operations against `key`; refuses (without counting) when they would go over the limit. */
  take(key: string, weight?: number): Promise<RateDecision>;
}

/** `perWindow` operations per key per `windowSeconds` (a minute; tests shorten it), in Redis when given. */
export function createRateLimiter(perWindow: number, redis?: SharedRedis, windowSeconds = 60): RateLimiter {
  const memory = new RateLimiterMemory({ points: perWindow, duration: windowSeconds });
  const limiter: RateLimiterAbstract = redis
    ? new RateLimiterRedis({
        storeClient: redis.client,
        keyPrefix: `${redis.keyPrefix}rate`,
        points: perWindow,
        duration: windowSeconds,
        // Not connected: count in memory at once rather than wait for a command to time out.
        rejectIfRedisNotReady: true,
        insuranceLimiter: memory,
      })
    : memory;
  const retryAfterOf = (res: RateLimiterRes) => Math.max(1, Math.ceil(res.msBeforeNext / 1000));
  return {
    async take(key, weight = 1) {
      try {
        const res = await limiter.consume(key, weight);
        return { allowed: true, retryAfter: retryAfterOf(res), remaining: res.remainingPoints };
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
        // The library counts refused points too; give them back, so a refused batch does not use up the budget of
        // the single operations that still fit.
        await limiter.reward(key, weight).catch(() => undefined);
        return { allowed: false, retryAfter: retryAfterOf(refusal), remaining: Math.max(0, perWindow - (refusal.consumedPoints - weight)) };
      }
    },
  };
}

/**
 * The client's address: the socket peer, or, behind a trusted reverse proxy (TRUST_PROXY=true), the last
 * X-Forwarded-For entry, which is the one the proxy itself appended (earlier entries are client-controlled).
 */
export function clientAddress(req: http.IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = req.headers['x-forwarded-for'];
    const last = (Array.isArray(forwarded) ? forwarded.join(',') : forwarded ?? '').split(',').map((s) => s.trim()).filter(Boolean).pop();
    if (last) return last;
  }
  return req.socket.remoteAddress ?? 'unknown';
}

export function rateLimitedError(decision: RateDecision, perMinute: number, who: string): GraphQLError {
  return new GraphQLError(
    `Rate limit exceeded: at most ${perMinute} operations per minute per ${who} (RATE_LIMIT_PER_MINUTE=${perMinute}). ` +
      `Retry after ${decision.retryAfter} seconds.`,
    {
      extensions: {
        code: 'RATE_LIMITED',
        retryAfter: decision.retryAfter,
        http: { status: 429, headers: new HeaderMap([['retry-after', String(decision.retryAfter)]]) },
      },
    },
  );
}
