// Observability through the gateway: one trace per operation across the gateway, its query-plan fetches, the subgraphs'
// resolvers and their SQL, exported over OTLP/HTTP to a receiver this test runs (no collector binary exists here; the
// exporter posts OTLP JSON, which a node:http server reads as well as a collector would). Also: log lines carry the
// operation name, trace id and token subject; /metrics shows database pool use and the process metrics once.
import fs from 'node:fs';
import http from 'node:http';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '@unmn/shared/config';
import { logSink, startTestGraph, token, type TestGraph } from './harness.js';
import { subgraphs as registry } from '../scripts/lib/subgraphs.js';

interface ReceivedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes: Record<string, unknown>;
}

/** A minimal OTLP/HTTP traces receiver: collects every span posted to /v1/traces as JSON. */
async function startReceiver() {
  const spans: ReceivedSpan[] = [];
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      if (req.url !== '/v1/traces' || !/json/.test(req.headers['content-type'] ?? '')) {
        res.writeHead(415).end();
        return;
      }
      for (const rs of JSON.parse(raw).resourceSpans ?? []) {
        const service = rs.resource.attributes.find((a: any) => a.key === 'service.name')?.value.stringValue;
        for (const ss of rs.scopeSpans ?? []) {
          for (const s of ss.spans ?? []) {
            const attributes = Object.fromEntries((s.attributes ?? []).map((a: any) => [a.key, Object.values(a.value)[0]]));
            spans.push({ service, traceId: s.traceId, spanId: s.spanId, parentSpanId: s.parentSpanId || undefined, name: s.name, attributes });
          }
        }
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return { spans, endpoint: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}

const REVIEWS = 'query ReviewsWithOrganizers { reviews(first: 3) { edges { node { id organizers { acronym } } } } }';

let receiver: Awaited<ReturnType<typeof startReceiver>>;
let graph: TestGraph;
let stopped = false;
const log = logSink();
// The client's own trace: the gateway must continue it, not start another.
const clientTraceId = randomBytes(16).toString('hex');
const clientSpanId = randomBytes(8).toString('hex');

beforeAll(async () => {
  receiver = await startReceiver();
  graph = await startTestGraph({
    env: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint, LOG_LEVEL: 'info' },
    modules: registry.filter((m) => m.name === 'members' || m.name === 'gcm-objectives'),
    logDestination: log.stream,
  });
});
afterAll(async () => {
  if (!stopped) await graph?.stop();
  await receiver?.close();
});

describe('observability', () => {
  it('exports one trace per operation with gateway, subgraph and SQL spans, continuing the client traceparent', async () => {
    const bearer = await token(graph.config, { role: 'member', org: 'iom', sub: 'telemetry-tester' });
    const { body } = await graph.query(REVIEWS, {}, { token: bearer, headers: { traceparent: `00-${clientTraceId}-${clientSpanId}-01` } });
    expect(body.errors).toBeUndefined();
    expect(body.data.reviews.edges.some((e: any) => e.node.organizers.length > 0)).toBe(true);
    // A caller that did not sample its trace (flags 00) is followed: nothing of it is recorded anywhere.
    const unsampledTraceId = randomBytes(16).toString('hex');
    await graph.query(REVIEWS, {}, { headers: { traceparent: `00-${unsampledTraceId}-${clientSpanId}-00` } });

    // Stopping drains and flushes every service's exporter; the spans are then all at the receiver.
    await graph.stop();
    stopped = true;
    const trace = receiver.spans.filter((s) => s.traceId === clientTraceId);
    expect(receiver.spans.filter((s) => s.traceId === unsampledTraceId)).toEqual([]);
    const byService = (service: string) => trace.filter((s) => s.service === service);

    // The gateway's request span is a child of the client's span: the trace is continued, not restarted.
    const gatewayServer = byService('gateway').find((s) => s.name.startsWith('POST /graphql'));
    expect(gatewayServer).toBeDefined();
    expect(gatewayServer!.parentSpanId).toBe(clientSpanId);
    expect(gatewayServer!.attributes['graphql.operation.name']).toBe('ReviewsWithOrganizers');
    // The query plan: @apollo/gateway's own spans, one fetch per subgraph call.
    const fetches = byService('gateway').filter((s) => s.name === 'gateway.fetch');
    expect(fetches.length).toBeGreaterThanOrEqual(2);

    for (const subgraph of ['gcm-objectives', 'members']) {
      const spans = byService(subgraph);
      // The subgraph's request span continues the gateway's fetch span (traceparent passed by the data source) ...
      const server = spans.find((s) => s.name.startsWith('POST /graphql'));
      expect(server, `${subgraph} request span`).toBeDefined();
      expect(fetches.map((f) => f.spanId)).toContain(server!.parentSpanId);
      // ... its root resolver runs under it, and its SQL runs under the resolver, with the statement but no values.
      const resolver = spans.find((s) => s.name.startsWith('resolve Query.') && s.parentSpanId === server!.spanId);
      expect(resolver, `${subgraph} resolver span`).toBeDefined();
      const sql = spans.filter((s) => s.attributes['db.query.text'] !== undefined);
      expect(sql.length, `${subgraph} SQL spans`).toBeGreaterThan(0);
      expect(sql.every((s) => /^\s*select\b/i.test(String(s.attributes['db.query.text'])))).toBe(true);
      expect(sql.some((s) => s.parentSpanId === resolver!.spanId)).toBe(true);
    }
    // members is reached for organizers only through _entities.
    expect(byService('members').some((s) => s.name === 'resolve Query._entities')).toBe(true);

    // Log lines of this request, in every service, carry the operation name, the trace id and the token subject.
    const lines = log.lines.filter((l) => l.traceId === clientTraceId && l.msg === 'request');
    expect(new Set(lines.map((l) => l.service))).toEqual(new Set(['gateway', 'gcm-objectives', 'members']));
    const gatewayLine = lines.find((l) => l.service === 'gateway');
    expect(gatewayLine).toMatchObject({ operationName: 'ReviewsWithOrganizers', subject: 'telemetry-tester' });
    expect(lines.find((l) => l.service === 'members')).toMatchObject({ subject: 'telemetry-tester' });
    expect(lines.find((l) => l.service === 'members')!.operationName).toMatch(/^ReviewsWithOrganizers__members__\d+$/);
  });
});

// Plotted by the dashboard, not yet defined by the gateway: latency per operation name (gateway/src/metrics.ts).
const AWAITED_METRICS: string[] = [];

describe('metrics', () => {
  it('shows database pool use per subgraph, the process metrics once per /metrics, and every metric the dashboard plots', async () => {
    const metricsGraph = await startTestGraph({ modules: registry.filter((m) => m.name === 'members') });
    try {
      const url = metricsGraph.subgraphs.members.url.replace(/\/graphql$/, '/metrics');
      const text = await (await fetch(url)).text();
      expect(text).toMatch(/^db_pool_connections\{state="used",service="members"\} \d+$/m);
      expect(text).toMatch(/^db_pool_connections\{state="free",service="members"\} \d+$/m);
      expect(text).toMatch(/^db_pool_connections\{state="pending",service="members"\} 0$/m);
      expect(text).toMatch(/^db_pool_max_connections\{service="members"\} [1-9]\d*$/m);
      expect(text.match(/^# TYPE process_cpu_user_seconds_total /gm)).toHaveLength(1);

      // The dashboard plots only metrics the servers define, under the names they use.
      const gatewayText = await (await fetch(metricsGraph.gateway.url.replace(/\/graphql$/, '/metrics'))).text();
      const defined = new Set([...`${text}\n${gatewayText}`.matchAll(/^# TYPE (\w+) /gm)].map((m) => m[1]));
      const dashboard = JSON.parse(fs.readFileSync(new URL('../deploy/grafana/unified-graph.json', import.meta.url), 'utf8'));
      const exprs: string[] = dashboard.panels.flatMap((p: any) => (p.targets ?? []).map((t: any) => t.expr));
      const used = new Set(exprs.flatMap((e) => [...e.matchAll(/\b([a-z_]+(?:_total|_seconds|_bytes|_connections|_state))(?:_bucket|_count|_sum)?\b/g)].map((m) => m[1])));
      expect(used.size).toBeGreaterThan(10);
      const missing = [...used].filter((name) => !defined.has(name) && !AWAITED_METRICS.includes(name));
      expect(missing).toEqual([]);
    } finally {
      await metricsGraph.stop();
    }
  });
});

describe('telemetry configuration', () => {
  it('refuses an unparsable OTLP endpoint at start-up, naming the variable', () => {
    for (const [name, value] of [
      ['OTEL_EXPORTER_OTLP_ENDPOINT', 'localhost:4318'],
      ['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', 'http//collector/v1/traces'],
    ]) {
      let error: unknown;
      try {
        loadConfig({ [name]: value });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems).toEqual([`${name}=${JSON.stringify(value)}: must be an http:// or https:// URL, e.g. http://localhost:4318`]);
    }
  });

  it('refuses a sampling ratio outside 0..1, naming the variable', () => {
    expect(() => loadConfig({ OTEL_TRACES_SAMPLER_ARG: '10%' })).toThrow(/OTEL_TRACES_SAMPLER_ARG="10%"/);
    expect(() => loadConfig({ OTEL_TRACES_SAMPLER_ARG: '1.5' })).toThrow(/OTEL_TRACES_SAMPLER_ARG="1.5"/);
    expect(loadConfig({ OTEL_TRACES_SAMPLER_ARG: '0.1' }).telemetry.sampleRatio).toBe(0.1);
  });

  it('is off without an endpoint: spans go nowhere and nothing is configured', () => {
    expect(loadConfig({}).telemetry).toEqual({ tracesUrl: undefined, serviceName: undefined, sampleRatio: 1 });
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' }).telemetry.tracesUrl).toBe('http://collector:4318/v1/traces');
  });
});
