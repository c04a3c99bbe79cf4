// Calls from the gateway to subgraphs: the data source @apollo/gateway uses for each subgraph, with
// - a deadline per call (<NAME>_TIMEOUT_MS, default SUBGRAPH_TIMEOUT_MS) that aborts the HTTP request, so a subgraph
//   that accepts connections and never answers costs a client at most that long and holds no gateway socket after;
// - the request's own signal (REQUEST_TIMEOUT_MS, or the client hanging up), which aborts every call still running;
// - a circuit breaker per subgraph (cockatiel): after BREAKER_FAILURES outages in a row the subgraph's part of every
//   operation fails at once, a probe goes through after BREAKER_HALF_OPEN_MS, and one answer closes it again;
// - errors that name the subgraph (`extensions.serviceName`) with a code a client can act on, and metrics per subgraph;
// - one call for identical queries in flight at once (DEDUPE_SUBGRAPH_REQUESTS): see sendRequest below.
// The rest of each operation is still answered: @apollo/gateway puts a failed fetch's error beside the other data.
import { AsyncLocalStorage } from 'node:async_hooks';
import type http from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { BrokenCircuitError, CircuitState, ConsecutiveBreaker, circuitBreaker, handleWhen, type CircuitBreakerPolicy } from 'cockatiel';
import { GraphQLError } from 'graphql';
import type { Config, SubgraphName } from '@unmn/shared/config';
import type { Logger } from '@unmn/shared/logger';
import { injectTraceHeaders } from '@unmn/shared/telemetry';
import { IDENTITY_HEADER, REQUEST_ID_HEADER } from '@unmn/shared/viewer';
import type { GatewayMetrics } from './metrics.js';

/** What a data source needs from the request's context (index.ts GatewayContext). */
export interface UpstreamContext {
  requestId?: string;
  identity?: string;
  /** Aborts when the whole operation must stop: REQUEST_TIMEOUT_MS passed, or the client went away. */
  signal?: AbortSignal;
  operationDone?: () => void;
}

/** Why a request's signal aborted; the reason is a RequestAborted so calls can say which. */
export class RequestAborted extends Error {
  constructor(readonly why: 'deadline' | 'client-gone', readonly timeoutMs?: number) {
    super(why === 'deadline' ? `The operation took longer than ${timeoutMs} ms (REQUEST_TIMEOUT_MS=${timeoutMs})` : 'The client closed the connection');
  }
}

/**
 * One operation's signal: aborts with RequestAborted('deadline') after REQUEST_TIMEOUT_MS, or ('client-gone') when
 * the client's connection closes first, so no subgraph call outlives the operation that needed it. `done()` is called
 * once per operation answered (releaseOperationsPlugin); after the request's last one the timer and listener go.
 */
export function operationSignal(req: http.IncomingMessage, timeoutMs: number, operations: number) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new RequestAborted('deadline', timeoutMs)), timeoutMs);
  timer.unref();
  const socket = req.socket;
  const gone = () => controller.abort(new RequestAborted('client-gone'));
  socket.once('close', gone);
  let left = operations;
  return {
    signal: controller.signal,
    done() {
      if (--left > 0) return;
      clearTimeout(timer);
      socket.off('close', gone);
    },
  };
}

/** Calls the context's `operationDone` as each operation is answered (see operationSignal). */
export const releaseOperationsPlugin: ApolloServerPlugin<UpstreamContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue }) {
        contextValue.operationDone?.();
      },
    };
  },
};

// Connection errors worth one more try: the subgraph closed a kept-alive connection just as the gateway reused it
// (its idle timeout racing our next request), or reset it. Whether the subgraph had already run the request is
// unknown, so only queries, which are safe to run twice, are retried; a mutation is never sent twice.
const RETRYABLE = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED']);
// The gateway prints each subgraph fetch from its query plan as `query ...` (or a bare `{ ... }`) or `mutation ...`.
const isQueryDocument = (document: unknown) => typeof document === 'string' && /^\s*(query\b|\{)/.test(document);
const isQuery = (body: unknown) => {
  try {
    return typeof body === 'string' && isQueryDocument(JSON.parse(body).query);
  } catch {
    return false; // unknown shape: do not risk a second send
  }
};

type Fetcher = RemoteGraphQLDataSource['fetcher'];

// The signal of the subgraph call in progress. RemoteGraphQLDataSource builds the fetch options itself and has no
// place for a signal, so process() puts it here and the fetcher, called within process(), adds it to the request.
const callSignal = new AsyncLocalStorage<AbortSignal>();

function withSignalAndRetry(fetcher: Fetcher, subgraph: string, logger: Logger): Fetcher {
  return async (url, init) => {
    const signal = callSignal.getStore();
    const send = () => fetcher(url, signal ? { ...init, signal } : init);
    try {
      return await send();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (signal?.aborted || !code || !RETRYABLE.has(code) || !isQuery(init?.body)) throw error;
      logger.warn({ subgraph, code }, 'subgraph connection reset; retrying the query once');
      return send();
    }
  };
}

/** Gauge values of `subgraph_breaker_state`, in order of severity. */
export const BREAKER_GAUGE: Record<'closed' | 'half-open' | 'open', number> = { closed: 0, 'half-open': 1, open: 2 };
const STATE_NAME: Record<CircuitState, keyof typeof BREAKER_GAUGE> = {
  [CircuitState.Closed]: 'closed',
  [CircuitState.HalfOpen]: 'half-open',
  [CircuitState.Open]: 'open',
  [CircuitState.Isolated]: 'open',
};

// Only outages count against a subgraph's breaker: no answer, no answer in time, or an HTTP 5xx. A GraphQL error, a
// 4xx (bad input, refused identity) or the client's own request stopping is the subgraph working as it should.
const outages = new WeakSet<object>();
const outage = <T extends object>(error: T): T => (outages.add(error), error);

/**
 * The breakers, one per subgraph, kept for the gateway's lifetime: a supergraph reload builds new data sources, and a
 * subgraph that is down must stay known as down across it.
 */
export function createBreakers(config: Config, logger: Logger, metrics: GatewayMetrics) {
  const breakers = new Map<string, CircuitBreakerPolicy>();
  return (subgraph: string): CircuitBreakerPolicy => {
    let breaker = breakers.get(subgraph);
    if (breaker) return breaker;
    const { failures, halfOpenAfterMs } = config.gateway.breaker;
    breaker = circuitBreaker(handleWhen((error) => outages.has(error)), {
      halfOpenAfter: halfOpenAfterMs,
      breaker: new ConsecutiveBreaker(failures),
    });
    metrics.breakerState.set({ subgraph }, BREAKER_GAUGE.closed);
    breaker.onStateChange((state) => {
      const name = STATE_NAME[state];
      metrics.breakerState.set({ subgraph }, BREAKER_GAUGE[name]);
      const fields = { subgraph, breaker: name, failures, halfOpenAfterMs };
      if (name === 'open') logger.warn(fields, `circuit breaker for ${subgraph} opened: failing its part of operations at once`);
      else if (name === 'half-open') logger.info(fields, `circuit breaker for ${subgraph} half-open: probing it`);
      else logger.info(fields, `circuit breaker for ${subgraph} closed: it answers again`);
    });
    breakers.set(subgraph, breaker);
    return breaker;
  };
}

type ProcessOptions = Parameters<RemoteGraphQLDataSource<UpstreamContext>['process']>[0];
type SubgraphRequest = ProcessOptions['request'];
type SubgraphResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>> & { http?: unknown };
/**
 * RemoteGraphQLDataSource's step between willSendRequest (headers, identity) and respond() (each operation's cache
 * policy), the one place where sharing a call is right. Its type declarations mark it private, so it is reached here.
 */
type SendRequest = (request: SubgraphRequest, context: UpstreamContext) => Promise<SubgraphResponse>;

/** A subgraph call that several operations wait for; it is aborted only when every one of them has stopped waiting. */
interface SharedCall {
  response: Promise<SubgraphResponse>;
  waiting: number;
  controller: AbortController;
}

export class SubgraphDataSource extends RemoteGraphQLDataSource<UpstreamContext> {
  private readonly timeoutMs: number;
  /** Identical queries in flight to this subgraph (one data source per subgraph), by document, variables and identity. */
  private readonly inFlight = new Map<string, SharedCall>();

  constructor(
    private readonly name: string,
    url: string,
    private readonly config: Config,
    private readonly logger: Logger,
    private readonly metrics: GatewayMetrics,
    private readonly breaker: CircuitBreakerPolicy,
  ) {
    super({ url });
    this.timeoutMs = config.subgraphs[name as SubgraphName]?.timeoutMs ?? config.gateway.subgraphTimeoutMs;
    this.fetcher = withSignalAndRetry(this.fetcher, name, logger);
    if (config.gateway.dedupeSubgraphRequests) {
      const internals = this as unknown as { sendRequest: SendRequest };
      const send = internals.sendRequest.bind(this);
      internals.sendRequest = (request, context) => this.sendShared(request, context, send);
    }
  }

  override async process(options: ProcessOptions) {
    const requestSignal = (options.context as UpstreamContext | undefined)?.signal;
    const started = process.hrtime.bigint();
    const record = (outcome: string, code?: string) => {
      this.metrics.fetchDuration.observe({ subgraph: this.name, outcome }, Number(process.hrtime.bigint() - started) / 1e9);
      if (code) this.metrics.fetchFailures.inc({ subgraph: this.name, code });
    };
    try {
      if (requestSignal?.aborted) throw this.aborted(requestSignal);
      const response = await this.breaker.execute(() => {
        // The deadline covers the whole call, body included: the signal stays armed until the answer is read.
        const deadline = AbortSignal.timeout(this.timeoutMs);
        const signal = requestSignal ? AbortSignal.any([requestSignal, deadline]) : deadline;
        return callSignal.run(signal, () => super.process(options));
      });
      record('success');
      return response;
    } catch (error) {
      if (error instanceof BrokenCircuitError) {
        record('breaker_open', 'BREAKER_OPEN');
        throw new GraphQLError(`The ${this.name} service is failing and is not being called for now; try again in a few seconds.`, {
          extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: this.name, breaker: 'open' },
        });
      }
      const code = error instanceof GraphQLError && typeof error.extensions.code === 'string' ? error.extensions.code : 'SUBGRAPH_ERROR';
      record(code === 'SUBGRAPH_TIMEOUT' || code === 'REQUEST_TIMEOUT' ? 'timeout' : 'error', code);
      throw error;
    }
  }

  // Identical queries in flight at once (a dashboard's 50 clients asking the same thing, or one operation's plan
  // fetching the same entities twice) are sent once and the answer shared. Identical means same subgraph, document,
  // variables, operation name and signed identity, so a viewer never gets an answer computed for another. Mutations
  // are always sent, one call each. The shared call runs under its own signal, aborted only when every waiting
  // operation has stopped waiting; each waiter still stops at its own deadline or when its client leaves. Each waiter
  // gets its own copy of the data (the gateway merges later fetches into it) and runs respond() itself, so a subgraph's
  // Cache-Control header restricts every waiting operation's cache policy. The subgraph sees the first waiter's
  // request id and trace context.
  private async sendShared(request: SubgraphRequest, context: UpstreamContext, send: SendRequest): Promise<SubgraphResponse> {
    if (!isQueryDocument(request.query)) return send(request, context);
    const key = JSON.stringify([request.query, request.variables ?? null, request.operationName ?? null, request.http?.headers.get(IDENTITY_HEADER) ?? null]);
    let call = this.inFlight.get(key);
    if (call) call.waiting++;
    else {
      const controller = new AbortController();
      const response = callSignal.run(controller.signal, () => send(request, context));
      call = { response, waiting: 1, controller };
      this.inFlight.set(key, call);
      const settled = () => this.inFlight.delete(key);
      response.then(settled, settled);
    }
    const shared = call;
    const own = callSignal.getStore();
    let stopWaiting: (() => void) | undefined;
    const stopped = new Promise<never>((_, reject) => {
      if (!own) return;
      stopWaiting = () => {
        if (--shared.waiting === 0) shared.controller.abort(own.reason);
        try {
          this.stopped(own);
        } catch (error) {
          reject(error);
        }
      };
      if (own.aborted) stopWaiting();
      else own.addEventListener('abort', stopWaiting, { once: true });
    });
    try {
      const { http, ...body } = await Promise.race([shared.response, stopped]);
      return { ...structuredClone(body), http };
    } finally {
      if (stopWaiting) own?.removeEventListener('abort', stopWaiting);
    }
  }

  // No usable answer. Abort first: whichever signal fired says whose deadline it was. Then no response at all
  // (connection refused, reset, DNS): the client learns which part of the graph is down and to retry; the network
  // error, which names internal addresses, goes to the log only. An HTTP answer's error (errorFromResponse) passes on.
  override didEncounterError(error: Error, _request: unknown, response?: unknown): never {
    const signal = callSignal.getStore();
    if (signal?.aborted) this.stopped(signal);
    if (response) throw error;
    this.logger.error({ err: error, subgraph: this.name }, 'subgraph unreachable');
    throw outage(
      new GraphQLError(`The ${this.name} service is not answering; try again shortly.`, {
        extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: this.name },
      }),
    );
  }

  /** The error for a call whose signal aborted: the subgraph's deadline (an outage), or the operation's (see aborted). */
  private stopped(signal: AbortSignal): never {
    const reason = signal.reason;
    if (reason instanceof RequestAborted) throw this.aborted({ reason });
    this.logger.warn({ subgraph: this.name, timeoutMs: this.timeoutMs }, 'subgraph did not answer in time; call aborted');
    throw outage(
      new GraphQLError(`The ${this.name} service did not answer within ${this.timeoutMs} ms; try again shortly.`, {
        extensions: { code: 'SUBGRAPH_TIMEOUT', serviceName: this.name, timeoutMs: this.timeoutMs },
      }),
    );
  }

  /** The error for a call stopped by its operation (deadline or client gone); never an outage of the subgraph. */
  private aborted({ reason }: { reason: unknown }): GraphQLError {
    const why = reason instanceof RequestAborted ? reason : new RequestAborted('client-gone');
    if (why.why === 'client-gone') {
      return new GraphQLError(`The client went away before the ${this.name} service answered.`, {
        extensions: { code: 'CLIENT_CLOSED_REQUEST', serviceName: this.name },
      });
    }
    const ms = why.timeoutMs;
    return new GraphQLError(
      `The operation took longer than ${ms} ms (REQUEST_TIMEOUT_MS=${ms}) before the ${this.name} service answered; what was known by then is returned.`,
      { extensions: { code: 'REQUEST_TIMEOUT', serviceName: this.name, timeoutMs: ms } },
    );
  }

  override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<UpstreamContext>['willSendRequest']>>[0]) {
    if (context.identity) request.http?.headers.set(IDENTITY_HEADER, context.identity);
    if (context.requestId) request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
    // W3C traceparent of this fetch's span (gateway.fetch), so the subgraph continues the trace; no-op when tracing is off.
    injectTraceHeaders(request.http?.headers);
  }

  // A subgraph answers bad variables or literals with HTTP 400 and a GraphQL error body. Apollo's default turns that
  // into "400: Bad Request" (and echoes the subgraph's URL); pass the subgraph's own message and code on instead.
  // Only the message and code cross over, and an error without a code is SUBGRAPH_ERROR, which masking treats as
  // unexpected: a subgraph's internal failure text reaches clients only in development. A 5xx is an outage.
  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]) {
    const serverFault = response.status >= 500;
    const body: any = await response.json().catch(() => null);
    const first = Array.isArray(body?.errors) ? body.errors[0] : undefined;
    let error: GraphQLError;
    if (first && typeof first.message === 'string') {
      const given = typeof first.extensions?.code === 'string' ? first.extensions.code : 'SUBGRAPH_ERROR';
      const code = given === 'GRAPHQL_VALIDATION_FAILED' ? 'BAD_USER_INPUT' : given;
      error = new GraphQLError(first.message, { extensions: { code, serviceName: this.name } });
    } else {
      const code = response.status === 401 ? 'UNAUTHENTICATED' : response.status === 403 ? 'FORBIDDEN' : 'SUBGRAPH_ERROR';
      error = new GraphQLError(`The ${this.name} service answered HTTP ${response.status}`, { extensions: { code, serviceName: this.name } });
    }
    return serverFault ? outage(error) : error;
  }
}
