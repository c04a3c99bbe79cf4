// The real graph with one subgraph stuck: a process that accepts connections and never answers takes gcm-objectives'
// place. A cross-subgraph query costs the client the subgraph deadline and still carries members' data; after repeated
// timeouts the breaker fails gcm-objectives' part at once; when the real subgraph is back, full answers return within
// 5 s. Short deadlines through the environment keep the file to a few seconds.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeServer, listen } from '@unmn/shared/http';
import { logSink, startTestGraph, type TestGraph } from './harness.js';

const TIMEOUT_MS = 800;
const FAILURES = 3;
const QUERY = '{ objective(number: 20) { title } organization(id: "iom") { acronym } }';

const logs = logSink();
let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph({
    env: { SUBGRAPH_TIMEOUT_MS: String(TIMEOUT_MS), BREAKER_FAILURES: String(FAILURES), BREAKER_HALF_OPEN_MS: '1000', LOG_LEVEL: 'info' },
    logDestination: logs.stream,
  });
});
afterAll(() => graph?.stop());

const timed = async <T>(fn: () => Promise<T>) => {
  const started = performance.now();
  const value = await fn();
  return { value, ms: Math.round(performance.now() - started) };
};

describe('a subgraph that accepts connections and never answers', () => {
  it('bounds the wait, keeps the other data, opens the breaker, and recovers within 5 s of the subgraph returning', async () => {
    const full = (await graph.query(QUERY)).body;
    expect(full.errors).toBeUndefined();
    expect(full.data.organization).toEqual({ acronym: 'IOM' });
    expect(full.data.objective.title).toEqual(expect.any(String));

    // gcm-objectives stops answering: its port now belongs to a process that accepts and never replies.
    const gcm = graph.subgraphs['gcm-objectives'];
    await closeServer(gcm.server);
    const sockets = new Set<import('node:net').Socket>();
    const hung = http.createServer(() => {});
    hung.on('connection', (s) => (sockets.add(s), s.on('close', () => sockets.delete(s))));
    await listen(hung, gcm.port, graph.config.host);

    try {
      for (let i = 0; i < FAILURES; i++) {
        const { value: res, ms } = await timed(() => graph.query(QUERY));
        expect(ms).toBeLessThan(TIMEOUT_MS + 1000);
        expect(res.body.data).toEqual({ objective: null, organization: { acronym: 'IOM' } });
        expect(res.body.errors).toEqual([
          expect.objectContaining({ extensions: expect.objectContaining({ code: 'SUBGRAPH_TIMEOUT', serviceName: 'gcm-objectives' }) }),
        ]);
      }
      // The gateway gave up on those calls and closed their connections (the close reaches the server a moment later).
      await expect.poll(() => sockets.size, { timeout: 1000 }).toBe(0);

      const { value: fast, ms } = await timed(() => graph.query(QUERY));
      expect(ms).toBeLessThan(TIMEOUT_MS / 2);
      expect(fast.body.data.organization).toEqual({ acronym: 'IOM' });
      expect(fast.body.errors[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', serviceName: 'gcm-objectives', breaker: 'open' });
      expect(logs.lines.some((l) => l.subgraph === 'gcm-objectives' && l.breaker === 'open')).toBe(true);

      const metrics = await (await fetch(graph.gateway.url.replace('/graphql', '/metrics'))).text();
      expect(metrics).toMatch(/subgraph_fetch_failures_total\{subgraph="gcm-objectives",code="SUBGRAPH_TIMEOUT"[^}]*\} 3/);
      expect(metrics).toMatch(/subgraph_breaker_state\{subgraph="gcm-objectives"[^}]*\} 2/);
      expect(metrics).toMatch(/graphql_operations_total\{operation="anonymous",outcome="partial",code="SUBGRAPH_TIMEOUT"[^}]*\} 3/);
    } finally {
      hung.closeAllConnections();
      await closeServer(hung);
    }

    // The real subgraph is back on its port.
    await new Promise<void>((resolve) => gcm.server.listen(gcm.port, graph.config.host, resolve));
    const back = Date.now();
    for (;;) {
      const res = await graph.query(QUERY);
      if (!res.body.errors) {
        expect(res.body).toEqual(full);
        break;
      }
      expect(Date.now() - back).toBeLessThan(5000);
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(Date.now() - back).toBeLessThan(5000);
    expect(logs.lines.some((l) => l.subgraph === 'gcm-objectives' && l.breaker === 'closed')).toBe(true);
  });
});
