// Error masking. Errors raised on purpose carry a client-facing code (UNAUTHENTICATED, BAD_USER_INPUT, a validation or
// limit error, ...) and pass through. Anything else is a bug or an outage: it is logged with the request id and, unless
// EXPOSE_ERRORS is on (development), reaches the client only as "Unexpected error" plus that id, so support can find
// the log line while no stack trace, SQL text or file path leaves the process.
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Config } from './config.js';
import { currentRequestId, type Logger } from './logger.js';

/** Codes whose message was written for the client. Everything else is masked outside development. */
export const CLIENT_ERROR_CODES = new Set([
  'UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'CONFLICT', 'NOT_FOUND',
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE', 'QUERY_LIMIT_EXCEEDED', 'RATE_LIMITED',
  'PAYLOAD_TOO_LARGE', 'OPERATION_NOT_TRUSTED', 'SERVICE_UNAVAILABLE', 'SUBGRAPH_TIMEOUT', 'REQUEST_TIMEOUT', 'CLIENT_CLOSED_REQUEST',
]);

// graphql-js appends " Did you mean ...?" to unknown-name errors; with introspection off that would still map the
// schema one guess at a time, so suggestions are dropped unless FIELD_SUGGESTIONS is on.
const withoutSuggestions = (message: string) => message.replace(/ Did you mean .*\?$/s, '');

// graphql-js's parser enforces LIMIT_TOKENS (and the same number of comments) and words its errors for library users;
// say which limit it is and what to do, like the gateway's other limit errors (gateway/limits.ts).
const PARSER_LIMITS = [
  { pattern: /^Syntax Error: Document contains more that (\d+) tokens\. Parsing aborted\.$/, what: 'tokens' },
  { pattern: /^Syntax Error: Document contains more than (\d+) comments\. Parsing aborted\.$/, what: 'comments' },
];
function parserLimit(message: string): { message: string; max: number } | null {
  for (const { pattern, what } of PARSER_LIMITS) {
    const match = pattern.exec(message);
    if (match) {
      const max = Number(match[1]);
      return {
        max,
        message: `Token limit exceeded: the operation has more than ${max} ${what}; the limit is ${max}. Send a shorter operation (fewer fields, or split it into several requests). (LIMIT_TOKENS=${max})`,
      };
    }
  }
  return null;
}

export function formatErrorFor(config: Config, logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const requestId = currentRequestId();
    const extensions: Record<string, unknown> = { ...formatted.extensions, ...(requestId ? { requestId } : {}) };
    let message = formatted.message;
    const parser = parserLimit(message);
    if (parser) Object.assign(extensions, { limit: 'tokens', max: parser.max }), (message = parser.message);
    // Apollo raises a few request errors (e.g. an unsupported persisted-query version) with an HTTP 4xx status but no
    // code, which Apollo then files as INTERNAL_SERVER_ERROR; they are the client's mistake, not ours.
    const original = unwrapResolverError(error);
    if (original instanceof GraphQLError && !original.extensions?.code) {
      const status = (original.extensions?.http as { status?: number } | undefined)?.status;
      if (status && status >= 400 && status < 500) extensions.code = 'BAD_REQUEST';
    }
    // Operation limits are validation rules, which Apollo files under GRAPHQL_VALIDATION_FAILED; they keep their own
    // code so a client can tell "too big" from "wrong" (oversized values stay BAD_USER_INPUT, naming the argument).
    if (extensions.limit && extensions.code !== 'BAD_USER_INPUT') extensions.code = 'QUERY_LIMIT_EXCEEDED';
    const code = extensions.code as string | undefined;

    if (code && CLIENT_ERROR_CODES.has(code)) {
      if (!config.fieldSuggestions) message = withoutSuggestions(message);
      // A client error is the caller's to fix, never a bug: the stack of the code that refused it (in development, the
      // gateway's own frames) would only bury the message, so it is dropped in every mode.
      delete extensions.stacktrace;
      delete extensions.exception;
      return { ...formatted, message, extensions };
    }

    logger.error({ err: original, path: formatted.path, code, subgraph: extensions.serviceName }, 'unexpected error');
    if (config.exposeErrors) return { ...formatted, extensions };
    return {
      message: 'Unexpected error',
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR', ...(requestId ? { requestId } : {}) },
    };
  };
}
