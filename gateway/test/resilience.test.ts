// A subgraph that hangs or dies costs clients a bounded wait and only its own part of the answer: the gateway aborts
// the call at the subgraph's deadline (releasing the connection), answers the rest with an error naming the subgraph,
// stops calling it after repeated failures (circuit breaker) and gives full answers again soon after it comes back.
// Real stub subgraphs over HTTP; short deadlines through the environment so each test takes a second or two.
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { composeSupergraph, eventually, fundProjectsSdl, startStub, startTestGateway, tempDir, type StubSubgraph, type TestGateway } from './stubs.js';

const TIMEOUT_MS = 500;
const HALF_OPEN_MS = 500;
const FAILURES = 3;
const ENV = {
  SUBGRAPH_TIMEOUT_MS: String(TIMEOUT_MS),
  BREAKER_FAILURES: String(FAILURES),
  BREAKER_HALF_OPEN_MS: String(HALF_OPEN_MS),
  LOG_LEVEL: 'info',
};

// Nullable root fields, as the real graph's single-item lookups are: one subgraph failing leaves the other's data.
const MEMBERS_SDL = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query { members: [Member!] }
  type Member @key(fields: "id") { id: ID! name: String! }`;
const PROJECTS_SDL = fundProjectsSdl.replace('projects: [Project!]!', 'projects: [Project!]');
const QUERY = 'query Overview { members { id } projects { title } }';
const FULL = { members: [{ id: 'iom' }, { id: 'unhcr' }], projects: [{ title: 'Safe return' }] };

const tmp = tempDir();
const file = path.join(tmp.dir, 'supergraph.graphql');
let members: StubSubgraph;
let projects: StubSubgraph;
let gw: TestGateway | undefined;

beforeAll(async () => {
  members = await startStub('members', MEMBERS_SDL);
  projects = await startStub('fund-projects', PROJECTS_SDL);
  const { writeFileSync } = await import('node:fs');
  writeFileSync(
    file,
    composeSupergraph([
      { name: 'members', url: members.url, sdl: MEMBERS_SDL },
      { name: 'fund-projects', url: projects.url, sdl: PROJECTS_SDL },
    ]),
  );
});
afterEach(async () => {
  await gw?.stop();
  gw = undefined;
  members.graphql = 'answer';
});
afterAll(async () => {
  await members.stop();
  await projects.stop();
  tmp.remove();
});

const timed = async <T>(fn: () => Promise<T>) => {
  const started = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - started };
};

/** One series of the gateway's /metrics text, e.g. metric('subgraph_fetch_failures_total', { subgraph: 'members' }). */
const metric = (text: string, name: string, labels: Record<string, string>) => {
  const line = text.split('\n').find((l) => l.startsWith(`${name}{`) && Object.entries(labels).every(([k, v]) => l.includes(`${k}="${v}"`)));
  return line ? Number(line.split(' ').pop()) : undefined;
};

describe('a subgraph that accepts connections and never answers', () => {
  it('names the timeout to clients in production too, where unexpected errors are masked', async () => {
    gw = await startTestGateway(file, [members, projects], { ...ENV, EXPOSE_ERRORS: 'false' });
    members.graphql = 'hang';
    const res = await gw.query(QUERY);
    expect(res.body.data).toEqual({ members: null, projects: FULL.projects });
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'SUBGRAPH_TIMEOUT', serviceName: 'members' });
    expect(res.body.errors[0].message).toMatch(/members service did not answer/);
  });

  it('costs the client the subgraph deadline, not forever; the rest of the data comes with a SUBGRAPH_TIMEOUT naming it', async () => {
    gw = await startTestGateway(file, [members, projects], ENV);
    members.graphql = 'hang';
    const { value: res, ms } = await timed(() => gw!.query(QUERY));
    expect(ms).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
    expect(ms).toBeLessThan(TIMEOUT_MS + 1000);
    expect(res.body.data).toEqual({ members: null, projects: FULL.projects });
    expect(res.body.errors).toEqual([
      expect.objectContaining({
        message: `The members service did not answer within ${TIMEOUT_MS} ms; try again shortly.`,
        extensions: expect.objectContaining({ code: 'SUBGRAPH_TIMEOUT', serviceName: 'members' }),
      }),
    ]);
    // The aborted call released its connection: the hung subgraph holds no socket from the gateway.
    await eventually('the gateway to close its connection to the hung subgraph', () => members.openSockets() === 0, 2000);

    const text = await gw.metrics();
    expect(metric(text, 'subgraph_fetch_failures_total', { subgraph: 'members', code: 'SUBGRAPH_TIMEOUT' })).toBe(1);
    expect(metric(text, 'subgraph_fetch_duration_seconds_count', { subgraph: 'members', outcome: 'timeout' })).toBe(1);
    expect(metric(text, 'subgraph_fetch_duration_seconds_count', { subgraph: 'fund-projects', outcome: 'success' })).toBe(1);
    // Not a clean success, even though the HTTP status is 200.
    expect(metric(text, 'graphql_operations_total', { operation: 'Overview', outcome: 'partial', code: 'SUBGRAPH_TIMEOUT' })).toBe(1);
    expect(metric(text, 'graphql_operations_total', { operation: 'Overview', outcome: 'success' })).toBeUndefined();
    expect(metric(text, 'graphql_operation_duration_seconds_count', { operation: 'Overview', outcome: 'partial' })).toBe(1);
  });

  it('opens the breaker after repeated timeouts (then fails fast), and closes it soon after the subgraph answers again', async () => {
    gw = await startTestGateway(file, [members, projects], ENV);
    members.graphql = 'hang';
    for (let i = 0; i < FAILURES; i++) {
      const res = await gw.query(QUERY);
      expect(res.body.errors[0].extensions.code).toBe('SUBGRAPH_TIMEOUT');
    }
    const { value: fast, ms } = await timed(() => gw!.query(QUERY));
    expect(ms).toBeLessThan(TIMEOUT_MS / 2);
    expect(fast.body.data).toEqual({ members: null, projects: FULL.projects });
    expect(fast.body.errors[0]).toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: 'members', breaker: 'open' } });
    expect(gw.lines.some((l) => l.subgraph === 'members' && l.breaker === 'open')).toBe(true);
    let text = await gw.metrics();
    expect(metric(text, 'subgraph_breaker_state', { subgraph: 'members' })).toBe(2);
    expect(metric(text, 'subgraph_breaker_state', { subgraph: 'fund-projects' })).toBe(0);
    expect(metric(text, 'subgraph_fetch_failures_total', { subgraph: 'members', code: 'BREAKER_OPEN' })).toBe(1);

    members.graphql = 'answer';
    const { ms: recovery } = await timed(() =>
      eventually('a full answer after the subgraph came back', async () => {
        const res = await gw!.query(QUERY);
        return !res.body.errors && JSON.stringify(res.body.data) === JSON.stringify(FULL);
      }, 5000),
    );
    expect(recovery).toBeLessThan(5000);
    expect(gw.lines.some((l) => l.subgraph === 'members' && l.breaker === 'closed')).toBe(true);
    text = await gw.metrics();
    expect(metric(text, 'subgraph_breaker_state', { subgraph: 'members' })).toBe(0);
  });

  it('stops at REQUEST_TIMEOUT_MS when that comes first, with the data known by then and a REQUEST_TIMEOUT', async () => {
    gw = await startTestGateway(file, [members, projects], { ...ENV, SUBGRAPH_TIMEOUT_MS: '10000', REQUEST_TIMEOUT_MS: '400' });
    members.graphql = 'hang';
    const { value: res, ms } = await timed(() => gw!.query(QUERY));
    expect(ms).toBeLessThan(400 + 1000);
    expect(res.body.data).toEqual({ members: null, projects: FULL.projects });
    expect(res.body.errors[0]).toMatchObject({ extensions: { code: 'REQUEST_TIMEOUT', serviceName: 'members', timeoutMs: 400 } });
    expect(res.body.errors[0].message).toContain('REQUEST_TIMEOUT_MS=400');
  });

  it('drops the subgraph call when the client hangs up, instead of holding the connection until the deadline', async () => {
    gw = await startTestGateway(file, [members, projects], { ...ENV, SUBGRAPH_TIMEOUT_MS: '10000' });
    members.graphql = 'hang';
    const client = new AbortController();
    const pending = gw.query(QUERY, { signal: client.signal });
    await eventually('the gateway to call the hung subgraph', () => members.openSockets() > 0, 2000);
    client.abort();
    await expect(pending).rejects.toThrow();
    await eventually('the gateway to close its connection to the hung subgraph', () => members.openSockets() === 0, 2000);
  });
});

describe('a subgraph that is stopped', () => {
  it('fails its part at once, opens the breaker, and full answers return within 5 s of it starting again', async () => {
    gw = await startTestGateway(file, [members, projects], ENV);
    expect((await gw.query(QUERY)).body).toEqual({ data: FULL });
    const port = members.port;
    await members.stop();
    for (let i = 0; i < FAILURES; i++) {
      const res = await gw.query(QUERY);
      expect(res.body.data.projects).toEqual(FULL.projects);
      expect(res.body.errors[0]).toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: 'members' } });
      expect(res.body.errors[0].extensions.breaker).toBeUndefined();
    }
    expect((await gw.query(QUERY)).body.errors[0].extensions).toMatchObject({ serviceName: 'members', breaker: 'open' });

    members = await startStub('members', MEMBERS_SDL, port);
    const { ms } = await timed(() =>
      eventually('a full answer after the subgraph restarted', async () => JSON.stringify((await gw!.query(QUERY)).body) === JSON.stringify({ data: FULL }), 5000),
    );
    expect(ms).toBeLessThan(5000);
    const text = await gw.metrics();
    expect(metric(text, 'subgraph_fetch_failures_total', { subgraph: 'members', code: 'SERVICE_UNAVAILABLE' })).toBe(FAILURES);
  });
});

describe('what counts against a breaker', () => {
  it('a subgraph refusing bad input (4xx) is working: its breaker stays closed; 5xx answers open it', async () => {
    gw = await startTestGateway(file, [members, projects], ENV);
    members.graphql = 400;
    for (let i = 0; i < FAILURES + 2; i++) {
      const res = await gw.query(QUERY);
      expect(res.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', serviceName: 'members' });
      expect(res.body.errors[0].extensions.breaker).toBeUndefined();
    }
    members.graphql = 503;
    for (let i = 0; i < FAILURES; i++) expect((await gw.query(QUERY)).body.errors[0].extensions.breaker).toBeUndefined();
    expect((await gw.query(QUERY)).body.errors[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', serviceName: 'members', breaker: 'open' });
  });
});

describe('rate limiting', () => {
  it('counts refusals in /metrics', async () => {
    gw = await startTestGateway(file, [members, projects], { ...ENV, RATE_LIMIT_PER_MINUTE: '1' });
    expect((await gw.query(QUERY)).status).toBe(200);
    expect((await gw.query(QUERY)).status).toBe(429);
    expect(metric(await gw.metrics(), 'rate_limit_refusals_total', { key: 'address' })).toBe(1);
  });
});
