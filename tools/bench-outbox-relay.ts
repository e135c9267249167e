/**
 * Outbox relay cost and speed: how often an idle service reads its outbox, and how long an event takes
 * from its transaction's commit to JetStream, for the relay as it was (a look every 250 ms, woken only
 * by hand — budget's approvals — so every other service's events waited for the poll) and as it is
 * (woken by the commit itself, fallback poll `OUTBOX_POLL_MS`, default 5 s). Real nats-server, real
 * SQLite file and PostgreSQL database; queries are counted from MikroORM's query log. Writes
 * reports/outbox-relay.json.
 *
 *   npm run build:node && node dist/tools/bench-outbox-relay.js [idleSeconds=60] [samples=40] [sqlite|postgresql|both]
 *
 * "Before" is reproduced with today's relay polling every 250 ms while the events are committed by a
 * second ORM on the same database (as another process would): that relay is not told about them, so
 * it finds them at its next poll, exactly as the old relay did.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MikroORM, type Options } from '@mikro-orm/core';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { JSONCodec, connect } from 'nats';
import { BUDGET_EVENTS, type EventEnvelope } from '@ascc/contracts';
import {
  DEFAULT_OUTBOX_POLL_MS,
  EventBus,
  OutboxEvent,
  OutboxRelay,
  ProcessedEvent,
  recordEvent,
} from '@ascc/service-kit';
import {
  REPO_ROOT,
  type Running,
  createDatabase,
  provisionNatsStreams,
  startNatsServer,
  startPostgres,
} from '@ascc/testing';

const idleSeconds = Number(process.argv[2] ?? 60);
const samples = Number(process.argv[3] ?? 40);
const which = process.argv[4] ?? 'both';
const kinds = (which === 'both' ? ['sqlite', 'postgresql'] : [which]) as Array<'sqlite' | 'postgresql'>;
const OLD_POLL_MS = 250;
const afterPollMs = Number(process.env.OUTBOX_POLL_MS ?? DEFAULT_OUTBOX_POLL_MS);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const round = (n: number) => Math.round(n * 10) / 10;
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

function pgUrl(pg: Running | undefined): string {
  if (!pg) throw new Error('PostgreSQL is not running');
  return pg.url;
}

let n = 0;
const funded = () => {
  n += 1;
  return {
    estimateId: '00000000-0000-4000-8000-000000000001',
    lineId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    agencyCode: 'SNV' as const,
    fiscalYear: 2025,
    activity: { kind: 'training-course' as const, id: '00000000-0000-4000-8000-0000000000aa' },
    description: `line ${n}`,
    requestedAmount: 1000,
    approvedAmount: 900,
    approvedAt: new Date().toISOString(),
  };
};

async function measure(kind: 'sqlite' | 'postgresql', pg: Running | undefined) {
  const nats = await startNatsServer();
  await provisionNatsStreams({ servers: nats.url });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ascc-bench-outbox-'));
  const database: Partial<Options> =
    kind === 'postgresql'
      ? { driver: PostgreSqlDriver, clientUrl: await createDatabase(pgUrl(pg), `bench_outbox_${Date.now()}`) }
      : {
          driver: BetterSqliteDriver,
          dbName: path.join(dir, 'db.sqlite'),
          // As the services open SQLite (orm-options.ts): two connections write and read side by side.
          pool: {
            afterCreate: (conn: { pragma(sql: string): unknown }, done: (e: null, c: unknown) => void) => {
              conn.pragma('journal_mode = WAL');
              conn.pragma('busy_timeout = 5000');
              done(null, conn);
            },
          },
        };
  let outboxReads = 0;
  const open = (countReads = false) =>
    MikroORM.init({
      ...database,
      entities: [OutboxEvent, ProcessedEvent],
      allowGlobalContext: false,
      ...(countReads && {
        debug: ['query'],
        colors: false,
        logger: (message: string) => {
          if (/select/i.test(message) && /outbox_event/.test(message)) outboxReads += 1;
        },
      }),
    } as Options);
  const schema = await open();
  await schema.getSchemaGenerator().createSchema();
  await schema.close(true);
  const service = await open(true);
  const otherCopy = await open();
  const seenAt = new Map<string, number>();
  const waiting = new Map<string, () => void>();
  const nc = await connect({ servers: nats.url });
  const sub = nc.subscribe('budget.>');
  void (async () => {
    for await (const m of sub) {
      const { eventId } = JSONCodec<EventEnvelope>().decode(m.data);
      seenAt.set(eventId, performance.now());
      waiting.get(eventId)?.();
    }
  })();
  await nc.flush();
  const bus = new EventBus('budget', { NATS_SERVERS: nats.url });

  async function phase(pollMs: number, writer: MikroORM) {
    const relay = new OutboxRelay(service, bus, pollMs);
    relay.start();
    await sleep(1000);
    const readsBefore = outboxReads;
    await sleep(idleSeconds * 1000);
    const idleReadsPerMinute = round(((outboxReads - readsBefore) * 60) / idleSeconds);
    const latencies: number[] = [];
    for (let i = 0; i < samples; i++) {
      // A random pause, so commits fall anywhere within the poll interval.
      await sleep(50 + Math.random() * 300);
      const eventId = await writer.em
        .fork()
        .transactional(async (tx) => recordEvent(tx, BUDGET_EVENTS.lineFunded, funded()).eventId);
      const committedAt = performance.now();
      if (!seenAt.has(eventId))
        await new Promise<void>((resolve, reject) => {
          waiting.set(eventId, resolve);
          setTimeout(() => reject(new Error(`${eventId} did not reach JetStream in 30 s`)), 30_000).unref();
        });
      // The subscriber may see the message before `transactional` has returned here: that counts as 0.
      latencies.push(Math.max(0, (seenAt.get(eventId) ?? committedAt) - committedAt));
    }
    await relay.stop();
    latencies.sort((a, b) => a - b);
    return {
      pollMs,
      idleOutboxQueriesPerMinute: idleReadsPerMinute,
      commitToJetStreamMs: {
        p50: round(percentile(latencies, 50)),
        p95: round(percentile(latencies, 95)),
        max: round(latencies[latencies.length - 1]),
        mean: round(latencies.reduce((a, b) => a + b, 0) / latencies.length),
      },
    };
  }

  try {
    console.log(`${kind}: before (poll ${OLD_POLL_MS} ms, commits not seen)…`);
    const before = await phase(OLD_POLL_MS, otherCopy);
    console.log(`${kind}: after (woken by commits, fallback poll ${afterPollMs} ms)…`);
    const after = await phase(afterPollMs, service);
    console.log(JSON.stringify({ before, after }));
    return { before, after };
  } finally {
    await bus.close();
    await nc.close();
    await service.close(true);
    await otherCopy.close(true);
    await nats.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const pg = kinds.includes('postgresql') ? await startPostgres() : undefined;
  const results: Record<string, unknown> = {};
  try {
    for (const kind of kinds) results[kind] = await measure(kind, pg);
  } finally {
    await pg?.stop();
  }
  const report = {
    measuredAt: new Date().toISOString(),
    machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    idleWindowSeconds: idleSeconds,
    latencySamples: samples,
    note: 'before = the relay as it was for every service but budget (a look at the outbox every 250 ms, events found by that poll); after = woken by every commit of the service (events are recorded in the transaction of their change), fallback poll OUTBOX_POLL_MS',
    results,
  };
  fs.mkdirSync(path.join(REPO_ROOT, 'reports'), { recursive: true });
  fs.writeFileSync(
    path.join(REPO_ROOT, 'reports', 'outbox-relay.json'),
    JSON.stringify(report, null, 2) + '\n',
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
