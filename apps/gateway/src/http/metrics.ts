import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { MikroORM } from '@mikro-orm/core';
import type { ClientNats } from '@nestjs/microservices';
import { Counter, Histogram } from 'prom-client';
import {
  DURATION_BUCKETS,
  answerMetrics,
  countNatsReconnects,
  metricsRegistry,
  useMetricsProcess,
  watchDatabaseQueries,
} from '@ascc/service-kit';
import { NATS_CLIENT } from '../bus/service-bus';

const requests = new Counter({
  name: 'ascc_http_requests_total',
  help: 'HTTP requests the gateway answered, by method, route (its pattern) and status',
  labelNames: ['method', 'route', 'status'] as const,
  registers: [metricsRegistry],
});
const durations = new Histogram({
  name: 'ascc_http_request_duration_seconds',
  help: 'Time the gateway took to answer, by method, route and status',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: DURATION_BUCKETS,
  registers: [metricsRegistry],
});

interface Series {
  count: Counter.Internal;
  duration: Histogram.Internal<'method' | 'route' | 'status'>;
}

/** The label children, made once per method, route and status: a request costs map lookups only. */
const series = new Map<string, Map<string, Map<number, Series>>>();

/** A request's route label: the pattern it matched, so ids never multiply the series. */
function routeOf(req: Request): string {
  const path = (req.route as { path?: unknown } | undefined)?.path;
  if (typeof path === 'string') return path;
  return req.originalUrl.startsWith('/api') ? 'unmatched' : 'other';
}

/** Minutes of answers kept for the status page's errors per minute. */
export const WINDOW_MINUTES = 15;

/** One minute's answers: all, 5xx (the product failed) and 4xx (the request was refused). */
export interface MinuteCounts {
  minute: number;
  requests: number;
  serverErrors: number;
  clientErrors: number;
}

const minutes: MinuteCounts[] = Array.from({ length: WINDOW_MINUTES }, () => ({
  minute: -1,
  requests: 0,
  serverErrors: 0,
  clientErrors: 0,
}));

function countMinute(status: number, now: number): void {
  const minute = Math.floor(now / 60_000);
  const slot = minutes[minute % WINDOW_MINUTES];
  if (slot.minute !== minute) {
    slot.minute = minute;
    slot.requests = slot.serverErrors = slot.clientErrors = 0;
  }
  slot.requests++;
  if (status >= 500) slot.serverErrors++;
  else if (status >= 400) slot.clientErrors++;
}

/** The last WINDOW_MINUTES minutes, oldest first, a minute without answers as zeros. */
export function recentMinutes(now = Date.now()): MinuteCounts[] {
  const current = Math.floor(now / 60_000);
  return Array.from({ length: WINDOW_MINUTES }, (_, i) => {
    const minute = current - WINDOW_MINUTES + 1 + i;
    const slot = minutes[minute % WINDOW_MINUTES];
    return slot.minute === minute ? { ...slot } : { minute, requests: 0, serverErrors: 0, clientErrors: 0 };
  });
}

function record(req: Request, status: number, startedAt: number): void {
  const method = req.method;
  const route = routeOf(req);
  let byRoute = series.get(method);
  if (!byRoute) series.set(method, (byRoute = new Map()));
  let byStatus = byRoute.get(route);
  if (!byStatus) byRoute.set(route, (byStatus = new Map()));
  let s = byStatus.get(status);
  if (!s) {
    const labels = { method, route, status: String(status) };
    s = { count: requests.labels(labels), duration: durations.labels(labels) };
    byStatus.set(status, s);
  }
  s.count.inc();
  s.duration.observe((performance.now() - startedAt) / 1000);
  countMinute(status, Date.now());
}

/** Counts every answer (by route pattern and status) and its duration, once it is sent. */
export function httpMetrics(req: Request, res: Response, next: NextFunction): void {
  const startedAt = performance.now();
  res.once('finish', () => record(req, res.statusCode, startedAt));
  next();
}

/**
 * `GET /metrics`: Prometheus's text format for a scraper holding METRICS_TOKEN (`Authorization: Bearer`),
 * 401 for anyone else, 404 when no token is configured — never public.
 */
export function metricsEndpoint(env: NodeJS.ProcessEnv = process.env) {
  const token = env.METRICS_TOKEN;
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method !== 'GET' || req.path !== '/') return next();
    void answerMetrics(req.headers.authorization, token, res);
  };
}

/** Node's default metrics, the identity database's query durations and NATS reconnects. */
export function instrumentGateway(app: INestApplication): void {
  useMetricsProcess('gateway');
  try {
    watchDatabaseQueries(app.get(MikroORM, { strict: false }));
  } catch {
    // No database in this module (a test's gateway): nothing to time.
  }
  countNatsReconnects(app.get<ClientNats>(NATS_CLIENT, { strict: false }));
}

/** One route's request count and 95th percentile, estimated from its histogram as Prometheus does. */
export interface RouteLatency {
  method: string;
  route: string;
  requests: number;
  p95Ms: number;
}

/**
 * The slowest API routes by their 95th percentile since the gateway started, from the duration
 * histogram's buckets (linear within the bucket, like `histogram_quantile`), every status together.
 */
export async function slowestRoutes(limit = 5): Promise<RouteLatency[]> {
  const { values } = await durations.get();
  const routes = new Map<
    string,
    { method: string; route: string; buckets: Map<number, number>; count: number }
  >();
  for (const v of values) {
    const { method, route, le } = v.labels as { method: string; route: string; le?: string | number };
    if (typeof route !== 'string' || !route.startsWith('/api')) continue;
    const key = `${method} ${route}`;
    let r = routes.get(key);
    if (!r) routes.set(key, (r = { method, route, buckets: new Map(), count: 0 }));
    if (v.metricName === 'ascc_http_request_duration_seconds_bucket' && le !== undefined) {
      const bound = le === '+Inf' ? Infinity : Number(le);
      r.buckets.set(bound, (r.buckets.get(bound) ?? 0) + v.value);
    } else if (v.metricName === 'ascc_http_request_duration_seconds_count') r.count += v.value;
  }
  return [...routes.values()]
    .filter((r) => r.count > 0)
    .map((r) => ({
      method: r.method,
      route: r.route,
      requests: r.count,
      p95Ms: Math.round(quantile(0.95, r.buckets, r.count) * 10000) / 10,
    }))
    .sort((a, b) => b.p95Ms - a.p95Ms || b.requests - a.requests)
    .slice(0, limit);
}

/** The q-quantile (seconds) from cumulative buckets `upper bound → count`; the last finite bound caps it. */
export function quantile(q: number, buckets: Map<number, number>, count: number): number {
  const bounds = [...buckets.keys()].sort((a, b) => a - b);
  const rank = q * count;
  let lower = 0;
  let below = 0;
  for (const bound of bounds) {
    const cumulative = buckets.get(bound) ?? 0;
    if (cumulative >= rank) {
      if (bound === Infinity) return lower;
      const inBucket = cumulative - below;
      return inBucket > 0 ? lower + ((bound - lower) * (rank - below)) / inBucket : bound;
    }
    lower = bound;
    below = cumulative;
  }
  return lower;
}
