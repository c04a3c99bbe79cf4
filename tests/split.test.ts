// `npm run start:split` for real: every subgraph and the gateway as separate processes from their builds, on free
// ports and a private store. A subgraph process dies and is started again while the gateway keeps serving; SIGTERM
// then stops every process.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { envPrefix, SUBGRAPH_NAMES } from '@unmn/shared/config';
import { postGraphQL } from '@unmn/shared/testing';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const README_QUERY = '{ objective(number: 20) { title paragraph } network { executiveCommittee(on: "2019-12-31") { acronym } } }';
const PACKAGES = ['gateway', ...SUBGRAPH_NAMES.map((name) => `subgraphs/${name}`)];

const newest = (file: string): number => {
  if (!fs.existsSync(file)) return 0;
  const stat = fs.statSync(file);
  return stat.isDirectory() ? Math.max(0, ...fs.readdirSync(file).map((entry) => newest(path.join(file, entry)))) : stat.mtimeMs;
};

/** Builds the packages whose dist/server.js is missing or older than their sources (or shared's); reuses the rest. */
function buildIfStale() {
  const shared = newest(path.join(ROOT, 'shared/src'));
  const stale = PACKAGES.filter((dir) => {
    const built = path.join(ROOT, dir, 'dist/server.js');
    return !fs.existsSync(built) || Math.max(shared, newest(path.join(ROOT, dir, 'src'))) > fs.statSync(built).mtimeMs;
  });
  if (!stale.length) return;
  const result = spawnSync('npm', ['run', 'build', ...stale.flatMap((dir) => ['-w', dir])], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm run build failed:\n${result.stdout}\n${result.stderr}`);
}

/** Free ports from the system (never 4000-4006, which a developer's graph may hold). */
async function freePorts(n: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from({ length: n }, () => new Promise<net.Server>((resolve) => { const s = net.createServer().listen(0, '127.0.0.1', () => resolve(s)); })),
  );
  const ports = servers.map((s) => (s.address() as net.AddressInfo).port);
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  return ports;
}

interface Proc {
  child: ChildProcess;
  output: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function run(args: string[], cwd: string, env: NodeJS.ProcessEnv): Proc {
  const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return { child, output: () => output, exit };
}

async function waitFor(what: string, check: () => boolean | Promise<boolean>, timeoutMs: number, proc?: Proc) {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}${proc ? `; output so far:\n${proc.output()}` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The process's exit, or an error carrying its output if it is still running after `timeoutMs`. */
const exitWithin = (proc: Proc, timeoutMs: number) =>
  Promise.race([
    proc.exit,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`still running after ${timeoutMs} ms; output:\n${proc.output()}`)), timeoutMs).unref()),
  ]);

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const isReady = (url: string) => fetch(url).then((r) => r.status === 200, () => false);

describe('npm run start:split', () => {
  let env: NodeJS.ProcessEnv;
  let ports: Record<string, number>;
  let dataDir: string;
  let database: { admin: string; name: string } | undefined;
  const started: ChildProcess[] = [];

  beforeAll(async () => {
    buildIfStale();
    const [gateway, ...subgraphPorts] = await freePorts(1 + SUBGRAPH_NAMES.length);
    ports = { gateway, ...Object.fromEntries(SUBGRAPH_NAMES.map((name, i) => [name, subgraphPorts[i]])) };
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'split-'));
    env = {
      ...process.env,
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: '0',
      SHUTDOWN_TIMEOUT_MS: '3000',
      // Relative, as a user would write it: start:split must hand the children (which run in their package folders)
      // the same folder.
      DATA_DIR: path.relative(ROOT, dataDir),
      GATEWAY_PORT: String(gateway),
      ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [`${envPrefix(name)}_PORT`, String(ports[name])])),
    };
    for (const name of SUBGRAPH_NAMES) delete env[`${envPrefix(name)}_URL`];
    // On PostgreSQL every subgraph uses a fixed schema name, so the processes get a database of their own.
    if (process.env.DATABASE_URL) {
      const name = `split_${randomBytes(4).toString('hex')}`;
      const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await admin.connect();
      await admin.query(`create database ${name}`);
      await admin.end();
      const url = new URL(process.env.DATABASE_URL);
      url.pathname = `/${name}`;
      env.DATABASE_URL = url.toString();
      database = { admin: process.env.DATABASE_URL, name };
    }
  });

  afterAll(async () => {
    for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
    if (database) {
      const admin = new pg.Client({ connectionString: database.admin });
      await admin.connect();
      await admin.query(`drop database if exists ${database.name} with (force)`);
      await admin.end();
    }
  });

  it('serves the README query through separate processes, survives a subgraph restart, and stops every process on SIGTERM', async () => {
    const split = run(['--import', 'tsx', 'scripts/start-split.ts'], ROOT, env);
    started.push(split.child);
    await waitFor('"Gateway ready"', () => split.output().includes('Gateway ready:'), 25_000, split);
    const gatewayUrl = `http://127.0.0.1:${ports.gateway}/graphql`;
    expect(split.output()).toContain(`Gateway ready: ${gatewayUrl}`);
    const pids = Object.fromEntries([...split.output().matchAll(/^ {2}(\S+)\s+http:\/\/\S+\s+\(pid (\d+)/gm)].map((m) => [m[1], Number(m[2])]));
    pids.gateway = Number(/Gateway ready: \S+\s+\(pid (\d+)/.exec(split.output())![1]);
    expect(Object.keys(pids).sort()).toEqual([...SUBGRAPH_NAMES, 'gateway'].sort());
    expect(new Set(Object.values(pids)).size).toBe(SUBGRAPH_NAMES.length + 1); // one process each
    // Each subgraph keeps its own SQLite file in the one data folder (none on PostgreSQL).
    if (!database) expect(fs.readdirSync(dataDir).filter((f) => f.endsWith('.sqlite')).sort()).toEqual(SUBGRAPH_NAMES.map((n) => `${n}.sqlite`).sort());

    const full = await postGraphQL(gatewayUrl, { query: README_QUERY });
    expect(full.status).toBe(200);
    expect(full.body.errors).toBeUndefined();
    expect(full.body.data.objective).toMatchObject({ paragraph: 36, title: expect.stringMatching(/remittances/) });
    expect(full.body.data.network.executiveCommittee.map((o: { acronym: string }) => o.acronym)).toContain('IOM');

    // members dies: the gateway answers what the other subgraphs own, and says which service is missing.
    process.kill(pids.members, 'SIGKILL');
    await waitFor('start:split to notice', () => split.output().includes('members exited (signal SIGKILL)'), 5000, split);
    const partial = await postGraphQL(gatewayUrl, { query: '{ objective(number: 20) { title } }' });
    expect(partial.body).toEqual({ data: { objective: { title: full.body.data.objective.title } } });
    const missing = await postGraphQL(gatewayUrl, { query: '{ network { executiveCommittee(on: "2019-12-31") { acronym } } }' });
    expect(missing.body.errors?.[0]?.extensions).toMatchObject({ serviceName: 'members' });

    // Its team starts it again from the build; the same gateway process serves the whole query again.
    const members = run(['dist/server.js'], path.join(ROOT, 'subgraphs/members'), { ...env, DATA_DIR: dataDir });
    started.push(members.child);
    await waitFor('the new members process', () => isReady(`http://127.0.0.1:${ports.members}/ready`), 15_000, members);
    const again = await postGraphQL(gatewayUrl, { query: README_QUERY });
    expect(again.body).toEqual(full.body);
    expect(alive(pids.gateway)).toBe(true);

    split.child.kill('SIGTERM');
    expect(await exitWithin(split, 10_000)).toEqual({ code: 0, signal: null });
    expect(split.output()).toMatch(/gateway\s+\| SIGTERM: draining/);
    for (const [name, pid] of Object.entries(pids)) expect({ name, alive: alive(pid) }).toEqual({ name, alive: false });

    members.child.kill('SIGTERM');
    expect(await exitWithin(members, 5000)).toEqual({ code: 0, signal: null });
  });

  it('fails naming the subgraph that cannot start, and stops the others', async () => {
    // Hold members' port, as another program would.
    const squatter = net.createServer((socket) => socket.destroy()).listen(ports.members, '127.0.0.1');
    await new Promise((r) => squatter.once('listening', r));
    try {
      const split = run(['--import', 'tsx', 'scripts/start-split.ts'], ROOT, env);
      started.push(split.child);
      const { code } = await exitWithin(split, 25_000);
      expect(code).toBe(1);
      expect(split.output()).toMatch(/Start-up failed: members exited during start-up/);
      expect(split.output()).toContain(`members             | Start-up failed: Cannot listen on 127.0.0.1:${ports.members}: the port is in use; set MEMBERS_PORT`);
      // Nothing left listening on the others' ports.
      for (const name of SUBGRAPH_NAMES.filter((n) => n !== 'members')) expect(await isReady(`http://127.0.0.1:${ports[name]}/ready`)).toBe(false);
    } finally {
      await new Promise((r) => squatter.close(r));
    }
  });
});
