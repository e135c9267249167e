import { Logger } from '@nestjs/common';
import {
  AckPolicy,
  DeliverPolicy,
  JSONCodec,
  type Msg,
  type NatsConnection,
  type Subscription,
  connect,
  createInbox,
  nanos,
} from 'nats';
import { DOMAIN_EVENTS, EventEnvelopeSchema, type RecordChanged, RecordChangedSchema } from '@ascc/contracts';
import { natsConnectionOptions } from '@ascc/service-kit';

/** One record change as this gateway copy read it: its stream, its sequence there, and the change. */
export interface LiveEvent {
  stream: string;
  seq: number;
  change: RecordChanged;
}

/** The `<service>.record.changed` subject of each stream that carries one. */
export const LIVE_SOURCES: { stream: string; subject: string }[] = Object.values(DOMAIN_EVENTS)
  .flat()
  .filter((e) => e.subject.endsWith('.record.changed'))
  .map((e) => ({ stream: e.stream, subject: e.subject }));

/** Changes kept per stream for clients that resume (Last-Event-ID); older gaps get a `reset`. */
export const LIVE_REPLAY_LIMIT = 1000;
/** How far back (stream messages) a copy reads at start, so a client resuming on it finds its gap. */
const START_BACKLOG = 5000;
const HEARTBEAT_MS = 2000;
/** Without a message or heartbeat for this long the consumer is made again from the last sequence. */
const STALL_MS = 3 * HEARTBEAT_MS;

const codec = JSONCodec();

/** The stream sequence and consumer sequence of a JetStream delivery, from its `$JS.ACK…` reply subject. */
export function deliverySequences(reply: string | undefined): { seq: number; dseq: number } | undefined {
  const tokens = reply?.split('.') ?? [];
  if (tokens[0] !== '$JS' || tokens[1] !== 'ACK') return undefined;
  // $JS.ACK.<stream>.<consumer>.<delivered>.<sseq>.<dseq>.<ts>.<pending> (9 tokens), or with the
  // domain and account hash in front (12 tokens) since nats-server 2.9.
  const at = tokens.length === 9 ? 2 : 4;
  const seq = Number(tokens[at + 3]);
  const dseq = Number(tokens[at + 4]);
  return Number.isInteger(seq) && Number.isInteger(dseq) ? { seq, dseq } : undefined;
}

/**
 * What one stream's tail holds: the latest changes in order, and from which stream sequence on it holds
 * every change (`coveredFrom`): a client that saw up to `seq` can be replayed exactly when
 * `seq + 1 >= coveredFrom`.
 */
export class StreamTail {
  readonly events: LiveEvent[] = [];
  coveredFrom = 1;
  /** The highest sequence known: read at start, then each change's. New clients start here. */
  head = 0;
  /** The last sequence delivered by the consumer (the next consumer starts after it). */
  delivered = 0;
  private expectedDseq = 1;
  private sub?: Subscription;
  private heardAt = Date.now();

  constructor(
    readonly stream: string,
    readonly subject: string,
  ) {}

  append(event: LiveEvent, limit: number) {
    this.events.push(event);
    this.head = Math.max(this.head, event.seq);
    while (this.events.length > limit) {
      const evicted = this.events.shift() as LiveEvent;
      this.coveredFrom = evicted.seq + 1;
    }
  }

  /** The changes after `seq`, or undefined when some of them are no longer held. */
  since(seq: number): LiveEvent[] | undefined {
    if (seq + 1 < this.coveredFrom) return undefined;
    return this.events.filter((e) => e.seq > seq);
  }

  /**
   * An ephemeral push consumer (the gateway's NATS user may create only those, `$JS.API.CONSUMER.CREATE.
   * <stream>`, and never pulls from the services' durable consumers), unacknowledged, filtered to the
   * record changes, starting after the last sequence this copy delivered.
   */
  async open(nc: NatsConnection, onEvent: (event: LiveEvent) => void, log: Logger) {
    this.sub?.unsubscribe();
    const jsm = await nc.jetstreamManager({ checkAPI: false });
    const info = await jsm.streams.info(this.stream);
    if (!this.delivered) {
      // First start: read the recent past so resuming clients find their gap.
      this.head = info.state.last_seq;
      this.delivered = Math.max(0, info.state.last_seq - START_BACKLOG);
      this.coveredFrom = this.delivered + 1;
    }
    const inbox = createInbox();
    this.expectedDseq = 1;
    this.heardAt = Date.now();
    const sub = nc.subscribe(inbox, {
      callback: (error, msg) => {
        if (error || this.sub !== sub) return;
        this.heardAt = Date.now();
        this.receive(msg, onEvent, log);
      },
    });
    this.sub = sub;
    await jsm.consumers.add(this.stream, {
      deliver_subject: inbox,
      ack_policy: AckPolicy.None,
      deliver_policy: DeliverPolicy.StartSequence,
      opt_start_seq: this.delivered + 1,
      filter_subject: this.subject,
      idle_heartbeat: nanos(HEARTBEAT_MS),
      mem_storage: true,
    });
  }

  stalled(now = Date.now()): boolean {
    return !this.sub || now - this.heardAt > STALL_MS;
  }

  close() {
    this.sub?.unsubscribe();
    this.sub = undefined;
  }

  private receive(msg: Msg, onEvent: (event: LiveEvent) => void, log: Logger) {
    // Heartbeats (status 100) carry no reply subject: they only show the consumer is alive.
    const at = deliverySequences(msg.reply);
    if (!at) return;
    if (at.dseq !== this.expectedDseq) {
      // A delivery went missing: start over from the last one this copy has.
      log.warn(`live feed ${this.stream}: delivery ${at.dseq}, expected ${this.expectedDseq}; resubscribing`);
      this.close();
      return;
    }
    this.expectedDseq += 1;
    this.delivered = at.seq;
    try {
      const envelope = EventEnvelopeSchema.parse(codec.decode(msg.data));
      const change = RecordChangedSchema.parse(envelope.data);
      onEvent({ stream: this.stream, seq: at.seq, change });
    } catch (error) {
      log.warn(`live feed ${this.stream}: skipping malformed event ${at.seq}: ${(error as Error).message}`);
    }
  }
}

/**
 * This gateway copy's reading of every service's record changes (each copy reads all of them, for its
 * own clients): a tail per stream kept for resuming clients, and listeners (one per open stream).
 */
export class LiveFeed {
  private readonly logger = new Logger('LiveFeed');
  private readonly tails = new Map<string, StreamTail>(
    LIVE_SOURCES.map((s) => [s.stream, new StreamTail(s.stream, s.subject)]),
  );
  private readonly listeners = new Set<(event: LiveEvent) => void>();
  /** How to end each open stream, so that a stopping gateway is not held open by its clients. */
  private readonly streams = new Set<() => void>();
  private failures = 0;
  private connection?: Promise<NatsConnection>;
  private watchdog?: NodeJS.Timeout;
  private stopped = false;
  private readonly opening = new Set<string>();

  constructor(
    private readonly env: NodeJS.ProcessEnv = process.env,
    private readonly replayLimit = LIVE_REPLAY_LIMIT,
  ) {}

  start(): void {
    if (this.watchdog || this.stopped) return;
    this.connection = connect(natsConnectionOptions('gateway-live', this.env));
    this.watchdog = setInterval(() => void this.reopenStalled(), 1000);
    void this.reopenStalled();
  }

  /** Registers an open stream's end; returns how to forget it. */
  track(end: () => void): () => void {
    this.streams.add(end);
    return () => void this.streams.delete(end);
  }

  /** Ends every open stream (before the HTTP server closes: a client reconnects to another copy). */
  endStreams(): void {
    for (const end of [...this.streams]) end();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.endStreams();
    clearInterval(this.watchdog);
    for (const tail of this.tails.values()) tail.close();
    const nc = await this.connection?.catch(() => undefined);
    await nc?.close();
  }

  /** The sequence each stream has reached: where a client with no Last-Event-ID starts. */
  heads(): Record<string, number> {
    return Object.fromEntries([...this.tails.values()].map((t) => [t.stream, t.head]));
  }

  /** Changes after `cursor` on every stream, in stream order; undefined when some are no longer held. */
  since(cursor: Record<string, number>): LiveEvent[] | undefined {
    const events: LiveEvent[] = [];
    for (const tail of this.tails.values()) {
      const from = cursor[tail.stream];
      if (from === undefined) continue;
      const part = tail.since(from);
      if (!part) return undefined;
      events.push(...part);
    }
    return events;
  }

  subscribe(listener: (event: LiveEvent) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  private async reopenStalled() {
    if (this.stopped || !this.connection) return;
    const nc = await this.connection.catch(() => undefined);
    if (!nc) return;
    for (const tail of this.tails.values()) {
      if (!tail.stalled() || this.opening.has(tail.stream)) continue;
      this.opening.add(tail.stream);
      tail
        .open(nc, (event) => this.publish(tail, event), this.logger)
        .then(() => (this.failures = 0))
        .catch((error: unknown) => {
          tail.close();
          // A stream not provisioned yet is retried every second: say so at first, then now and then.
          this.failures += 1;
          if (this.failures === 1 || this.failures % 60 === 0)
            this.logger.warn(`live feed ${tail.stream}: ${(error as Error).message} (retrying)`);
        })
        .finally(() => this.opening.delete(tail.stream));
    }
  }

  private publish(tail: StreamTail, event: LiveEvent) {
    tail.append(event, this.replayLimit);
    for (const listener of this.listeners) listener(event);
  }
}
