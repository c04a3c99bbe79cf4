// npx tsx bench/telemetry.ts [--rounds 6] [--n 150] [--concurrency 1]
// What tracing costs: the same graph twice, each in its own process (tracing state is per process), one with
// OTEL_EXPORTER_OTLP_ENDPOINT pointing at a local OTLP/HTTP receiver run here, one without. Rounds alternate between
// them (and swap which goes first) so machine noise falls on both alike; p50/p95 per variant and the ratio on/off.
// Prometheus metrics are on in both (they cannot be switched off); the difference measured is tracing and exporting.
// Also printed: CPU time per request spent by each graph's process (gateway and subgraphs, exporting included), which a
// machine busy with other work disturbs much less than wall-clock latency.
// Target (issue 10): under 10% added at p50.
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { fmt, machine, measure, type Timing } from './lib.js';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '6' },
    n: { type: 'string', default: '150' },
    concurrency: { type: 'string', default: '1' },
    serve: { type: 'string' },
    endpoint: { type: 'string' },
  },
});

if (values.serve) {
  // Child: one graph, tracing on or off, until SIGTERM (which also flushes the last spans).
  const { startTestGraph } = await import('../tests/harness.js');
  const graph = await startTestGraph({ env: values.endpoint ? { OTEL_EXPORTER_OTLP_ENDPOINT: values.endpoint, LOG_LEVEL: 'warn' } : { LOG_LEVEL: 'warn' } });
  console.log(JSON.stringify({ url: graph.gateway.url, dialect: graph.subgraphs.members.db.dialect }));
  process.on('message', () => process.send!(process.cpuUsage()));
  process.once('SIGTERM', () => void graph.stop().then(() => process.exit(0)));
} else {
  await main();
}

async function main() {
  // The receiver only drains and counts what arrives: parsing it here would load this process during the measurement.
  let posts = 0;
  let bytes = 0;
  const receiver = http.createServer((req, res) => {
    req.on('data', (chunk) => (bytes += chunk.length));
    req.on('end', () => {
      posts += 1;
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(receiver.address() as { port: number }).port}`;

  const children: ChildProcess[] = [];
  const serve = (args: string[]) =>
    new Promise<{ url: string; dialect: string; child: ChildProcess }>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), ...args], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'], env: process.env });
      children.push(child);
      let out = '';
      child.stdout!.on('data', (chunk) => {
        out += chunk;
        const line = out.split('\n').find((l) => l.startsWith('{'));
        if (line) resolve({ ...JSON.parse(line), child });
      });
      child.once('exit', (code) => reject(new Error(`graph process exited with ${code}`)));
    });

  try {
    const [off, on] = await Promise.all([serve(['--serve', 'off']), serve(['--serve', 'on', '--endpoint', endpoint])]);
    const rounds = Number(values.rounds);
    const n = Number(values.n);
    const concurrency = Number(values.concurrency);
    const QUERIES: Record<string, string> = {
      'one objective (1 subgraph)': 'query Objective { objective(number: 20) { title paragraph shortTitle } }',
      'reviews + organizers (2 subgraphs)': 'query Reviews { reviews(first: 20) { edges { node { title organizers { acronym name onExecutiveCommittee } } } } }',
    };
    console.log(`machine: ${machine()}; database: ${off.dialect}; ${rounds} alternating rounds of ${n} requests, concurrency ${concurrency}`);
    for (const [name, query] of Object.entries(QUERIES)) {
      const post = (url: string) => async () => {
        const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
        const body = await res.json();
        if (body.errors) throw new Error(`${name}: ${JSON.stringify(body.errors)}`);
      };
      const results: Record<'off' | 'on', Timing[]> = { off: [], on: [] };
      const cpu: Record<'off' | 'on', number[]> = { off: [], on: [] };
      const cpuOf = (child: ChildProcess) =>
        new Promise<number>((resolve) => {
          child.once('message', (u: any) => resolve(u.user + u.system));
          child.send('cpu');
        });
      for (let round = 0; round < rounds; round += 1) {
        const order = round % 2 === 0 ? (['off', 'on'] as const) : (['on', 'off'] as const);
        for (const variant of order) {
          const graph = variant === 'on' ? on : off;
          await measure(post(graph.url), { n: 20, warmup: 0 });
          const before = await cpuOf(graph.child);
          results[variant].push(await measure(post(graph.url), { n, concurrency, warmup: 0 }));
          cpu[variant].push((await cpuOf(graph.child)) - before);
        }
      }
      // Per-variant figure: the median over rounds of each round's p50 / p95 (robust to one noisy round).
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      const summary = (ts: Timing[]) => ({ p50: median(ts.map((t) => t.p50)), p95: median(ts.map((t) => t.p95)) });
      const a = summary(results.off);
      const b = summary(results.on);
      console.log(`\n${name}`);
      console.log(`  tracing off: p50 ${a.p50.toFixed(2)} ms  p95 ${a.p95.toFixed(2)} ms   (last round: ${fmt(results.off.at(-1)!)})`);
      console.log(`  tracing on:  p50 ${b.p50.toFixed(2)} ms  p95 ${b.p95.toFixed(2)} ms   (last round: ${fmt(results.on.at(-1)!)})`);
      console.log(`  on/off: p50 x${(b.p50 / a.p50).toFixed(3)} (${(((b.p50 - a.p50) / a.p50) * 100).toFixed(1)}% added)  p95 x${(b.p95 / a.p95).toFixed(3)}`);
      const cpuPerRequest = (xs: number[]) => median(xs) / n / 1000;
      console.log(`  CPU per request (all graph processes' work): off ${cpuPerRequest(cpu.off).toFixed(2)} ms  on ${cpuPerRequest(cpu.on).toFixed(2)} ms  x${(median(cpu.on) / median(cpu.off)).toFixed(3)}`);
      console.log(`  per round p50 off/on: ${results.off.map((t, i) => `${t.p50.toFixed(1)}/${results.on[i].p50.toFixed(1)}`).join('  ')}`);
    }
    // Give the exporter its last scheduled batch before reporting what arrived.
    await new Promise((r) => setTimeout(r, 1500));
    console.log(`\nOTLP receiver: ${posts} posts, ${(bytes / 1024).toFixed(0)} KiB of spans from the traced graph`);
  } finally {
    await Promise.all(
      children.map((c) => (c.exitCode === null ? new Promise((r) => (c.once('exit', r), c.kill('SIGTERM'))) : undefined)),
    );
    receiver.close();
  }
}
