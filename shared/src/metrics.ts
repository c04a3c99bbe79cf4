// Prometheus metrics, one registry per server so several servers can share a process (npm start, tests).
import client from 'prom-client';

export interface ServerMetrics {
  registry: client.Registry;
  requestDuration: client.Histogram<'route' | 'status'>;
  sqlStatements?: client.Counter<string>;
}

export function createMetrics(service: string, { sql = false } = {}): ServerMetrics {
  const registry = new client.Registry();
  registry.setDefaultLabels({ service });
  client.collectDefaultMetrics({ register: registry });
  const requestDuration = new client.Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration in seconds, by route and status code',
    labelNames: ['route', 'status'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const sqlStatements = sql
    ? new client.Counter({ name: 'sql_statements_total', help: 'SQL statements executed', registers: [registry] })
    : undefined;
  return { registry, requestDuration, sqlStatements };
}
