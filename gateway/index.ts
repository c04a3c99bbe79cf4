// The gateway: serves the composed supergraph with @apollo/gateway inside @apollo/server, verifies client tokens and
// forwards a signed identity and the request id to every subgraph call.
import fs from 'node:fs';
import type http from 'node:http';
import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import type { Config, SubgraphName } from '../shared/config.js';
import { closeServer, createHttpServer, listen } from '../shared/http.js';
import { formatErrorFor } from '../shared/masking.js';
import { createMetrics } from '../shared/metrics.js';
import { IDENTITY_HEADER, REQUEST_ID_HEADER, signIdentity, type Viewer } from '../shared/viewer.js';
import { createTokenVerifier } from './auth.js';
import { SUPERGRAPH_FILE } from './compose.js';
import { serveIde } from './ide.js';

export interface GatewayContext extends BaseContext {
  viewer: Viewer;
  requestId: string;
  /** The viewer signed for subgraphs, once per request. */
  identity: string;
}

class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(private readonly name: string, url: string) {
    super({ url });
  }

  override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]) {
    if (context.identity) request.http?.headers.set(IDENTITY_HEADER, context.identity);
    if (context.requestId) request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
  }

  // A subgraph answers bad variables or literals with HTTP 400 and a GraphQL error body. Apollo's default turns that
  // into "400: Bad Request" (and echoes the subgraph's URL); pass the subgraph's own message and code on instead.
  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]) {
    const body: any = await response.json().catch(() => null);
    const first = Array.isArray(body?.errors) ? body.errors[0] : undefined;
    if (first && typeof first.message === 'string') {
      const code = first.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' ? 'BAD_USER_INPUT' : (first.extensions?.code ?? 'BAD_REQUEST');
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

export async function startGateway(config: Config, options: { port?: number } = {}): Promise<RunningGateway> {
  const supergraphSdl = fs.readFileSync(SUPERGRAPH_FILE, 'utf8');
  const gateway = new ApolloGateway({
    supergraphSdl,
    // Subgraph URLs come from configuration; the supergraph file only holds local defaults.
    buildService: ({ name, url }) => new SubgraphDataSource(name, config.subgraphs[name as SubgraphName]?.url ?? url!),
  });
  const verify = await createTokenVerifier(config);
  const metrics = createMetrics('gateway');
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: config.limits.introspection,
    stopOnTerminationSignals: false, // shared/main.ts onShutdown stops everything in order
    includeStacktraceInErrorResponses: config.exposeErrors,
    formatError: formatErrorFor(config, 'gateway'),
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();
  const server = createHttpServer<GatewayContext>({
    service: 'gateway',
    apollo,
    metrics,
    maxBodyBytes: config.limits.maxBodyBytes,
    routes: serveIde,
    context: async (req, requestId) => {
      const viewer = await verify(req.headers.authorization);
      return { viewer, requestId, identity: await signIdentity(viewer, config.auth.identitySecret) };
    },
  });
  const port = await listen(server, options.port ?? config.gateway.port, config.host, 'GATEWAY_PORT');
  return {
    url: `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/graphql`,
    port,
    server,
    async stop() {
      await closeServer(server);
      await apollo.stop();
    },
  };
}
