import { MikroORM } from '@mikro-orm/core';
import { JSONCodec } from 'nats';
import type { EventEnvelope } from '@ascc/contracts';
import { type EventBus, eventSubjects, sleep, streamName } from './event-bus';
import { OutboxEvent } from './outbox-event.entity';

const codec = JSONCodec<EventEnvelope>();

/**
 * Publishes the service's outbox to JetStream: pending rows in `seq` order, each with `msgID = eventId`
 * (JetStream drops a repeat within its duplicate window, so a crash between publishing and stamping
 * `publishedAt` sends nothing twice), then stamps `publishedAt`. Runs in the background from start to
 * shutdown; a failure (NATS down) is retried without losing order, since nothing is stamped until
 * JetStream has stored the event.
 */
export class OutboxRelay {
  private running?: Promise<void>;
  private stopped = false;
  private wake?: () => void;
  private known = new Set<string>();

  constructor(
    private readonly orm: MikroORM,
    private readonly bus: EventBus,
    private readonly pollMs = Number(process.env.OUTBOX_POLL_MS ?? 250),
  ) {}

  start(): void {
    this.running ??= this.prepare().then(() => this.loop());
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.running;
  }

  /** Publishes now instead of at the next poll (after a commit that recorded events). */
  kick(): void {
    this.wake?.();
  }

  private async loop(): Promise<void> {
    let failures = 0;
    while (!this.stopped) {
      try {
        const published = await this.publishPending();
        failures = 0;
        if (published === 0) await this.idle(this.pollMs);
      } catch (error) {
        failures += 1;
        if (this.stopped) break;
        if (failures === 1 || failures % 20 === 0)
          this.bus.logger.warn(`outbox relay: ${(error as Error).message} (retrying)`);
        await this.idle(Math.min(5000, 250 * failures));
      }
    }
  }

  private idle(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  /** Publishes up to `limit` pending events in order; returns how many it published. */
  async publishPending(limit = 100): Promise<number> {
    const em = this.orm.em.fork();
    const rows = await em.find(OutboxEvent, { publishedAt: null }, { orderBy: { seq: 'asc' }, limit });
    if (!rows.length) return 0;
    const subjects = [...new Set([...eventSubjects(this.bus.service), ...rows.map((r) => r.subject)])];
    if (subjects.some((s) => !this.known.has(s))) {
      await this.bus.ensureStream(this.bus.service, subjects);
      subjects.forEach((s) => this.known.add(s));
    }
    const js = await this.bus.jetstream();
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
        { msgID: row.eventId, expect: { streamName: row.stream || streamName(this.bus.service) } },
      );
      row.publishedAt = new Date();
      await em.flush();
    }
    return rows.length;
  }

  /** Creates the service's stream at start, so consumers of other services find it before any event. */
  async prepare(): Promise<void> {
    for (let attempt = 0; !this.stopped; attempt++) {
      try {
        const subjects = eventSubjects(this.bus.service);
        if (subjects.length) await this.bus.ensureStream(this.bus.service, subjects);
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
