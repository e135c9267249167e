import { z } from 'zod';

/**
 * A domain event: what other services must learn from this one. Events travel on NATS JetStream (one
 * stream per publishing service, `stream`), carry `eventId` (JetStream de-duplicates on it and
 * consumers record it so the same event twice has one effect) and `occurredAt`, and their `data` is
 * checked against `schema` when written to the outbox and again on receipt. Subjects are
 * `<service>.<entity>.<past-participle>`, never a request subject.
 */
export interface EventContract<Data extends z.ZodType = z.ZodType> {
  subject: string;
  /** The JetStream stream that stores the publishing service's events. */
  stream: string;
  schema: Data;
  summary: string;
}

export function event<Data extends z.ZodType>(contract: EventContract<Data>): EventContract<Data> {
  return contract;
}

/** The envelope every event travels in. */
export const EventEnvelopeSchema = z.object({
  eventId: z.string().uuid(),
  subject: z.string(),
  occurredAt: z.string().datetime(),
  data: z.unknown(),
});
export type EventEnvelope = z.infer<typeof EventEnvelopeSchema>;

export type EventData<E extends EventContract> = z.infer<E['schema']>;
