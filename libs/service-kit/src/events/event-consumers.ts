import type { EntityManager, MikroORM } from '@mikro-orm/core';
import { AckPolicy, type ConsumerMessages, DeliverPolicy, type JsMsg, nanos } from 'nats';
import {
  type EventContract,
  type EventData,
  type EventEnvelope,
  EventEnvelopeSchema,
  type HealthCheck,
} from '@ascc/contracts';
import { type EventBus, sleep } from './event-bus';
import { isNotFound } from './streams';
import { ProcessedEvent } from './processed-event.entity';
import { observeRequest } from '../observability/observe-request';
import { SpanKind } from '../observability/tracing';

/** Applies one event's effect inside the transaction that also records it as processed. */
export type EventHandler<E extends EventContract> = (
  em: EntityManager,
  data: EventData<E>,
  envelope: EventEnvelope,
) => Promise<void>;

/**
 * Told of each event a consumer applied, inside that event's transaction after its handler (an event
 * processed before is not applied again, and tells nobody): what it writes commits with the effect.
 */
export type AppliedListener = (
  em: EntityManager,
  contract: EventContract,
  data: unknown,
  envelope: EventEnvelope,
) => void;

interface Registration {
  contract: EventContract;
  durable: string;
  handler: EventHandler<EventContract>;
  ready: Promise<void>;
  markReady: () => void;
  /** Why the consumer's loop or its last event failed, until one succeeds again (for the health check). */
  lastError: string | null;
}

/** A durable consumer's figures as JetStream reports them. */
export interface ConsumerStats {
  durable: string;
  stream: string;
  pending: number;
  ackPending: number;
  redelivered: number;
}

/** Events waiting on a consumer beyond which the health check calls it lagging. */
export const CONSUMER_LAG_LIMIT = Number(process.env.HEALTH_CONSUMER_LAG_LIMIT ?? 1000);

/**
 * Durable consumers of other services' events. Each `consume` gets a JetStream durable pull consumer
 * on the publisher's stream, filtered to one subject: JetStream keeps its position, so events published
 * while this service was down arrive when it comes back. A message is acknowledged only after the
 * handler's transaction — its effect plus a `ProcessedEvent` row — has committed; the same event
 * again finds that row and changes nothing; a failed handler is redelivered.
 */
export class EventConsumers {
  private readonly registrations: Registration[] = [];
  private readonly subscriptions = new Set<ConsumerMessages>();
  private readonly loops: Promise<void>[] = [];
  private readonly appliedListeners: AppliedListener[] = [];
  private started = false;
  private stopped = false;

  constructor(
    private readonly orm: MikroORM,
    private readonly bus: EventBus,
    /** Wait before a failed event is delivered again. */
    private readonly retryMs = Number(process.env.EVENT_RETRY_MS ?? 2000),
  ) {}

  /**
   * Registers a durable consumer (`durableName`: letters, digits, `-`, `_`; the same name in every
   * copy of the service, so they share its messages). Returns when JetStream has the consumer.
   */
  consume<E extends EventContract>(
    contract: E,
    durableName: string,
    handler: EventHandler<E>,
  ): Promise<void> {
    let markReady = () => undefined as void;
    const ready = new Promise<void>((resolve) => (markReady = resolve));
    const registration: Registration = {
      contract,
      durable: durableName,
      handler: handler as EventHandler<EventContract>,
      ready,
      markReady,
      lastError: null,
    };
    this.registrations.push(registration);
    if (this.started) this.loops.push(this.run(registration));
    return ready;
  }

  /**
   * Calls `listener` in the transaction of every event any consumer of this service applies (the
   * reporting service writes its live notice there: the read model changed, after this commit).
   */
  onApplied(listener: AppliedListener): void {
    this.appliedListeners.push(listener);
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    for (const registration of this.registrations) this.loops.push(this.run(registration));
  }

  /** Resolves when every registered consumer exists on JetStream. */
  async ready(): Promise<void> {
    await Promise.all(this.registrations.map((r) => r.ready));
  }

  /**
   * The health of each durable consumer, read from JetStream: failing when it does not exist or its
   * loop or last event failed, lagging when more events wait (pending or unacknowledged) than `lagLimit`.
   */
  async health(lagLimit = CONSUMER_LAG_LIMIT): Promise<HealthCheck[]> {
    if (!this.registrations.length) return [];
    let jsm: Awaited<ReturnType<EventBus['manager']>>;
    try {
      jsm = await this.bus.manager();
    } catch (error) {
      return this.registrations.map(({ durable }) => ({
        name: durable,
        kind: 'consumer' as const,
        status: 'failing' as const,
        detail: `JetStream unavailable: ${(error as Error).message}`,
      }));
    }
    return Promise.all(
      this.registrations.map(async ({ contract, durable, lastError }): Promise<HealthCheck> => {
        const name = durable;
        try {
          const info = await jsm.consumers.info(contract.stream, durable);
          const pending = info.num_pending + info.num_ack_pending;
          if (lastError) return { name, kind: 'consumer', status: 'failing', pending, detail: lastError };
          if (pending > lagLimit)
            return {
              name,
              kind: 'consumer',
              status: 'lagging',
              pending,
              detail: `${pending} events waiting (limit ${lagLimit})`,
            };
          return { name, kind: 'consumer', status: 'ok', pending };
        } catch (error) {
          return {
            name,
            kind: 'consumer',
            status: 'failing',
            detail: isNotFound(error)
              ? `consumer missing on stream ${contract.stream}`
              : (error as Error).message,
          };
        }
      }),
    );
  }

  /**
   * Each durable consumer's figures from JetStream (for the metrics): events not yet delivered,
   * delivered but unacknowledged, and redelivered; a consumer JetStream cannot describe is left out.
   */
  async stats(): Promise<ConsumerStats[]> {
    if (!this.registrations.length) return [];
    const jsm = await this.bus.manager();
    const stats = await Promise.all(
      this.registrations.map(async ({ contract, durable }) => {
        try {
          const info = await jsm.consumers.info(contract.stream, durable);
          return {
            durable,
            stream: contract.stream,
            pending: info.num_pending,
            ackPending: info.num_ack_pending,
            redelivered: info.num_redelivered,
          };
        } catch {
          return undefined;
        }
      }),
    );
    return stats.filter((s): s is ConsumerStats => s !== undefined);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const messages of this.subscriptions) messages.stop();
    await Promise.all(this.loops);
  }

  private async run(registration: Registration): Promise<void> {
    const { contract, durable } = registration;
    let attempt = 0;
    while (!this.stopped) {
      try {
        await this.ensureConsumer(registration);
        registration.markReady();
        registration.lastError = null;
        attempt = 0;
        const consumer = await (await this.bus.jetstream()).consumers.get(contract.stream, durable);
        const messages = await consumer.consume({ max_messages: 20 });
        this.subscriptions.add(messages);
        try {
          for await (const message of messages) await this.handle(registration, message);
        } finally {
          this.subscriptions.delete(messages);
        }
      } catch (error) {
        if (this.stopped) break;
        registration.lastError = (error as Error).message;
        attempt += 1;
        // The publisher may not have created its stream yet: wait for it quietly at first.
        if (attempt === 10 || (attempt > 10 && attempt % 60 === 0) || (attempt === 1 && !isNotFound(error)))
          this.bus.logger.warn(`consumer ${durable} on ${contract.stream}: ${(error as Error).message}`);
        await sleep(Math.min(2000, 200 * attempt));
      }
    }
  }

  private async ensureConsumer({ contract, durable }: Registration): Promise<void> {
    const jsm = await this.bus.manager();
    try {
      await jsm.consumers.info(contract.stream, durable);
    } catch (error) {
      if (!isNotFound(error)) throw error;
      await jsm.consumers.add(contract.stream, {
        durable_name: durable,
        ack_policy: AckPolicy.Explicit,
        // A consumer created after events were published (a new service) still receives them all.
        deliver_policy: DeliverPolicy.All,
        filter_subject: contract.subject,
        ack_wait: nanos(30_000),
        max_deliver: -1,
      });
    }
  }

  private async handle(registration: Registration, message: JsMsg): Promise<void> {
    const { contract, handler } = registration;
    let envelope: EventEnvelope;
    let data: unknown;
    try {
      envelope = EventEnvelopeSchema.parse(message.json());
      data = contract.schema.parse(envelope.data);
    } catch (error) {
      // A malformed event never becomes valid: stop redelivering it, and say so.
      this.bus.logger.error(`dropping a malformed ${contract.subject}: ${(error as Error).message}`);
      message.term();
      return;
    }
    try {
      // Its own log context and span (continuing the trace of the request that recorded the event).
      const observed = { subject: contract.subject, kind: SpanKind.CONSUMER, message: 'event' };
      await observeRequest(
        observed,
        (key) => message.headers?.get(key) || undefined,
        () =>
          this.orm.em.fork().transactional(async (em) => {
            if (await em.findOne(ProcessedEvent, { eventId: envelope.eventId })) return;
            await handler(em, data as EventData<EventContract>, envelope);
            for (const listener of this.appliedListeners) listener(em, contract, data, envelope);
            em.create(ProcessedEvent, { eventId: envelope.eventId, subject: envelope.subject });
          }),
      );
      message.ack();
      registration.lastError = null;
    } catch (error) {
      registration.lastError = `${contract.subject} ${envelope.eventId}: ${(error as Error).message}`;
      this.bus.logger.warn(
        `${contract.subject} ${envelope.eventId} failed, will retry: ${(error as Error).message}`,
      );
      message.nak(this.retryMs);
    }
  }
}
