import { DateTimeType, Entity, type Opt, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * An event this service has already handled, written in the transaction of its effect: receiving the
 * same event again finds it here and does nothing (idempotent consumer).
 */
@Entity({ tableName: 'processed_event' })
export class ProcessedEvent {
  @PrimaryKey({ type: 'uuid' })
  eventId!: string;

  @Property({ type: 'string', length: 120 })
  subject!: string;

  @Property({ type: DateTimeType })
  processedAt: Date & Opt = new Date();
}
