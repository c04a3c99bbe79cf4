// Rate limiting at the gateway: RATE_LIMIT_PER_MINUTE operations per token subject, and per client address for
// requests without a (valid) token. Over the limit the gateway answers 429 with Retry-After.
//
// A fixed window per key, started by the key's first request, in process memory. Why not a library: the need is
// one counter map (~40 lines), while rate-limiter-flexible and friends earn their keep with shared stores (Redis)
// that a single gateway does not have. Limits are per gateway process: run N gateways, clients get up to N x the limit.
// Windows start per key rather than on the clock's minute, so a burst cannot straddle a minute boundary for 2x.
import type http from 'node:http';
import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';

const WINDOW_MS = 60_000;

export interface RateDecision {
  allowed: boolean;
  /** Seconds until the key's window resets (for Retry-After). */
  retryAfter: number;
  remaining: number;
}

export class FixedWindowLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();
  private nextSweep = 0;

  constructor(
    private readonly perWindow: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts `weight` operations against `key`; refuses (without counting) when they would go over the limit. */
  take(key: string, weight = 1): RateDecision {
    const now = this.now();
    this.sweep(now);
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + WINDOW_MS };
      this.windows.set(key, window);
    }
    const retryAfter = Math.max(1, Math.ceil((window.resetAt - now) / 1000));
    if (window.count + weight > this.perWindow) return { allowed: false, retryAfter, remaining: this.perWindow - window.count };
    window.count += weight;
    return { allowed: true, retryAfter, remaining: this.perWindow - window.count };
  }

  // Drop expired windows once per window length, so memory holds only the keys seen in the last minute.
  private sweep(now: number) {
    if (now < this.nextSweep) return;
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
    this.nextSweep = now + WINDOW_MS;
  }
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
