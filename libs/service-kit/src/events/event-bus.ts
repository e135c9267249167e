import { Logger } from '@nestjs/common';
import { type JetStreamClient, type JetStreamManager, type NatsConnection, StorageType, connect } from 'nats';
import { DOMAIN_EVENTS, type ServiceName } from '@ascc/contracts';
import { natsConnectionOptions } from '../nats/nats.config';

/** The inbox prefix of a service's own connections: its NATS user may subscribe to these replies only. */
export const inboxPrefix = (service: string) => `_INBOX_${service}`;

/** The stream holding a service's events: its name upper-cased (TRAINING, BUDGET…). */
export const streamName = (service: string) => service.toUpperCase();

/** The event subjects a service publishes (never its request subjects). */
export function eventSubjects(service: string): string[] {
  return (DOMAIN_EVENTS[service] ?? []).map((e) => e.subject);
}

/**
 * The NATS connection a service uses for domain events (outbox relay and consumers), apart from the
 * request/reply connection Nest owns: it reconnects forever and replies come to the service's own
 * inbox prefix, which auth.conf lets only this service read.
 */
export class EventBus {
  private connection?: Promise<NatsConnection>;
  private closed = false;
  readonly logger: Logger;

  constructor(
    readonly service: ServiceName,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {
    this.logger = new Logger(`Events:${service}`);
  }

  nats(): Promise<NatsConnection> {
    if (this.closed) return Promise.reject(new Error('The event bus is closed'));
    this.connection ??= connect({
      ...natsConnectionOptions(`${this.service}-events`, this.env),
      inboxPrefix: inboxPrefix(this.service),
    }).catch((error: unknown) => {
      this.connection = undefined;
      throw error;
    });
    return this.connection;
  }

  async jetstream(): Promise<JetStreamClient> {
    return (await this.nats()).jetstream();
  }

  async manager(): Promise<JetStreamManager> {
    return (await this.nats()).jetstreamManager({ checkAPI: false });
  }

  /**
   * Makes the stream of `service` exist and hold at least `subjects` (file storage, so events survive
   * a restart of nats-server; JetStream drops a repeated Nats-Msg-Id within two minutes).
   */
  async ensureStream(service: string, subjects: string[]): Promise<void> {
    const jsm = await this.manager();
    const name = streamName(service);
    try {
      const info = await jsm.streams.info(name);
      const missing = subjects.filter((s) => !info.config.subjects?.includes(s));
      if (missing.length)
        await jsm.streams.update(name, {
          ...info.config,
          subjects: [...(info.config.subjects ?? []), ...missing],
        });
    } catch (error) {
      if (!isNotFound(error)) throw error;
      await jsm.streams.add({ name, subjects, storage: StorageType.File });
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    const pending = this.connection;
    this.connection = undefined;
    if (pending) await (await pending.catch(() => undefined))?.close();
  }

  isClosed(): boolean {
    return this.closed;
  }
}

export function isNotFound(error: unknown): boolean {
  const api = (error as { api_error?: { err_code?: number; code?: number } }).api_error;
  return api?.code === 404 || /not found/i.test(String((error as Error)?.message));
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The durable consumer name of `service` for an event: the same in every copy (they share its
 * messages) and the name infra/nats/auth.conf grants that service on the publisher's stream.
 */
export const consumerName = (service: string, contract: { subject: string }) =>
  `${service}-${contract.subject.replace(/\./g, '-')}`;
