import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MikroORM, type Options } from '@mikro-orm/core';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { JSONCodec, type NatsConnection, connect } from 'nats';
import { BUDGET_EVENTS, type EventData, type EventEnvelope } from '@ascc/contracts';
import { EventBus, OutboxEvent, OutboxRelay, ProcessedEvent, recordEvent } from '@ascc/service-kit';
import {
  type TestDatabaseKind,
  createDatabase,
  provisionNatsStreams,
  startNatsServer,
  testDatabaseKinds,
  waitFor,
} from '../index';

/** Far longer than any test here waits: whatever reaches JetStream was sent because a commit woke the relay. */
const FALLBACK_POLL_MS = 60_000;

let lineNo = 0;
const funded = (): EventData<typeof BUDGET_EVENTS.lineFunded> => {
  lineNo += 1;
  return {
    estimateId: '00000000-0000-4000-8000-000000000001',
    lineId: `00000000-0000-4000-8000-${String(lineNo).padStart(12, '0')}`,
    agencyCode: 'SNV',
    fiscalYear: 2025,
    activity: { kind: 'training-course', id: '00000000-0000-4000-8000-0000000000aa' },
    description: `line ${lineNo}`,
    requestedAmount: 1000 * lineNo,
    approvedAmount: 900 * lineNo,
    approvedAt: new Date().toISOString(),
  };
};

/** An outbox row as a native insert writes it: every column given (no entity defaults apply). */
const outboxRow = () => ({
  eventId: randomUUID(),
  subject: BUDGET_EVENTS.lineFunded.subject,
  stream: BUDGET_EVENTS.lineFunded.stream,
  data: BUDGET_EVENTS.lineFunded.schema.parse(funded()),
  occurredAt: new Date(),
});

/** The database URL or file of a suite: both ORMs of a test (service and "another copy") open it. */
async function databaseOf(kind: TestDatabaseKind): Promise<Partial<Options>> {
  if (kind === 'postgresql') {
    const base = process.env.TEST_DATABASE_URL;
    if (!base)
      throw new Error('TEST_DATABASE_URL is not set: the integration global set-up starts PostgreSQL');
    return { driver: PostgreSqlDriver, clientUrl: await createDatabase(base, `outbox_relay_${Date.now()}`) };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ascc-outbox-relay-'));
  return { driver: BetterSqliteDriver, dbName: path.join(dir, 'db.sqlite') };
}

describe.each(testDatabaseKinds())('outbox relay woken by commits (%s)', (kind) => {
  let server: Awaited<ReturnType<typeof startNatsServer>>;
  let database: Partial<Options>;
  let orm: MikroORM;
  let bus: EventBus;
  let relay: OutboxRelay;
  let nc: NatsConnection;
  /** Every query the service's ORM sent that reads the outbox (the relay's look for pending rows). */
  let outboxReads = 0;
  /** Event ids as they reach JetStream (a core subscription sees each message the stream stores). */
  const received: string[] = [];

  const open = async (logger?: (message: string) => void) =>
    MikroORM.init({
      ...database,
      entities: [OutboxEvent, ProcessedEvent],
      allowGlobalContext: false,
      ...(logger && { debug: ['query'], logger, colors: false }),
    } as Options);
  const pending = () => orm.em.fork().count(OutboxEvent, { publishedAt: null });
  const arrived = (ids: string[]) =>
    waitFor(() => ids.every((id) => received.includes(id)), `${ids.length} event(s) in JetStream`, 5_000);
  const storedInStream = async () => (await (await bus.manager()).streams.info('BUDGET')).state.messages;
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  beforeAll(async () => {
    server = await startNatsServer();
    await provisionNatsStreams({ servers: server.url });
    database = await databaseOf(kind);
    const schema = await open();
    await schema.getSchemaGenerator().createSchema();
    await schema.close(true);
    orm = await open((message) => {
      if (/select/i.test(message) && /outbox_event/.test(message)) outboxReads += 1;
    });
    nc = await connect({ servers: server.url });
    const sub = nc.subscribe('budget.>');
    void (async () => {
      for await (const m of sub) received.push(JSONCodec<EventEnvelope>().decode(m.data).eventId);
    })();
    await nc.flush();
    bus = new EventBus('budget', { NATS_SERVERS: server.url });
    relay = new OutboxRelay(orm, bus, FALLBACK_POLL_MS);
    relay.start();
    // Started: the stream exists and the relay's first look at the (empty) outbox is done.
    await waitFor(async () => (await storedInStream()) === 0 && outboxReads >= 1, 'the relay to start');
  });
  afterAll(async () => {
    await relay?.stop();
    await bus?.close();
    await nc?.close();
    await orm?.close(true);
    await server?.stop();
  });

  it('publishes an event of a committed transaction at once, not at the fallback poll', async () => {
    const ids = await orm.em.fork().transactional(async (tx) => {
      const events = [recordEvent(tx, BUDGET_EVENTS.lineFunded, funded())];
      events.push(recordEvent(tx, BUDGET_EVENTS.lineFunded, funded()));
      return events.map((e) => e.eventId);
    });
    await arrived(ids);
    // In order, and stamped.
    expect(received.slice(-2)).toEqual(ids);
    await waitFor(async () => (await pending()) === 0, 'publishedAt');
  });

  it('publishes nothing before the commit, even when the relay looks at the outbox meanwhile', async () => {
    const before = received.length;
    const em = orm.em.fork();
    let eventId = '';
    await em.transactional(async (tx) => {
      eventId = recordEvent(tx, BUDGET_EVENTS.lineFunded, funded()).eventId;
      await tx.flush();
      relay.kick();
      await sleep(500);
      expect(received.length).toBe(before);
    });
    await arrived([eventId]);
  });

  it('covers rows written with em.insert / insertMany, and in a savepoint (at the outer commit)', async () => {
    const inserted = [outboxRow(), outboxRow(), outboxRow()];
    await orm.em.fork().transactional(async (tx) => {
      await tx.insert(OutboxEvent, inserted[0]);
      await tx.insertMany(OutboxEvent, inserted.slice(1));
    });
    await arrived(inserted.map((r) => r.eventId));
    const nested = await orm.em.fork().transactional(async (outer) => {
      const id = await outer.transactional(
        async (inner) => recordEvent(inner, BUDGET_EVENTS.lineFunded, funded()).eventId,
      );
      // The savepoint is released, but nothing is committed until the outer transaction is.
      await sleep(300);
      expect(received).not.toContain(id);
      return id;
    });
    await arrived([nested]);
  });

  it('never publishes an event of a rolled-back transaction (it left no row)', async () => {
    const before = { received: received.length, stored: await storedInStream() };
    const inserted = outboxRow();
    let eventId = '';
    await expect(
      orm.em.fork().transactional(async (tx) => {
        eventId = recordEvent(tx, BUDGET_EVENTS.lineFunded, funded()).eventId;
        await tx.flush();
        await tx.insert(OutboxEvent, inserted);
        throw new Error('the command failed');
      }),
    ).rejects.toThrow('the command failed');
    expect(await orm.em.fork().count(OutboxEvent, { eventId: { $in: [eventId, inserted.eventId] } })).toBe(0);
    expect(await pending()).toBe(0);
    await sleep(1000);
    expect(received.length).toBe(before.received);
    expect(await storedInStream()).toBe(before.stored);
  });

  it('does not query the outbox while idle, with the default fallback poll', async () => {
    await waitFor(async () => (await pending()) === 0, 'the outbox to be empty');
    const idleRelay = new OutboxRelay(orm, bus);
    try {
      const started = outboxReads;
      idleRelay.start();
      await waitFor(() => outboxReads > started, 'its first look at the outbox');
      await sleep(100);
      const before = outboxReads;
      await sleep(1200);
      // The old relay looked every 250 ms (four or five reads here); this one waits for a commit.
      expect(outboxReads - before).toBeLessThanOrEqual(1);
    } finally {
      await idleRelay.stop();
    }
  });

  it('still publishes rows another copy of the service wrote, at the fallback poll', async () => {
    const other = await open();
    const polling = new OutboxRelay(orm, bus, 300);
    try {
      polling.start();
      await sleep(500);
      // Another process's commit wakes no relay here: only polling finds its row.
      const eventId = await other.em
        .fork()
        .transactional(async (tx) => recordEvent(tx, BUDGET_EVENTS.lineFunded, funded()).eventId);
      await arrived([eventId]);
    } finally {
      await polling.stop();
      await other.close(true);
    }
  });
});
