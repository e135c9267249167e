import fs from 'node:fs';
import readline from 'node:readline';
import {
  type ConsumerConfig,
  DeliverPolicy,
  type JetStreamManager,
  type NatsConnection,
  type StreamConfig,
  headers as natsHeaders,
} from 'nats';

/** The one-off consumer a read-model rebuild makes and deletes: not part of the product's state. */
const TRANSIENT_CONSUMERS = new Set(['reporting-rebuild']);

export interface ConsumerState {
  stream: string;
  name: string;
  config: ConsumerConfig;
  /** Every message up to this stream sequence was acknowledged (and its effect committed). */
  ackFloor: number;
}

export interface StreamDump {
  name: string;
  config: StreamConfig;
  messages: number;
  firstSeq: number;
  lastSeq: number;
  /** Messages left out: stored after the databases were copied, for writes the copies do not hold. */
  later: number;
}

/** One stored message, as a line of the stream's NDJSON file. */
interface MessageLine {
  seq: number;
  subject: string;
  time: string;
  headers: [string, string][];
  data: string;
}

const isNotFound = (error: unknown) => {
  const api = (error as { api_error?: { code?: number } }).api_error;
  return api?.code === 404 || /not found/i.test(String((error as Error)?.message));
};

async function streamNames(jsm: JetStreamManager): Promise<string[]> {
  const names: string[] = [];
  for await (const name of jsm.streams.names()) names.push(name);
  return names.sort();
}

/**
 * Every durable consumer's configuration and acknowledged floor. Read BEFORE the databases are copied:
 * an event acknowledged by then has its effect in the consumer's database copy, and restore resumes
 * after the floor — events between the floor and the copy come again and find their processed-event row.
 */
export async function readConsumers(jsm: JetStreamManager): Promise<ConsumerState[]> {
  const states: ConsumerState[] = [];
  for (const stream of await streamNames(jsm)) {
    for await (const info of jsm.consumers.list(stream)) {
      const name = info.config.durable_name ?? info.name;
      if (!info.config.durable_name || TRANSIENT_CONSUMERS.has(name)) continue;
      states.push({ stream, name, config: info.config, ackFloor: info.ack_floor.stream_seq });
    }
  }
  return states;
}

/** Each stream's last sequence now: every message up to it was stored before the databases are copied. */
export async function streamPositions(jsm: JetStreamManager): Promise<Record<string, number>> {
  const positions: Record<string, number> = {};
  for (const name of await streamNames(jsm)) positions[name] = (await jsm.streams.info(name)).state.last_seq;
  return positions;
}

/** The event id a message carries: its envelope's, else its JetStream de-duplication id. */
function eventIdOf(data: Uint8Array, msgId: string | undefined): string | undefined {
  try {
    const id = (JSON.parse(Buffer.from(data).toString('utf8')) as { eventId?: unknown }).eventId;
    if (typeof id === 'string') return id;
  } catch {
    // not a JSON envelope
  }
  return msgId;
}

/**
 * Writes each stream's configuration and messages as `<folder>/<STREAM>.ndjson`, message by message
 * through the stream's message API, read AFTER the databases were copied so every event the copies
 * call relayed is there. A message stored after the copy began (beyond `before`, the positions read
 * before it) whose event no copied outbox holds belongs to a write the copies do not have: it is
 * left out, or a consumer would apply an effect whose cause was never backed up.
 */
export async function dumpStreams(
  jsm: JetStreamManager,
  folder: string,
  before: Record<string, number>,
  knownEvents: Set<string>,
): Promise<StreamDump[]> {
  const dumps: StreamDump[] = [];
  for (const name of await streamNames(jsm)) {
    const info = await jsm.streams.info(name);
    const { first_seq: firstSeq, last_seq: lastSeq } = info.state;
    const out = fs.createWriteStream(`${folder}/${name}.ndjson`);
    let messages = 0;
    let later = 0;
    for (let seq = firstSeq; seq <= lastSeq && lastSeq > 0; seq++) {
      let stored;
      try {
        stored = await jsm.streams.getMessage(name, { seq });
      } catch (error) {
        if (isNotFound(error)) continue; // deleted: a gap in the sequence
        throw error;
      }
      if (seq > (before[name] ?? 0)) {
        const eventId = eventIdOf(stored.data, stored.header?.get('Nats-Msg-Id') || undefined);
        if (!eventId || !knownEvents.has(eventId)) {
          later += 1;
          continue;
        }
      }
      const headers: [string, string][] = [];
      if (stored.header)
        for (const key of stored.header.keys())
          for (const v of stored.header.values(key)) headers.push([key, v]);
      const line: MessageLine = {
        seq: stored.seq,
        subject: stored.subject,
        time: stored.timestamp,
        headers,
        data: Buffer.from(stored.data).toString('base64'),
      };
      if (!out.write(JSON.stringify(line) + '\n'))
        await new Promise<void>((r) => out.once('drain', () => r()));
      messages += 1;
    }
    await new Promise<void>((resolve, reject) =>
      out.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
    dumps.push({ name, config: info.config, messages, firstSeq, lastSeq, later });
  }
  return dumps;
}

/**
 * Puts the streams and durable consumers back on a server (a fresh store, or streams that are replaced):
 * each stream made again with its configuration and its messages published in order (their headers
 * kept, so the event ids stay); each durable consumer made again to deliver from the first message
 * after its acknowledged floor. Consumers are idempotent (processed-event rows), so what comes again
 * changes nothing.
 */
export async function restoreStreams(
  nc: NatsConnection,
  folder: string,
  streams: StreamDump[],
  consumers: ConsumerState[],
): Promise<{ messages: number }> {
  const jsm = await nc.jetstreamManager();
  const js = nc.jetstream();
  let total = 0;
  for (const stream of streams) {
    try {
      await jsm.streams.delete(stream.name);
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
    const { sealed, ...config } = stream.config as StreamConfig & { sealed?: boolean };
    void sealed;
    await jsm.streams.add(config);
    /** Old sequence → new sequence, in order. */
    const moved: [number, number][] = [];
    const lines = readline.createInterface({ input: fs.createReadStream(`${folder}/${stream.name}.ndjson`) });
    for await (const text of lines) {
      if (!text.trim()) continue;
      const line = JSON.parse(text) as MessageLine;
      const h = natsHeaders();
      // Expectations held when first published (stream, last sequence) say nothing now.
      for (const [key, value] of line.headers) if (!/^Nats-Expected-/i.test(key)) h.append(key, value);
      const ack = await js.publish(line.subject, Buffer.from(line.data, 'base64'), {
        headers: h,
        expect: { streamName: stream.name },
      });
      moved.push([line.seq, ack.seq]);
      total += 1;
    }
    const nextSeq = (await jsm.streams.info(stream.name)).state.last_seq + 1;
    for (const consumer of consumers.filter((c) => c.stream === stream.name)) {
      const start = moved.find(([old]) => old > consumer.ackFloor)?.[1] ?? nextSeq;
      const config: Partial<ConsumerConfig> = { ...consumer.config };
      delete config.opt_start_time;
      await jsm.consumers.add(stream.name, {
        ...config,
        deliver_policy: DeliverPolicy.StartSequence,
        opt_start_seq: start,
      });
    }
  }
  return { messages: total };
}
