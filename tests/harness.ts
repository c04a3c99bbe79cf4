// The test kit: real databases (SQLite in memory, or PostgreSQL in a private schema when DATABASE_URL is set), real
// subgraph servers and a real gateway over HTTP on free ports, and real signed tokens.
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { SignJWT } from 'jose';
import { loadConfig, type Config, type SubgraphName } from '@unmn/shared/config';
import { createDatabase, dropSchema, schemaFor, type Database } from '@unmn/shared/db';
import { startSubgraph, type RunningSubgraph, type SubgraphModule } from '@unmn/shared/subgraph';
import { startGateway, type RunningGateway } from '@unmn/gateway';
import type { LogDestination } from '@unmn/shared/logger';
import { subgraphs as registry } from '../scripts/lib/subgraphs.js';

export const DATABASE_URL = process.env.DATABASE_URL || undefined;
export const DIALECT = DATABASE_URL ? 'postgres' : 'sqlite';

/** A private database for one test file: in-memory SQLite, or a uniquely named PostgreSQL schema. */
export function testDatabase(name: string): Database & { dispose(): Promise<void> } {
  const db = createDatabase({
    name,
    url: DATABASE_URL,
    dataDir: ':memory:',
    schema: DATABASE_URL ? `t${randomBytes(4).toString('hex')}_${schemaFor(name)}` : undefined,
  });
  return Object.assign(db, {
    async dispose() {
      await dropSchema(db);
      await db.close();
    },
  });
}

/**
 * Test configuration. Logs below `warn` are off (set LOG_LEVEL to see request lines) and rate limiting is off, since
 * every request in a test comes from one address; tests of those features pass the variables they need.
 */
export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({ NODE_ENV: 'test', HOST: '127.0.0.1', LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '0', ...env });
}

export interface TestGraph {
  config: Config;
  gateway: RunningGateway;
  subgraphs: Record<string, RunningSubgraph>;
  /** POSTs a GraphQL request to the gateway and returns status and parsed body. */
  query<T = any>(query: string, variables?: Record<string, unknown>, options?: { token?: string; headers?: Record<string, string> }): Promise<{ status: number; body: { data: T; errors?: any } & Record<string, any> }>;
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
    config.subgraphs[module.name].url = running[module.name].url;
  }
  const gateway = await startGateway(config, { port: 0, logDestination: options.logDestination });
  return {
    config,
    gateway,
    subgraphs: running,
    async query(query, variables, opts = {}) {
      const res = await fetch(gateway.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
          ...opts.headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, body: await res.json() };
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

/** Collects a graph's JSON log lines (pass `stream` as logDestination) so tests can read what was logged. */
export function logSink() {
  const lines: any[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of chunk.toString().split('\n')) if (line.trim()) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, stream };
}
