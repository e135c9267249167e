import type { INestApplicationContext } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { Gauge } from 'prom-client';
import { type ConsumerStats, EventConsumers } from '../events/event-consumers';
import { OutboxEvent } from '../events/outbox-event.entity';
import {
  countNatsReconnects,
  metricsRegistry,
  startMetricsListener,
  useMetricsProcess,
  watchDatabaseQueries,
} from './metrics';

/** How long JetStream's consumer figures are reused: scrapes close together cost JetStream one look. */
export const CONSUMER_STATS_CACHE_MS = 5000;

function optional<T>(app: INestApplicationContext, token: unknown): T | undefined {
  try {
    return app.get(token as never, { strict: false }) as T;
  } catch {
    return undefined;
  }
}

/**
 * Outbox gauges, read on scrape with two indexed queries — pending rows are the head of the
 * (published_at, seq) index, so neither scans the table: how many wait, and how old the first is.
 */
let outboxOrm: MikroORM | undefined;
let consumerSource: EventConsumers | undefined;

export function outboxGauges(orm: MikroORM): void {
  // The gauges are made once per process; a second app in the same process (a test's) takes them over.
  const first = !outboxOrm;
  outboxOrm = orm;
  if (!first) return;
  const read = async () => {
    const em = (outboxOrm as MikroORM).em.fork();
    const [waiting, oldest] = await Promise.all([
      em.count(OutboxEvent, { publishedAt: null }),
      em.findOne(
        OutboxEvent,
        { publishedAt: null },
        { orderBy: { seq: 'asc' }, fields: ['seq', 'occurredAt'], disableIdentityMap: true },
      ),
    ]);
    return {
      waiting,
      ageSeconds: oldest ? Math.max(0, (Date.now() - oldest.occurredAt.getTime()) / 1000) : 0,
    };
  };
  // Both gauges from one read per scrape.
  let reading: Promise<{ waiting: number; ageSeconds: number }> | undefined;
  const shared = () => (reading ??= read().finally(() => setTimeout(() => (reading = undefined), 0)));
  new Gauge({
    name: 'ascc_outbox_waiting',
    help: 'Events recorded in the outbox and not yet published to JetStream',
    registers: [metricsRegistry],
    async collect() {
      this.set((await shared()).waiting);
    },
  });
  new Gauge({
    name: 'ascc_outbox_oldest_age_seconds',
    help: 'Age of the oldest event waiting in the outbox (0 when none waits)',
    registers: [metricsRegistry],
    async collect() {
      this.set((await shared()).ageSeconds);
    },
  });
}

/** Each durable consumer's pending, unacknowledged and redelivered counts, from JetStream, cached briefly. */
export function consumerGauges(consumers: EventConsumers, cacheMs = CONSUMER_STATS_CACHE_MS): void {
  const first = !consumerSource;
  consumerSource = consumers;
  if (!first) return;
  let cached: { at: number; stats: Promise<ConsumerStats[]> } | undefined;
  const stats = () => {
    if (!cached || Date.now() - cached.at > cacheMs) {
      const fresh = (consumerSource as EventConsumers).stats().catch(() => [] as ConsumerStats[]);
      cached = { at: Date.now(), stats: fresh };
    }
    return cached.stats;
  };
  const gauge = (name: string, help: string, pick: (s: ConsumerStats) => number) =>
    new Gauge({
      name,
      help,
      labelNames: ['consumer', 'stream'] as const,
      registers: [metricsRegistry],
      async collect() {
        this.reset();
        for (const s of await stats()) this.set({ consumer: s.durable, stream: s.stream }, pick(s));
      },
    });
  gauge(
    'ascc_consumer_pending',
    'Events on the stream not yet delivered to the durable consumer',
    (s) => s.pending,
  );
  gauge(
    'ascc_consumer_ack_pending',
    'Events delivered to the consumer and not yet acknowledged',
    (s) => s.ackPending,
  );
  gauge(
    'ascc_consumer_redelivered',
    'Events delivered again after a failure or a missed acknowledgement',
    (s) => s.redelivered,
  );
}

/**
 * A service's metrics: Node's defaults, its NATS reconnects, query durations, outbox and consumers, served
 * on METRICS_PORT (off when unset). Request series come from `@Handles`/`@Answers` themselves.
 */
export async function startServiceMetrics(
  service: string,
  app: INestApplicationContext & { on(event: string, callback: () => void): unknown },
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  useMetricsProcess(service);
  countNatsReconnects(app);
  const orm = optional<MikroORM>(app, MikroORM);
  if (orm) {
    watchDatabaseQueries(orm);
    if (orm.getMetadata().find(OutboxEvent.name)) outboxGauges(orm);
  }
  const consumers = optional<EventConsumers>(app, EventConsumers);
  if (consumers) consumerGauges(consumers);
  await startMetricsListener(env);
}
