// The gateway: serves the composed supergraph with @apollo/gateway inside @apollo/server, verifies client tokens and
// forwards a signed identity and the request id to every subgraph call. It is the public edge, so it also enforces the
// operation limits (limits.ts), rate limits (rate-limit.ts) and masks unexpected errors (shared/masking.ts).
import { fileURLToPath } from 'node:url';
import type http from 'node:http';
import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import type { Config, SubgraphName } from '@unmn/shared/config';
import { closeServer, createHttpServer, listen } from '@unmn/shared/http';
import { formatErrorFor } from '@unmn/shared/masking';
import { createMetrics } from '@unmn/shared/metrics';
import { createLogger, type LogDestination, type Logger } from '@unmn/shared/logger';
import { IDENTITY_HEADER, REQUEST_ID_HEADER, signIdentity, type Viewer } from '@unmn/shared/viewer';
import { createTokenVerifier } from './auth.js';
import { serveIde } from './ide.js';
import { limitValidationRules, operationBudgetPlugin, parseOptionsFor } from './limits.js';
import { FixedWindowLimiter, clientAddress, rateLimitedError } from './rate-limit.js';
import { gatewayReadiness } from './readiness.js';
import { loadSupergraphFile, watchSupergraphFile } from './supergraph.js';

/** The composed supergraph kept in the gateway package (gateway/supergraph.graphql), next to src/ and dist/. */
export const DEFAULT_SUPERGRAPH_FILE = fileURLToPath(new URL('../supergraph.graphql', import.meta.url));

export interface GatewayContext extends BaseContext {
  viewer: Viewer;
  requestId: string;
  /** The viewer signed for subgraphs, once per request. */
  identity: string;
}

// Connection errors worth one more try: the subgraph closed a kept-alive connection just as the gateway reused it
// (its idle timeout racing our next request), or reset it. Whether the subgraph had already run the request is
// unknown, so only queries, which are safe to run twice, are retried; a mutation is never sent twice.
const RETRYABLE = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED']);
const isQuery = (body: unknown) => {
  try {
    return typeof body === 'string' && !/^\s*mutation\b/.test(JSON.parse(body).query ?? 'mutation');
  } catch {
    return false; // unknown shape: do not risk a second send
  }
};

type Fetcher = RemoteGraphQLDataSource['fetcher'];

function retryQueriesOnReset(fetcher: Fetcher, subgraph: string, logger: Logger): Fetcher {
  return async (url, init) => {
    try {
      return await fetcher(url, init);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (!code || !RETRYABLE.has(code) || !isQuery(init?.body)) throw error;
      logger.warn({ subgraph, code }, 'subgraph connection reset; retrying the query once');
      return fetcher(url, init);
    }
  };
}

class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly name: string,
    url: string,
    private readonly logger: Logger,
  ) {
    super({ url });
    this.fetcher = retryQueriesOnReset(this.fetcher, name, logger);
  }

  // No response at all (connection refused, reset, DNS): the client learns which part of the graph is down and to
  // retry; the network error, which names internal addresses, goes to the log only.
  override didEncounterError(error: Error, _request: unknown, response?: unknown): never {
    if (response) throw error;
    this.logger.error({ err: error, subgraph: this.name }, 'subgraph unreachable');
    throw new GraphQLError(`The ${this.name} service is not answering; try again shortly.`, {
      extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: this.name },
    });
  }

  override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]) {
    if (context.identity) request.http?.headers.set(IDENTITY_HEADER, context.identity);
    if (context.requestId) request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
  }

  // A subgraph answers bad variables or literals with HTTP 400 and a GraphQL error body. Apollo's default turns that
  // into "400: Bad Request" (and echoes the subgraph's URL); pass the subgraph's own message and code on instead.
  // Only the message and code cross over, and an error without a code is SUBGRAPH_ERROR, which masking treats as
  // unexpected: a subgraph's internal failure text reaches clients only in development.
  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]) {
    const body: any = await response.json().catch(() => null);
    const first = Array.isArray(body?.errors) ? body.errors[0] : undefined;
    if (first && typeof first.message === 'string') {
      const given = typeof first.extensions?.code === 'string' ? first.extensions.code : 'SUBGRAPH_ERROR';
      const code = given === 'GRAPHQL_VALIDATION_FAILED' ? 'BAD_USER_INPUT' : given;
      return new GraphQLError(first.message, { extensions: { code, serviceName: this.name } });
    }
    const code = response.status === 401 ? 'UNAUTHENTICATED' : response.status === 403 ? 'FORBIDDEN' : 'SUBGRAPH_ERROR';
    return new GraphQLError(`The ${this.name} service answered HTTP ${response.status}`, { extensions: { code, serviceName: this.name } });
  }
}

export interface RunningGateway {
  url: string;
  port: number;
  server: http.Server;
  stop(): Promise<void>;
}

export interface GatewayOptions {
  /** Port to listen on; 0 picks a free one (tests). Defaults to GATEWAY_PORT. */
  port?: number;
  /** Where log lines go (stdout by default; tests pass a stream to read them). */
  logDestination?: LogDestination;
}

export async function startGateway(config: Config, options: GatewayOptions = {}): Promise<RunningGateway> {
  const logger = createLogger(config, 'gateway', options.logDestination);
  // A missing or invalid file stops start-up here, naming the file, before anything listens.
  const supergraph = watchSupergraphFile(loadSupergraphFile(config.gateway.supergraphFile ?? DEFAULT_SUPERGRAPH_FILE), logger);
  // Subgraph URLs come from configuration; the supergraph file only holds local defaults.
  const subgraphUrl = (name: string, url: string) => config.subgraphs[name as SubgraphName]?.url ?? url;
  // @apollo/gateway reads this variable itself when constructed, and reports usage to Apollo unless it is 'true'.
  if (!config.apolloTelemetry) process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const gateway = new ApolloGateway({
    supergraphSdl: supergraph.manager,
    logger,
    buildService: ({ name, url }) => new SubgraphDataSource(name, subgraphUrl(name, url!), logger),
  });
  let schemaLoaded = false;
  gateway.onSchemaLoadOrUpdate(() => (schemaLoaded = true));
  const verify = await createTokenVerifier(config);
  const metrics = createMetrics('gateway');
  const { limits } = config;
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    logger,
    introspection: limits.introspection,
    includeStacktraceInErrorResponses: config.exposeErrors,
    formatError: formatErrorFor(config, logger),
    parseOptions: parseOptionsFor(limits),
    validationRules: limitValidationRules(limits),
    // Batches (a JSON array of operations) are allowed up to LIMIT_BATCH, checked in shared/http.ts; each operation
    // in a batch meets every other limit on its own and counts against the rate limit.
    allowBatchedHttpRequests: true,
    // Shutdown is ours (shared/main.ts onShutdown). Apollo's own signal handler races it: a second stop() issued
    // while Apollo's is in progress waits on a barrier Apollo never resolves on success, and the process hangs.
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginLandingPageDisabled(), operationBudgetPlugin(limits)],
  });
  await apollo.start();

  const limiter = limits.rateLimitPerMinute > 0 ? new FixedWindowLimiter(limits.rateLimitPerMinute) : null;
  // Authenticated operations count against the token's subject; anonymous ones, and attempts with a bad token
  // (so token guessing is throttled too), against the client address. Partner offices behind one NAT address
  // therefore do not share a budget once they use tokens.
  const admit = (key: string, weight: number, who: string) => {
    if (!limiter) return;
    const decision = limiter.take(key, weight);
    if (!decision.allowed) throw rateLimitedError(decision, limits.rateLimitPerMinute, who);
  };

  const server = createHttpServer<GatewayContext>({
    service: 'gateway',
    apollo,
    metrics,
    logger,
    routes: serveIde,
    ready: gatewayReadiness(() => (schemaLoaded ? supergraph.current() : undefined), subgraphUrl),
    exposeErrors: config.exposeErrors,
    maxBodyBytes: limits.maxBodyBytes,
    maxBatch: limits.maxBatch,
    context: async (req, requestId, operations) => {
      const address = `address:${clientAddress(req, config.auth.trustProxy)}`;
      let viewer: Viewer;
      try {
        viewer = await verify(req.headers.authorization);
      } catch (error) {
        admit(address, 1, 'client address');
        throw error;
      }
      if (viewer.subject) admit(`subject:${viewer.subject}`, operations, 'token subject');
      else admit(address, operations, 'client address');
      return { viewer, requestId, identity: await signIdentity(viewer, config.auth.identitySecret) };
    },
  });
  const port = await listen(server, options.port ?? config.gateway.port, config.host, 'GATEWAY_PORT');
  return {
    url: `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/graphql`,
    port,
    server,
    async stop() {
      await closeServer(server, { timeoutMs: config.shutdownTimeoutMs });
      await apollo.stop();
    },
  };
}
