// npx tsx bench/gateway-workers.ts [--duration 4] [--rounds 3] [--connections 10]
// The gateway as one process against GATEWAY_WORKERS=2 (gateway/src/cluster.ts), over the same five subgraphs
// (bench/gateways.ts --serve-subgraphs: one child process, SQLite in memory) and the same supergraph, with autocannon
// in alternating rounds (the order flips every round). Prints median req/s, p50/p99 and the ratio. On a machine
// shared with other work the ratio says more than the absolute figures; record both with the machine and its load.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { envPrefix, type SubgraphName } from '@unmn/shared/config';
import { freePort, load, machine, median } from './lib.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { duration: { type: 'string', default: '4' }, rounds: { type: 'string', default: '3' }, connections: { type: 'string', default: '10' } } });
const duration = Number(values.duration);
const rounds = Number(values.rounds);
const connections = Number(values.connections);
if (!(duration >= 1) || !(rounds >= 1) || !(connections >= 1)) throw new Error('--duration (s), --rounds and --connections: 1 or more');

const SIMPLE = '{ objective(number: 20) { title paragraph } }';
const children: ChildProcess[] = [];
process.on('exit', () => children.forEach((c) => c.exitCode === null && c.kill('SIGKILL')));
process.on('SIGINT', () => process.exit(130));
const start = (args: string[], env: Record<string, string>) => {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stderr!.resume();
  children.push(child);
  return child;
};

console.log(`machine: ${machine()}; load average ${load()} (other work on the machine shares its cores)`);
const host = start(['bench/gateways.ts', '--serve-subgraphs'], { LOG_LEVEL: 'warn' });
const urls: Record<string, string> = await new Promise((resolve, reject) => {
  let out = '';
  host.stdout!.on('data', (chunk: Buffer) => {
    out += chunk;
    const line = out.split('\n').find((l) => l.startsWith('{"urls"'));
    if (line) resolve(JSON.parse(line).urls);
  });
  host.on('exit', (code) => reject(new Error(`the subgraphs exited (${code}) before listening`)));
});
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-workers-'));
const supergraphFile = path.join(work, 'supergraph.graphql');
fs.writeFileSync(
  supergraphFile,
  fs.readFileSync(path.join(ROOT, 'gateway/supergraph.graphql'), 'utf8').replace(/@join__graph\(name: "([^"]+)", url: "[^"]+"\)/g, (_, name: string) => `@join__graph(name: "${name}", url: "${urls[name]}")`),
);

const targets: { name: string; url: string }[] = [];
for (const workers of ['1', '2']) {
  const port = await freePort();
  const child = start(['gateway/src/server.ts'], {
    GATEWAY_PORT: String(port),
    GATEWAY_WORKERS: workers,
    HOST: '127.0.0.1',
    SUPERGRAPH_FILE: supergraphFile,
    LOG_LEVEL: 'warn',
    RATE_LIMIT_PER_MINUTE: '0',
    ...Object.fromEntries(Object.entries(urls).map(([name, url]) => [`${envPrefix(name as SubgraphName)}_URL`, url])),
  });
  child.stdout!.resume();
  const url = `http://127.0.0.1:${port}/graphql`;
  for (let deadline = Date.now() + 120_000; ; ) {
    if (child.exitCode !== null) throw new Error(`GATEWAY_WORKERS=${workers} exited (${child.exitCode}) before answering`);
    const ok = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: SIMPLE }) }).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`GATEWAY_WORKERS=${workers} did not answer within 120 s`);
    await new Promise((r) => setTimeout(r, 250));
  }
  // Both workers must be up, not just the first to listen; a short warm-up also compiles the hot paths.
  await autocannon({ url, connections, duration: 2, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: SIMPLE }) });
  targets.push({ name: `GATEWAY_WORKERS=${workers}`, url });
}

const results = new Map<string, { rps: number[]; p50: number[]; p99: number[]; non2xx: number }>(targets.map((t) => [t.name, { rps: [], p50: [], p99: [], non2xx: 0 }]));
for (let round = 0; round < rounds; round++) {
  for (const target of round % 2 ? [...targets].reverse() : targets) {
    const r = await autocannon({ url: target.url, connections, duration, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: SIMPLE }) });
    const row = results.get(target.name)!;
    row.rps.push(r.requests.average);
    row.p50.push(r.latency.p50);
    row.p99.push(r.latency.p99);
    row.non2xx += r.non2xx + r.errors;
  }
}
console.log(`\nsimple query, ${connections} connections, ${rounds} rounds of ${duration} s (medians):`);
for (const [name, row] of results) console.log(`  ${name.padEnd(18)} ${median(row.rps).toFixed(0).padStart(6)} req/s  p50 ${median(row.p50)} ms  p99 ${median(row.p99)} ms  non-2xx/errors ${row.non2xx}`);
const [one, two] = [...results.values()];
console.log(`  ratio 2 workers / 1: ${(median(two!.rps) / median(one!.rps)).toFixed(2)}x req/s`);
console.log(`load average after: ${load()}`);
fs.rmSync(work, { recursive: true, force: true });
process.exit(0);
