// Builds and runs one subgraph: database (migrated and seeded), Apollo Server over buildSubgraphSchema, and the HTTP
// front with /health and /metrics. Every subgraph module has the same shape (SubgraphModule), so the gateway's dev
// runner, the tests and each team's standalone server.ts all start a subgraph the same way.
import fs from 'node:fs';
import type http from 'node:http';
import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse, type DocumentNode, type GraphQLError } from 'graphql';
import { envPrefix, type Config, type SubgraphName } from './config.js';
import { createDatabase, migrateDownAll, migrateLatest, type Database, type Migration } from './db.js';
import { closeServer, createHttpServer, listen } from './http.js';
import { createMetrics, registerPoolMetrics } from './metrics.js';
import { startTelemetry, traceRootResolvers } from './telemetry.js';
import { formatErrorFor } from './masking.js';
import { createLogger, type LogDestination, type Logger } from './logger.js';
import { ANONYMOUS, IDENTITY_HEADER, verifyIdentity, type Viewer } from './viewer.js';
import { UnauthenticatedError } from './errors.js';
import { configOrExit } from './config.js';
import { onShutdown, orExit } from './main.js';
import { changesRoute } from './changes.js';

/** What every resolver receives. `data` is the subgraph's own per-request bundle (store and DataLoaders). */
export interface SubgraphContext<TData = unknown> extends BaseContext {
  viewer: Viewer;
  requestId: string;
  data: TData;
  /**
   * Errors that come back beside the data instead of nulling a field (partial data: a field that reads other services
   * answers what it could and names what it could not). Add with reportPartialError.
   */
  partialErrors: GraphQLError[];
}

/** Reports an error beside the field's data: the field still answers, and the response carries this error too. */
export function reportPartialError(context: Pick<SubgraphContext, 'partialErrors'>, error: GraphQLError): void {
  context.partialErrors.push(error);
}

/** What a subgraph's background work gets: its database, the configuration and its logger. */
export interface BackgroundContext {
  db: Database;
  config: Config;
  logger: Logger;
}

export interface SubgraphModule<TData = unknown> {
  name: SubgraphName;
  typeDefs: DocumentNode;
  // Typed per subgraph by codegen (generated/resolvers-types.ts); loosened here because buildSubgraphSchema takes any map.
  resolvers: Record<string, any>;
  migrations: Migration[];
  /** Idempotent: seeds reference and sample data into an empty database. */
  seed(db: Database): Promise<void>;
  /**
   * Per request: store and fresh DataLoaders, so batching and caching never leak between requests or viewers. `config`
   * is for subgraphs that call other services (the exchange reads the others' change feeds at their configured URLs).
   */
  createData(db: Database, viewer: Viewer, config: Config): TData;
  /**
   * Work beside the requests (the exchange's webhook deliveries): started once the server listens, stopped first when
   * the subgraph drains, before the server closes, so it starts nothing the drain would cut short.
   */
  background?(context: BackgroundContext): { stop(): Promise<void> };
}

/**
 * Reads the package's schema.graphql, the subgraph's contract, which sits at the package root beside src/ and dist/:
 * `loadSchema(import.meta.url)` from src/index.ts (development) or from dist/server.js (the build) finds the same file.
 */
export const loadSchema = (moduleUrl: string): DocumentNode => parse(fs.readFileSync(new URL('../schema.graphql', moduleUrl), 'utf8'));

export interface RunningSubgraph {
  name: SubgraphName;
  url: string;
  port: number;
  db: Database;
  server: http.Server;
  stop(): Promise<void>;
}

export interface StartOptions {
  config: Config;
  /** Port to listen on; 0 picks a free one (tests). Defaults to the configured port. */
  port?: number;
  /** An already-open database (tests pass private ones); otherwise one is opened from the configuration. */
  db?: Database;
  /** Where log lines go (stdout by default; tests pass a stream to read them). */
  logDestination?: LogDestination;
}

export async function prepareDatabase(module: SubgraphModule<any>, db: Database): Promise<void> {
  await migrateLatest(db, module.migrations);
  await module.seed(db);
}

export async function startSubgraph<TData>(module: SubgraphModule<TData>, options: StartOptions): Promise<RunningSubgraph> {
  const { config } = options;
  const db = options.db ?? createDatabase({ name: module.name, ...config.database });
  await prepareDatabase(module, db);

  const metrics = createMetrics(module.name, { sql: true });
  db.onStatement(() => metrics.sqlStatements!.inc());
  registerPoolMetrics(metrics, () => db.poolStats());
  // Tracing (off unless OTEL_EXPORTER_OTLP_ENDPOINT is set): root-field resolver spans and one span per SQL statement.
  const telemetry = startTelemetry(config, module.name);
  if (telemetry.enabled) db.traceStatements(telemetry.tracer);
  const logger = createLogger(config, module.name, options.logDestination);

  // Direct-access refusal: with REQUIRE_GATEWAY on (production, or IDENTITY_SECRET set) a request must carry the
  // gateway's signed identity. /health and /metrics are answered before this and stay open. A header that is present
  // is always verified, so a forged identity is refused even in development.
  const viewerOf = async (req: http.IncomingMessage): Promise<Viewer> => {
    const header = req.headers[IDENTITY_HEADER];
    if (typeof header === 'string' && header.length > 0) {
      return verifyIdentity(header, config.auth.identitySecret, config.auth.identitySecretPrevious);
    }
    if (config.auth.requireGateway) {
      throw new UnauthenticatedError(
        `This subgraph answers only requests that come through the gateway (missing ${IDENTITY_HEADER} header). ` +
          'Query the gateway instead; in development set REQUIRE_GATEWAY=false or send a signed header (docs/configuration.md).',
      );
    }
    return ANONYMOUS;
  };

  const apollo = new ApolloServer<SubgraphContext<TData>>({
    schema: traceRootResolvers(buildSubgraphSchema([{ typeDefs: module.typeDefs, resolvers: module.resolvers as any }]), telemetry),
    introspection: true, // the gateway needs _service; public introspection is governed at the gateway
    includeStacktraceInErrorResponses: config.exposeErrors,
    formatError: formatErrorFor(config, logger),
    logger,
    // Shutdown is ours (shared/main.ts onShutdown). Apollo's own signal handler races it: a second stop() issued
    // while Apollo's is in progress waits on a barrier Apollo never resolves on success, and the process hangs.
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled(), partialErrorsPlugin<TData>()],
  });
  await apollo.start();

  const server = createHttpServer<SubgraphContext<TData>>({
    service: module.name,
    apollo,
    metrics,
    logger,
    exposeErrors: config.exposeErrors,
    maxBodyBytes: config.limits.maxBodyBytes,
    config,
    ready: async () => {
      await db.knex.raw('select 1');
      return { ready: true, database: db.dialect };
    },
    context: async (req, requestId) => {
      const viewer = await viewerOf(req);
      return { viewer, requestId, data: module.createData(db, viewer, config), partialErrors: [] };
    },
    // The subgraph's change feed, read over HTTP by the exchange subgraph (shared/changes.ts).
    routes: changesRoute(db.reader, module.name, viewerOf),
  });
  const port = await listen(server, options.port ?? config.subgraphs[module.name].port, config.host, `${envPrefix(module.name)}_PORT`);
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/graphql`;
  const background = module.background?.({ db, config, logger });
  return {
    name: module.name,
    url,
    port,
    db,
    server,
    // In this order because each step still needs the next: requests in flight run resolvers (Apollo) that query
    // the database. Draining first is also what Kubernetes expects on SIGTERM: /ready turns 503, new connections
    // are refused, requests in flight finish within SHUTDOWN_TIMEOUT_MS (shared/http.ts closeServer).
    async stop() {
      await background?.stop();
      await closeServer(server, { timeoutMs: config.shutdownTimeoutMs });
      await apollo.stop();
      if (!options.db) await db.close();
    },
  };
}

/** Appends the errors resolvers reported with reportPartialError to the response, beside its data. */
function partialErrorsPlugin<TData>(): ApolloServerPlugin<SubgraphContext<TData>> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const reported = contextValue.partialErrors;
          if (!reported?.length || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.errors = [...(result.errors ?? []), ...reported.map((error) => error.toJSON())];
        },
      };
    },
  };
}

/** A subgraph's process entry (src/server.ts): configuration from the environment, start, drain on SIGTERM. */
export async function runSubgraphMain(module: SubgraphModule<any>): Promise<void> {
  const config = configOrExit();
  const running = await orExit(startSubgraph(module, { config }));
  console.log(`${module.name} subgraph ready at ${running.url} (health: /health, readiness: /ready, metrics: /metrics)`);
  onShutdown(running.stop, { timeoutMs: config.shutdownTimeoutMs });
}

/**
 * A subgraph's migration entry (src/migrate.ts, `npm run migrate -w subgraphs/<name> -- up|down`): `up` migrates to
 * the latest version and seeds; `down` rolls every migration back. Uses DATABASE_URL when set, else DATA_DIR.
 */
export async function runMigrateMain(module: SubgraphModule<any>, args = process.argv.slice(2)): Promise<void> {
  const [direction = 'up', ...rest] = args;
  if (!['up', 'down'].includes(direction) || rest.length) {
    console.error(`Unknown arguments "${args.join(' ')}": use "up" (migrate and seed) or "down" (roll every migration back).`);
    process.exit(2);
  }
  await migrate(module, direction as 'up' | 'down', configOrExit());
}

/** `up` migrates one subgraph's database to the latest version and seeds it; `down` rolls every migration back. */
export async function migrate(module: SubgraphModule<any>, direction: 'up' | 'down', config: Config): Promise<void> {
  const db = createDatabase({ name: module.name, ...config.database });
  try {
    if (direction === 'up') await prepareDatabase(module, db);
    else await migrateDownAll(db, module.migrations);
    console.log(`${module.name}: migrated ${direction}`);
  } finally {
    await db.close();
  }
}
