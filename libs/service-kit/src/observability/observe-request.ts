import { processLogger } from './logger';
import { type RequestLogContext, runInRequestContext } from './request-log-context';
import { type SpanKind, endSpan, startSpan } from './tracing';

/** Reads one header of a carrier (NATS headers, HTTP headers). */
export type HeaderGetter = (key: string) => string | undefined;

/** The status a failure leaves with: a service error's own, a database conflict's 409, else 500. */
export function statusOfError(error: unknown): number {
  const status = (error as { body?: { status?: unknown } } | null)?.body?.status;
  if (typeof status === 'number') return status;
  const name = (error as Error | null)?.constructor?.name ?? '';
  if (/UniqueConstraintViolation|OptimisticLock/.test(name)) return 409;
  return 500;
}

/**
 * Runs the handling of one message (a NATS request, a consumed event) in its own log context and, when
 * tracing is on, its own span continuing the sender's trace; writes the one access line at `info`
 * (`status`, `durationMs`) when it ends. The failure itself is rethrown for the exception filter.
 */
export async function observeRequest<T>(
  what: { subject: string; correlationId?: string; kind: SpanKind; message: string },
  header: HeaderGetter,
  handle: () => Promise<T>,
): Promise<T> {
  const ctx: RequestLogContext = {
    correlationId: what.correlationId,
    subject: what.subject,
    startedAt: performance.now(),
    span: startSpan(what.subject, what.kind, header, { 'messaging.destination.name': what.subject }),
  };
  return runInRequestContext(ctx, async () => {
    let status = 200;
    try {
      return await handle();
    } catch (error) {
      status = statusOfError(error);
      throw error;
    } finally {
      endSpan(ctx.span, status >= 500, { 'rpc.status': status });
      const logger = processLogger();
      if (logger.isLevelEnabled('info')) logger.info({ status }, what.message);
    }
  });
}
