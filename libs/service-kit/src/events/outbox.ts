import type { EntityManager } from '@mikro-orm/core';
import type { EventContract, EventData } from '@ascc/contracts';
import { currentTraceparent } from '../observability/tracing';
import { OutboxEvent } from './outbox-event.entity';

/**
 * Adds a domain event to the unit of work of `em`: written by the same flush, in the same transaction,
 * as the change it announces, then published to JetStream by the service's outbox relay. The data is
 * checked against the event's schema here, so a malformed event fails the change instead of a consumer.
 */
export function recordEvent<E extends EventContract>(
  em: EntityManager,
  contract: E,
  data: EventData<E>,
): OutboxEvent {
  return em.create(OutboxEvent, {
    subject: contract.subject,
    stream: contract.stream,
    data: contract.schema.parse(data),
    traceparent: currentTraceparent(),
  });
}
