// The HTTP front shared by the gateway and every subgraph: POST/GET /graphql through Apollo Server, GET /health and
// GET /metrics. Built on node:http because Apollo Server 5's standalone server cannot add routes, and the body parsing
// must answer malformed JSON with a GraphQL-shaped 400 rather than an HTML error page.
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { ServerMetrics } from './metrics.js';
import { REQUEST_ID_HEADER } from './viewer.js';

export interface HttpOptions<TContext extends BaseContext> {
  service: string;
  apollo: ApolloServer<TContext>;
  metrics: ServerMetrics;
  maxBodyBytes: number;
  /** Builds the GraphQL context; may throw a GraphQLError (e.g. 401) that Apollo turns into a response. */
  context: (req: http.IncomingMessage, requestId: string) => Promise<TContext>;
  /** Extra readiness check for /health (e.g. a database ping). */
  health?: () => Promise<void>;
  /** Extra routes (e.g. the gateway's IDE); returning true means it answered. */
  routes?: (req: http.IncomingMessage, res: http.ServerResponse, pathname: string) => boolean;
  /** Hook run before the request reaches Apollo; returning true means it answered (rate limits). */
  intercept?: (req: http.IncomingMessage, res: http.ServerResponse) => boolean;
}

const json = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
};

export const graphqlError = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });

class BodyTooLarge extends Error {}

async function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function createHttpServer<TContext extends BaseContext>(options: HttpOptions<TContext>): http.Server {
  const { apollo, metrics } = options;
  return http.createServer(async (req, res) => {
    const started = process.hrtime.bigint();
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = ['/graphql', '/health', '/metrics'].includes(url.pathname) ? url.pathname : 'other';
    const incomingId = req.headers[REQUEST_ID_HEADER];
    const requestId = typeof incomingId === 'string' && /^[\w-]{1,100}$/.test(incomingId) ? incomingId : randomUUID();
    res.setHeader(REQUEST_ID_HEADER, requestId);
    res.on('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      metrics.requestDuration.observe({ route, status: String(res.statusCode) }, seconds);
    });
    try {
      if (url.pathname === '/health' && req.method === 'GET') {
        try {
          await options.health?.();
          return json(res, 200, { status: 'ok', service: options.service });
        } catch (error) {
          return json(res, 503, { status: 'unavailable', service: options.service, reason: (error as Error).message });
        }
      }
      if (url.pathname === '/metrics' && req.method === 'GET') {
        res.writeHead(200, { 'content-type': metrics.registry.contentType });
        return res.end(await metrics.registry.metrics());
      }
      if (options.routes?.(req, res, url.pathname)) return;
      if (url.pathname === '/' && req.method === 'GET') {
        return json(res, 200, { service: options.service, graphql: '/graphql', health: '/health', metrics: '/metrics' });
      }
      if (url.pathname !== '/graphql') {
        return json(res, 404, graphqlError(`No route ${req.method} ${url.pathname}; GraphQL is served at /graphql`, 'NOT_FOUND'));
      }
      if (options.intercept?.(req, res)) return;

      let body: unknown = undefined;
      if (req.method === 'POST') {
        let raw: string;
        try {
          raw = await readBody(req, options.maxBodyBytes);
        } catch (error) {
          if (error instanceof BodyTooLarge) {
            return json(res, 413, graphqlError(`Request body exceeds the limit of ${options.maxBodyBytes} bytes`, 'PAYLOAD_TOO_LARGE'));
          }
          throw error;
        }
        const type = req.headers['content-type'] ?? '';
        if (type.includes('application/json') || type.includes('application/graphql-response+json')) {
          try {
            body = JSON.parse(raw);
          } catch (error) {
            return json(res, 400, graphqlError(`Malformed JSON body: ${(error as Error).message}`, 'BAD_REQUEST'));
          }
        } else {
          body = raw;
        }
      }
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body },
        context: () => options.context(req, requestId),
      });
      for (const [key, value] of response.headers) res.setHeader(key, value);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === 'complete') return res.end(response.body.string);
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    } catch (error) {
      // Last resort: never let one request take the process down, and never leak internals.
      console.error(JSON.stringify({ level: 'error', service: options.service, requestId, msg: 'request failed', err: String((error as Error)?.stack ?? error) }));
      if (!res.headersSent) json(res, 500, graphqlError(`Unexpected error (request id ${requestId})`, 'INTERNAL_SERVER_ERROR'));
      else res.end();
    }
  });
}

/** Listens and resolves with the bound port (0 picks a free port, which tests use). */
export function listen(server: http.Server, port: number, host: string, portVariable?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE' || error.code === 'EACCES') {
        const hint = portVariable ? `; set ${portVariable} to a free port` : '';
        reject(new Error(`Cannot listen on ${host}:${port}: ${error.code === 'EADDRINUSE' ? 'the port is in use' : 'permission denied'}${hint}`));
      } else reject(error);
    });
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

export function closeServer(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections?.();
    server.close(() => resolve());
  });
}
