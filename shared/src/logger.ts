// Structured JSON logs (pino), one line per event, every line of a request carrying its request id, operation name,
// trace id (when tracing is on) and token subject. They are kept in AsyncLocalStorage for the duration of the request
// (shared/http.ts runs each request inside `withRequest` and adds the rest with `annotateRequest`), so code deep in
// Apollo, a resolver or the error formatter logs with them without threading them through every call.
// The gateway forwards the id to subgraphs in `x-request-id`, so one id finds a request's lines in every process.
import { AsyncLocalStorage } from 'node:async_hooks';
import pino from 'pino';
import type { Config } from './config.js';
import { currentTraceId } from './telemetry.js';

export type Logger = pino.Logger;
export type LogDestination = pino.DestinationStream;

interface RequestScope {
  requestId: string;
  /** The GraphQL operation's name, once the body is read. */
  operationName?: string;
  /** The token subject, once the request is authenticated (never the token). */
  subject?: string;
}

const scope = new AsyncLocalStorage<RequestScope>();

/** Runs `fn` as part of request `requestId`: logs and error formatting inside it see the id. */
export const withRequest = <T>(requestId: string, fn: () => T): T => scope.run({ requestId }, fn);

/** The id of the request being handled, or undefined outside a request (start-up, shutdown). */
export const currentRequestId = (): string | undefined => scope.getStore()?.requestId;

/** Adds what becomes known while a request is handled (operation name, subject) to its later log lines. */
export function annotateRequest(details: { operationName?: string; subject?: string }): void {
  const store = scope.getStore();
  if (!store) return;
  if (details.operationName) store.operationName = details.operationName;
  if (details.subject) store.subject = details.subject;
}

/**
 * A logger for one service (`gateway`, `members`, ...). Level from LOG_LEVEL. `destination` is where lines go
 * (stdout by default; tests pass a stream to read them back).
 */
export function createLogger(config: Pick<Config, 'logLevel'>, service: string, destination?: LogDestination): Logger {
  const options: pino.LoggerOptions = {
    level: config.logLevel,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Every line of a request says which request, operation, trace and subject it belongs to, so one trace id from a
    // tracing UI (or one subject from a complaint) finds its lines in every process.
    mixin: () => {
      const store = scope.getStore();
      const traceId = currentTraceId();
      if (!store) return traceId ? { traceId } : {};
      const { requestId, operationName, subject } = store;
      return {
        requestId,
        ...(operationName ? { operationName } : {}),
        ...(traceId ? { traceId } : {}),
        ...(subject ? { subject } : {}),
      };
    },
    // Tokens and signed identities never belong in logs, whoever logs a request's headers.
    redact: { paths: ['headers.authorization', 'headers["x-viewer"]', 'req.headers.authorization', 'req.headers["x-viewer"]'], censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}
