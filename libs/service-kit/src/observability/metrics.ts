import { timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { MikroORM } from '@mikro-orm/core';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { isDatabaseUnavailable } from '../errors/database-unavailable';

/**
 * Prometheus metrics of this process (prom-client): one registry, labelled with the process's name, with
 * Node's own figures (memory, event-loop lag, GC) and the product's — requests by route or subject,
 * NATS reconnects, database query durations, and each service's outbox and consumers.
 */
export const metricsRegistry = new Registry();

/** Seconds, from 1 ms to 10 s: a request or a query is fast (ms) or stuck (the 5 s NATS timeout). */
export const DURATION_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

let named = false;
/** Names the process in every series (`process="training"`) and starts Node's default metrics, once. */
export function useMetricsProcess(name: string): Registry {
  if (!named) {
    named = true;
    metricsRegistry.setDefaultLabels({ process: name });
    collectDefaultMetrics({ register: metricsRegistry, eventLoopMonitoringPrecision: 20 });
  }
  return metricsRegistry;
}

const serviceRequests = new Counter({
  name: 'ascc_service_requests_total',
  help: 'Requests a service answered, by subject and status (200, or the refusal’s or error’s HTTP status)',
  labelNames: ['subject', 'status'] as const,
  registers: [metricsRegistry],
});
const serviceDurations = new Histogram({
  name: 'ascc_service_request_duration_seconds',
  help: 'Time a service took to answer a request, by subject and status',
  labelNames: ['subject', 'status'] as const,
  buckets: DURATION_BUCKETS,
  registers: [metricsRegistry],
});

interface Series {
  count: Counter.Internal;
  duration: Histogram.Internal<'subject' | 'status'>;
}

/**
 * One subject's request series, the label children made once per status (no label object built per
 * request): `record` costs a map lookup, an increment and a histogram observation.
 */
export class SubjectMetrics {
  private readonly byStatus = new Map<number, Series>();
  constructor(private readonly subject: string) {}

  record(status: number, startedAt: number): void {
    let series = this.byStatus.get(status);
    if (!series) {
      const labels = { subject: this.subject, status: String(status) };
      series = { count: serviceRequests.labels(labels), duration: serviceDurations.labels(labels) };
      this.byStatus.set(status, series);
    }
    series.count.inc();
    series.duration.observe((performance.now() - startedAt) / 1000);
  }
}

/** The HTTP status a service's failure is answered with (a refusal's own, 500 for anything else). */
export function failureStatus(error: unknown): number {
  const status = (error as { body?: { status?: unknown } } | null)?.body?.status;
  if (typeof status === 'number') return status;
  return isDatabaseUnavailable(error) ? 503 : 500;
}

const natsReconnects = new Counter({
  name: 'ascc_nats_reconnects_total',
  help: 'Times this process’s NATS connection was re-established after losing its server',
  registers: [metricsRegistry],
});

/** Counts the reconnects of a Nest NATS client or server (`on('reconnect', …)`). */
export function countNatsReconnects(source: { on(event: 'reconnect', callback: () => void): unknown }): void {
  natsReconnects.inc(0);
  source.on('reconnect', () => natsReconnects.inc());
}

const queryDurations = new Histogram({
  name: 'ascc_db_query_duration_seconds',
  help: 'Database statements by kind (select, insert, update, delete, other) and outcome (ok, error)',
  labelNames: ['kind', 'outcome'] as const,
  buckets: DURATION_BUCKETS,
  registers: [metricsRegistry],
});

const KINDS = ['select', 'insert', 'update', 'delete', 'other'] as const;
/** The kind of a statement from its first letter (an index into KINDS): cheap, and few label values. */
function statementKind(query: string): number {
  switch (query.charCodeAt(0) | 0x20) {
    case 0x73 /* s */:
      return 0;
    case 0x69 /* i */:
      return 1;
    case 0x75 /* u */:
      return 2;
    case 0x64 /* d */:
      return 3;
    default:
      return 4;
  }
}
/** The label children, made once: [kind][0 ok | 1 error]. */
const querySeries = KINDS.map((kind) => [
  queryDurations.labels(kind, 'ok'),
  queryDurations.labels(kind, 'error'),
]);

const watched = new WeakSet<object>();
/**
 * Times every statement MikroORM runs: its connection reports each one's duration to the logger
 * (`logQuery`, called whether or not query logging is on), so the logger's method is wrapped — whatever
 * logger is configured still receives every call.
 */
export function watchDatabaseQueries(orm: MikroORM): void {
  const logger = orm.config.getLogger();
  if (watched.has(logger)) return;
  watched.add(logger);
  const logQuery = logger.logQuery.bind(logger);
  logger.logQuery = (context) => {
    if (typeof context.took === 'number')
      querySeries[statementKind(context.query ?? '')][context.level === 'error' ? 1 : 0].observe(
        context.took / 1000,
      );
    logQuery(context);
  };
}

/** Shortest METRICS_TOKEN accepted: a scraper's secret, not a word. */
export const METRICS_TOKEN_MIN_LENGTH = 24;

/**
 * Whether a request carries `Authorization: Bearer <METRICS_TOKEN>`. No token configured: never (metrics
 * are refused by default); compared in constant time.
 */
export function metricsAuthorized(header: string | undefined, token: string | undefined): boolean {
  if (!token || !header?.startsWith('Bearer ')) return false;
  const given = Buffer.from(header.slice(7));
  const wanted = Buffer.from(token);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

/** Writes the registry's text exposition, or 401 without the token (404 when no token is configured). */
export async function answerMetrics(
  authorization: string | undefined,
  token: string | undefined,
  res: http.ServerResponse,
): Promise<void> {
  if (!metricsAuthorized(authorization, token)) {
    res.statusCode = token ? 401 : 404;
    if (token) res.setHeader('www-authenticate', 'Bearer');
    res.setHeader('cache-control', 'no-store');
    res.end(token ? 'Unauthorized\n' : 'Not Found\n');
    return;
  }
  try {
    const body = await metricsRegistry.metrics();
    res.setHeader('content-type', metricsRegistry.contentType);
    res.setHeader('cache-control', 'no-store');
    res.end(body);
  } catch (error) {
    res.statusCode = 500;
    res.end(`metrics failed: ${(error as Error).message}\n`);
  }
}

/**
 * A service's metrics listener: `GET /metrics` on METRICS_PORT (METRICS_HOST, default 127.0.0.1), with
 * the METRICS_TOKEN bearer token. Unset or 0 port: no listener. A port without a token is a refused
 * configuration: the listener would serve nobody.
 */
export async function startMetricsListener(
  env: NodeJS.ProcessEnv = process.env,
): Promise<http.Server | undefined> {
  const port = Number(env.METRICS_PORT ?? 0);
  if (!port) return undefined;
  const token = env.METRICS_TOKEN;
  if (!token) throw new Error('METRICS_PORT is set but METRICS_TOKEN is not: the metrics would serve nobody');
  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' || req.url?.split('?')[0] !== '/metrics') {
      res.statusCode = 404;
      res.end('Not Found\n');
      return;
    }
    void answerMetrics(req.headers.authorization, token, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, env.METRICS_HOST ?? '127.0.0.1', () => resolve());
  });
  server.unref();
  return server;
}
