// GATEWAY_WORKERS=2: the gateway's process entry runs as a cluster primary with two workers on one port. What an
// operator relies on: both workers answer, a worker that dies is replaced while the port keeps answering, and SIGTERM
// stops every process with exit 0. The real entry (src/server.ts) runs as a child process against a stub subgraph.
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeSupergraph, eventually, membersSdl, startStub, tempDir, type StubSubgraph } from './stubs.js';

const PACKAGE = fileURLToPath(new URL('..', import.meta.url));
const tmp = tempDir();
let members: StubSubgraph;
let file: string;

beforeAll(async () => {
  members = await startStub('members', membersSdl(false));
  file = path.join(tmp.dir, 'supergraph.graphql');
  fs.writeFileSync(file, composeSupergraph([{ name: 'members', url: members.url, sdl: membersSdl(false) }]));
});
afterAll(async () => {
  await members?.stop();
  tmp.remove();
});

interface GatewayProcess {
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
}

function spawnGateway(env: Record<string, string>): GatewayProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: PACKAGE,
    // REDIS_URL empty: per-worker state, whatever the developer's shell has.
    env: { ...process.env, NODE_ENV: 'test', HOST: '127.0.0.1', GATEWAY_PORT: '0', REDIS_URL: '', SUPERGRAPH_FILE: file, MEMBERS_URL: members.url, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** One query on a new connection: the cluster hands out connections, not requests, so keep-alive would pin a worker. */
function ask(url: string): Promise<{ status: number; worker: string | undefined; body: any }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', agent: false, headers: { 'content-type': 'application/json' } }, (res) => {
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode!, worker: res.headers['x-gateway-worker'] as string | undefined, body: JSON.parse(text) }));
    });
    req.setTimeout(5_000, () => req.destroy(new Error(`no answer from ${url} within 5 s`)));
    req.on('error', reject);
    req.end(JSON.stringify({ query: '{ members { id } }' }));
  });
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('GATEWAY_WORKERS=2', () => {
  it('answers from two workers, replaces a killed one without the port going quiet, and stops all on SIGTERM', async () => {
    const gateway = spawnGateway({ GATEWAY_WORKERS: '2' });
    try {
      const url = await eventually('the cluster to be ready', () => /gateway ready at (\S+) \(2 workers\)/.exec(gateway.output())?.[1], 25_000);
      expect(gateway.output()).toContain('GATEWAY_WORKERS=2 without REDIS_URL: rate limits and the response cache are per worker');

      const workers = new Set<string>();
      await eventually('answers from two workers', async () => {
        const answer = await ask(url);
        expect(answer.body).toEqual({ data: { members: [{ id: 'iom' }, { id: 'unhcr' }] } });
        workers.add(answer.worker!);
        return workers.size === 2;
      });
      const [victim, survivor] = [...workers].map(Number) as [number, number];
      expect(victim).not.toBe(gateway.child.pid);

      process.kill(victim, 'SIGKILL');
      // The survivor answers every query meanwhile; then a third worker joins it.
      const replacement = await eventually(
        'a replacement worker',
        async () => {
          const answer = await ask(url);
          expect(answer.status).toBe(200);
          expect(answer.body.data.members).toHaveLength(2);
          const pid = Number(answer.worker);
          return pid !== survivor && pid !== victim ? pid : undefined;
        },
        20_000,
      );
      expect(gateway.output()).toMatch(new RegExp(`gateway worker ${victim} died \\(signal SIGKILL\\); starting a replacement in \\d+ ms`));

      gateway.child.kill('SIGTERM');
      expect(await gateway.exited).toBe(0);
      expect([survivor, replacement].filter(alive)).toEqual([]);
    } catch (error) {
      throw new Error(`${(error as Error).message}\n--- gateway output ---\n${gateway.output()}`);
    } finally {
      gateway.child.kill('SIGKILL');
    }
  }, 40_000);

  it('refuses a bad GATEWAY_WORKERS, naming it, before starting anything', async () => {
    const gateway = spawnGateway({ GATEWAY_WORKERS: 'many' });
    expect(await gateway.exited).toBe(78);
    expect(gateway.output()).toContain('GATEWAY_WORKERS="many": must be a whole number of processes');
    expect(gateway.output()).not.toContain('gateway ready');
  });
});
