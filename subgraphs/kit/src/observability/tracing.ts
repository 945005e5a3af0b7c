import { ROOT_CONTEXT, SpanKind, SpanStatusCode, context, propagation, trace } from '@opentelemetry/api';
import type { Context, Span } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Resource } from '@opentelemetry/resources';
import { BatchSpanProcessor, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import type { RequestHandler } from 'express';
import { z } from 'zod';
import { readEnv } from '../config/env';

/** Spans the platform's own code makes: HTTP requests served, events published and consumed. */
export const tracer = () => trace.getTracer('xinfang');

let propagating = false;

/**
 * W3C trace context travels whether or not spans are exported: the propagator and the async
 * context are always on, so a `traceparent` a caller sent reaches the subgraphs, the outbox and
 * Kafka unchanged; without an exporter no span is recorded and the cost is a context lookup.
 */
export function propagateTraceContext(): void {
  if (propagating) return;
  propagating = true;
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
}

/** The standard OpenTelemetry variables that switch exporting on; the exporter reads the rest (headers, timeouts). */
const otlpEnvShape = {
  OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url().optional(),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: z.string().url().optional(),
};

export interface Tracing {
  shutdown(): Promise<void>;
}

/**
 * Records and exports spans when an OTLP endpoint is configured (the standard
 * `OTEL_EXPORTER_OTLP_ENDPOINT` or `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`, read by the exporter
 * itself), or to the exporter given (a test's in-memory one). Otherwise only propagates.
 */
export function startTracing(service: string, options: { exporter?: SpanExporter; env?: NodeJS.ProcessEnv } = {}): Tracing {
  propagateTraceContext();
  const env = readEnv(otlpEnvShape, options.env);
  const endpoint = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? env.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (!options.exporter && !endpoint) return { shutdown: async () => undefined };
  const processor = options.exporter
    ? new SimpleSpanProcessor(options.exporter)
    // Batched and sent in the background: a request never waits on the collector.
    : new BatchSpanProcessor(new OTLPTraceExporter());
  const provider = new NodeTracerProvider({ resource: new Resource({ [ATTR_SERVICE_NAME]: service }), spanProcessors: [processor] });
  trace.setGlobalTracerProvider(provider);
  return { shutdown: () => provider.shutdown() };
}

/** The `traceparent` of a context (the active one by default), to store beside an event. */
export function traceparentOf(active: Context = context.active()): string | undefined {
  const carrier: Record<string, string> = {};
  propagation.inject(active, carrier);
  return carrier.traceparent;
}

/** The context a `traceparent` (from a header or a stored event) continues. */
export function contextOfTraceparent(traceparent: string | undefined): Context {
  return traceparent ? propagation.extract(ROOT_CONTEXT, { traceparent }) : ROOT_CONTEXT;
}

/**
 * A server span per HTTP request, continuing the caller's trace, active while the request is
 * handled so everything it does (a subgraph fetch, an outbox row) belongs to it.
 */
export function tracingMiddleware(service: string): RequestHandler {
  return (req, res, next) => {
    const parent = propagation.extract(ROOT_CONTEXT, req.headers);
    const span = tracer().startSpan(`${req.method} ${req.path}`, {
      kind: SpanKind.SERVER,
      attributes: { 'xinfang.service': service, 'http.request.method': req.method, 'url.path': req.path },
    }, parent);
    res.once('close', () => {
      span.setAttribute('http.response.status_code', res.statusCode);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    context.with(trace.setSpan(parent, span), next);
  };
}

/** Runs `work` in a span of its own under `parent`, ending it with the outcome. */
export async function inSpan<T>(name: string, kind: SpanKind, parent: Context, attributes: Record<string, string>, work: (span: Span) => Promise<T>): Promise<T> {
  const span = tracer().startSpan(name, { kind, attributes }, parent);
  try {
    return await context.with(trace.setSpan(parent, span), () => work(span));
  } catch (error) {
    span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
    throw error;
  } finally {
    span.end();
  }
}
