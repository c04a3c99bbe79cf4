// Prometheus metrics, one registry per server so several servers can share a process (npm start, tests). The Node
// process metrics (CPU, memory, event loop lag, GC) describe the process, not a server, so they are collected once per
// process in their own registry and appended to every server's /metrics (render): `npm start` runs six servers in one
// process and used to collect them six times.
import client from 'prom-client';
import type { PoolStats } from './db.js';

export interface ServerMetrics {
  registry: client.Registry;
  requestDuration: client.Histogram<'route' | 'status'>;
  sqlStatements?: client.Counter<string>;
  /** The text /metrics answers: this server's metrics, then the process's. */
  render(): Promise<string>;
}

let processRegistry: client.Registry | undefined;
const processMetrics = () => {
  if (!processRegistry) {
    processRegistry = new client.Registry();
    client.collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
};

export function createMetrics(service: string, { sql = false } = {}): ServerMetrics {
  const registry = new client.Registry();
  registry.setDefaultLabels({ service });
  const shared = processMetrics();
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
  return {
    registry,
    requestDuration,
    sqlStatements,
    render: async () => `${await registry.metrics()}\n${await shared.metrics()}`,
  };
}

/**
 * Database pool use, read when /metrics is scraped: connections in use and idle, callers waiting for a connection,
 * and the pool's size. A `pending` above zero for long means requests queue for the database.
 */
export function registerPoolMetrics(metrics: ServerMetrics, stats: () => PoolStats): void {
  new client.Gauge({
    name: 'db_pool_connections',
    help: 'Database pool connections by state: used (checked out), free (idle), pending (callers waiting for one)',
    labelNames: ['state'] as const,
    registers: [metrics.registry],
    collect() {
      const s = stats();
      this.set({ state: 'used' }, s.used);
      this.set({ state: 'free' }, s.free);
      this.set({ state: 'pending' }, s.pendingAcquires);
    },
  });
  new client.Gauge({
    name: 'db_pool_max_connections',
    help: 'Most connections the database pool opens',
    registers: [metrics.registry],
    collect() {
      this.set(stats().max);
    },
  });
}
