import { randomUUID } from 'node:crypto';
import { HttpException, Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { ClientNats } from '@nestjs/microservices';
import { ErrorCode, type Msg, type NatsConnection, NatsError, headers as natsHeaders } from 'nats';
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
 * A service's answer as the JSON text it sent, not parsed: a forwarded route writes it to the HTTP
 * response as it is, so a page of rows is neither decoded nor encoded again in the gateway.
 */
export type JsonText = string & { readonly __json: unique symbol };

/** What the NATS request failed with, kept apart from the error model until `toErrorBody` maps it. */
class EmptyReply extends Error {}
class NoAnswer extends Error {}

/**
 * The gateway's only way to reach a service: validates the message with the route's schema, sends it
 * over NATS request/reply with the correlation id in the headers, and bounds the wait so a stopped
 * service gives a 503 instead of a hang.
 *
 * It speaks Nest's NATS packets itself (`{pattern, data, id}` out, `{response|err, isDisposed, id}`
 * back — what `ClientNats.send` does, so the services' Nest microservices are unchanged) but over
 * nats.js request/reply on the connection's one shared reply subscription, where `ClientNats` makes and
 * drops a subscription per request and parses every reply, which the HTTP layer then encodes again.
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
    return JSON.parse(await this.relay(route, message, ctx, timeoutMs)) as z.infer<O>;
  }

  /** `request`, answering with the service's reply text as it came (see `JsonText`). */
  async relay(
    route: RouteContract,
    message: unknown,
    ctx: CallContext = { correlationId: randomUUID() },
    timeoutMs = this.timeoutMs,
  ): Promise<JsonText> {
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
    return this.exchange(route.subject, parsed.data, ctx, timeoutMs);
  }

  /**
   * Sends a message to a subject with the correlation id and the caller in its headers, mapping every
   * failure to the error model. The caller is signed with the gateway's key for the subject's service
   * and this correlation id, so a service believes no caller that did not come from here — NATS
   * credentials alone (a stolen password, another compromised process) cannot make one.
   */
  async send<T>(subject: string, data: unknown, ctx: CallContext, timeoutMs = this.timeoutMs): Promise<T> {
    return JSON.parse(await this.exchange(subject, data, ctx, timeoutMs)) as T;
  }

  private async exchange(
    subject: string,
    data: unknown,
    ctx: CallContext,
    timeoutMs: number,
  ): Promise<JsonText> {
    const { correlationId } = ctx;
    const headers = natsHeaders();
    headers.set(HEADER.correlationId, correlationId);
    injectTraceContext((key, value) => headers.set(key, value));
    if (ctx.caller) {
      headers.set(HEADER.caller, await this.signer.sign(ctx.caller, callerAudience(subject), correlationId));
    }
    const id = randomUUID();
    // Nest's packet, with its key order (NatsRecordSerializer): the service's deserializer reads it as ever.
    const packet = `{"pattern":${JSON.stringify(subject)},"data":${JSON.stringify(data ?? null)},"id":"${id}"}`;
    try {
      const nc = this.client.unwrap<NatsConnection>();
      const reply = await nc.request(subject, Buffer.from(packet), { timeout: timeoutMs, headers });
      return replyText(reply, id);
    } catch (error) {
      throw new ApiError(toErrorBody(error, subject, correlationId));
    }
  }

  async onApplicationShutdown() {
    await this.client.close();
  }
}

/**
 * The response in a Nest reply packet, as JSON text. A service's Nest server writes one packet per
 * request, `{"response":…,"isDisposed":true,"id":"…"}` (JSON.stringify of that object, in that order):
 * the response is the text between that head and tail, taken without parsing. Any other shape (an
 * error, a reply in several packets) is parsed, as Nest's client would.
 */
export function replyText(reply: Pick<Msg, 'data'>, id: string): JsonText {
  // No bytes: NATS's "no responders" status (Nest's EmptyResponseException).
  if (reply.data.length === 0) throw new EmptyReply();
  const text = Buffer.from(reply.data.buffer, reply.data.byteOffset, reply.data.byteLength).toString('utf8');
  const tail = `,"isDisposed":true,"id":"${id}"}`;
  if (text.startsWith(HEAD) && text.endsWith(tail) && text.length > HEAD.length + tail.length) {
    return text.slice(HEAD.length, text.length - tail.length) as JsonText;
  }
  const packet = JSON.parse(text) as { err?: unknown; response?: unknown; id?: string };
  if (packet.id !== undefined && packet.id !== id)
    throw new Error(`A reply to another request (${packet.id})`);
  if (packet.err !== undefined && packet.err !== null) throw packet.err;
  // A handler that answered nothing: Nest's client completed without a value (an internal error).
  if (packet.response === undefined) throw new NoAnswer('The service answered no value');
  return JSON.stringify(packet.response) as JsonText;
}

const HEAD = '{"response":';

function toErrorBody(error: unknown, subject: string, correlationId: string): ServiceErrorBody {
  const service = subject.split('.')[0];
  if (error instanceof NatsError && error.code === ErrorCode.Timeout) {
    return unavailable(`The ${service} service did not answer in time`, correlationId);
  }
  // NATS tells at once when no copy of the service is subscribed.
  if (error instanceof EmptyReply || (error instanceof NatsError && error.code === ErrorCode.NoResponders)) {
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
