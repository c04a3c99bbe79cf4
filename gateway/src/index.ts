// The gateway: serves the composed supergraph with @apollo/gateway inside @apollo/server, verifies client tokens and
// forwards a signed identity and the request id to every subgraph call. It is the public edge, so it also enforces the
// operation limits (limits.ts), rate limits (rate-limit.ts) and masks unexpected errors (shared/masking.ts). Calls to
// subgraphs go through upstream.ts (deadlines, a circuit breaker per subgraph); metrics.ts counts what clients got.
import { fileURLToPath } from 'node:url';
import type http from 'node:http';
import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloGateway } from '@apollo/gateway';
import type { Config, SubgraphName } from '@unmn/shared/config';
import { closeServer, createHttpServer, listen } from '@unmn/shared/http';
import { formatErrorFor } from '@unmn/shared/masking';
import { createMetrics } from '@unmn/shared/metrics';
import { createLogger, type LogDestination } from '@unmn/shared/logger';
import { createIdentitySigner, type Viewer } from '@unmn/shared/viewer';
import { createTokenVerifier } from './auth.js';
import { serveIde } from './ide.js';
import { serveExport } from './export.js';
import { isCountedPage, pagePassOf } from './graph-client.js';
import { serveIati } from './iati.js';
import { trustedDocumentsPlugin } from './trusted-documents.js';
import { limitValidationRules, operationBudgetPlugin, parseOptionsFor } from './limits.js';
import { clientAddress, createRateLimiter, rateLimitedError } from './rate-limit.js';
import { connectRedis } from './redis.js';
import { responseCachePlugins } from './response-cache.js';
import { gatewayReadiness } from './readiness.js';
import { loadSupergraphFile, watchSupergraphFile } from './supergraph.js';
import { createGatewayMetrics, operationMetricsPlugin } from './metrics.js';
import { SubgraphDataSource, createBreakers, operationSignal, releaseOperationsPlugin, type UpstreamContext } from './upstream.js';

/** The composed supergraph kept in the gateway package (gateway/supergraph.graphql), next to src/ and dist/. */
export const DEFAULT_SUPERGRAPH_FILE = fileURLToPath(new URL('../supergraph.graphql', import.meta.url));

export interface GatewayContext extends BaseContext, UpstreamContext {
  viewer: Viewer;
  requestId: string;
  /** The viewer signed for subgraphs, once per request. */
  identity: string;
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
  const metrics = createMetrics('gateway');
  const gatewayMetrics = createGatewayMetrics(metrics.registry);
  const breakerFor = createBreakers(config, logger, gatewayMetrics);
  const gateway = new ApolloGateway({
    supergraphSdl: supergraph.manager,
    logger,
    buildService: ({ name, url }) => new SubgraphDataSource(name, subgraphUrl(name, url!), config, logger, gatewayMetrics, breakerFor(name)),
  });
  let schemaLoaded = false;
  gateway.onSchemaLoadOrUpdate(() => (schemaLoaded = true));
  const verify = await createTokenVerifier(config);
  // One signed identity per viewer, handed out again for half its validity instead of an HMAC per request.
  const signViewer = createIdentitySigner(config.auth.identitySecret);
  const { limits } = config;
  // REDIS_URL: limits and cached answers shared with the other replicas; Redis unreachable is a logged degraded mode,
  // never a failed start.
  const redis = await connectRedis(config, logger);
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
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // First, so a refused document is never parsed or budgeted; null when TRUSTED_DOCUMENTS=off.
      ...[trustedDocumentsPlugin<GatewayContext>(config)].filter((p) => p !== null),
      operationBudgetPlugin(limits),
      operationMetricsPlugin(gatewayMetrics),
      releaseOperationsPlugin,
      // After the plugins that refuse operations: a cached answer is still only for an admitted operation.
      ...responseCachePlugins<GatewayContext>(config, redis, logger),
    ],
  });
  await apollo.start().catch(async (error) => {
    await redis?.close(); // its reconnect timer would keep a failed process alive
    throw error;
  });

  const limiter = limits.rateLimitPerMinute > 0 ? createRateLimiter(limits.rateLimitPerMinute, redis) : null;
  // Authenticated operations count against the token's subject; anonymous ones, and attempts with a bad token
  // (so token guessing is throttled too), against the client address. Partner offices behind one NAT address
  // therefore do not share a budget once they use tokens.
  // A file's pages after its first are one request already counted (graph-client.ts).
  const pagePass = pagePassOf(config.auth.identitySecret);
  const admit = async (key: string, weight: number, who: string, req?: http.IncomingMessage) => {
    if (!limiter || (req && isCountedPage(req, pagePass))) return;
    const decision = await limiter.take(key, weight);
    if (decision.allowed) return;
    gatewayMetrics.rateLimitRefusals.inc({ key: key.startsWith('subject:') ? 'subject' : 'address' });
    throw rateLimitedError(decision, limits.rateLimitPerMinute, who);
  };

  const server = createHttpServer<GatewayContext>({
    service: 'gateway',
    apollo,
    metrics,
    logger,
    // GET /iati/activities.xml (iati.ts) and /export/<dataset>.<ndjson|csv> (export.ts) read this gateway's own
    // /graphql as the caller; then the IDE's pages.
    routes: (req, res, pathname) => serveIati(req, res, pathname, pagePass) || serveExport(req, res, pathname, pagePass) || serveIde(req, res, pathname, config),
    ready: gatewayReadiness(() => (schemaLoaded ? supergraph.current() : undefined), subgraphUrl, undefined, verify.issuerStatus, redis?.state),
    exposeErrors: config.exposeErrors,
    maxBodyBytes: limits.maxBodyBytes,
    maxBatch: limits.maxBatch,
    // Slow-client timeouts and connection limit; tracing when OTEL_EXPORTER_OTLP_ENDPOINT is set (shared/telemetry.ts).
    config,
    context: async (req, requestId, operations) => {
      const address = `address:${clientAddress(req, config.auth.trustProxy)}`;
      let viewer: Viewer;
      try {
        viewer = await verify(req.headers.authorization);
      } catch (error) {
        await admit(address, 1, 'client address');
        throw error;
      }
      if (viewer.subject) await admit(`subject:${viewer.subject}`, operations, 'token subject', req);
      else await admit(address, operations, 'client address', req);
      const identity = await signViewer(viewer);
      // Every subgraph call of these operations stops at REQUEST_TIMEOUT_MS or when the client hangs up.
      const { signal, done } = operationSignal(req, config.gateway.requestTimeoutMs, operations);
      return { viewer, requestId, identity, signal, operationDone: done };
    },
  });
  const port = await listen(server, options.port ?? config.gateway.port, config.host, 'GATEWAY_PORT').catch(async (error) => {
    await redis?.close(); // its reconnect timer would keep a failed process alive
    throw error;
  });
  return {
    url: `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/graphql`,
    port,
    server,
    async stop() {
      await closeServer(server, { timeoutMs: config.shutdownTimeoutMs });
      await apollo.stop();
      await redis?.close();
    },
  };
}
