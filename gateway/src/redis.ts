// The gateway's one Redis connection (REDIS_URL), for state that gateway replicas share: the rate limiter today, a
// response cache next. Redis is a help, not a dependency: when it is unreachable the gateway keeps answering with
// per-process state, says so once in the log and in /ready, and uses Redis again as soon as it is back.
//
// Why these ioredis options: `enableOfflineQueue: false` makes a command fail at once while disconnected instead of
// queueing behind a reconnect (a request must not wait for Redis to come back); `commandTimeout` and `connectTimeout`
// bound a Redis that accepts connections and never answers; `maxRetriesPerRequest: 0` leaves retrying to the caller's
// fallback; `retryStrategy` keeps reconnecting in the background, backing off to 2 s, for the process's lifetime.
import { Redis } from 'ioredis';
import type { Config } from '@unmn/shared/config';
import type { Logger } from '@unmn/shared/logger';

export interface SharedRedis {
  /** The client, shared by every user of Redis in this process; commands fail fast while it is not 'ready'. */
  client: Redis;
  /** Every key this gateway writes starts with this (REDIS_KEY_PREFIX): replicas of one deployment share it. */
  keyPrefix: string;
  /** For /ready: 'connected', or why not. */
  state(): { connected: true } | { connected: false; detail: string };
  close(): Promise<void>;
}

/** Where Redis is, without credentials, for logs and /ready. */
const whereIs = (url: string) => {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}:${u.port || 6379}${u.pathname.length > 1 ? u.pathname : ''}`;
};

/**
 * Connects to REDIS_URL and waits at most REDIS_TIMEOUT_MS x 2 for the first answer, so a gateway started next to a
 * running Redis shares its limits from its first request, and one started without Redis is not held up.
 * Returns undefined when REDIS_URL is unset (state stays in memory, as for a single gateway).
 */
export async function connectRedis(config: Config, logger: Logger): Promise<SharedRedis | undefined> {
  if (!config.redis) return undefined;
  const { url, keyPrefix, timeoutMs } = config.redis;
  const where = whereIs(url);
  const client = new Redis(url, {
    enableOfflineQueue: false,
    connectTimeout: timeoutMs,
    commandTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  });
  let lastError = 'connecting';
  let down = false;
  let closing = false;
  client.on('ready', () => {
    logger.info({ redis: where }, `Redis at ${where} connected: rate limits and the response cache are shared by every gateway using it`);
    down = false;
    lastError = '';
  });
  // Reconnection attempts fail every 2 s while Redis is down: log the change of state once, not every attempt. A
  // connection that just closes (Redis killed) says so at once, before the first reconnection attempt fails.
  const wentDown = (reason: string, error?: NodeJS.ErrnoException) => {
    lastError = reason;
    if (down || closing) return;
    down = true;
    logger.warn(
      { redis: where, ...(error ? { err: { code: error.code, message: error.message } } : {}) },
      `Redis at ${where} is unavailable (${reason}): serving with per-process rate limits and no response cache until it is back; retrying in the background`,
    );
  };
  client.on('error', (error: NodeJS.ErrnoException) => wentDown(error.code ?? error.message, error));
  client.on('close', () => wentDown(lastError && lastError !== 'connecting' ? lastError : 'connection closed'));
  // The first outcome, either way; never a crash and never a long wait.
  await new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      client.off('ready', done);
      client.off('error', done);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs * 2);
    client.once('ready', done);
    client.once('error', done);
  });
  return {
    client,
    keyPrefix,
    state: () => (client.status === 'ready' ? { connected: true } : { connected: false, detail: `${where}: ${lastError || client.status}` }),
    async close() {
      closing = true;
      // quit() waits for replies still due; disconnect() if Redis is not there to answer.
      if (client.status === 'ready') await client.quit().catch(() => client.disconnect());
      else client.disconnect();
    },
  };
}
