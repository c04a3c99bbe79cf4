// npx tsx bench/resilience.ts [--clients 10]
// What a stuck subgraph costs clients, with the default settings (SUBGRAPH_TIMEOUT_MS=5000, BREAKER_FAILURES=5,
// BREAKER_HALF_OPEN_MS=2000, REQUEST_TIMEOUT_MS=15000) unless the environment says otherwise: gcm-objectives is replaced
// by a process that accepts connections and never answers, `--clients` cross-subgraph queries are sent at once, then
// the real subgraph comes back. Prints the time to answer, the sockets left open, the fast-fail time with the breaker
// open and the time to full answers after recovery.
import http from 'node:http';
import { parseArgs } from 'node:util';
import { closeServer, listen } from '@unmn/shared/http';
import { startTestGraph } from '../tests/harness.js';
import { machine } from './lib.js';

const { values } = parseArgs({ options: { clients: { type: 'string', default: '10' } } });
const clients = Number(values.clients);
const QUERY = '{ objective(number: 20) { title } organization(id: "iom") { acronym } }';

const graph = await startTestGraph({ env: { LOG_LEVEL: 'silent' } });
const { subgraphTimeoutMs, requestTimeoutMs, breaker } = { ...graph.config.gateway, subgraphTimeoutMs: graph.config.subgraphs['gcm-objectives'].timeoutMs };
console.log(`machine: ${machine()}; database: ${graph.subgraphs.members.db.dialect}`);
console.log(`settings: gcm-objectives timeout ${subgraphTimeoutMs} ms, request timeout ${requestTimeoutMs} ms, breaker ${breaker.failures} failures / half-open after ${breaker.halfOpenAfterMs} ms`);
const ms = (since: number) => `${Math.round(performance.now() - since)} ms`;
try {
  let t = performance.now();
  const ok = await graph.query(QUERY);
  if (ok.body.errors) throw new Error(JSON.stringify(ok.body.errors));
  console.log(`healthy graph, one query: ${ms(t)}`);

  const gcm = graph.subgraphs['gcm-objectives'];
  await closeServer(gcm.server);
  const sockets = new Set<import('node:net').Socket>();
  const hung = http.createServer(() => {});
  hung.on('connection', (s) => (sockets.add(s), s.on('close', () => sockets.delete(s))));
  await listen(hung, gcm.port, graph.config.host);

  t = performance.now();
  const answers = await Promise.all(
    Array.from({ length: clients }, async () => {
      const started = performance.now();
      const res = await graph.query(QUERY);
      return { ms: performance.now() - started, partial: res.body.data?.organization?.acronym === 'IOM', code: res.body.errors?.[0]?.extensions?.code };
    }),
  );
  const slowest = Math.max(...answers.map((a) => a.ms));
  console.log(
    `gcm-objectives hung, ${clients} queries at once: all answered in ${Math.round(slowest)} ms; ` +
      `${answers.filter((a) => a.partial).length}/${clients} with members' data; codes ${[...new Set(answers.map((a) => a.code))].join(', ')}`,
  );
  await new Promise((r) => setTimeout(r, 200));
  console.log(`  gateway connections still open to the hung subgraph 200 ms later: ${sockets.size}`);

  // The first wave counted as one failure per query; make sure the breaker is open, then time a fast failure.
  for (let i = 0; i < breaker.failures; i++) {
    const res = await graph.query(QUERY);
    if (res.body.errors?.[0]?.extensions?.breaker === 'open') break;
  }
  t = performance.now();
  const fast = await graph.query(QUERY);
  console.log(`breaker open: one query answered in ${ms(t)} (${fast.body.errors?.[0]?.extensions?.code}, breaker ${fast.body.errors?.[0]?.extensions?.breaker})`);

  hung.closeAllConnections();
  await closeServer(hung);
  await new Promise<void>((resolve) => gcm.server.listen(gcm.port, graph.config.host, resolve));
  t = performance.now();
  let polls = 0;
  for (;;) {
    polls++;
    const res = await graph.query(QUERY);
    if (!res.body.errors) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  console.log(`gcm-objectives back: first full answer after ${ms(t)} (${polls} queries, one every ~100 ms)`);
} finally {
  await graph.stop();
}
