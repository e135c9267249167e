import {
  type Attributes,
  type Context,
  ROOT_CONTEXT,
  type Span,
  SpanKind,
  SpanStatusCode,
  propagation,
  trace,
} from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { currentRequestContext } from './request-log-context';

export { SpanKind };

/** W3C trace context's header: carried in HTTP requests, NATS request headers and event messages. */
export const TRACEPARENT = 'traceparent';

let enabled = false;

/**
 * Starts exporting this process's spans when `OTEL_EXPORTER_OTLP_ENDPOINT` names an OTLP/HTTP collector
 * (JSON, to `<endpoint>/v1/traces`), as `OTEL_SERVICE_NAME` (default `ascc-<service>`). Unset, tracing
 * stays off: no provider is registered, no span is made, no header is added — nothing to pay on a request.
 */
export function startTracing(service: string, env: NodeJS.ProcessEnv = process.env): boolean {
  const endpoint = env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  if (enabled || !endpoint) return enabled;
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': env.OTEL_SERVICE_NAME?.trim() || `ascc-${service}` }),
    spanProcessors: [
      new BatchSpanProcessor(new OTLPTraceExporter({ url: `${endpoint.replace(/\/+$/, '')}/v1/traces` }), {
        scheduledDelayMillis: 1000,
      }),
    ],
  });
  // The W3C trace-context propagator (and the async context manager) become the API's globals.
  provider.register();
  enabled = true;
  return true;
}

/** Whether this process makes and exports spans. */
export function tracingEnabled(): boolean {
  return enabled;
}

/** The context a carrier's `traceparent` continues (the root context without one). */
function parentOf(get: (key: string) => string | undefined): Context {
  return propagation.extract(ROOT_CONTEXT, null, {
    get: (_carrier, key) => get(key),
    keys: () => [TRACEPARENT, 'tracestate'],
  });
}

/**
 * Starts a span continuing the trace of a carrier's headers (`get` reads one), or a new trace; `undefined`
 * when tracing is off.
 */
export function startSpan(
  name: string,
  kind: SpanKind,
  get: (key: string) => string | undefined,
  attributes?: Attributes,
): Span | undefined {
  if (!enabled) return undefined;
  return trace.getTracer('ascc').startSpan(name, { kind, attributes }, parentOf(get));
}

/** Ends a span, marked as an error when `failed`. */
export function endSpan(span: Span | undefined, failed: boolean, attributes?: Attributes): void {
  if (!span) return;
  if (attributes) span.setAttributes(attributes);
  if (failed) span.setStatus({ code: SpanStatusCode.ERROR });
  span.end();
}

/** The `traceparent` (and `tracestate`) of a span, written with `set`; nothing without one. */
export function injectSpan(span: Span | undefined, set: (key: string, value: string) => void): void {
  if (!span) return;
  propagation.inject(trace.setSpan(ROOT_CONTEXT, span), null, {
    set: (_carrier, key, value) => set(key, value),
  });
}

/** Writes the current request's trace context into outgoing headers (a NATS request the gateway sends). */
export function injectTraceContext(set: (key: string, value: string) => void): void {
  if (enabled) injectSpan(currentRequestContext()?.span, set);
}

/** The current request's `traceparent`, to keep with an event it records (null outside a traced request). */
export function currentTraceparent(): string | null {
  if (!enabled) return null;
  let value: string | null = null;
  injectSpan(currentRequestContext()?.span, (key, v) => {
    if (key === TRACEPARENT) value = v;
  });
  return value;
}
