// Error masking: errors raised on purpose (GraphQLErrors with a code, validation errors) pass through; anything else is
// a bug and, outside development, reaches the client only as "Unexpected error" while the detail goes to the log.
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Config } from './config.js';

const PASS_THROUGH = new Set([
  'UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'CONFLICT', 'NOT_FOUND',
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE', 'QUERY_LIMIT_EXCEEDED', 'RATE_LIMITED',
]);

export function formatErrorFor(config: Config, service: string) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code as string | undefined;
    if (code && PASS_THROUGH.has(code)) return formatted;
    const original = unwrapResolverError(error);
    // Errors that already went through a subgraph's masking arrive at the gateway as plain GraphQLErrors with their code.
    if (original instanceof GraphQLError && code && code !== 'INTERNAL_SERVER_ERROR') return formatted;
    console.error(JSON.stringify({ level: 'error', service, msg: 'unexpected error', path: formatted.path, err: String((original as Error)?.stack ?? original) }));
    if (config.exposeErrors) return formatted;
    return { message: 'Unexpected error', path: formatted.path, locations: formatted.locations, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
