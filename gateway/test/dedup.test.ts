// Identical subgraph queries in flight at once are sent once (DEDUPE_SUBGRAPH_REQUESTS, on by default): fifty clients
// opening the same dashboard cost a subgraph one query, not fifty. "Identical" includes the viewer, so nobody gets an
// answer computed for someone else; mutations are sent every time; a query that comes after the first was answered is
// sent again (this is not a cache). A real stub subgraph over HTTP counts the requests it receives and answers each
// after a short pause, so concurrent requests overlap the way a slow database query makes them overlap.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { graphql, parse } from 'graphql';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { closeServer, listen } from '@unmn/shared/http';
import { testConfig } from '@unmn/shared/testing';
import { IDENTITY_HEADER } from '@unmn/shared/viewer';
import { composeSupergraph, startTestGateway, tempDir, type StubSubgraph, type TestGateway } from './stubs.js';

const PAUSE_MS = 300;
const SDL = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query { report(year: Int!): Report! }
  type Mutation { record(note: String!): Int! }
  type Report { year: Int! viewer: String! }`;

/** The stub's count of GraphQL requests received, by operation type, and what each viewer was answered. */
const received = { query: 0, mutation: 0 };
let recorded = 0;

async function startCountingSubgraph() {
  const schema = buildSubgraphSchema([
    {
      typeDefs: parse(SDL),
      resolvers: {
        // The signed identity header's signature end: enough to tell one viewer's answer from another's.
        Query: { report: (_: unknown, { year }: { year: number }, ctx: { identity: string }) => ({ year, viewer: ctx.identity.slice(-24) }) },
        Mutation: { record: () => ++recorded },
      },
    },
  ]);
  const server = http.createServer(async (req, res) => {
    if (req.url === '/ready') return void res.writeHead(200).end('{"ready":true}');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const { query, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    received[/^\s*mutation\b/.test(query) ? 'mutation' : 'query']++;
    await new Promise((r) => setTimeout(r, PAUSE_MS));
    const contextValue = { identity: String(req.headers[IDENTITY_HEADER] ?? 'none') };
    const result = await graphql({ schema, source: query, variableValues: variables, contextValue });
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
  });
  const port = await listen(server, 0, '127.0.0.1');
  return { name: 'members', url: `http://127.0.0.1:${port}/graphql`, stop: () => closeServer(server) };
}

const tmp = tempDir();
const file = path.join(tmp.dir, 'supergraph.graphql');
let stub: Awaited<ReturnType<typeof startCountingSubgraph>>;
let on: TestGateway;
let off: TestGateway;

const secret = new TextEncoder().encode(testConfig().auth.jwtSecret!);
const tokenFor = (subject: string) => new SignJWT({ role: 'secretariat' }).setProtectedHeader({ alg: 'HS256' }).setSubject(subject).setExpirationTime('1h').sign(secret);

const post = async (gw: TestGateway, query: string, variables: Record<string, unknown> = {}, token?: string, signal?: AbortSignal) => {
  const res = await fetch(gw.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal,
  });
  return { status: res.status, body: (await res.json()) as any };
};
const REPORT = 'query Dashboard($year: Int!) { report(year: $year) { year viewer } }';
const times = <T>(n: number, f: (i: number) => Promise<T>) => Promise.all(Array.from({ length: n }, (_, i) => f(i)));

beforeAll(async () => {
  stub = await startCountingSubgraph();
  fs.writeFileSync(file, composeSupergraph([{ name: 'members', url: stub.url, sdl: SDL }]));
  const asStub = [stub as unknown as StubSubgraph];
  on = await startTestGateway(file, asStub, { LOG_LEVEL: 'warn' });
  off = await startTestGateway(file, asStub, { LOG_LEVEL: 'warn', DEDUPE_SUBGRAPH_REQUESTS: 'false' });
});
afterAll(async () => {
  await on?.stop();
  await off?.stop();
  await stub?.stop();
  tmp.remove();
});
beforeEach(() => {
  received.query = 0;
  received.mutation = 0;
});

describe('in-flight deduplication of subgraph queries (on by default)', () => {
  it('sends 20 identical concurrent queries to the subgraph once, and answers all 20 in full', async () => {
    const answers = await times(20, () => post(on, REPORT, { year: 2025 }));
    expect(received.query).toBe(1);
    for (const a of answers) expect(a).toMatchObject({ status: 200, body: { data: { report: { year: 2025 } } } });
    expect(answers[0].body.errors).toBeUndefined();
  });

  it('sends queries with different variables separately', async () => {
    const answers = await times(6, (i) => post(on, REPORT, { year: 2020 + (i % 2) }));
    expect(received.query).toBe(2);
    expect(answers.map((a) => a.body.data.report.year)).toEqual([2020, 2021, 2020, 2021, 2020, 2021]);
  });

  it('never shares an answer between viewers: each identity gets its own call and its own answer', async () => {
    const [alice, bob] = await Promise.all([tokenFor('alice'), tokenFor('bob')]);
    const answers = await times(6, (i) => post(on, REPORT, { year: 2025 }, [alice, bob, undefined][i % 3]));
    expect(received.query).toBe(3);
    const seen = answers.map((a) => a.body.data.report.viewer);
    expect(new Set(seen).size).toBe(3);
    expect(seen.slice(0, 3)).toEqual(seen.slice(3)); // the same viewer got the same answer both times
  });

  it('sends every mutation, even identical ones in flight at once', async () => {
    const answers = await times(5, () => post(on, 'mutation { record(note: "same") }'));
    expect(received.mutation).toBe(5);
    expect(new Set(answers.map((a) => a.body.data.record)).size).toBe(5);
  });

  it('is not a cache: the same query sent after the first was answered reaches the subgraph again', async () => {
    await post(on, REPORT, { year: 2025 });
    await post(on, REPORT, { year: 2025 });
    expect(received.query).toBe(2);
  });

  it('a client that leaves does not cancel the shared call for the others', async () => {
    const leaving = new AbortController();
    const first = post(on, REPORT, { year: 2030 }, undefined, leaving.signal).catch((error: Error) => error.name);
    await new Promise((r) => setTimeout(r, 50));
    const staying = times(3, () => post(on, REPORT, { year: 2030 }));
    await new Promise((r) => setTimeout(r, 50));
    leaving.abort();
    expect(await first).toBe('AbortError');
    for (const a of await staying) expect(a).toMatchObject({ status: 200, body: { data: { report: { year: 2030 } } } });
    expect(received.query).toBe(1);
  });

  it('DEDUPE_SUBGRAPH_REQUESTS=false sends each of them', async () => {
    const answers = await times(10, () => post(off, REPORT, { year: 2025 }));
    expect(received.query).toBe(10);
    for (const a of answers) expect(a.status).toBe(200);
  });
});
