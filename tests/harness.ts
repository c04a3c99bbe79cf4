// The test kit: real databases (SQLite in memory, or PostgreSQL in a private schema when DATABASE_URL is set), real
// subgraph servers and a real gateway over HTTP on free ports, and real signed tokens.
import { SignJWT } from 'jose';
import type { Config, SubgraphName } from '@unmn/shared/config';
import { postGraphQL, testConfig, testDatabase, type GraphQLResponse } from '@unmn/shared/testing';
import { startSubgraph, type RunningSubgraph, type SubgraphModule } from '@unmn/shared/subgraph';
import { startGateway, type RunningGateway } from '@unmn/gateway';
import type { LogDestination } from '@unmn/shared/logger';
import { subgraphs as registry } from '../scripts/lib/subgraphs.js';

export { DATABASE_URL, DIALECT, testConfig, testDatabase, logSink } from '@unmn/shared/testing';

export interface TestGraph {
  config: Config;
  gateway: RunningGateway;
  subgraphs: Record<string, RunningSubgraph>;
  /** POSTs a GraphQL request to the gateway and returns status and parsed body. */
  query<T = any>(query: string, variables?: Record<string, unknown>, options?: { token?: string; headers?: Record<string, string> }): Promise<GraphQLResponse<T>>;
  /** SQL statements one subgraph has executed so far. */
  statements(name: SubgraphName): number;
  stop(): Promise<void>;
}

/** Starts every registered subgraph (or the given ones) and the gateway, each on a free port. */
export async function startTestGraph(
  options: { env?: Record<string, string>; modules?: SubgraphModule<any>[]; logDestination?: LogDestination } = {},
): Promise<TestGraph> {
  const config = testConfig(options.env);
  const modules = options.modules ?? registry;
  const running: Record<string, RunningSubgraph> = {};
  const dbs: ReturnType<typeof testDatabase>[] = [];
  for (const module of modules) {
    const db = testDatabase(module.name);
    dbs.push(db);
    running[module.name] = await startSubgraph(module, { config, port: 0, db, logDestination: options.logDestination });
    // The gateway and the exchange (which reads the others' change feeds) both find a subgraph through this shared
    // configuration, read per request, so each learns the free port a subgraph got, or gets again after a restart.
    config.subgraphs[module.name].url = running[module.name].url;
  }
  const gateway = await startGateway(config, { port: 0, logDestination: options.logDestination });
  return {
    config,
    gateway,
    subgraphs: running,
    async query(query, variables, opts = {}) {
      return postGraphQL(gateway.url, { query, variables }, { ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}), ...opts.headers });
    },
    statements: (name) => running[name].db.statementCount,
    async stop() {
      await gateway.stop();
      for (const s of Object.values(running)) await s.stop();
      for (const db of dbs) await db.dispose();
    },
  };
}

/** A real HS256 token signed with the configured development secret, as `npm run token` issues. */
export async function token(config: Config, claims: { role: string; org?: string; country?: string; sub?: string }): Promise<string> {
  const { sub, ...rest } = claims;
  return new SignJWT(rest)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(sub ?? `test-${claims.role}`)
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode(config.auth.jwtSecret!));
}

/** Runs `fn` and returns how many SQL statements the subgraph executed meanwhile. */
export async function countStatements(graph: TestGraph, name: SubgraphName, fn: () => Promise<unknown>): Promise<number> {
  const before = graph.statements(name);
  await fn();
  return graph.statements(name) - before;
}
