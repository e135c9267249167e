import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EntitySchema, MikroORM } from '@mikro-orm/core';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { JSONCodec, connect } from 'nats';
import { BUDGET_EVENTS, type EventData } from '@ascc/contracts';
import {
  EventBus,
  EventConsumers,
  OutboxEvent,
  OutboxRelay,
  ProcessedEvent,
  consumerName,
  recordEvent,
} from '@ascc/service-kit';
import {
  NATS_AUTH_CONFIG,
  REPO_ROOT,
  type NatsCredentials,
  natsServerEnv,
  newNatsCredentials,
  provisionNatsStreams,
  startNatsServer,
  waitFor,
} from '../index';

/** What the consumer's handler writes: one row per effect, so a duplicate shows as a second row. */
interface Effect {
  id: number;
  lineId: string;
  amount: number;
}
const EffectSchema = new EntitySchema<Effect>({
  name: 'Effect',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    lineId: { type: 'string' },
    amount: { type: 'integer' },
  },
});

async function openOrm(): Promise<MikroORM> {
  const orm = await MikroORM.init({
    driver: BetterSqliteDriver,
    dbName: path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ascc-events-')), 'db.sqlite'),
    entities: [OutboxEvent, ProcessedEvent, EffectSchema],
    allowGlobalContext: false,
  });
  await orm.getSchemaGenerator().createSchema();
  return orm;
}

const funded = (n: number): EventData<typeof BUDGET_EVENTS.lineFunded> => ({
  estimateId: '00000000-0000-4000-8000-000000000001',
  lineId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  agencyCode: 'SNV',
  fiscalYear: 2025,
  activity: { kind: 'training-course', id: '00000000-0000-4000-8000-0000000000aa' },
  description: `line ${n}`,
  requestedAmount: 1000 * n,
  approvedAmount: 900 * n,
  approvedAt: new Date().toISOString(),
});

describe('domain events: outbox relay → JetStream → durable consumer (with the NATS users of auth.conf)', () => {
  let server: Awaited<ReturnType<typeof startNatsServer>>;
  let credentials: NatsCredentials;
  let publisherOrm: MikroORM;
  let consumerOrm: MikroORM;
  let relay: OutboxRelay;
  let publisherBus: EventBus;
  const durable = consumerName('training', BUDGET_EVENTS.lineFunded);
  const envOf = (user: 'budget' | 'training') => ({
    NATS_SERVERS: server.url,
    NATS_USER: user,
    NATS_PASSWORD: credentials[user],
  });
  const effects = () => consumerOrm.em.fork().find(EffectSchema, {}, { orderBy: { id: 'asc' } });
  let failNext = 0;
  /** What the consumers told their `onApplied` listener: each event applied, by subject and id. */
  const applied: string[] = [];
  const handler = async (
    em: Parameters<Parameters<EventConsumers['consume']>[2]>[0],
    data: { lineId: string; approvedAmount: number },
  ) => {
    if (failNext > 0) {
      failNext -= 1;
      throw new Error('handler failed once');
    }
    em.create(EffectSchema, { lineId: data.lineId, amount: data.approvedAmount });
  };
  const startConsumer = async () => {
    const bus = new EventBus('training', envOf('training'));
    const consumers = new EventConsumers(consumerOrm, bus, 100);
    consumers.onApplied((_em, contract, _data, envelope) =>
      applied.push(`${contract.subject} ${envelope.eventId}`),
    );
    const ready = consumers.consume(BUDGET_EVENTS.lineFunded, durable, handler);
    consumers.start();
    await ready;
    return {
      async stop() {
        await consumers.stop();
        await bus.close();
      },
    };
  };
  const record = async (...ns: number[]) => {
    const em = publisherOrm.em.fork();
    await em.transactional(async (tx) => {
      for (const n of ns) recordEvent(tx, BUDGET_EVENTS.lineFunded, funded(n));
    });
  };

  beforeAll(async () => {
    credentials = newNatsCredentials();
    server = await startNatsServer({
      configFile: NATS_AUTH_CONFIG(REPO_ROOT),
      env: natsServerEnv(credentials),
    });
    publisherOrm = await openOrm();
    consumerOrm = await openOrm();
    publisherBus = new EventBus('budget', envOf('budget'));
    relay = new OutboxRelay(publisherOrm, publisherBus, 50);
  });
  afterAll(async () => {
    await relay?.stop();
    await publisherBus?.close();
    await publisherOrm?.close(true);
    await consumerOrm?.close(true);
    await server?.stop();
  });

  it('publishes pending events in order, once, with the event id as the de-duplication id', async () => {
    // A stream an older version made, with fewer subjects: the relay refuses to publish to it (it may
    // not change it), the provisioning step adds the missing ones, then the relay publishes.
    const provisioner = await connect({
      servers: server.url,
      user: 'provision',
      pass: credentials.provision,
      inboxPrefix: '_INBOX_provision',
    });
    await (
      await provisioner.jetstreamManager()
    ).streams.add({ name: 'BUDGET', subjects: ['budget.line.funded'] });
    await record(1, 2, 3);
    await expect(relay.publishPending()).rejects.toThrow(/stream BUDGET lacks budget.estimate.approved/);
    await provisionNatsStreams({ servers: server.url, user: 'provision', password: credentials.provision });
    await provisioner.close();
    expect(await relay.publishPending()).toBe(3);
    const rows = await publisherOrm.em.fork().find(OutboxEvent, {}, { orderBy: { seq: 'asc' } });
    expect(rows.every((r) => r.publishedAt)).toBe(true);
    // A crash before stamping: the same rows again are dropped by JetStream, not stored twice.
    await publisherOrm.em.fork().nativeUpdate(OutboxEvent, {}, { publishedAt: null });
    expect(await relay.publishPending()).toBe(3);
    const jsm = await publisherBus.manager();
    const info = await jsm.streams.info('BUDGET');
    expect(info.state.messages).toBe(3);
    expect(info.config.subjects.sort()).toEqual([
      'budget.deadline.changed',
      'budget.estimate.approved',
      'budget.estimate.returned',
      'budget.estimate.submitted',
      'budget.line.funded',
      'budget.record.changed',
    ]);
  });

  it('delivers them to a durable consumer, one effect each, in order', async () => {
    const consumer = await startConsumer();
    await waitFor(async () => (await effects()).length === 3, 'three effects');
    expect((await effects()).map((e) => e.amount)).toEqual([900, 1800, 2700]);
    // Each effect is recorded under the id the relay published it with (its Nats-Msg-Id).
    const published = await publisherOrm.em.fork().find(OutboxEvent, {}, { orderBy: { seq: 'asc' } });
    const processed = await consumerOrm.em.fork().find(ProcessedEvent, {});
    expect(processed.map((p) => p.eventId).sort()).toEqual(published.map((p) => p.eventId).sort());
    await consumer.stop();
  });

  it('keeps events published while the consumer is down, and hands them over when it is back', async () => {
    await record(4);
    relay.start();
    await waitFor(
      async () => (await publisherOrm.em.fork().count(OutboxEvent, { publishedAt: null })) === 0,
      'relay',
    );
    expect((await effects()).length).toBe(3);
    const consumer = await startConsumer();
    await waitFor(async () => (await effects()).length === 4, 'the missed event');
    await consumer.stop();
  });

  it('redelivers after a failed handler and applies the same event id only once', async () => {
    const consumer = await startConsumer();
    failNext = 1;
    await record(5);
    await waitFor(async () => (await effects()).length === 5, 'the retried event');
    expect(failNext).toBe(0);
    // The same event published again under another message id (past JetStream's de-duplication).
    const last = await publisherOrm.em
      .fork()
      .findOneOrFail(OutboxEvent, { data: { $ne: null } }, { orderBy: { seq: 'desc' } });
    const nc = await connect({
      servers: server.url,
      user: 'budget',
      pass: credentials.budget,
      inboxPrefix: '_INBOX_budget',
    });
    await nc.jetstream().publish(
      'budget.line.funded',
      JSONCodec().encode({
        eventId: last.eventId,
        subject: last.subject,
        occurredAt: last.occurredAt.toISOString(),
        data: last.data,
      }),
      { msgID: `again-${last.eventId}` },
    );
    await nc.close();
    const trainingBus = new EventBus('training', envOf('training'));
    const jsm = await trainingBus.manager();
    await waitFor(
      async () =>
        (await jsm.consumers.info('BUDGET', durable)).num_ack_pending === 0 &&
        (await jsm.consumers.info('BUDGET', durable)).num_pending === 0,
      'the repeat to be acknowledged',
    );
    expect((await effects()).length).toBe(5);
    // Told once per event applied: not for the failed attempt, nor for the repeat.
    expect(applied.filter((a) => a.endsWith(last.eventId))).toEqual([`budget.line.funded ${last.eventId}`]);
    expect(new Set(applied).size).toBe(applied.length);
    expect(applied).toHaveLength(5);
    await trainingBus.close();
    await consumer.stop();
  });

  it('refuses another service publishing budget events', async () => {
    const nc = await connect({
      servers: server.url,
      user: 'training',
      pass: credentials.training,
      inboxPrefix: '_INBOX_training',
    });
    await expect(
      nc.jetstream().publish('budget.line.funded', new Uint8Array(), { timeout: 1000 }),
    ).rejects.toThrow();
    await nc.close().catch(() => undefined);
  });
});
