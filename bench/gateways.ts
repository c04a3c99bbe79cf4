// npx tsx bench/gateways.ts [--duration 4] [--rounds 3] [--baseline <dir>]
// Throughput and latency of this gateway against the subgraph queried directly and against Hive Gateway
// (@graphql-hive/gateway) with its in-flight deduplication on and off, over the same running subgraphs and the same
// supergraph, measured with autocannon in alternating rounds (the order of the targets flips every round, so a load
// spike from the shared machine does not always land on the same one). Prints median req/s, p50/p99, non-2xx, each
// gateway's peak RSS (VmHWM of the process and its children) and the ratios. Record the figures in README.md with
// the machine and its load.
//
// - Subgraphs: the five, in one child process (scripts/lib/subgraphs.ts + startSubgraph), SQLite in memory seeded as
//   in the tests (or PostgreSQL with DATABASE_URL), REQUIRE_GATEWAY=false so the direct column needs no identity.
//   A gateway still sends its signed identity and the subgraphs verify it, as in production.
// - This gateway: gateway/src/server.ts in its own process, LOG_LEVEL=warn, rate limit off (RATE_LIMIT_PER_MINUTE=0).
// - --baseline <dir>: also runs <dir>/gateway/src/server.ts (an earlier commit's gateway and shared, e.g. extracted
//   with `git archive <commit> gateway shared | tar -x -C <dir>` and node_modules linked, see the report of issue 15)
//   as a "before" column over the same subgraphs. --this <dir> likewise replaces the working tree's gateway (to
//   compare two commits without the uncommitted edits of the working tree).
// - Hive Gateway: `hive-gateway supergraph <file>` in its own process; "dedup off" sets the HTTP transport's
//   deduplicateInflightRequests to false in a config file.
// - "this, cache on" runs the same gateway with RESPONSE_CACHE=on (anonymous public answers kept at the gateway).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { envPrefix, type SubgraphName } from '@unmn/shared/config';
import { freePort, load, machine, median, peakRssMiB } from './lib.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SELF = fileURLToPath(import.meta.url);

// ---- child mode: the five subgraphs -------------------------------------------------------------------------------

if (process.argv.includes('--serve-subgraphs')) {
  const { startSubgraph } = await import('@unmn/shared/subgraph');
  const { testConfig, testDatabase } = await import('@unmn/shared/testing');
  const { subgraphs } = await import('../scripts/lib/subgraphs.js');
  const config = testConfig({ REQUIRE_GATEWAY: 'false' });
  const urls: Record<string, string> = {};
  for (const module of subgraphs) urls[module.name] = (await startSubgraph(module, { config, port: 0, db: testDatabase(module.name) })).url;
  process.stdout.write(`${JSON.stringify({ urls })}\n`);
  process.on('SIGTERM', () => process.exit(0));
  await new Promise(() => {});
}

// ---- the bench ----------------------------------------------------------------------------------------------------

const { values } = parseArgs({
  options: { duration: { type: 'string', default: '4' }, rounds: { type: 'string', default: '3' }, baseline: { type: 'string' }, this: { type: 'string' } },
});
const duration = Number(values.duration);
const rounds = Number(values.rounds);
if (!(duration >= 1)) throw new Error('--duration: seconds per measurement, at least 1');
if (!(rounds >= 1)) throw new Error('--rounds: at least 1');
const baseline = values.baseline ? path.resolve(values.baseline) : undefined;
const current = values.this ? path.resolve(values.this) : ROOT;
for (const [flag, dir] of [['--baseline', baseline], ['--this', current]]) {
  if (dir && !fs.existsSync(path.join(dir, 'gateway/src/server.ts'))) throw new Error(`${flag}: ${dir}/gateway/src/server.ts not found`);
}

const SIMPLE = '{ objective(number: 20) { title paragraph } }';
// README, "One query across all five subgraphs" (tests/operations/readme-dashboard.graphql).
const DASHBOARD = fs.readFileSync(new URL('../tests/operations/readme-dashboard.graphql', import.meta.url), 'utf8');

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-gateways-'));
const children: ChildProcess[] = [];
let stopping = false;
const stopAll = (signal: NodeJS.Signals) => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill(signal);
};
// On an abnormal exit there is no time to wait for a graceful stop.
process.on('exit', () => stopAll('SIGKILL'));
process.on('SIGINT', () => process.exit(130));

function start(name: string, command: string, args: string[], env: Record<string, string>, cwd = ROOT): ChildProcess {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let tail = '';
  const keep = (chunk: Buffer) => (tail = (tail + chunk.toString()).slice(-4000));
  // Both pipes are drained: a child blocks on a full pipe (writes to pipes are synchronous on Linux).
  child.stderr!.on('data', keep);
  child.stdout!.on('data', keep);
  child.on('exit', (code) => {
    if (!stopping) console.error(`${name} exited (${code}) during the bench:\n${tail}`);
  });
  return child;
}

async function waitForGraphQL(name: string, url: string, child: ChildProcess, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}) before answering`);
    try {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: SIMPLE }) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${name} did not answer at ${url} within ${timeoutMs / 1000} s`);
}

const tsx = ['--import', 'tsx'];
console.log(`machine: ${machine()}; load average ${load()} (other work on the machine shares its cores)`);

// Per-request work at the gateway and a subgraph, before (sign, verify and analyse every time) and after (the caches
// in shared/viewer.ts and gateway/src/limits.ts), in this process, before the servers start.
{
  const { signIdentity, createIdentitySigner, createIdentityVerifier } = await import('@unmn/shared/viewer');
  const { createLimitAnalyser, estimateCost, inputSizes } = await import('@unmn/gateway/limits');
  const { buildSchema, parse } = await import('graphql');
  const { jwtVerify } = await import('jose');
  const secret = 'a-bench-identity-secret-of-sufficient-length';
  const viewer = { role: 'member', subject: 'u-1', organizationId: 'iom', countryIso3: null } as const;
  const perCall = async (fn: () => unknown, n = 2000) => {
    for (let i = 0; i < 200; i += 1) await fn();
    const t = performance.now();
    for (let i = 0; i < n; i += 1) await fn();
    return ((performance.now() - t) / n) * 1000;
  };
  const signer = createIdentitySigner(secret);
  const header = await signIdentity(viewer, secret);
  const verifier = createIdentityVerifier(secret);
  const schema = buildSchema(fs.readFileSync(path.join(ROOT, 'gateway/schema.graphql'), 'utf8'));
  const document = parse(DASHBOARD);
  const operation = document.definitions[0] as any;
  const analyse = createLimitAnalyser();
  const rows = [
    ['sign the identity', await perCall(() => signIdentity(viewer, secret)), await perCall(() => signer(viewer))],
    // Before: what verifyIdentity did per request, the key encoded and the signature checked.
    ['verify it (subgraph)', await perCall(() => jwtVerify(header, new TextEncoder().encode(secret), { algorithms: ['HS256'] })), await perCall(() => verifier(header))],
    [
      'limit analysis, dashboard',
      await perCall(() => (inputSizes(document, {}), estimateCost(schema, document, operation, {}))),
      await perCall(() => analyse(schema, DASHBOARD, document, operation, {})),
    ],
  ] as const;
  console.log('\nper-request work (µs per call, this process): before → after');
  for (const [what, before, after] of rows) console.log(`  ${what.padEnd(26)} ${before.toFixed(1)} → ${after.toFixed(1)}`);
}

// Subgraphs.
const host = start('subgraphs', process.execPath, [...tsx, SELF, '--serve-subgraphs'], { LOG_LEVEL: 'warn' });
const urls: Record<string, string> = await new Promise((resolve, reject) => {
  let out = '';
  host.stdout!.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    const line = out.split('\n').find((l) => l.startsWith('{"urls"'));
    if (line) resolve(JSON.parse(line).urls);
  });
  host.on('exit', (code) => reject(new Error(`the subgraphs exited (${code}) before listening`)));
});
const supergraphFile = path.join(work, 'supergraph.graphql');
fs.writeFileSync(
  supergraphFile,
  fs
    .readFileSync(path.join(ROOT, 'gateway/supergraph.graphql'), 'utf8')
    .replace(/@join__graph\(name: "([^"]+)", url: "[^"]+"\)/g, (whole, name: string) => {
      if (!urls[name]) throw new Error(`supergraph names subgraph "${name}", which is not running`);
      return `@join__graph(name: "${name}", url: "${urls[name]}")`;
    }),
);

interface Target {
  name: string;
  url: string;
  child?: ChildProcess;
  /** Only the one subgraph the simple query touches. */
  simpleOnly?: boolean;
}
const targets: Target[] = [{ name: 'direct subgraph', url: urls['gcm-objectives'], simpleOnly: true }];

const ourEnv = async () => ({
  GATEWAY_PORT: String(await freePort()),
  HOST: '127.0.0.1',
  SUPERGRAPH_FILE: supergraphFile,
  LOG_LEVEL: 'warn',
  RATE_LIMIT_PER_MINUTE: '0',
  ...Object.fromEntries(Object.entries(urls).map(([name, url]) => [`${envPrefix(name as SubgraphName)}_URL`, url])),
});
// "this, no dedup": the same gateway with DEDUPE_SUBGRAPH_REQUESTS=false, beside Hive's dedup on/off.
const ours: [name: string, dir: string, extra: Record<string, string>][] = [
  ['this gateway', current, {}],
  ['this, no dedup', current, { DEDUPE_SUBGRAPH_REQUESTS: 'false' }],
  ['this, cache on', current, { RESPONSE_CACHE: 'on' }],
  ...(baseline ? [['baseline gateway', baseline, {}] as [string, string, Record<string, string>]] : []),
];
for (const [name, dir, extra] of ours) {
  const env = { ...(await ourEnv()), ...extra };
  targets.push({ name, url: `http://127.0.0.1:${env.GATEWAY_PORT}/graphql`, child: start(name, process.execPath, [...tsx, path.join(dir, 'gateway/src/server.ts')], env, dir) });
}
const hiveBin = path.join(ROOT, 'node_modules/@graphql-hive/gateway/dist/bin.js');
const noDedup = path.join(work, 'gateway.config.mjs');
fs.writeFileSync(noDedup, "export const gatewayConfig = { transportEntries: { '*.http': { options: { deduplicateInflightRequests: false } } } };\n");
for (const [name, extra] of [['Hive dedup on', []], ['Hive dedup off', ['--config-path', noDedup]]] as const) {
  const port = await freePort();
  const args = [hiveBin, 'supergraph', supergraphFile, '--port', String(port), '--host', '127.0.0.1', '--fork', '1', ...extra];
  // A directory without a gateway.config.* of its own, so only the flags above apply.
  targets.push({ name, url: `http://127.0.0.1:${port}/graphql`, child: start(name, process.execPath, args, {}, work) });
}
for (const t of targets) if (t.child) await waitForGraphQL(t.name, t.url, t.child);

// Every target must answer each query in full before its speed means anything.
const body = (query: string) => JSON.stringify({ query });
for (const [label, query] of [['simple', SIMPLE], ['dashboard', DASHBOARD]] as const) {
  let reference: string | undefined;
  for (const t of targets) {
    if (t.simpleOnly && query !== SIMPLE) continue;
    const res = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body(query) });
    const answer: any = await res.json();
    if (!res.ok || answer.errors) throw new Error(`${t.name} answered the ${label} query with ${res.status}: ${JSON.stringify(answer.errors ?? answer)}`);
    const data = JSON.stringify(answer.data);
    if (reference === undefined) reference = data;
    else if (data !== reference) throw new Error(`${t.name} answered the ${label} query with other data than ${targets[0].name}`);
  }
}

interface Cell {
  label: string;
  query: string;
  connections: number;
}
const cells: Cell[] = [
  { label: 'simple `{ objective(number: 20) { title paragraph } }`', query: SIMPLE, connections: 10 },
  { label: 'dashboard (five subgraphs)', query: DASHBOARD, connections: 10 },
  { label: 'dashboard (five subgraphs)', query: DASHBOARD, connections: 50 },
];
interface Sample {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}
// 50 clients of the dashboard take seconds per request on a busy machine: a longer run so that many complete.
const secondsFor = (cell: Cell) => duration * Math.min(2.5, Math.max(1, cell.connections / 20));
const run = (url: string, query: string, connections: number, seconds: number) =>
  autocannon({ url, method: 'POST', headers: { 'content-type': 'application/json' }, body: body(query), connections, duration: seconds });

// Warm-up: JIT, connection pools and query plans, unmeasured.
for (const cell of cells) {
  for (const t of targets) {
    if (t.simpleOnly && cell.query !== SIMPLE) continue;
    const r = await run(t.url, cell.query, cell.connections, 1);
    await settle(t.url);
    if (process.env.BENCH_DEBUG) console.log('warm-up', t.name, cell.connections, r.requests.total, r.errors, r.timeouts, r.non2xx);
  }
}

// After a run, requests the load generator gave up on are still queued in the gateway and the subgraphs; the next
// run starts only once a probe through the same target comes back, so it does not inherit that backlog.
async function settle(url: string) {
  for (let i = 0; i < 120; i += 1) {
    try {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body(SIMPLE), signal: AbortSignal.timeout(30_000) });
      if (res.ok) return;
    } catch {
      // still busy
    }
  }
  throw new Error(`${url} did not recover after a run`);
}

const samples = new Map<string, Sample[]>();
for (let round = 0; round < rounds; round += 1) {
  for (const cell of cells) {
    const order = targets.filter((t) => !(t.simpleOnly && cell.query !== SIMPLE));
    if (round % 2) order.reverse();
    for (const t of order) {
      const r = await run(t.url, cell.query, cell.connections, secondsFor(cell));
      await settle(t.url);
      const key = `${cell.label}|${cell.connections}|${t.name}`;
      if (process.env.BENCH_DEBUG) console.log(t.name, cell.connections, r.requests.total, r.duration, r.latency.p50, r.errors, r.timeouts, r.non2xx);
      samples.set(key, [...(samples.get(key) ?? []), { rps: r.requests.total / r.duration, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors + r.timeouts }]);
    }
  }
  console.log(`round ${round + 1}/${rounds} done; load average ${load()}`);
}

const rss = new Map(targets.filter((t) => t.child).map((t) => [t.name, peakRssMiB(t.child!.pid!)]));
const subgraphRss = peakRssMiB(host.pid!);

const pad = (s: string, n: number) => s.padEnd(n);
console.log(`\n${rounds} rounds of ${cells.map((c) => `${secondsFor(c)} s`).join(' / ')} per target (medians of the rounds; non-2xx and errors (timeouts included) summed)`);
for (const cell of cells) {
  console.log(`\n${cell.label}, ${cell.connections} clients`);
  console.log(`  ${pad('target', 18)} ${pad('req/s', 8)} ${pad('p50 ms', 7)} ${pad('p99 ms', 7)} ${pad('non-2xx', 8)} errors`);
  const summary = new Map<string, number>();
  for (const t of targets) {
    const s = samples.get(`${cell.label}|${cell.connections}|${t.name}`);
    if (!s) continue;
    const rps = median(s.map((x) => x.rps));
    summary.set(t.name, rps);
    const sum = (f: (x: Sample) => number) => s.reduce((a, x) => a + f(x), 0);
    console.log(
      `  ${pad(t.name, 18)} ${pad(rps.toFixed(0), 8)} ${pad(median(s.map((x) => x.p50)).toFixed(0), 7)} ${pad(median(s.map((x) => x.p99)).toFixed(0), 7)} ${pad(String(sum((x) => x.non2xx)), 8)} ${sum((x) => x.errors)}`,
    );
  }
  const ours = summary.get('this gateway')!;
  const ratios = [...summary].filter(([name]) => name !== 'this gateway').map(([name, rps]) => `${(ours / rps).toFixed(2)}x ${name}`);
  console.log(`  this gateway's req/s = ${ratios.join(', ')}`);
}
console.log(
  `\npeak RSS (MiB): ${[...rss].map(([name, mib]) => `${name} ${mib?.toFixed(0) ?? '?'}`).join(', ')}; the five subgraphs together ${subgraphRss?.toFixed(0) ?? '?'}`,
);
console.log(`load average at the end ${load()}`);

stopping = true;
stopAll('SIGTERM');
await Promise.race([
  Promise.all(children.map((c) => (c.exitCode === null && c.signalCode === null ? new Promise((r) => c.once('exit', r)) : null))),
  new Promise((r) => setTimeout(r, 10_000)),
]);
fs.rmSync(work, { recursive: true, force: true });
process.exit(0);
