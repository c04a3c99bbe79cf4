// The gateway's own Prometheus metrics, on the server's registry (shared/metrics.ts) so /metrics serves them beside
// the HTTP ones. http_request_duration_seconds says 200 for an answer that carried a subgraph's outage (GraphQL answers
// partial data with 200); these say what happened: per operation name and error code, per subgraph fetch, per breaker.
//
//   graphql_operations_total{operation, outcome, code}   outcome: success | partial (data and errors) | error (no data);
//                                                         code: the first error's extensions.code, "none" on success
//   graphql_operation_duration_seconds{operation, outcome}  from the request reaching Apollo to the answer
//   subgraph_fetch_duration_seconds{subgraph, outcome}   outcome: success | error | timeout | breaker_open
//   subgraph_fetch_failures_total{subgraph, code}        code: SUBGRAPH_TIMEOUT, REQUEST_TIMEOUT, SERVICE_UNAVAILABLE
//                                                         (unreachable), BREAKER_OPEN (failed fast), or the error's code
//   subgraph_breaker_state{subgraph}                     0 closed, 1 half-open (probing), 2 open (failing fast)
//   rate_limit_refusals_total{key}                       key: subject (token) | address (anonymous or bad token)
import type { ApolloServerPlugin } from '@apollo/server';
import client from 'prom-client';

export interface GatewayMetrics {
  operations: client.Counter<'operation' | 'outcome' | 'code'>;
  operationDuration: client.Histogram<'operation' | 'outcome'>;
  fetchDuration: client.Histogram<'subgraph' | 'outcome'>;
  fetchFailures: client.Counter<'subgraph' | 'code'>;
  breakerState: client.Gauge<'subgraph'>;
  rateLimitRefusals: client.Counter<'key'>;
}

export function createGatewayMetrics(registry: client.Registry): GatewayMetrics {
  const registers = [registry];
  return {
    operations: new client.Counter({
      name: 'graphql_operations_total',
      help: 'GraphQL operations answered, by operation name, outcome (success, partial, error) and first error code',
      labelNames: ['operation', 'outcome', 'code'] as const,
      registers,
    }),
    operationDuration: new client.Histogram({
      name: 'graphql_operation_duration_seconds',
      help: 'GraphQL operation duration in seconds at the gateway, by operation name and outcome',
      labelNames: ['operation', 'outcome'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15],
      registers,
    }),
    fetchDuration: new client.Histogram({
      name: 'subgraph_fetch_duration_seconds',
      help: 'Gateway-to-subgraph fetch duration in seconds, by subgraph and outcome',
      labelNames: ['subgraph', 'outcome'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    fetchFailures: new client.Counter({
      name: 'subgraph_fetch_failures_total',
      help: 'Gateway-to-subgraph fetches that failed, by subgraph and error code',
      labelNames: ['subgraph', 'code'] as const,
      registers,
    }),
    breakerState: new client.Gauge({
      name: 'subgraph_breaker_state',
      help: 'Circuit breaker state per subgraph: 0 closed, 1 half-open, 2 open',
      labelNames: ['subgraph'] as const,
      registers,
    }),
    rateLimitRefusals: new client.Counter({
      name: 'rate_limit_refusals_total',
      help: 'Requests refused by the rate limit, by what was counted (token subject or client address)',
      labelNames: ['key'] as const,
      registers,
    }),
  };
}

// Operation names are chosen by clients; a hostile one could mint a label per request and bloat the registry.
// The first MAX_OPERATION_NAMES names get their own series, later new ones count as "other".
const MAX_OPERATION_NAMES = 200;

/** Counts every answered operation by name, outcome and first error code (after masking: what the client saw). */
export function operationMetricsPlugin(metrics: GatewayMetrics): ApolloServerPlugin {
  const seen = new Set<string>();
  const label = (name: string | null | undefined) => {
    if (!name) return 'anonymous';
    if (seen.has(name)) return name;
    if (seen.size >= MAX_OPERATION_NAMES) return 'other';
    seen.add(name);
    return name;
  };
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ response, operationName }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          const outcome = !errors?.length ? 'success' : data ? 'partial' : 'error';
          const code = errors?.length ? String(errors[0].extensions?.code ?? 'UNKNOWN') : 'none';
          const operation = label(operationName);
          metrics.operations.inc({ operation, outcome, code });
          metrics.operationDuration.observe({ operation, outcome }, Number(process.hrtime.bigint() - started) / 1e9);
        },
      };
    },
  };
}
