import { AsyncLocalStorage } from 'node:async_hooks';
import type { Span } from '@opentelemetry/api';

/**
 * What every log line a request writes carries, held for the request's whole asynchronous life: the
 * gateway opens it per HTTP request, a service per NATS message (and per consumed event).
 */
export interface RequestLogContext {
  correlationId?: string;
  /** The gateway's `METHOD /path` (the route's pattern once known). */
  route?: string;
  /** The NATS subject a service is answering, or the event it consumes. */
  subject?: string;
  /** The signed-in caller's user id (never a name or an e-mail), once authenticated. */
  callerId?: string;
  /** `performance.now()` at the start, for `durationMs`. */
  startedAt: number;
  /** The request's span when tracing is on. */
  span?: Span;
}

const storage = new AsyncLocalStorage<RequestLogContext>();

/** Runs `fn` with `ctx` as the current request's context (its log lines and outgoing trace headers). */
export function runInRequestContext<T>(ctx: RequestLogContext, fn: () => T): T {
  return storage.run(ctx, fn);
}

/** The current request's context, if code is running for one. */
export function currentRequestContext(): RequestLogContext | undefined {
  return storage.getStore();
}

/** Records the authenticated caller on the current request's log lines. */
export function setRequestCaller(userId: string | undefined): void {
  const ctx = storage.getStore();
  if (ctx && userId) ctx.callerId = userId;
}

/** The fields a line gets from its request's context (none outside a request). */
export function requestLogFields(ctx = storage.getStore()): Record<string, unknown> {
  if (!ctx) return {};
  const fields: Record<string, unknown> = {};
  if (ctx.correlationId) fields.correlationId = ctx.correlationId;
  if (ctx.route) fields.route = ctx.route;
  if (ctx.subject) fields.subject = ctx.subject;
  if (ctx.callerId) fields.callerId = ctx.callerId;
  fields.durationMs = Math.round((performance.now() - ctx.startedAt) * 10) / 10;
  if (ctx.span) fields.traceId = ctx.span.spanContext().traceId;
  return fields;
}
