import { randomUUID } from 'node:crypto';
import { DateTimeType, Entity, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * An event waiting to be published, written in the same transaction as the change it announces (the
 * transactional outbox): if the change commits, the event is eventually published; if it rolls back,
 * no event exists. The relay publishes pending rows to JetStream in order and stamps `publishedAt`.
 */
@Entity({ tableName: 'outbox_event' })
@Index({ properties: ['publishedAt', 'seq'] })
export class OutboxEvent {
  /** Order of writing; the relay publishes in this order. */
  @PrimaryKey({ type: 'integer', autoincrement: true })
  seq!: number & Opt;

  /** The event's identity: JetStream's de-duplication id and the consumers' idempotency key. */
  @Property({ type: 'uuid', unique: true })
  eventId: string & Opt = randomUUID();

  @Property({ type: 'string', length: 120 })
  subject!: string;

  @Property({ type: 'string', length: 60 })
  stream!: string;

  @Property({ type: 'json' })
  data!: unknown;

  @Property({ type: DateTimeType })
  occurredAt: Date & Opt = new Date();

  @Property({ type: DateTimeType, nullable: true })
  publishedAt?: Date | null;

  /**
   * The W3C trace context of the request that recorded the event (null when tracing is off): published
   * in the event's headers, so its consumers' spans join the request's trace.
   */
  @Property({ type: 'string', length: 128, nullable: true })
  traceparent?: string | null;
}
