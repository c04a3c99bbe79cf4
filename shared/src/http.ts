// The HTTP front shared by the gateway and every subgraph: POST/GET /graphql through Apollo Server, GET /health and
// GET /metrics. Built on node:http because Apollo Server 5's standalone server cannot add routes, and the body parsing
// must answer malformed JSON with a GraphQL-shaped 400 rather than an HTML error page. Every request runs inside
// `withRequest` so its log lines and error responses carry the same request id (shared/logger.ts).
import http from 'node:http';
import { createHash, randomUUID } from 'node:crypto';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { trace } from '@opentelemetry/api';
import type { Config } from './config.js';
import { loadConfig } from './config.js';
import type { ServerMetrics } from './metrics.js';
import type { Logger } from './logger.js';
import { annotateRequest, withRequest } from './logger.js';
import { endServerSpan, startTelemetry, withServerSpan, type Telemetry } from './telemetry.js';
import { REQUEST_ID_HEADER } from './viewer.js';

export interface HttpOptions<TContext extends BaseContext> {
  service: string;
  apollo: ApolloServer<TContext>;
  metrics: ServerMetrics;
  logger: Logger;
  maxBodyBytes: number;
  /** Most operations in one batched (JSON array) request; unset means batches are refused (Apollo's default). */
  maxBatch?: number;
  /** Whether internal failure details (e.g. why /health fails) may be shown; otherwise they only go to the log. */
  exposeErrors: boolean;
  /**
   * Builds the GraphQL context; may throw a GraphQLError (401, 429) that Apollo turns into a response. `operations`
   * is how many operations the request carries (a batch counts each), so rate limits can weigh batches fairly.
   */
  context: (req: http.IncomingMessage, requestId: string, operations: number) => Promise<TContext>;
  /**
   * Readiness for /ready (a subgraph: its database answers; the gateway: a schema is loaded and every subgraph
   * answers). Throwing, or returning `ready: false`, answers 503 with the report as the body, so an operator reads
   * which dependency is missing. /health is liveness only: the process is up and serving HTTP.
   */
  ready?: () => Promise<ReadinessReport>;
  /**
   * Slow-client limits (SERVER_*_TIMEOUT_MS, MAX_CONNECTIONS) and tracing (OTEL_EXPORTER_OTLP_ENDPOINT); unset: the
   * configuration defaults, tracing off.
   */
  config?: Pick<Config, 'server' | 'telemetry'>;
  /** Extra routes (e.g. the gateway's IDE); returning true means it answered. */
  routes?: (req: http.IncomingMessage, res: http.ServerResponse, pathname: string) => boolean;
}

export interface ReadinessReport {
  ready: boolean;
  /** Anything that helps an operator: which subgraphs do not answer, the schema loaded, ... */
  [detail: string]: unknown;
}

const json = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
};

export const graphqlError = (message: string, code: string, extensions: Record<string, unknown> = {}) => ({
  errors: [{ message, extensions: { code, ...extensions } }],
});

class BodyTooLarge extends Error {}

async function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

// Fatal: a body that is not UTF-8 is refused rather than silently patched with U+FFFD, which would change what the
// client asked for (an id or a search string) without telling it.
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The operation's name for logs and traces: the request's operationName, else the name in its document. */
function operationNameOf(body: unknown): string | undefined {
  const one = Array.isArray(body) ? body[0] : body;
  if (!one || typeof one !== 'object') return undefined;
  const { operationName, query } = one as { operationName?: unknown; query?: unknown };
  const name = typeof operationName === 'string' && operationName ? operationName : typeof query === 'string' ? /^\s*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(query)?.[1] : undefined;
  // Names reach log lines and span names; a client-chosen string is kept to GraphQL's name shape and a sane length.
  return name && /^[_A-Za-z][_0-9A-Za-z]{0,99}$/.test(name) ? name : undefined;
}

/**
 * ETag for a cacheable GET /graphql answer (Apollo's Cache-Control says `max-age=N, public|private` when every field's
 * hint allows it), so a browser or CDN revalidates with If-None-Match and gets 304 without the body. Only cacheable
 * answers: a `no-store` one will not be asked about again. True when the client's copy is current (status set to 304).
 */
function notModified(req: http.IncomingMessage, res: http.ServerResponse, body: string): boolean {
  if (!/^max-age=\d+/.test(String(res.getHeader('cache-control') ?? ''))) return false;
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  res.setHeader('etag', etag);
  // A CDN keys GET answers by URL: without this it would give an anonymous answer to a signed-in viewer of the same URL.
  const vary = String(res.getHeader('vary') ?? '');
  if (!/\bauthorization\b/i.test(vary)) res.setHeader('vary', vary ? `${vary}, Authorization` : 'Authorization');
  const ifNoneMatch = req.headers['if-none-match'];
  // A weak comparison (RFC 9110 13.1.2): W/"x" matches "x"; `*` matches any current answer.
  const current = ifNoneMatch?.split(',').some((tag) => ['*', etag].includes(tag.trim().replace(/^W\//, '')));
  if (current) res.statusCode = 304;
  return Boolean(current);
}

const isJsonType = (type: string) => /^application\/(graphql-response\+)?json\b/i.test(type.trim());

/**
 * GraphQL over HTTP: a client that asks for the legacy `application/json` media type cannot tell a GraphQL error from
 * a proxy's 400, so the spec wants 200 for every well-formed request, the errors (parse, validation, variables,
 * operation limits) being in the body; Apollo answers 400 whatever the media type. Only a client whose `Accept` names
 * `application/json` gets this: without one, with a wildcard (fetch and curl send one by default) and with
 * `application/graphql-response+json` the 400 stays, as clients rely on today.
 * Malformed requests (Apollo's BAD_REQUEST: no query, variables not an object) stay 400 in every case.
 */
function answersLegacyJson(req: http.IncomingMessage, contentType: string | undefined, body: string): boolean {
  if (!/\bapplication\/json\b/i.test(req.headers.accept ?? '') || !/^application\/json\b/i.test(contentType ?? '')) return false;
  try {
    const result = JSON.parse(body) as { data?: unknown; errors?: { extensions?: { code?: unknown } }[] };
    return !('data' in result) && Array.isArray(result.errors) && result.errors.length > 0 && result.errors.every((e) => e.extensions?.code !== 'BAD_REQUEST');
  } catch {
    return false;
  }
}

const UNTRACED = new Set(['/health', '/ready', '/metrics']);

/** What closeServer needs to know about a server made by createHttpServer; one entry per server. */
interface Front {
  draining: boolean;
  /** Responses not yet finished, so a drain can mark them `connection: close` before their headers go out. */
  inFlight: Set<http.ServerResponse>;
  logger: Logger;
  telemetry: Telemetry;
}
const fronts = new WeakMap<http.Server, Front>();
const closing = new WeakMap<http.Server, Promise<void>>();

/** Used when a caller gives no deadline; the processes pass `config.shutdownTimeoutMs` (SHUTDOWN_TIMEOUT_MS). */
export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 10_000;

export function createHttpServer<TContext extends BaseContext>(options: HttpOptions<TContext>): http.Server {
  const { apollo, metrics, logger } = options;
  const limits = options.config?.server ?? loadConfig({}).server;
  const telemetry = options.config ? startTelemetry(options.config, options.service) : startTelemetry({ telemetry: {} }, options.service);
  const front: Front = { draining: false, inFlight: new Set(), logger, telemetry };
  // Slow and stuck clients: Node answers 408 and closes the connection when the headers (headersTimeout) or the whole
  // request with its body (requestTimeout) take too long; it checks every connectionsCheckingInterval (30 s by default,
  // which would let a trickling body run 30 s past its deadline), so the check runs at a quarter of the shorter
  // deadline, at most every second.
  const server = http.createServer({
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.idleTimeoutMs,
    connectionsCheckingInterval: Math.max(10, Math.min(1000, Math.floor(Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs) / 4))),
  }, (req, res) => {
    front.inFlight.add(res);
    res.on('close', () => {
      front.inFlight.delete(res);
      // A response whose headers left before the drain began kept its connection alive; once it is done, that
      // connection is idle and would hold the drain open until the deadline.
      if (front.draining) setImmediate(() => server.closeIdleConnections());
    });
    if (front.draining) res.setHeader('connection', 'close');
    const incomingId = req.headers[REQUEST_ID_HEADER];
    // A caller's id is kept (the gateway passes its own to subgraphs; clients may pass one to correlate), but only in a
    // shape that cannot forge log lines.
    const requestId = typeof incomingId === 'string' && /^[\w-]{1,100}$/.test(incomingId) ? incomingId : randomUUID();
    // Probes and scrapes (/health, /ready, /metrics every few seconds) would bury the operations' traces; they are not
    // traced. Other paths are named by route, so a client's made-up paths do not mint span names.
    const path = (req.url ?? '/').split('?')[0];
    const traced = telemetry.enabled && !UNTRACED.has(path);
    void withRequest(requestId, () =>
      traced
        ? withServerSpan(telemetry, req.headers, `${req.method} ${path === '/graphql' ? path : 'other'}`, (span) => {
            if (span) res.on('close', () => endServerSpan(span, res.statusCode));
            return handle(req, res, requestId);
          })
        : handle(req, res, requestId),
    );
  });
  // Beyond this many open connections Node closes new ones at once: a flood of idle or slow connections cannot use up
  // the process's file descriptors and memory.
  server.maxConnections = limits.maxConnections;
  let dropsLogged = 0;
  server.on('drop', () => {
    // One line per second at most: a flood would otherwise become a flood of log lines.
    const now = Math.floor(Date.now() / 1000);
    if (now === dropsLogged) return;
    dropsLogged = now;
    logger.warn({ maxConnections: limits.maxConnections }, 'connection refused: too many open connections (MAX_CONNECTIONS)');
  });
  // Requests Node cannot parse (oversized headers or URL, broken HTTP) never reach the handler; Node would answer with
  // an empty body. Answer with a GraphQL-shaped error instead, so every client sees a message it can act on.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable || error.code === 'ECONNRESET') return void socket.destroy();
    if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
      // Headers or body did not arrive within SERVER_HEADERS_TIMEOUT_MS / SERVER_REQUEST_TIMEOUT_MS. A response already
      // under way for this connection cannot be followed by another one; the connection is just closed.
      logger.warn({ headersTimeoutMs: limits.headersTimeoutMs, requestTimeoutMs: limits.requestTimeoutMs }, 'request not received in time: connection closed');
      const pending = (socket as unknown as { _httpMessage?: http.ServerResponse })._httpMessage;
      if (pending?.headersSent) return void socket.destroy();
      const body = JSON.stringify(
        graphqlError(`Request not received in time: the headers must arrive within ${limits.headersTimeoutMs} ms and the whole request within ${limits.requestTimeoutMs} ms`, 'REQUEST_TIMEOUT'),
      );
      return void socket.end(`HTTP/1.1 408 Request Timeout\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
    }
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    const body = JSON.stringify(
      tooLarge
        ? graphqlError('Request headers or URL too large: send the operation as a JSON POST body and keep headers short', 'BAD_REQUEST')
        : graphqlError('Malformed HTTP request', 'BAD_REQUEST'),
    );
    const status = tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request';
    socket.end(`HTTP/1.1 ${status}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
  });
  fronts.set(server, front);
  return server;

  async function handle(req: http.IncomingMessage, res: http.ServerResponse, requestId: string): Promise<void> {
    const started = process.hrtime.bigint();
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = ['/graphql', '/health', '/ready', '/metrics'].includes(url.pathname) ? url.pathname : 'other';
    res.setHeader(REQUEST_ID_HEADER, requestId);
    res.on('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      metrics.requestDuration.observe({ route, status: String(res.statusCode) }, seconds);
      if (route !== '/metrics' && route !== '/health' && route !== '/ready') {
        logger.info({ requestId, method: req.method, path: url.pathname, status: res.statusCode, ms: Math.round(seconds * 1e4) / 10 }, 'request');
      }
    });
    try {
      if (url.pathname === '/health' && req.method === 'GET') return json(res, 200, { status: 'ok', service: options.service });
      if (url.pathname === '/ready' && req.method === 'GET') {
        // While draining, a load balancer that still reaches us (a keep-alive connection it opened before) must take
        // this instance out of rotation rather than wait for its own check to time out.
        if (front.draining) return json(res, 503, { ready: false, reason: 'shutting down', status: 'not ready', service: options.service });
        let report: ReadinessReport;
        try {
          report = (await options.ready?.()) ?? { ready: true };
        } catch (error) {
          logger.error({ err: error }, 'readiness check failed');
          const reason = options.exposeErrors ? (error as Error).message : 'a dependency is not answering; see the service log';
          report = { ready: false, reason };
        }
        return json(res, report.ready ? 200 : 503, { ...report, status: report.ready ? 'ready' : 'not ready', service: options.service });
      }
      if (url.pathname === '/metrics' && req.method === 'GET') {
        res.writeHead(200, { 'content-type': metrics.registry.contentType });
        return void res.end(await metrics.render());
      }
      if (options.routes?.(req, res, url.pathname)) return;
      if (url.pathname === '/' && req.method === 'GET') {
        return json(res, 200, { service: options.service, graphql: '/graphql', health: '/health', ready: '/ready', metrics: '/metrics' });
      }
      if (url.pathname !== '/graphql') {
        return json(res, 404, graphqlError(`No route ${req.method} ${url.pathname}; GraphQL is served at /graphql`, 'NOT_FOUND'));
      }

      let body: unknown = undefined;
      let operations = 1;
      if (req.method === 'POST') {
        const type = req.headers['content-type'] ?? '';
        if (!isJsonType(type)) {
          return json(res, 415, graphqlError(`Unsupported content type ${JSON.stringify(type)}: send the operation as JSON with "Content-Type: application/json"`, 'BAD_REQUEST'));
        }
        let raw: string;
        try {
          raw = utf8.decode(await readBody(req, options.maxBodyBytes));
        } catch (error) {
          if (error instanceof BodyTooLarge) {
            return json(res, 413, graphqlError(`Body size limit exceeded: the request body is larger than ${options.maxBodyBytes} bytes; the limit is ${options.maxBodyBytes}. Send a smaller operation or fewer variables. (LIMIT_BODY_BYTES=${options.maxBodyBytes})`, 'PAYLOAD_TOO_LARGE', { limit: 'bodyBytes', max: options.maxBodyBytes }));
          }
          if (error instanceof TypeError) return json(res, 400, graphqlError('Request body is not valid UTF-8; encode the JSON body as UTF-8', 'BAD_REQUEST'));
          // The client stopped sending, or the request deadline closed the connection (clientError above answered):
          // nobody is left to answer.
          if ((error as NodeJS.ErrnoException).code === 'ECONNRESET') return;
          throw error;
        }
        try {
          body = JSON.parse(raw);
        } catch (error) {
          return json(res, 400, graphqlError(`Malformed JSON body: ${(error as Error).message}`, 'BAD_REQUEST'));
        }
        if (Array.isArray(body) && options.maxBatch !== undefined) {
          if (body.length > options.maxBatch) {
            return json(res, 400, graphqlError(`Batch limit exceeded: the request has ${body.length} operations; the limit is ${options.maxBatch}. Send the rest in another request. (LIMIT_BATCH=${options.maxBatch})`, 'QUERY_LIMIT_EXCEEDED', { limit: 'batch', max: options.maxBatch, found: body.length }));
          }
          operations = Math.max(body.length, 1);
        }
      }
      const operationName = operationNameOf(req.method === 'POST' ? body : Object.fromEntries(url.searchParams));
      if (operationName) {
        annotateRequest({ operationName });
        if (telemetry.enabled) trace.getActiveSpan()?.updateName(`${req.method} ${url.pathname} ${operationName}`).setAttribute('graphql.operation.name', operationName);
      }
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body },
        context: async () => {
          const context = await options.context(req, requestId, operations);
          const subject = (context as { viewer?: { subject?: string } }).viewer?.subject;
          if (subject) annotateRequest({ subject });
          return context;
        },
      });
      for (const [key, value] of response.headers) res.setHeader(key, value);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === 'complete') {
        if (res.statusCode === 400 && answersLegacyJson(req, response.headers.get('content-type'), response.body.string)) res.statusCode = 200;
        if (req.method === 'GET' && res.statusCode === 200 && notModified(req, res, response.body.string)) return void res.end();
        return void res.end(response.body.string);
      }
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    } catch (error) {
      // Last resort: never let one request take the process down, and never leak internals.
      logger.error({ err: error }, 'request failed');
      if (!res.headersSent) json(res, 500, graphqlError('Unexpected error', 'INTERNAL_SERVER_ERROR', { requestId }));
      else res.end();
    }
  }
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

export interface CloseOptions {
  /** How long requests in flight may take to finish before their connections are cut; default 10 s. */
  timeoutMs?: number;
}

/**
 * Drains the server, as Kubernetes and most load balancers expect on SIGTERM: stop accepting connections at once,
 * answer /ready with 503 on connections that are still open, let requests in flight finish (their responses carry
 * `connection: close`), close idle keep-alive connections right away, and cut whatever is left at the deadline, so
 * a rolling deploy loses no request that could finish and shutdown never hangs. Resolves when every connection is
 * closed. Calling it again returns the same drain.
 */
export function closeServer(server: http.Server, { timeoutMs = DEFAULT_SHUTDOWN_TIMEOUT_MS }: CloseOptions = {}): Promise<void> {
  const pending = closing.get(server);
  if (pending) return pending;
  const front = fronts.get(server);
  const drain = new Promise<void>((resolve) => {
    if (front) {
      front.draining = true;
      for (const res of front.inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
      if (front.inFlight.size > 0) front.logger.info({ inFlight: front.inFlight.size, timeoutMs }, 'draining: waiting for requests in flight');
    }
    const deadline = setTimeout(() => {
      if (front && front.inFlight.size > 0) front.logger.warn({ cut: front.inFlight.size, timeoutMs }, 'drain deadline reached: closing connections with requests still in flight');
      server.closeAllConnections();
    }, timeoutMs);
    // Node's close() stops listening and also closes idle keep-alive connections; its callback runs once the last
    // connection is gone (or at once, with an error, if the server was not listening).
    server.close(() => {
      clearTimeout(deadline);
      // The last spans (those of the drained requests) leave before the process exits.
      void (front?.telemetry.shutdown() ?? Promise.resolve()).catch(() => {}).then(resolve);
    });
    server.closeIdleConnections();
  });
  closing.set(server, drain);
  return drain;
}
