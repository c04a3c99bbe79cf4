// OpenTelemetry tracing for the gateway and every subgraph. On only when an OTLP/HTTP endpoint is configured
// (OTEL_EXPORTER_OTLP_ENDPOINT or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT); otherwise no SDK is started and every helper
// here costs a branch. Spans are made explicitly rather than by auto-instrumentation: the packages are ESM, and
// require-hook instrumentation (instrumentation-http, -knex, -graphql) needs an `--import` loader in every entry,
// which `npm start`, the tests and the bundles would each have to remember. What is traced:
//   - every HTTP request (shared/http.ts), continuing a W3C `traceparent` sent by the client or by the gateway;
//   - the gateway's query plan: @apollo/gateway makes its own spans (gateway.request, gateway.plan, gateway.fetch per
//     subgraph call) through the global OpenTelemetry API, and the data source passes the context on to the subgraph
//     with injectTraceHeaders;
//   - a subgraph's root-field resolvers (Query, Mutation, _entities), which is where its SQL starts;
//   - every SQL statement (shared/db.ts traceStatements), with its text (placeholders, never parameter values).
// Several services can share a process (`npm start`, the tests): each gets its own tracer provider, so its spans carry
// its own service.name.
import { context, propagation, trace, SpanKind, SpanStatusCode, type Span, type Tracer } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPExporterBase } from '@opentelemetry/otlp-exporter-base';
import { convertLegacyHttpOptions, createOtlpHttpExportDelegate } from '@opentelemetry/otlp-exporter-base/node-http';
import { JsonTraceSerializer } from '@opentelemetry/otlp-transformer';
import { Resource } from '@opentelemetry/resources';
import {
  BatchSpanProcessor,
  BasicTracerProvider,
  ParentBasedSampler,
  TraceIdRatioBasedSampler,
  type ReadableSpan,
  type SpanExporter,
} from '@opentelemetry/sdk-trace-base';
import { GraphQLObjectType, defaultFieldResolver, type GraphQLSchema } from 'graphql';
import type { Config } from './config.js';

export interface Telemetry {
  /** False when no endpoint is configured: `tracer` then makes no spans. */
  enabled: boolean;
  tracer: Tracer;
  /** Sends what is buffered and stops this service's exporter (on shutdown). */
  shutdown(): Promise<void>;
}

const OFF: Telemetry = { enabled: false, tracer: trace.getTracer('off'), shutdown: async () => {} };
const running = new Map<string, Telemetry>();
let globalsSet = false;

/**
 * Starts tracing for `service` when `config.telemetry.tracesUrl` is set; returns the same instance on a second call for
 * the same service (the HTTP front and the subgraph builder both ask). OTEL_SERVICE_NAME overrides the service name.
 */
export function startTelemetry(config: { telemetry: Partial<Config['telemetry']> }, service: string): Telemetry {
  const { tracesUrl, serviceName, sampleRatio = 1 } = config.telemetry;
  if (!tracesUrl) return OFF;
  const existing = running.get(service);
  if (existing) return existing;
  if (!globalsSet) {
    // Once per process: the context follows async calls, and W3C traceparent/tracestate is how it crosses HTTP.
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    propagation.setGlobalPropagator(new W3CTraceContextPropagator());
    globalsSet = true;
  }
  const provider = new BasicTracerProvider({
    resource: new Resource({ 'service.name': serviceName ?? service }),
    // A new trace is recorded with probability OTEL_TRACES_SAMPLER_ARG (default 1: all); a continued one as its parent
    // was, so a subgraph never records half of a trace the gateway dropped.
    sampler: new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(sampleRatio) }),
    // Batches leave every second (the default 5 s would make a short-lived test or CLI lose its last spans until the
    // flush at shutdown, which happens anyway).
    spanProcessors: [new BatchSpanProcessor(otlpJsonExporter(tracesUrl), { scheduledDelayMillis: 1000 })],
  });
  // @apollo/gateway takes its tracer from the global API; only the gateway's spans should land there.
  if (service === 'gateway') trace.setGlobalTracerProvider(provider);
  const telemetry: Telemetry = {
    enabled: true,
    tracer: provider.getTracer('@unmn/shared'),
    async shutdown() {
      running.delete(service);
      await provider.shutdown();
    },
  };
  running.set(service, telemetry);
  return telemetry;
}

/**
 * OTLP/HTTP with JSON bodies, what @opentelemetry/exporter-trace-otlp-http 0.57 is made of. Built from its parts
 * because the OpenTelemetry packages here must be the 1.30 line @apollo/gateway depends on: npm hoists one version of
 * each, and a bundle in dist/ loads the hoisted one, so a second line (exporter 0.2xx with SDK 2.x) would be nested
 * under shared/ where no bundle finds it, and the exporter package's hoisted copy belongs to a dev tool.
 */
function otlpJsonExporter(url: string): SpanExporter {
  return new OTLPExporterBase<ReadableSpan[]>(
    createOtlpHttpExportDelegate(convertLegacyHttpOptions({ url }, 'TRACES', 'v1/traces', { 'Content-Type': 'application/json' }), JsonTraceSerializer),
  );
}

interface HeaderSetter {
  set(name: string, value: string): unknown;
}

/**
 * Writes the current trace context (`traceparent`, `tracestate`) into outgoing request headers, so the receiver
 * continues the trace. A no-op when tracing is off (no propagator is registered).
 */
export function injectTraceHeaders(headers: HeaderSetter | undefined): void {
  if (!headers || !globalsSet) return;
  propagation.inject(context.active(), headers, { set: (carrier, key, value) => void carrier.set(key, value) });
}

/** The trace id of the active span, for log lines; undefined outside a trace or when tracing is off. */
export function currentTraceId(): string | undefined {
  if (!globalsSet) return undefined;
  const span = trace.getActiveSpan()?.spanContext();
  return span && trace.isSpanContextValid(span) ? span.traceId : undefined;
}

/**
 * Runs `fn` in a SERVER span continuing the caller's trace (its `traceparent` header, if any). The span is named by
 * method and route until the operation name is known (nameServerSpan).
 */
export function withServerSpan<T>(
  telemetry: Telemetry,
  headers: Record<string, string | string[] | undefined>,
  name: string,
  fn: (span: Span | undefined) => T,
): T {
  if (!telemetry.enabled) return fn(undefined);
  const parent = propagation.extract(context.active(), headers);
  const span = telemetry.tracer.startSpan(name, { kind: SpanKind.SERVER }, parent);
  return context.with(trace.setSpan(parent, span), () => fn(span));
}

/** Closes a SERVER span with the response status (5xx marks it failed). */
export function endServerSpan(span: Span | undefined, status: number): void {
  if (!span) return;
  span.setAttribute('http.response.status_code', status);
  if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
  span.end();
}

/**
 * Wraps the resolvers of the root fields (Query, Mutation and federation's _entities) in spans, so a subgraph's work
 * for the gateway shows under the gateway's fetch, and the SQL it runs under the field that ran it. Nested fields are
 * left alone: a list of 100 items would make hundreds of spans that say little. Does nothing when tracing is off.
 */
export function traceRootResolvers(schema: GraphQLSchema, telemetry: Telemetry): GraphQLSchema {
  if (!telemetry.enabled) return schema;
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    if (!(type instanceof GraphQLObjectType)) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve ?? defaultFieldResolver;
      const name = `resolve ${type.name}.${field.name}`;
      field.resolve = (source, args, ctx, info) =>
        telemetry.tracer.startActiveSpan(name, (span) => {
          const fail = (error: unknown) => {
            span.recordException(error as Error);
            span.setStatus({ code: SpanStatusCode.ERROR });
            span.end();
            throw error;
          };
          try {
            const result = resolve(source, args, ctx, info);
            if (result && typeof (result as Promise<unknown>).then === 'function') {
              return (result as Promise<unknown>).then((value) => (span.end(), value), fail);
            }
            span.end();
            return result;
          } catch (error) {
            return fail(error);
          }
        });
    }
  }
  return schema;
}
