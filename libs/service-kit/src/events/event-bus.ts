import { Logger } from '@nestjs/common';
import { type JetStreamClient, type JetStreamManager, type NatsConnection, connect } from 'nats';
import type { ServiceName } from '@ascc/contracts';
import { natsConnectionOptions } from '../nats/nats.config';
import { checkStream } from './streams';

/** The inbox prefix of a service's own connections: its NATS user may subscribe to these replies only. */
export const inboxPrefix = (service: string) => `_INBOX_${service}`;

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
    /** A department service, or the gateway (which consumes the inbox's events to e-mail them). */
    readonly service: ServiceName | 'gateway',
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
   * Checks that the stream of `service` exists, on file, holding at least `subjects`; throws
   * `StreamNotProvisioned` otherwise. It never creates nor changes a stream: the service's NATS user
   * may only read it (STREAM.INFO); the provisioning step makes streams (see ./streams.ts).
   */
  async checkStream(service: string, subjects: string[]): Promise<void> {
    await checkStream(await this.manager(), service, subjects);
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

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The durable consumer name of `service` for an event: the same in every copy (they share its
 * messages) and the name infra/nats/auth.conf grants that service on the publisher's stream.
 */
export const consumerName = (service: string, contract: { subject: string }) =>
  `${service}-${contract.subject.replace(/\./g, '-')}`;
