// The gateway's response cache (gateway/src/response-cache.ts) and HTTP caching of GET answers, through the real
// gateway in front of real subgraphs: a public anonymous answer is served again without calling the subgraph, never to
// a signed-in viewer; viewer-specific answers are never cached; a write through the gateway is visible in the next
// read; with REDIS_URL the cache is in Redis, and a Redis killed mid-run costs the cache, not the answers.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '@unmn/shared/config';
import { startGateway, type RunningGateway } from '@unmn/gateway';
import { subgraphs as registry } from '../scripts/lib/subgraphs.js';
import { startTestGraph, testConfig, token, type TestGraph } from './harness.js';

let graph: TestGraph;
// Off unless configured.
const ON = { RESPONSE_CACHE: 'on' };
const started: RunningGateway[] = [];
const OBJECTIVES = '{ objectives { number title } }';

beforeAll(async () => {
  graph = await startTestGraph({ env: ON, modules: registry.filter((m) => ['members', 'gcm-objectives', 'knowledge-resources'].includes(m.name)) });
});
afterAll(async () => {
  for (const gateway of started) await gateway.stop();
  await graph?.stop();
});

/** POST to a gateway, with the response headers. */
async function post(url: string, query: string, variables?: Record<string, unknown>, bearer?: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}), ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as any };
}

/** The number of SQL statements gcm-objectives ran while `fn` ran: 0 means the answer came from the cache. */
const objectiveStatements = async (fn: () => Promise<unknown>) => {
  const before = graph.statements('gcm-objectives');
  await fn();
  return graph.statements('gcm-objectives') - before;
};

describe('public reference data', () => {
  it('is served from the cache the second time, without calling the subgraph, with its Cache-Control and age', async () => {
    const first = await post(graph.gateway.url, '{ objectives { number shortTitle: title } }');
    expect(first.body.data.objectives).toHaveLength(23);
    expect(first.headers.get('cache-control')).toBe('max-age=3600, public');
    let second: Awaited<ReturnType<typeof post>> | undefined;
    expect(await objectiveStatements(async () => (second = await post(graph.gateway.url, '{ objectives { number shortTitle: title } }')))).toBe(0);
    expect(second!.body).toEqual(first.body);
    expect(second!.headers.get('age')).toMatch(/^\d+$/);
  });

  it('has the hours-long hint for countries and reviews too, whose hints are type extensions', async () => {
    const countries = await post(graph.gateway.url, '{ countries(first: 3) { edges { node { iso3 name } } } }');
    expect(countries.body.data.countries.edges).toHaveLength(3);
    expect(countries.headers.get('cache-control')).toBe('max-age=3600, public');
    const reviews = await post(graph.gateway.url, '{ reviews(first: 2) { edges { node { id organizers { id } } } } }');
    expect(reviews.body.errors).toBeUndefined();
    expect(reviews.headers.get('cache-control')).toBe('max-age=3600, public');
  });

  it("honours a request's Cache-Control: no-store is neither read nor kept, no-cache is fresh and refreshes", async () => {
    const query = '{ objectives { number paragraph } }';
    await post(graph.gateway.url, query, undefined, undefined, { 'cache-control': 'no-store' });
    expect(await objectiveStatements(() => post(graph.gateway.url, query))).toBeGreaterThan(0); // not kept
    expect(await objectiveStatements(() => post(graph.gateway.url, query, undefined, undefined, { 'cache-control': 'no-store' }))).toBeGreaterThan(0);
    expect(await objectiveStatements(() => post(graph.gateway.url, query, undefined, undefined, { 'cache-control': 'no-cache' }))).toBeGreaterThan(0);
    expect(await objectiveStatements(() => post(graph.gateway.url, query))).toBe(0);
  });

  it('is never served from the cache to a signed-in viewer, whose answer is private', async () => {
    await post(graph.gateway.url, OBJECTIVES);
    const bearer = await token(graph.config, { role: 'member', org: 'iom' });
    let answer: Awaited<ReturnType<typeof post>> | undefined;
    expect(await objectiveStatements(async () => (answer = await post(graph.gateway.url, OBJECTIVES, undefined, bearer)))).toBeGreaterThan(0);
    expect(answer!.body.data.objectives).toHaveLength(23);
    expect(answer!.headers.get('cache-control')).toBe('max-age=3600, private');
  });

  it('answers a GET with an ETag and a repeated GET with that ETag with 304 and no body', async () => {
    const url = `${graph.gateway.url}?query=${encodeURIComponent(OBJECTIVES)}`;
    const headers = { 'apollo-require-preflight': 'true' }; // Apollo's CSRF prevention for GET
    const first = await fetch(url, { headers });
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('max-age=3600, public');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    // A CDN must not hand this anonymous answer to a signed-in viewer of the same URL.
    expect(first.headers.get('vary')).toMatch(/\bAuthorization\b/);
    await first.text();
    const again = await fetch(url, { headers: { ...headers, 'if-none-match': `W/${etag}` } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const changed = await fetch(url, { headers: { ...headers, 'if-none-match': '"something-else"' } });
    expect(changed.status).toBe(200);
    expect((await changed.json()).data.objectives).toHaveLength(23);
  });
});

describe('hostile input', () => {
  it('deeply nested variables skip the cache and get their variable error, not a 500', async () => {
    const res = await fetch(graph.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `{"query":"query($i: [ID!]) { countries(filter: { iso3: $i }) { totalCount } }","variables":{"i":${'['.repeat(20000)}${']'.repeat(20000)}}}`,
    });
    expect(res.status).toBeLessThan(500);
    expect((await res.json()).errors[0].message).toMatch(/Variable "\$i"/);
  });
});

describe('viewer-specific answers', () => {
  it('are never cached, and each viewer gets their own', async () => {
    const viewer = '{ viewer { role subject } }';
    const anonymous = await post(graph.gateway.url, viewer);
    expect(anonymous.headers.get('cache-control')).toBe('no-store');
    const asMember = await post(graph.gateway.url, viewer, undefined, await token(graph.config, { role: 'member', org: 'iom' }));
    const asSecretariat = await post(graph.gateway.url, viewer, undefined, await token(graph.config, { role: 'secretariat', org: 'iom' }));
    expect(asMember.body.data.viewer).toEqual({ role: 'MEMBER', subject: 'test-member' });
    expect(asSecretariat.body.data.viewer).toEqual({ role: 'SECRETARIAT', subject: 'test-secretariat' });
    expect((await post(graph.gateway.url, viewer)).body.data.viewer.role).toBe(anonymous.body.data.viewer.role);
  });
});

describe('writes through the gateway', () => {
  it('are visible in the next anonymous read of the changed entity, though its hint allows 30 s', async () => {
    const read = `query($id: ID!) { resource(id: $id) { id title version } }`;
    const list = await post(graph.gateway.url, '{ resources(first: 1) { edges { node { id } } } }');
    const id = list.body.data.resources.edges[0].node.id;
    const before = await post(graph.gateway.url, read, { id });
    expect(before.headers.get('cache-control')).toBe('max-age=30, public');
    expect((await post(graph.gateway.url, read, { id })).headers.get('age')).not.toBeNull(); // now cached
    const secretariat = await token(graph.config, { role: 'secretariat', org: 'iom' });
    const title = `Renamed ${Date.now()}`;
    const write = await post(
      graph.gateway.url,
      'mutation($input: UpdateResourceInput!) { updateResource(input: $input) { id title } }',
      { input: { id, version: before.body.data.resource.version, title } },
      secretariat,
    );
    expect(write.body.errors).toBeUndefined();
    const after = await post(graph.gateway.url, read, { id });
    expect(after.body.data.resource.title).toBe(title);
    expect(after.headers.get('age')).toBeNull();
  });
});

describe('with REDIS_URL', () => {
  let redis: ChildProcess | undefined;
  afterAll(() => void redis?.kill('SIGKILL'));

  it('keeps answers in Redis, shared by replicas, and keeps answering when Redis is killed mid-run', async () => {
    const port = await freePort();
    redis = await startPrivateRedis(port);
    const replica = async () => {
      const config = testConfig({ ...ON, REDIS_URL: `redis://127.0.0.1:${port}`, REDIS_TIMEOUT_MS: '200' });
      for (const [name, sub] of Object.entries(graph.config.subgraphs)) config.subgraphs[name as keyof typeof config.subgraphs].url = sub.url;
      const gateway = await startGateway(config, { port: 0 });
      started.push(gateway);
      return gateway;
    };
    const [a, b] = [await replica(), await replica()];
    const query = '{ guidingPrinciples { letter } }';
    await post(a.url, query);
    // Replica b has never seen this query: its answer comes from what a put in Redis.
    let fromB: Awaited<ReturnType<typeof post>> | undefined;
    expect(await objectiveStatements(async () => (fromB = await post(b.url, query)))).toBe(0);
    expect(fromB!.body.data.guidingPrinciples).toHaveLength(10);

    redis.kill('SIGKILL');
    await new Promise((resolve) => redis!.once('exit', resolve));
    const started_ = Date.now();
    let during: Awaited<ReturnType<typeof post>> | undefined;
    expect(await objectiveStatements(async () => (during = await post(b.url, query)))).toBeGreaterThan(0); // no cache now
    expect(during!.status).toBe(200);
    expect(during!.body.data.guidingPrinciples).toHaveLength(10);
    expect(Date.now() - started_).toBeLessThan(2_000);
  });
});

describe('configuration', () => {
  it.each([
    ['RESPONSE_CACHE_MAX_TTL_S', '-60', 'must be a whole number of seconds, 0 or more'],
    ['RESPONSE_CACHE_MAX_ENTRIES', 'lots', 'must be a whole number of answers, 1 or more'],
    ['RESPONSE_CACHE', 'yes please', 'expected one of "on"|"off"'],
  ])('%s=%s is a configuration error naming it', (name, value, message) => {
    let error: unknown;
    try {
      loadConfig({ [name]: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([expect.stringMatching(`^${name}=${JSON.stringify(value)}: `)]);
    expect((error as ConfigError).problems[0]).toContain(message);
  });

  it('RESPONSE_CACHE=off calls the subgraph every time', async () => {
    const config = testConfig({ RESPONSE_CACHE: 'off' });
    for (const [name, sub] of Object.entries(graph.config.subgraphs)) config.subgraphs[name as keyof typeof config.subgraphs].url = sub.url;
    const gateway = await startGateway(config, { port: 0 });
    started.push(gateway);
    await post(gateway.url, OBJECTIVES);
    expect(await objectiveStatements(() => post(gateway.url, OBJECTIVES))).toBeGreaterThan(0);
  });
});

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

/** A private, memory-only redis-server (the machine's Redis is never stopped), accepting connections before this resolves. */
async function startPrivateRedis(port: number): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const deadline = Date.now() + 5_000;
  for (;;) {
    const up = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (up) return child;
    if (Date.now() > deadline) throw new Error('private redis-server did not start within 5 s');
    await new Promise((r) => setTimeout(r, 100));
  }
}
