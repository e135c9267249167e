import { MikroORM } from '@mikro-orm/core';
import { JSONCodec, headers as natsHeaders } from 'nats';
import type { EventEnvelope } from '@ascc/contracts';
import { type EventBus, sleep } from './event-bus';
import { eventSubjects, streamName } from './streams';
import { onCommit } from './outbox-commits';
import { OutboxEvent } from './outbox-event.entity';
import { TRACEPARENT } from '../observability/tracing';

const codec = JSONCodec<EventEnvelope>();

function traceHeaders(traceparent: string) {
  const headers = natsHeaders();
  headers.set(TRACEPARENT, traceparent);
  return headers;
}

/** How long an idle relay waits before looking at the outbox again when no commit woke it. */
export const DEFAULT_OUTBOX_POLL_MS = 5000;
const BATCH = 100;

/** `OUTBOX_POLL_MS` when it is a positive number of milliseconds, otherwise the default. */
export function outboxPollMs(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.OUTBOX_POLL_MS);
  return Number.isFinite(value) && value > 0 ? value : DEFAULT_OUTBOX_POLL_MS;
}

/**
 * Publishes the service's outbox to JetStream: pending rows in `seq` order, each with `msgID = eventId`
 * (JetStream drops a repeat within its duplicate window, so a crash between publishing and stamping
 * `publishedAt` sends nothing twice), then stamps `publishedAt`. Runs in the background from start to
 * shutdown; a failure (NATS down) is retried without losing order, since nothing is stamped until
 * JetStream has stored the event.
 *
 * It is woken right after any transaction of this service commits (`onCommit`; events are recorded in
 * the transaction of their change), so no command has to remember to; while idle it only polls every `pollMs`
 * (`OUTBOX_POLL_MS`, default 5 s) for rows it was not told about — written by another copy of the
 * service, or committed just before a crash.
 */
export class OutboxRelay {
  private running?: Promise<void>;
  private stopped = false;
  /** A commit since the last look at the outbox: the next idle wait ends at once. */
  private kicked = false;
  private sleeper?: { wakeOnCommit: boolean; end: () => void };
  private known = new Set<string>();
  private readonly unwatch: () => void;

  constructor(
    private readonly orm: MikroORM,
    private readonly bus: EventBus,
    private readonly pollMs = outboxPollMs(),
  ) {
    this.unwatch = onCommit(orm, () => this.kick());
  }

  start(): void {
    this.running ??= this.prepare().then(() => this.loop());
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.unwatch();
    this.sleeper?.end();
    await this.running;
  }

  /** Publishes now instead of at the next poll (called after each commit that recorded events). */
  kick(): void {
    this.kicked = true;
    if (this.sleeper?.wakeOnCommit) this.sleeper.end();
  }

  private async loop(): Promise<void> {
    let failures = 0;
    while (!this.stopped) {
      // Cleared before the query: a commit while it runs makes the wait below end at once.
      this.kicked = false;
      try {
        const published = await this.publishPending(BATCH);
        failures = 0;
        // A full batch may have more behind it; otherwise wait for a commit or the fallback poll.
        if (published < BATCH) await this.idle(this.pollMs, true);
      } catch (error) {
        failures += 1;
        if (this.stopped) break;
        if (failures === 1 || failures % 20 === 0)
          this.bus.logger.warn(`outbox relay: ${(error as Error).message} (retrying)`);
        // Commits do not cut the back-off short: while NATS is down each one would be another retry.
        await this.idle(Math.min(5000, 250 * failures), false);
      }
    }
  }

  private idle(ms: number, wakeOnCommit: boolean): Promise<void> {
    if (this.stopped || (wakeOnCommit && this.kicked)) return Promise.resolve();
    return new Promise((resolve) => {
      const end = () => {
        clearTimeout(timer);
        this.sleeper = undefined;
        resolve();
      };
      const timer = setTimeout(end, ms);
      this.sleeper = { wakeOnCommit, end };
    });
  }

  /** Publishes up to `limit` pending events in order; returns how many it published. */
  async publishPending(limit = BATCH): Promise<number> {
    const em = this.orm.em.fork();
    const rows = await em.find(OutboxEvent, { publishedAt: null }, { orderBy: { seq: 'asc' }, limit });
    if (!rows.length) return 0;
    const subjects = [...new Set([...eventSubjects(this.bus.service), ...rows.map((r) => r.subject)])];
    if (subjects.some((s) => !this.known.has(s))) {
      await this.bus.checkStream(this.bus.service, subjects);
      subjects.forEach((s) => this.known.add(s));
    }
    const js = await this.bus.jetstream();
    const published: number[] = [];
    try {
      for (const row of rows) {
        if (this.stopped) break;
        await js.publish(
          row.subject,
          codec.encode({
            eventId: row.eventId,
            subject: row.subject,
            occurredAt: row.occurredAt.toISOString(),
            data: row.data,
          }),
          {
            msgID: row.eventId,
            expect: { streamName: row.stream || streamName(this.bus.service) },
            // The recording request's trace continues in the consumers (tracing on).
            ...(row.traceparent ? { headers: traceHeaders(row.traceparent) } : {}),
          },
        );
        published.push(row.seq);
      }
    } finally {
      // Stamped in one statement, outside any transaction (so it wakes no relay), even when a publish
      // failed part-way: JetStream's msgID drops a repeat of those published before the failure.
      if (published.length)
        await em.nativeUpdate(OutboxEvent, { seq: { $in: published } }, { publishedAt: new Date() });
    }
    return published.length;
  }

  /**
   * Checks the service's stream at start (provisioned before the services start; the service may not
   * create it), retrying until it is there: nothing is published to a stream not as provisioned.
   */
  async prepare(): Promise<void> {
    for (let attempt = 0; !this.stopped; attempt++) {
      try {
        const subjects = eventSubjects(this.bus.service);
        if (subjects.length) await this.bus.checkStream(this.bus.service, subjects);
        subjects.forEach((s) => this.known.add(s));
        return;
      } catch (error) {
        if (attempt === 0)
          this.bus.logger.warn(`stream ${streamName(this.bus.service)}: ${(error as Error).message}`);
        await sleep(Math.min(5000, 250 * (attempt + 1)));
      }
    }
  }
}
