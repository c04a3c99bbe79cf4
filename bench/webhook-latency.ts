// npx tsx bench/webhook-latency.ts [--n 100] [--webhooks 1] [--poll 500]
// Time from a write through the gateway (a knowledge resource submitted) to its delivery reaching a local receiver,
// with every subgraph and the exchange in one process, on SQLite (default) or PostgreSQL with pg-boss (DATABASE_URL).
// `--webhooks` registers that many webhooks (each with its own receiver) to show what the relay's per-webhook reads
// cost; `--poll` is WEBHOOK_POLL_MS, the relay's interval (500 ms by default, as shipped). Writes are sequential, and
// each waits for its delivery to every webhook, so figures are one change's latency, not throughput. Run by hand.
import http from 'node:http';
import { parseArgs } from 'node:util';
import { Webhook } from 'standardwebhooks';
import { startTestGraph, token } from '../tests/harness.js';
import { load, machine } from './lib.js';

const { values } = parseArgs({ options: { n: { type: 'string', default: '100' }, webhooks: { type: 'string', default: '1' }, poll: { type: 'string', default: '500' } } });
const n = Number(values.n);
const graph = await startTestGraph({ env: { WEBHOOK_POLL_MS: values.poll! } });
const secretariat = await token(graph.config, { role: 'secretariat', sub: 'bench-partner' });

// id -> when each receiver got it
const arrivals = new Map<string, number[]>();
const receivers: http.Server[] = [];
for (let i = 0; i < Number(values.webhooks); i += 1) {
  let verifier: Webhook | undefined;
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      verifier!.verify(raw, req.headers as Record<string, string>); // a bad signature would end the run
      const id = JSON.parse(raw).data.id as string;
      arrivals.set(id, [...(arrivals.get(id) ?? []), performance.now()]);
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receivers.push(server);
  const { body } = await graph.query(
    'mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { secret } }',
    { input: { url: `http://127.0.0.1:${(server.address() as { port: number }).port}/hook`, eventTypes: ['knowledge_resource.created'] } },
    { token: secretariat },
  );
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  verifier = new Webhook(body.data.createWebhook.secret);
}

const submit = async (i: number) => {
  const { body } = await graph.query(
    'mutation($input: SubmitResourceInput!) { submitResource(input: $input) { id } }',
    { input: { title: `Bench practice ${i}`, summary: 'A practice.', type: 'PRACTICE', practice: { completed: true, lessonsLearned: 'x' }, languages: ['en'], publishedOn: '2024-05-01', geographicScope: 'GLOBAL', objectives: [20], publishers: ['iom'], draft: true } },
    { token: secretariat },
  );
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data.submitResource.id as string;
};

const delivered = async (id: string) => {
  const deadline = performance.now() + 30_000;
  while ((arrivals.get(id)?.length ?? 0) < receivers.length) {
    if (performance.now() > deadline) throw new Error(`no delivery of ${id} within 30 s`);
    await new Promise((r) => setTimeout(r, 2));
  }
  return Math.max(...arrivals.get(id)!);
};

console.log(`machine: ${machine()}; load ${load()}; database: ${graph.subgraphs.exchange.db.dialect}; ${receivers.length} webhook(s); WEBHOOK_POLL_MS=${values.poll}; ${n} writes`);
try {
  for (let i = 0; i < 5; i += 1) await delivered(await submit(-i)); // warm-up: queue started, connections open
  const fromWrite: number[] = [];
  const fromCommit: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const started = performance.now();
    const id = await submit(i);
    const committed = performance.now();
    const last = await delivered(id);
    fromWrite.push(last - started);
    fromCommit.push(last - committed);
    // Spread the writes over the relay's interval, as real writes would be.
    await new Promise((r) => setTimeout(r, Math.random() * 100));
  }
  const pct = (v: number[], p: number) => [...v].sort((a, b) => a - b)[Math.min(v.length - 1, Math.floor((p / 100) * v.length))];
  const line = (v: number[]) => `p50 ${pct(v, 50).toFixed(0)} ms  p95 ${pct(v, 95).toFixed(0)} ms  max ${Math.max(...v).toFixed(0)} ms`;
  console.log(`write sent -> delivered (every webhook): ${line(fromWrite)}`);
  console.log(`write answered -> delivered (every webhook): ${line(fromCommit)}`);
  console.log(`target: p95 < 2000 ms: ${pct(fromWrite, 95) < 2000 ? 'met' : 'NOT met'}`);
} finally {
  for (const s of receivers) s.close();
  await graph.stop();
}
