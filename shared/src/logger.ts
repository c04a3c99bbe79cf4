// Structured JSON logs (pino), one line per event, every line of a request carrying its request id. The id is kept in
// AsyncLocalStorage for the duration of the request (shared/http.ts runs each request inside `withRequest`), so code
// deep in Apollo, a resolver or the error formatter logs with the right id without threading it through every call.
// The gateway forwards the id to subgraphs in `x-request-id`, so one id finds a request's lines in every process.
import { AsyncLocalStorage } from 'node:async_hooks';
import pino from 'pino';
import type { Config } from './config.js';

export type Logger = pino.Logger;
export type LogDestination = pino.DestinationStream;

interface RequestScope {
  requestId: string;
}

const scope = new AsyncLocalStorage<RequestScope>();

/** Runs `fn` as part of request `requestId`: logs and error formatting inside it see the id. */
export const withRequest = <T>(requestId: string, fn: () => T): T => scope.run({ requestId }, fn);

/** The id of the request being handled, or undefined outside a request (start-up, shutdown). */
export const currentRequestId = (): string | undefined => scope.getStore()?.requestId;

/**
 * A logger for one service (`gateway`, `members`, ...). Level from LOG_LEVEL. `destination` is where lines go
 * (stdout by default; tests pass a stream to read them back).
 */
export function createLogger(config: Pick<Config, 'logLevel'>, service: string, destination?: LogDestination): Logger {
  const options: pino.LoggerOptions = {
    level: config.logLevel,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    mixin: () => {
      const requestId = currentRequestId();
      return requestId ? { requestId } : {};
    },
    // Tokens and signed identities never belong in logs, whoever logs a request's headers.
    redact: { paths: ['headers.authorization', 'headers["x-viewer"]', 'req.headers.authorization', 'req.headers["x-viewer"]'], censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}
