// npx tsx bench/startup.ts [--rounds 7] [--subgraph members]
// Start-up time to first answer: from spawning the process to the first 200 from POST /graphql `{ __typename }`, for
// one subgraph and for the gateway, run as before (`tsx src/server.ts`, TypeScript compiled at start) and after
// (`node dist/server.js`, the build). Rounds alternate which variant goes first; each subgraph run opens an already
// migrated and seeded SQLite file (a warm-up run creates it), so the figures are process start, not seeding.
// Needs `npm run build` first. Prints medians and the machine; record them in README.md.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { envPrefix, SUBGRAPH_NAMES, type SubgraphName } from '@unmn/shared/config';
import { machine } from './lib.js';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '7' }, subgraph: { type: 'string', default: 'members' } } });
const rounds = Number(values.rounds);
const subgraph = values.subgraph as SubgraphName;
if (!SUBGRAPH_NAMES.includes(subgraph)) throw new Error(`--subgraph: unknown subgraph "${subgraph}"; one of ${SUBGRAPH_NAMES.join(', ')}`);
if (!(rounds >= 5)) throw new Error('--rounds: at least 5, so a median means something');

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const targets = [
  { name: subgraph, dir: path.join(ROOT, 'subgraphs', subgraph), portVariable: `${envPrefix(subgraph)}_PORT` },
  { name: 'gateway', dir: path.join(ROOT, 'gateway'), portVariable: 'GATEWAY_PORT' },
];
const newest = (file: string): number => {
  const stat = fs.statSync(file);
  return stat.isDirectory() ? Math.max(0, ...fs.readdirSync(file).map((entry) => newest(path.join(file, entry)))) : stat.mtimeMs;
};
for (const t of targets) {
  const built = path.join(t.dir, 'dist/server.js');
  if (!fs.existsSync(built)) throw new Error(`${path.relative(ROOT, built)} missing: run \`npm run build\` first`);
  // Otherwise "after" would time other code than "before".
  if (Math.max(newest(path.join(t.dir, 'src')), newest(path.join(ROOT, 'shared/src'))) > fs.statSync(built).mtimeMs) {
    throw new Error(`${path.relative(ROOT, built)} is older than its sources: run \`npm run build\` first`);
  }
}
const variants = {
  'before: tsx src/server.ts': [TSX, 'src/server.ts'],
  'after: node dist/server.js': [process.execPath, 'dist/server.js'],
} as const;
type Variant = keyof typeof variants;

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-startup-'));
const env = { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'warn', DATA_DIR: dataDir, DATABASE_URL: '' };

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

/** Milliseconds from spawn to the first 200 from /graphql; then stops the process and waits for it to exit. */
async function timeToFirstAnswer(target: (typeof targets)[number], variant: Variant): Promise<number> {
  const port = await freePort();
  const [command, ...args] = variants[variant];
  const started = performance.now();
  const child = spawn(command, args, { cwd: target.dir, env: { ...env, [target.portVariable]: String(port) }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  let exitedEarly = false;
  void exited.then(() => (exitedEarly = true));
  try {
    for (;;) {
      if (exitedEarly) throw new Error(`${target.name} (${variant}) exited before answering:\n${stderr}`);
      const status = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ __typename }"}',
      }).then((r) => r.status, () => 0);
      if (status === 200) return performance.now() - started;
      await new Promise((r) => setTimeout(r, 10));
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

console.log(`machine: ${machine()}; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} at start`);
console.log(`${rounds} rounds, alternating order; spawn -> first 200 from POST /graphql { __typename }\n`);
try {
  // Warm-up, unmeasured: migrates and seeds the subgraph's database, and fills the OS file cache for both variants.
  for (const target of targets) for (const variant of Object.keys(variants) as Variant[]) await timeToFirstAnswer(target, variant);
  const times: Record<string, Record<Variant, number[]>> = {};
  for (const target of targets) times[target.name] = { 'before: tsx src/server.ts': [], 'after: node dist/server.js': [] };
  for (let round = 0; round < rounds; round += 1) {
    const order = (Object.keys(variants) as Variant[])[round % 2 ? 'reverse' : 'slice']();
    for (const target of targets) for (const variant of order) times[target.name][variant].push(await timeToFirstAnswer(target, variant));
    process.stdout.write(`round ${round + 1}/${rounds} done\r`);
  }
  for (const target of targets) {
    console.log(`\n${target.name}`);
    const medians: number[] = [];
    for (const variant of Object.keys(variants) as Variant[]) {
      const xs = times[target.name][variant];
      medians.push(median(xs));
      console.log(`  ${variant.padEnd(28)} median ${median(xs).toFixed(0)} ms  (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)}, n=${xs.length})`);
    }
    console.log(`  after/before: ${(medians[1] / medians[0]).toFixed(2)} (${(medians[0] - medians[1]).toFixed(0)} ms faster)`);
  }
  console.log(`\nload average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} at end`);
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
