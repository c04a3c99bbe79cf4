// npx tsx bench/export.ts [--size 100000] [--reader-delay 0]
// Bulk export at scale: GET /export/resources.ndjson through a gateway in its own process (gateway/src/server.ts,
// rate limit off) over `--size` generated resources (the deterministic generator of bench/knowledge-resources.ts),
// on SQLite in memory (default) or PostgreSQL (DATABASE_URL). Prints rows/s each second and the gateway process's
// resident memory (VmRSS) sampled every 250 ms. Not part of npm test.
// Target from the issue: a steady rate, and the gateway's RSS growing by less than 100 MB (it never holds the export).
// `--reader-delay N` pauses N ms after every chunk read: a slow client, which backpressure must keep from
// piling the export up in the gateway's memory.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { envPrefix, type SubgraphName } from '@unmn/shared/config';
import { insertGenerated } from '@unmn/knowledge-resources/data/seeds/generate';
import { benchmarkOptions } from '@unmn/knowledge-resources/data/seeds/index';
import { refreshStatistics } from '@unmn/knowledge-resources/data/seeds/scale';
import { startTestGraph } from '../tests/harness.js';
import { freePort, load, machine } from './lib.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { size: { type: 'string', default: '100000' }, 'reader-delay': { type: 'string', default: '0' } } });
const size = Number(values.size!.replace(/_/g, ''));
const readerDelay = Number(values['reader-delay']);

const rssMiB = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

const graph = await startTestGraph();
const sub = graph.subgraphs['knowledge-resources'];
console.log(`machine: ${machine()}; load average ${load()}; database: ${sub.db.dialect}${sub.db.dialect === 'sqlite' ? ' (in memory)' : ''}`);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-export-'));
let child: ReturnType<typeof spawn> | undefined;
try {
  const have = Number((await sub.db.knex('resources').max({ m: 'seq' }).first())?.m ?? 0);
  let t = performance.now();
  await insertGenerated(sub.db.knex, sub.db.dialect, { from: have, to: size }, benchmarkOptions('2026-01-02T00:00:00.000Z'), undefined, 2000);
  await refreshStatistics(sub.db);
  console.log(`${size} resources (the seeded ones, then generated ones; all published but the seeds' drafts) in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  // The gateway alone in its own process, so its RSS is the gateway's (the subgraphs and databases stay here).
  const urls = Object.fromEntries(Object.entries(graph.subgraphs).map(([name, s]) => [name, s.url]));
  const supergraphFile = path.join(work, 'supergraph.graphql');
  fs.writeFileSync(supergraphFile, fs.readFileSync(path.join(ROOT, 'gateway/supergraph.graphql'), 'utf8')
    .replace(/@join__graph\(name: "([^"]+)", url: "[^"]+"\)/g, (_, name: string) => `@join__graph(name: "${name}", url: "${urls[name]}")`));
  const port = await freePort();
  child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'gateway/src/server.ts')], {
    cwd: ROOT,
    env: {
      ...process.env, GATEWAY_PORT: String(port), HOST: '127.0.0.1', SUPERGRAPH_FILE: supergraphFile, LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '0',
      ...Object.fromEntries(Object.entries(urls).map(([name, url]) => [`${envPrefix(name as SubgraphName)}_URL`, url])),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 60_000; ;) {
    if (Date.now() > deadline) throw new Error('the gateway did not become ready within 60 s');
    if (await fetch(`${base}/ready`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  // Warm the gateway (query plans, JIT) on a small export, then take the RSS baseline.
  await (await fetch(`${base}/export/organizations.ndjson`)).text();
  const pid = child.pid!;
  const before = rssMiB(pid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMiB(pid))), 250);

  console.log(`\nGET /export/resources.ndjson${readerDelay ? `, reader pausing ${readerDelay} ms per chunk` : ''}; gateway RSS before: ${before.toFixed(0)} MiB`);
  console.log('second  rows/s   gateway RSS MiB');
  t = performance.now();
  const res = await fetch(`${base}/export/resources.ndjson`);
  if (res.status !== 200) throw new Error(`export answered ${res.status}: ${await res.text()}`);
  const decoder = new TextDecoder();
  let rows = -1; // the schema line is not a row
  let lastRows = 0;
  let second = 1;
  const rates: number[] = [];
  for await (const chunk of res.body!) {
    for (const byte of chunk as Uint8Array) if (byte === 10) rows += 1;
    decoder.decode(chunk as Uint8Array, { stream: true });
    if (performance.now() - t >= second * 1000) {
      rates.push(rows - lastRows);
      console.log(`${String(second).padStart(6)}  ${String(rows - lastRows).padStart(6)}   ${rssMiB(pid).toFixed(0)}`);
      lastRows = rows;
      second += 1;
    }
    if (readerDelay) await new Promise((r) => setTimeout(r, readerDelay));
  }
  clearInterval(sampler);
  const seconds = (performance.now() - t) / 1000;
  const steady = rates.slice(1).sort((a, b) => a - b);
  const pct = (p: number) => steady[Math.min(steady.length - 1, Math.floor(p * steady.length))] ?? 0;
  console.log(`\n${rows} rows in ${seconds.toFixed(1)} s: ${(rows / seconds).toFixed(0)} rows/s overall; per second after the first: min ${pct(0)}, median ${pct(0.5)}, max ${pct(1)}`);
  console.log(`gateway RSS: before ${before.toFixed(0)} MiB, peak ${peak.toFixed(0)} MiB, growth ${(peak - before).toFixed(0)} MiB (target < 100 MB)`);
} finally {
  child?.kill('SIGTERM');
  await graph.stop();
  fs.rmSync(work, { recursive: true, force: true });
}
