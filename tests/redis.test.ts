// Gateway replicas share state through Redis (REDIS_URL): two gateways using one Redis enforce one rate limit
// together, and a gateway whose Redis goes away keeps answering with per-process limits, says so in /ready and the
// log, and shares again once Redis is back. Real subgraphs, real gateways over HTTP, real Redis: the machine's
// (127.0.0.1:6379) under a key prefix of this run's own, and, for the outage, a private redis-server this file starts
// and kills (the machine's Redis is never stopped).
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '@unmn/shared/config';
import { startGateway, type RunningGateway } from '@unmn/gateway';
import { logSink, startTestGraph, testConfig, token, type TestGraph } from './harness.js';

const SHARED_REDIS = 'redis://127.0.0.1:6379';
const LIMIT = 3;

let graph: TestGraph;
const started: RunningGateway[] = [];

/** A gateway in front of the test graph's subgraphs, as a second replica would be deployed. */
async function replica(env: Record<string, string>) {
  const config = testConfig({ RATE_LIMIT_PER_MINUTE: String(LIMIT), LOG_LEVEL: 'info', ...env });
  for (const [name, sub] of Object.entries(graph.config.subgraphs)) config.subgraphs[name as keyof typeof config.subgraphs].url = sub.url;
  const { lines, stream } = logSink();
  const gateway = await startGateway(config, { port: 0, logDestination: stream });
  started.push(gateway);
  const send = async (bearer?: string) => {
    const res = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
      body: JSON.stringify({ query: '{ viewer { role } }' }),
    });
    return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as any };
  };
  const ready = async () => {
    const res = await fetch(new URL('/ready', gateway.url));
    return { status: res.status, body: (await res.json()) as any };
  };
  return { gateway, config, lines, send, ready };
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

/** A private, memory-only redis-server on `port`, answering PING before this resolves. */
async function startPrivateRedis(port: number): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  await eventually('private redis-server to accept connections', async () => {
    const socket = net.connect(port, '127.0.0.1');
    return new Promise<boolean>((resolve) => {
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
  });
  return child;
}

async function eventually<T>(what: string, check: () => Promise<T | false | undefined>, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  graph = await startTestGraph();
});
afterAll(async () => {
  for (const gateway of started) await gateway.stop();
  await graph?.stop();
});

describe('two gateway replicas sharing one Redis', () => {
  it('share the rate limit: once the first has used the quota, the second refuses with 429', async () => {
    const env = { REDIS_URL: SHARED_REDIS, REDIS_KEY_PREFIX: `test:${randomUUID()}:` };
    const [a, b] = await Promise.all([replica(env), replica(env)]);
    for (let i = 0; i < LIMIT; i++) expect((await a.send()).status).toBe(200);
    const refused = await b.send();
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(refused.body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter: Number(refused.retryAfter) });
    expect((await a.send()).status).toBe(429);

    // Per token subject too, and one subject's use leaves another's budget alone.
    const [alice, bob] = await Promise.all([token(a.config, { role: 'secretariat', sub: 'alice' }), token(a.config, { role: 'secretariat', sub: 'bob' })]);
    for (let i = 0; i < LIMIT; i++) expect((await (i % 2 ? a : b).send(alice)).status).toBe(200);
    expect((await a.send(alice)).status).toBe(429);
    expect((await b.send(bob)).status).toBe(200);

    for (const r of [a, b]) expect((await r.ready()).body).toMatchObject({ redis: 'connected' });
    expect((await a.ready()).body.degraded).toBeUndefined();
  });

  it('without REDIS_URL each replica counts on its own, as before', async () => {
    const [a, b] = await Promise.all([replica({}), replica({})]);
    for (let i = 0; i < LIMIT; i++) expect((await a.send()).status).toBe(200);
    expect((await a.send()).status).toBe(429);
    expect((await b.send()).status).toBe(200);
    expect((await a.ready()).body.redis).toBeUndefined();
  });
});

describe('Redis going away', () => {
  let redis: ChildProcess | undefined;
  afterAll(() => void redis?.kill('SIGKILL'));

  it('stopped mid-run: the gateway keeps answering with a per-process limit, says so in /ready and the log, and shares again when Redis is back', async () => {
    const port = await freePort();
    redis = await startPrivateRedis(port);
    const env = { REDIS_URL: `redis://127.0.0.1:${port}`, REDIS_KEY_PREFIX: `test:${randomUUID()}:` };
    const [a, b] = await Promise.all([replica(env), replica(env)]);
    for (let i = 0; i < LIMIT; i++) expect((await a.send()).status).toBe(200);
    expect((await b.send()).status).toBe(429);

    redis.kill('SIGKILL');
    await eventually('the gateway to notice Redis is gone', async () => (await b.ready()).body.redis !== 'connected');
    // Still answering; each replica now counts in its own memory, from zero.
    for (let i = 0; i < LIMIT; i++) expect((await b.send()).status).toBe(200);
    expect((await b.send()).status).toBe(429);
    const report = (await b.ready()).body;
    expect(report).toMatchObject({ ready: true, degraded: ['redis'] });
    expect(report.redis).toMatch(/^unavailable: redis:\/\/127\.0\.0\.1:\d+: .+; rate limits are per gateway process until it is back$/);
    const warnings = b.lines.filter((l) => /Redis at redis:\/\/127\.0\.0\.1:\d+ is unavailable .*per-process rate limits/.test(l.msg));
    expect(warnings).toHaveLength(1); // once per outage, not once per reconnection attempt

    redis = await startPrivateRedis(port);
    await eventually('the gateway to reconnect', async () => (await b.ready()).body.redis === 'connected', 8_000);
    expect(b.lines.some((l) => /Redis at .* connected/.test(l.msg))).toBe(true);
  });

  it('unreachable at start: the gateway starts, answers, and reports the degraded mode (never a crash)', async () => {
    const nothing = await freePort();
    const started = Date.now();
    const r = await replica({ REDIS_URL: `redis://127.0.0.1:${nothing}`, REDIS_KEY_PREFIX: `test:${randomUUID()}:` });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect((await r.send()).status).toBe(200);
    const report = (await r.ready()).body;
    expect(report).toMatchObject({ ready: true, degraded: ['redis'] });
    expect(report.redis).toContain('ECONNREFUSED');
    expect(r.lines.some((l) => l.level === 40 && /is unavailable \(ECONNREFUSED\)/.test(l.msg))).toBe(true);
  });

  it('a REDIS_URL that is not a Redis URL is a configuration error naming the variable', () => {
    const error = (() => {
      try {
        loadConfig({ NODE_ENV: 'test', REDIS_URL: 'localhost:6379', REDIS_TIMEOUT_MS: '0' });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      'REDIS_URL="localhost:6379": must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379',
      expect.stringMatching(/^REDIS_TIMEOUT_MS="0": /),
    ]);
  });
});
