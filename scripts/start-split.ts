// npm run start:split: every subgraph and the gateway as its own OS process, from the build (`node dist/server.js`
// in each package folder), the way they run in production: separate processes, separate ports, talking HTTP. Start-up
// order is what a deployment needs: subgraphs first, the gateway once every subgraph answers /ready. On SIGINT,
// SIGTERM or SIGHUP it sends SIGTERM to the gateway and waits for it to drain (its requests in flight still need the
// subgraphs), then to the subgraphs, and exits 0 once every process has stopped cleanly.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { configOrExit, SUBGRAPH_NAMES, type SubgraphName } from '@unmn/shared/config';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** First start migrates and seeds every database, on a 2-core machine too. */
const READY_TIMEOUT_MS = 120_000;

const config = configOrExit();

type Name = SubgraphName | 'gateway';
interface Part {
  name: Name;
  dir: string;
  port: number;
}
const parts: Part[] = [
  ...SUBGRAPH_NAMES.map((name) => ({ name, dir: path.join(ROOT, 'subgraphs', name), port: config.subgraphs[name].port })),
  { name: 'gateway' as const, dir: path.join(ROOT, 'gateway'), port: config.gateway.port },
];

// A missing build is the usual first mistake; say which and what to run, before anything starts.
const missing = parts.filter((p) => !fs.existsSync(path.join(p.dir, 'dist/server.js')));
if (missing.length) {
  console.error(`No build for ${missing.map((p) => p.name).join(', ')} (${path.relative(ROOT, path.join(missing[0].dir, 'dist/server.js'))} missing). Run \`npm run build\` first.`);
  process.exit(1);
}
const newestUnder = (file: string): number => {
  if (!fs.existsSync(file)) return 0;
  const stat = fs.statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(file).map((entry) => newestUnder(path.join(file, entry))));
};
const sharedSources = newestUnder(path.join(ROOT, 'shared/src'));
const stale = parts.filter((p) => Math.max(sharedSources, newestUnder(path.join(p.dir, 'src'))) > fs.statSync(path.join(p.dir, 'dist/server.js')).mtimeMs);
if (stale.length) console.warn(`Warning: the build of ${stale.map((p) => p.name).join(', ')} is older than its sources; run \`npm run build\` to start what you edited.`);

// Children run in their package folders, so paths the user gave relative to here are made absolute. DATA_DIR always
// is: every subgraph keeps its own SQLite file under the one data folder, as with `npm start`.
const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: path.resolve(config.database.dataDir) };
for (const variable of ['SUPERGRAPH_FILE', 'JWT_PUBLIC_KEY_FILE', 'JWT_JWKS_FILE']) {
  if (env[variable]) env[variable] = path.resolve(env[variable]!);
}

interface Running extends Part {
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  exit?: { code: number | null; signal: NodeJS.Signals | null };
  /** Exited after we asked it to stop (rather than crashing or being killed before). */
  stoppedByUs?: boolean;
}
const running: Running[] = [];
const width = Math.max(...parts.map((p) => p.name.length));
let phase: 'starting' | 'running' | 'stopping' = 'starting';

const describeExit = ({ code, signal }: { code: number | null; signal: NodeJS.Signals | null }) => (signal ? `signal ${signal}` : `code ${code}`);

function start(part: Part): Running {
  // Own process group: Ctrl-C in a terminal signals the whole foreground group at once, and the gateway must drain
  // before the subgraphs it calls, so only this supervisor receives it and signals the children in order.
  const child = spawn(process.execPath, ['dist/server.js'], { cwd: part.dir, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const prefix = `${part.name.padEnd(width)} | `;
  for (const stream of [child.stdout!, child.stderr!]) {
    readline.createInterface({ input: stream }).on('line', (line) => (stream === child.stderr ? process.stderr : process.stdout).write(prefix + line + '\n'));
  }
  const self: Running = {
    ...part,
    child,
    exited: new Promise((resolve) =>
      child.once('exit', (code, signal) => {
        self.exit = { code, signal };
        self.stoppedByUs = phase === 'stopping';
        resolve(self.exit);
      }),
    ),
  };
  // After start-up a subgraph may come and go (a crash, or its team restarting it): federation serves the rest.
  // Without the gateway nothing is served, so its exit stops everything.
  void self.exited.then((exit) => {
    if (phase !== 'running') return;
    if (part.name === 'gateway') {
      console.error(`gateway exited (${describeExit(exit)}); stopping the subgraphs`);
      void stopAll(1);
    } else {
      console.error(
        `${part.name} exited (${describeExit(exit)}); the gateway keeps serving the other subgraphs. ` +
          `Start it again with: (cd ${path.relative(process.cwd(), part.dir) || '.'} && node dist/server.js)`,
      );
    }
  });
  running.push(self);
  return self;
}

const readyUrl = (port: number) => `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}/ready`;

/** Resolves once /ready answers 200; rejects naming the part if its process exits first or it never gets ready. */
async function ready(part: Running): Promise<void> {
  const until = Date.now() + READY_TIMEOUT_MS;
  let died = false;
  void part.exited.then(() => (died = true));
  while (!died) {
    try {
      const res = await fetch(readyUrl(part.port), { signal: AbortSignal.timeout(2000) });
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`${part.name} did not answer ${readyUrl(part.port)} with 200 within ${READY_TIMEOUT_MS / 1000} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${part.name} exited during start-up (${describeExit(part.exit!)}); its output is above`);
}

let stopping: Promise<never> | undefined;
function stopAll(exitCode: number): Promise<never> {
  stopping ??= stopInOrder(exitCode);
  return stopping;
}

async function stopInOrder(exitCode: number): Promise<never> {
  phase = 'stopping';
  const stop = async (parts: Running[]) => {
    await Promise.all(
      parts.map(async (part) => {
        if (part.exit) return;
        part.child.kill('SIGTERM');
        // Each child bounds its own drain (SHUTDOWN_TIMEOUT_MS plus a few seconds); this only guards against a hang.
        const killer = setTimeout(() => part.child.kill('SIGKILL'), config.shutdownTimeoutMs + 10_000);
        await part.exited;
        clearTimeout(killer);
      }),
    );
  };
  await stop(running.filter((p) => p.name === 'gateway'));
  await stop(running.filter((p) => p.name !== 'gateway'));
  const unclean = running.filter((p) => p.stoppedByUs && (p.exit!.code !== 0 || p.exit!.signal));
  if (exitCode === 0 && unclean.length) {
    console.error(`Not stopped cleanly: ${unclean.map((p) => `${p.name} (${describeExit(p.exit!)})`).join(', ')}`);
    exitCode = 1;
  }
  process.exit(exitCode);
}

let signalled = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (signalled) return;
    signalled = true;
    console.log(`${signal}: stopping the gateway, then the subgraphs (each drains for up to ${config.shutdownTimeoutMs} ms)`);
    void stopAll(0);
  });
}
// Children in their own process group outlive us unless told; if we end any other way (a crash), take them along.
process.on('exit', () => {
  for (const part of running) if (!part.exit) part.child.kill('SIGKILL');
});

const store = config.database.url ? 'PostgreSQL (DATABASE_URL), one schema per subgraph' : `SQLite files in ${env.DATA_DIR}`;
console.log(`Starting ${SUBGRAPH_NAMES.length} subgraphs and the gateway as separate processes from their builds, on ${store} ...`);
try {
  const began = performance.now();
  const seconds = () => `${((performance.now() - began) / 1000).toFixed(1)} s`;
  const subgraphs = parts.filter((p) => p.name !== 'gateway').map(start);
  await Promise.all(
    subgraphs.map(async (sub) => {
      await ready(sub);
      console.log(`  ${sub.name.padEnd(20)} http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${sub.port}/graphql  (pid ${sub.child.pid}, ready after ${seconds()})`);
    }),
  );
  if (phase !== 'starting') await new Promise(() => {}); // a signal arrived meanwhile: stopAll exits
  const gateway = start(parts.find((p) => p.name === 'gateway')!);
  await ready(gateway);
  if (phase !== 'starting') await new Promise(() => {});
  phase = 'running';
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${gateway.port}/graphql`;
  console.log(`\nGateway ready: ${url}  (pid ${gateway.child.pid}, everything ready after ${seconds()})`);
  console.log(`  health ${url.replace('/graphql', '/health')}  ready ${url.replace('/graphql', '/ready')}  metrics ${url.replace('/graphql', '/metrics')}`);
  console.log('  try: curl -s -H "content-type: application/json" -d \'{"query":"{ objective(number: 20) { title } }"}\' ' + url);
} catch (error) {
  if (phase === 'starting') {
    console.error(`Start-up failed: ${(error as Error).message}. Stopping the others.`);
    await stopAll(1);
  }
}
