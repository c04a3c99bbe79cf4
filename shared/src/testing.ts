// The test kit every package uses: real databases (SQLite in memory, or PostgreSQL in a private schema when
// DATABASE_URL is set), one real subgraph server over HTTP on a free port, and real signed identities, exactly what
// the gateway would send. A subgraph's own tests (subgraphs/<name>/test/) start only that subgraph with it; the
// cross-subgraph tests in tests/ build the whole graph on top of it.
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { Kind, parse, print, visit } from 'graphql';
import { loadConfig, type Config } from './config.js';
import { createDatabase, dropSchema, schemaFor, type Database } from './db.js';
import type { LogDestination } from './logger.js';
import { startSubgraph, type RunningSubgraph, type SubgraphModule } from './subgraph.js';
import { ANONYMOUS, IDENTITY_HEADER, signIdentity, type Viewer } from './viewer.js';

export const DATABASE_URL = process.env.DATABASE_URL || undefined;
export const DIALECT = DATABASE_URL ? 'postgres' : 'sqlite';

export type TestDatabase = Database & { dispose(): Promise<void> };

/** A private database for one test file: in-memory SQLite, or a uniquely named PostgreSQL schema. */
export function testDatabase(name: string): TestDatabase {
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

/** A viewer as the gateway would derive it from a token: `{ role: 'member', organizationId: 'iom' }`. */
export type TestViewer = Partial<Viewer> & Pick<Viewer, 'role'>;

export const viewerOf = (v: TestViewer): Viewer => ({ ...ANONYMOUS, subject: `test-${v.role}`, ...v });

export interface GraphQLResponse<T = any> {
  status: number;
  body: { data: T; errors?: any } & Record<string, any>;
}

export interface TestSubgraph {
  config: Config;
  running: RunningSubgraph;
  url: string;
  db: TestDatabase;
  /** POSTs to the subgraph itself with the identity header the gateway would sign for `viewer` (anonymous by default). */
  query<T = any>(query: string, variables?: Record<string, unknown>, options?: { viewer?: TestViewer; headers?: Record<string, string> }): Promise<GraphQLResponse<T>>;
  /** Like query, but answers `data` and throws (failing the test) on any GraphQL error or a status other than 200. */
  data<T = any>(query: string, variables?: Record<string, unknown>, options?: { viewer?: TestViewer }): Promise<T>;
  /** For a query that must be refused with exactly one BAD_USER_INPUT error: answers its message, throws otherwise. */
  badInput(query: string, variables?: Record<string, unknown>, options?: { viewer?: TestViewer }): Promise<string>;
  /** Reads the subgraph's change feed (GET /changes) as `viewer` would, through the same signed identity. */
  changes(params?: { after?: number; first?: number; types?: string[] }, options?: { viewer?: TestViewer }): Promise<{ status: number; body: any }>;
  /** SQL statements this subgraph has executed so far. */
  statements(): number;
  stop(): Promise<void>;
}

/** Starts one subgraph alone on a private database and a free port, as its team runs it: no gateway, no neighbours. */
export async function startTestSubgraph(
  module: SubgraphModule<any>,
  options: { env?: Record<string, string>; logDestination?: LogDestination } = {},
): Promise<TestSubgraph> {
  const config = testConfig(options.env);
  const db = testDatabase(module.name);
  const running = await startSubgraph(module, { config, port: 0, db, logDestination: options.logDestination });
  const sub: TestSubgraph = {
    config,
    running,
    url: running.url,
    db,
    async query(query, variables, opts = {}) {
      const identity = await signIdentity(viewerOf(opts.viewer ?? { role: 'anonymous', subject: null }), config.auth.identitySecret);
      return postGraphQL(running.url, { query, variables }, { [IDENTITY_HEADER]: identity, ...opts.headers });
    },
    async data(query, variables, opts) {
      const { status, body } = await sub.query(query, variables, opts);
      if (status !== 200 || body.errors) throw new Error(`expected data, got HTTP ${status}: ${JSON.stringify(body.errors ?? body)}`);
      return body.data;
    },
    async badInput(query, variables, opts) {
      const { body } = await sub.query(query, variables, opts);
      const codes = (body.errors ?? []).map((e: { extensions?: { code?: string } }) => e.extensions?.code);
      if (codes.length !== 1 || codes[0] !== 'BAD_USER_INPUT') throw new Error(`expected one BAD_USER_INPUT error, got ${JSON.stringify(body)}`);
      return body.errors[0].message;
    },
    async changes(params = {}, opts = {}) {
      const identity = await signIdentity(viewerOf(opts.viewer ?? { role: 'anonymous', subject: null }), config.auth.identitySecret);
      const url = new URL('/changes', running.url);
      if (params.after !== undefined) url.searchParams.set('after', String(params.after));
      if (params.first !== undefined) url.searchParams.set('first', String(params.first));
      if (params.types?.length) url.searchParams.set('types', params.types.join(','));
      const res = await fetch(url, { headers: { [IDENTITY_HEADER]: identity } });
      return { status: res.status, body: await res.json() };
    },
    statements: () => db.statementCount,
    async stop() {
      await running.stop();
      await db.dispose();
    },
  };
  return sub;
}

/** POSTs a GraphQL request and returns status and parsed body. */
export async function postGraphQL<T = any>(url: string, body: unknown, headers: Record<string, string> = {}): Promise<GraphQLResponse<T>> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
}

/** Runs `fn` and returns how many SQL statements `db` executed meanwhile. */
export async function countStatementsOf(db: Pick<Database, 'statementCount'>, fn: () => Promise<unknown>): Promise<number> {
  const before = db.statementCount;
  await fn();
  return db.statementCount - before;
}

/** Collects a server's JSON log lines (pass `stream` as logDestination) so tests can read what was logged. */
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

/**
 * A subgraph's contract as comparable text: every type, enum, input and scalar it defines, printed with its fields,
 * arguments, directives and descriptions. Lets a test hold what `_service { sdl }` publishes (what the gateway composes)
 * against schema.graphql (what the team wrote and codegen reads).
 */
// What buildSubgraphSchema adds on its own; not part of what this team declares.
const FEDERATION_TYPE = /^(_Service|_Any|_Entity|_FieldSet|link__|federation__)/;
const FEDERATION_QUERY_FIELDS = new Set(['_service', '_entities']);

export function contractOf(sdl: string): Record<string, string> {
  const doc = visit(parse(sdl, { noLocation: true }), {
    // The printer writes every description as a block string; the file mixes both forms. Same text, same contract.
    StringValue: (node) => ({ ...node, block: false }),
    FieldDefinition: (node) => (FEDERATION_QUERY_FIELDS.has(node.name.value) ? null : undefined),
  });
  const contract: Record<string, string> = {};
  for (const def of doc.definitions) {
    // Schema definitions and extensions carry only @link; directive definitions are federation's own.
    if (def.kind === Kind.SCHEMA_DEFINITION || def.kind === Kind.SCHEMA_EXTENSION || def.kind === Kind.DIRECTIVE_DEFINITION) continue;
    if (!('name' in def) || !def.name || FEDERATION_TYPE.test(def.name.value)) continue;
    contract[def.name.value] = print(def);
  }
  return contract;
}
