import { ClientNats, NatsRecordBuilder } from '@nestjs/microservices';
import { headers as natsHeaders } from 'nats';
import { firstValueFrom, timeout } from 'rxjs';
import type { z } from 'zod';
import type { RequestContext } from '../auth/request-context';
import { ServiceError } from '../errors/service-error';
import { inboxPrefix } from '../events/event-bus';
import { HEADER } from './headers';
import { natsConnectionOptions, requestTimeoutMs } from './nats.config';

/**
 * How a service asks another one a question over NATS request/reply (an activity lookup): on a
 * connection of its own, opened at the first question, with the replies on the service's own inbox
 * prefix (auth.conf lets only it read them) and the caller's correlation id passed on. No answer within
 * the request timeout, or one that does not read as `schema`, is a 503 saying `unavailable`.
 */
export class PeerRequests {
  private client?: ClientNats;

  constructor(private readonly service: string) {}

  async ask<S extends z.ZodType>(
    subject: string,
    data: object,
    schema: S,
    ctx: RequestContext,
    unavailable: string,
  ): Promise<z.output<S>> {
    this.client ??= new ClientNats({
      ...natsConnectionOptions(`${this.service}-lookups`),
      inboxPrefix: inboxPrefix(this.service),
    });
    const headers = natsHeaders();
    if (ctx.correlationId) headers.set(HEADER.correlationId, ctx.correlationId);
    const record = new NatsRecordBuilder(data).setHeaders(headers).build();
    try {
      const answer = await firstValueFrom(
        this.client.send<unknown>(subject, record).pipe(timeout(requestTimeoutMs())),
      );
      return schema.parse(answer);
    } catch {
      throw new ServiceError('SERVICE_UNAVAILABLE', unavailable);
    }
  }

  async close(): Promise<void> {
    await this.client?.close();
  }
}
