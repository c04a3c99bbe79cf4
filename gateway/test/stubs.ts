// Stub subgraphs for the gateway's own tests: real Federation 2 subgraphs (buildSubgraphSchema) over real HTTP, tiny
// and database-free, so the gateway is tested alone, the way it runs against any team's subgraphs. Their SDL is
// composed with @apollo/composition into a supergraph file, as `npm run compose` does for the real graph.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { graphql, parse } from 'graphql';
import { closeServer, listen } from '@unmn/shared/http';
import { logSink, postGraphQL, testConfig, type GraphQLResponse } from '@unmn/shared/testing';
import { startGateway, type RunningGateway } from '../src/index.js';

const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])';

const ORGS = [
  { id: 'iom', name: 'International Organization for Migration', acronym: 'IOM' },
  { id: 'unhcr', name: 'UN Refugee Agency', acronym: 'UNHCR' },
];

/** The members stub's schema; `withAcronym` is the "new field" a team adds. */
export const membersSdl = (withAcronym: boolean) => `${LINK}
  type Query { members: [Member!]! }
  type Member @key(fields: "id") { id: ID! name: String!${withAcronym ? ' acronym: String!' : ''} }`;

export const fundProjectsSdl = `${LINK}
  type Query { projects: [Project!]! }
  type Project { id: ID! title: String! lead: Member! }
  type Member @key(fields: "id", resolvable: false) { id: ID! }`;

const RESOLVERS: Record<string, GraphQLResolverMap<unknown>> = {
  members: {
    Query: { members: () => ORGS },
    Member: { __resolveReference: (ref: { id: string }) => ORGS.find((o) => o.id === ref.id) ?? null },
  },
  'fund-projects': {
    Query: { projects: () => [{ id: 'p1', title: 'Safe return', lead: { id: 'iom' } }] },
  },
};

export interface StubSubgraph {
  name: string;
  url: string;
  /** What GET /ready does: answer with this status, or never answer ('hang'). */
  readiness: number | 'hang';
  /**
   * What POST /graphql does: answer, accept the request and never answer ('hang', like a stuck process), or answer
   * with this HTTP status and a GraphQL error body.
   */
  graphql: 'answer' | 'hang' | number;
  /** TCP connections open to the stub right now (a hung request the gateway gave up on must not hold one). */
  openSockets(): number;
  port: number;
  stop(): Promise<void>;
}

/** Serves `sdl` at /graphql and a settable /ready, on a free port (or `port`, to come back where it was). */
export async function startStub(name: 'members' | 'fund-projects', sdl: string, port = 0): Promise<StubSubgraph> {
  const schema = buildSubgraphSchema([{ typeDefs: parse(sdl), resolvers: RESOLVERS[name] }]);
  const server = http.createServer(async (req, res) => {
    if (req.url === '/ready') {
      if (stub.readiness === 'hang') return; // the socket stays open until the stub stops
      res.writeHead(stub.readiness, { 'content-type': 'application/json' });
      return void res.end(JSON.stringify({ ready: stub.readiness === 200 }));
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (stub.graphql === 'hang') return;
    if (typeof stub.graphql === 'number') {
      res.writeHead(stub.graphql, { 'content-type': 'application/json' });
      const code = stub.graphql < 500 ? 'BAD_USER_INPUT' : 'INTERNAL_SERVER_ERROR';
      return void res.end(JSON.stringify({ errors: [{ message: `stub answers ${stub.graphql}`, extensions: { code } }] }));
    }
    const { query, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    const result = await graphql({ schema, source: query, variableValues: variables });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(result));
  });
  const sockets = new Set<import('node:net').Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const bound = await listen(server, port, '127.0.0.1');
  const stub: StubSubgraph = {
    name,
    url: `http://127.0.0.1:${bound}/graphql`,
    port: bound,
    readiness: 200,
    graphql: 'answer',
    openSockets: () => sockets.size,
    async stop() {
      // Hung requests would otherwise hold the close until its deadline.
      if (stub.graphql === 'hang' || stub.readiness === 'hang') server.closeAllConnections();
      await closeServer(server);
    },
  };
  return stub;
}

/** Composes the stubs' SDL (each at its URL) into a supergraph, or throws with composition's errors. */
export function composeSupergraph(subgraphs: { name: string; url: string; sdl: string }[]): string {
  const result = composeServices(subgraphs.map(({ name, url, sdl }) => ({ name, url, typeDefs: parse(sdl) })));
  if (result.errors) throw new Error(`composition failed: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.supergraphSdl;
}

/** A private directory for one test file's supergraph files. */
export function tempDir(): { dir: string; remove(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unmn-gateway-'));
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** How an editor saves: write a temporary file beside it, then rename it over the old one. */
export function saveByRename(file: string, text: string) {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, text);
  fs.renameSync(temporary, file);
}

export interface TestGateway {
  gateway: RunningGateway;
  /** Every JSON log line the gateway wrote. */
  lines: any[];
  query(query: string, options?: { signal?: AbortSignal; operationName?: string }): Promise<GraphQLResponse>;
  /** The gateway's /metrics text. */
  metrics(): Promise<string>;
  get(pathname: string): Promise<{ status: number; body: any }>;
  stop(): Promise<void>;
}

/** The gateway serving `file`, with the stubs' URLs configured as an operator would (<NAME>_URL). */
export async function startTestGateway(file: string, stubs: StubSubgraph[], env: Record<string, string> = {}): Promise<TestGateway> {
  const urls = Object.fromEntries(stubs.map((s) => [`${s.name.toUpperCase().replace(/-/g, '_')}_URL`, s.url]));
  const config = testConfig({ SUPERGRAPH_FILE: file, LOG_LEVEL: 'info', ...urls, ...env });
  const { lines, stream } = logSink();
  const gateway = await startGateway(config, { port: 0, logDestination: stream });
  const base = new URL(gateway.url);
  return {
    gateway,
    lines,
    async query(query, { signal, operationName } = {}) {
      if (!signal) return postGraphQL(gateway.url, { query, operationName });
      const res = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, operationName }), signal });
      return { status: res.status, body: await res.json() };
    },
    metrics: async () => (await fetch(new URL('/metrics', base))).text(),
    async get(pathname) {
      const res = await fetch(new URL(pathname, base));
      return { status: res.status, body: await res.json() };
    },
    stop: () => gateway.stop(),
  };
}

/** Polls `check` until it returns a value other than undefined/false, or fails after `timeoutMs`. */
export async function eventually<T>(what: string, check: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
