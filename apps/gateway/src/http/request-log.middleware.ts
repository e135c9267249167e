import type { NextFunction, Request, Response } from 'express';
import {
  type RequestLogContext,
  SpanKind,
  endSpan,
  processLogger,
  runInRequestContext,
  startSpan,
} from '@ascc/service-kit';
import type { ApiRequest } from './api-route.decorator';

/**
 * Opens each API request's log context (correlation id, route, caller once signed in, duration) and, when
 * tracing is on, its span — continuing a `traceparent` the client sent — which the service bus passes on
 * in the NATS headers. When the answer has gone, writes the request's one access line at `info` with its
 * status and duration (never its body nor its query, which may hold personal data) and ends the span.
 */
export function requestLogMiddleware(req: Request, res: Response, next: NextFunction) {
  if (!req.path.startsWith('/api/')) return next();
  const request = req as ApiRequest;
  const ctx: RequestLogContext = {
    correlationId: request.correlationId,
    route: `${req.method} ${req.path}`,
    startedAt: performance.now(),
    span: startSpan(`${req.method} /api`, SpanKind.SERVER, (key) => req.header(key)),
  };
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    // The route's pattern (…/:id) once the router matched it: one name per route, no ids in it.
    const pattern = (req.route as { path?: string } | undefined)?.path;
    if (typeof pattern === 'string') ctx.route = `${req.method} ${pattern}`;
    ctx.callerId ??= request.caller?.userId;
    const status = res.writableFinished ? res.statusCode : 499;
    ctx.span?.updateName(ctx.route ?? req.method);
    endSpan(ctx.span, status >= 500, {
      'http.request.method': req.method,
      'http.response.status_code': status,
    });
    const logger = processLogger();
    if (logger.isLevelEnabled('info')) runInRequestContext(ctx, () => logger.info({ status }, 'request'));
  };
  res.once('finish', finish);
  res.once('close', finish);
  runInRequestContext(ctx, next);
}
