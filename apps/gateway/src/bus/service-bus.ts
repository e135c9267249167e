import { randomUUID } from 'node:crypto';
import { HttpException, Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { ClientNats, NatsRecordBuilder } from '@nestjs/microservices';
import { EmptyResponseException } from '@nestjs/microservices/errors/empty-response.exception';
import { headers as natsHeaders } from 'nats';
import { TimeoutError, firstValueFrom, timeout } from 'rxjs';
import type { z } from 'zod';
import {
  ERROR_STATUS,
  type RouteContract,
  ServiceErrorBodySchema,
  type ServiceErrorBody,
  fieldErrorsFromZod,
} from '@ascc/contracts';
import {
  CallerSigner,
  HEADER,
  callerAudience,
  injectTraceContext,
  requestTimeoutMs,
} from '@ascc/service-kit';
import type { CallContext } from '../http/api-route.decorator';

export const NATS_CLIENT = Symbol('NATS_CLIENT');
export const CALLER_SIGNER = Symbol('CALLER_SIGNER');

/** An HTTP error whose body is the system's one error model. */
export class ApiError extends HttpException {
  /** Sent as the Retry-After header (a 429 that says when to come back). */
  retryAfterSeconds?: number;

  constructor(readonly body: ServiceErrorBody) {
    super(body, body.status);
  }
}

/**
 * The gateway's only way to reach a service: validates the message with the route's schema, sends it
 * over NATS request/reply with the correlation id in the headers, and bounds the wait so a stopped
 * service gives a 503 instead of a hang.
 */
@Injectable()
export class ServiceBus implements OnApplicationShutdown {
  private readonly timeoutMs = requestTimeoutMs();

  constructor(
    @Inject(NATS_CLIENT) private readonly client: ClientNats,
    @Inject(CALLER_SIGNER) private readonly signer: CallerSigner,
  ) {}

  async request<I extends z.ZodType, O extends z.ZodType>(
    route: RouteContract<I, O>,
    message: unknown,
    ctx: CallContext = { correlationId: randomUUID() },
    timeoutMs = this.timeoutMs,
  ): Promise<z.infer<O>> {
    const { correlationId } = ctx;
    const parsed = route.input.safeParse(message);
    if (!parsed.success) {
      throw new ApiError({
        code: 'VALIDATION_FAILED',
        status: ERROR_STATUS.VALIDATION_FAILED,
        message: 'The request has invalid fields',
        fields: fieldErrorsFromZod(parsed.error),
        correlationId,
      });
    }
    return this.send(route.subject, parsed.data, ctx, timeoutMs);
  }

  /**
   * Sends a message to a subject with the correlation id and the caller in its headers, mapping every
   * failure to the error model. The caller is signed with the gateway's key for the subject's service
   * and this correlation id, so a service believes no caller that did not come from here — NATS
   * credentials alone (a stolen password, another compromised process) cannot make one.
   */
  async send<T>(subject: string, data: unknown, ctx: CallContext, timeoutMs = this.timeoutMs): Promise<T> {
    const { correlationId } = ctx;
    const headers = natsHeaders();
    headers.set(HEADER.correlationId, correlationId);
    injectTraceContext((key, value) => headers.set(key, value));
    if (ctx.caller) {
      headers.set(HEADER.caller, await this.signer.sign(ctx.caller, callerAudience(subject), correlationId));
    }
    const record = new NatsRecordBuilder(data).setHeaders(headers).build();
    try {
      return await firstValueFrom(this.client.send<T>(subject, record).pipe(timeout(timeoutMs)));
    } catch (error) {
      throw new ApiError(toErrorBody(error, subject, correlationId));
    }
  }

  async onApplicationShutdown() {
    await this.client.close();
  }
}

function toErrorBody(error: unknown, subject: string, correlationId: string): ServiceErrorBody {
  const service = subject.split('.')[0];
  if (error instanceof TimeoutError) {
    return unavailable(`The ${service} service did not answer in time`, correlationId);
  }
  // NATS tells at once when no copy of the service is subscribed.
  if (error instanceof EmptyResponseException) {
    return unavailable(`The ${service} service is not running`, correlationId);
  }
  const known = ServiceErrorBodySchema.safeParse(error);
  if (known.success) return { ...known.data, correlationId };
  // A transport failure (no connection to NATS) is an outage; anything else is not for the caller's eyes.
  // (Nest's NATS client rejects with a bare string while it reconnects: 'Error: Connection lost…'.)
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  if (/CONNECTION|DISCONNECT|CLOSED|ECONNREFUSED|RECONNECT/i.test(text)) {
    return unavailable(`The ${service} service cannot be reached`, correlationId);
  }
  logger.error(
    `Unexpected failure of ${subject} [${correlationId}]`,
    error instanceof Error ? error.stack : error,
  );
  return { code: 'INTERNAL', status: ERROR_STATUS.INTERNAL, message: 'Internal error', correlationId };
}

const logger = new Logger('ServiceBus');

function unavailable(message: string, correlationId: string): ServiceErrorBody {
  return { code: 'SERVICE_UNAVAILABLE', status: ERROR_STATUS.SERVICE_UNAVAILABLE, message, correlationId };
}
