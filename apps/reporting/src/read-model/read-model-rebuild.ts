import { Inject, Injectable, Logger } from '@nestjs/common';
import { type EntityManager, MikroORM } from '@mikro-orm/core';
import { AckPolicy, DeliverPolicy, type JsMsg, nanos } from 'nats';
import { EventEnvelopeSchema, type RebuildResult } from '@ascc/contracts';
import { EventBus, ProcessedEvent, type RequestContext, isNotFound, recordAudit } from '@ascc/service-kit';
import { SOURCE_STREAMS, projectionOf } from './projections';
import { READ_MODEL_ENTITIES } from './read-model.entities';

/** The name of the consumer a rebuild reads each stream with (auth.conf grants exactly this one). */
export const REBUILD_CONSUMER = 'reporting-rebuild';

/**
 * Rebuilds the read model: clears the fact tables and replays every source stream from its first
 * message. The route's handler and the command line (`rebuild-command.ts`) both use it.
 */
@Injectable()
export class ReadModelRebuild {
  private readonly logger = new Logger('ReadModel');

  constructor(
    @Inject(MikroORM) private readonly orm: MikroORM,
    @Inject(EventBus) private readonly bus: EventBus,
  ) {}

  /**
   * Clears the read model and replays each source stream from its first message through a consumer of
   * its own (no acks, deleted afterwards). Events the live consumers apply meanwhile find their
   * ProcessedEvent row and change nothing, so nothing counts twice.
   */
  async rebuild(ctx: RequestContext): Promise<RebuildResult> {
    const started = Date.now();
    await this.orm.em.fork().transactional(async (em) => {
      await clearReadModel(em);
    });
    const replayed: Record<string, number> = {};
    let applied = 0;
    for (const stream of SOURCE_STREAMS) {
      const result = await this.replay(stream);
      replayed[stream] = result.read;
      applied += result.applied;
    }
    const result = { replayed, applied, tookMs: Date.now() - started };
    await this.orm.em.fork().transactional(async (em) => {
      recordAudit(em, ctx, {
        entity: 'ReadModel',
        entityId: 'read-model',
        action: 'update',
        after: result,
        // Announced as `reporting.applied` (every console refreshes its figures once); the figures
        // belong to no agency, so it is named after the one who rebuilt them.
        agencyCode: ctx.caller.agencyCode || 'ALL',
      });
    });
    this.logger.log(`read model rebuilt: ${applied} events in ${result.tookMs} ms`);
    return result;
  }

  private async replay(stream: string): Promise<{ read: number; applied: number }> {
    const jsm = await this.bus.manager();
    try {
      await jsm.streams.info(stream);
    } catch (error) {
      if (isNotFound(error)) return { read: 0, applied: 0 };
      throw error;
    }
    await jsm.consumers.delete(stream, REBUILD_CONSUMER).catch((error: unknown) => {
      if (!isNotFound(error)) throw error;
    });
    await jsm.consumers.add(stream, {
      name: REBUILD_CONSUMER,
      ack_policy: AckPolicy.None,
      deliver_policy: DeliverPolicy.All,
      inactive_threshold: nanos(60_000),
    });
    let read = 0;
    let applied = 0;
    try {
      const consumer = await (await this.bus.jetstream()).consumers.get(stream, REBUILD_CONSUMER);
      let remaining = (await consumer.info()).num_pending;
      while (remaining > 0) {
        const batch: JsMsg[] = [];
        const messages = await consumer.fetch({ max_messages: Math.min(200, remaining), expires: 5000 });
        for await (const message of messages) batch.push(message);
        if (!batch.length) break;
        remaining -= batch.length;
        read += batch.length;
        applied += await this.applyBatch(batch);
      }
    } finally {
      await jsm.consumers.delete(stream, REBUILD_CONSUMER).catch(() => undefined);
    }
    return { read, applied };
  }

  /** Applies a batch of replayed messages in one transaction, skipping those already processed. */
  private async applyBatch(batch: JsMsg[]): Promise<number> {
    const envelopes = batch.flatMap((message) => {
      const parsed = EventEnvelopeSchema.safeParse(message.json());
      return parsed.success ? [parsed.data] : [];
    });
    return this.orm.em.fork().transactional(async (em) => {
      // Which of the batch's events are already applied: one query for the batch, not one per event.
      const done = new Set(
        (
          await em.find(
            ProcessedEvent,
            { eventId: { $in: envelopes.map((e) => e.eventId) } },
            { fields: ['eventId'] },
          )
        ).map((p) => p.eventId),
      );
      let applied = 0;
      for (const envelope of envelopes) {
        const projection = projectionOf(envelope.subject);
        if (!projection || done.has(envelope.eventId)) continue;
        const data = projection.contract.schema.safeParse(envelope.data);
        if (!data.success) continue;
        await projection.project(em, data.data);
        em.create(ProcessedEvent, { eventId: envelope.eventId, subject: envelope.subject });
        done.add(envelope.eventId);
        applied += 1;
      }
      await em.flush();
      return applied;
    });
  }
}

/** Empties every fact table and forgets which events were applied. */
export async function clearReadModel(em: EntityManager): Promise<void> {
  for (const entity of READ_MODEL_ENTITIES) await em.nativeDelete(entity, {});
  await em.nativeDelete(ProcessedEvent, {});
}
