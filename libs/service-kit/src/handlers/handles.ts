import { Ctx, MessagePattern, NatsContext, Payload } from '@nestjs/microservices';
import type { InternalContract, RouteContract, SearchContract } from '@ascc/contracts';
import type { z } from 'zod';
import { type RequestContext, assertAllowed, requestContext } from '../auth/request-context';
import { validate } from '../errors/validate';
import { HEADER } from '../nats/headers';
import { observeRequest } from '../observability/observe-request';
import { setRequestCaller } from '../observability/request-log-context';
import { SubjectMetrics, failureStatus } from '../observability/metrics';
import { SpanKind } from '../observability/tracing';

/**
 * What a service method declared with `@Handles(route)` receives: the route's parsed input and its caller
 * (a `public` route has no caller: its method takes its input alone).
 */
export type RouteHandler<R extends RouteContract> = (
  input: z.output<R['input']>,
  ctx: RequestContext,
) => Promise<z.input<R['output']>> | z.input<R['output']>;

/** What a method declared with `@Answers(contract)` receives: the contract's parsed input. */
export type InternalHandler<C extends InternalContract> = (
  input: z.output<C['input']>,
) => Promise<z.input<C['output']>> | z.input<C['output']>;

/** One declared handler: which class and method answer which contract (read by the wiring tests). */
export interface DeclaredHandler {
  subject: string;
  contract: RouteContract | InternalContract | SearchContract;
  kind: 'route' | 'internal' | 'search';
  className: string;
  method: string;
}

const declared: DeclaredHandler[] = [];

/** Every handler declared in this process so far (each service's classes, once imported). */
export function declaredHandlers(): readonly DeclaredHandler[] {
  return declared;
}

function declare(
  kind: DeclaredHandler['kind'],
  contract: RouteContract | InternalContract | SearchContract,
  target: object,
  key: string | symbol,
  descriptor: PropertyDescriptor,
  run: (
    method: (...args: unknown[]) => unknown,
    self: unknown,
    payload: unknown,
    nats: NatsContext,
  ) => unknown,
) {
  const method = descriptor.value as (...args: unknown[]) => unknown;
  // Nest calls a separate handler with the message and its NATS context; the declared method itself is
  // left as written, so the class's own code (and a test) can still call it with typed input.
  const handlerKey = `handle ${contract.subject}`;
  const metrics = new SubjectMetrics(contract.subject);
  const handler = {
    value: async function (this: unknown, payload: unknown, nats: NatsContext) {
      // Its own log context (correlation id, subject, caller, duration) and span, one access line, and
      // the subject's request counter and duration histogram.
      const headers = nats.getHeaders() as { get(key: string): string } | undefined;
      const header = (key: string) => headers?.get(key) || undefined;
      const request = { subject: contract.subject, correlationId: header(HEADER.correlationId) };
      const startedAt = performance.now();
      return observeRequest({ ...request, kind: SpanKind.SERVER, message: 'request' }, header, async () => {
        try {
          const answer = await run(method, this, payload, nats);
          metrics.record(200, startedAt);
          return answer;
        } catch (error) {
          metrics.record(failureStatus(error), startedAt);
          throw error;
        }
      });
    },
    writable: true,
    configurable: true,
    enumerable: false,
  };
  Object.defineProperty(target, handlerKey, handler);
  Payload()(target, handlerKey, 0);
  Ctx()(target, handlerKey, 1);
  MessagePattern(contract.subject)(target, handlerKey, handler);
  declared.push({
    subject: contract.subject,
    contract,
    kind,
    className: (target as { constructor: { name: string } }).constructor.name,
    method: String(key),
  });
}

/**
 * Declares a service method as the handler of a route: it subscribes to the route's subject, reads the
 * caller the gateway signed into the headers (401 without a valid one), checks the route's permission (403), then
 * validates the message with the route's input schema (400 naming each field) — in that order, before the
 * method runs (a `public` route: validation only) — so the method receives typed input and its caller. The agency of a record is still the
 * method's to check: the permission says what a role may do, the record says whose it is.
 */
export function Handles<R extends RouteContract>(route: R) {
  return <M extends RouteHandler<R>>(
    target: object,
    key: string | symbol,
    descriptor: TypedPropertyDescriptor<M>,
  ): void =>
    declare('route', route, target, key, descriptor, async (method, self, payload, nats) => {
      if (route.permission === 'public') return method.call(self, validate(route.input, payload));
      const ctx = await requestContext(nats);
      setRequestCaller(ctx.caller.userId);
      assertAllowed(route.permission, ctx);
      return method.call(self, validate(route.input, payload), ctx);
    });
}

/**
 * Declares a service method as the answer to another service's question (an internal subject NATS lets
 * only that service publish on): it subscribes and validates the message with the contract's input.
 */
export function Answers<C extends InternalContract>(contract: C) {
  return <M extends InternalHandler<C>>(
    target: object,
    key: string | symbol,
    descriptor: TypedPropertyDescriptor<M>,
  ): void =>
    declare('internal', contract, target, key, descriptor, (method, self, payload) =>
      method.call(self, validate(contract.input, payload)),
    );
}

/** What a method declared with `@Searches(contract)` receives: the search's parsed input and its caller. */
export type SearchHandler<C extends SearchContract> = (
  input: z.output<C['input']>,
  ctx: RequestContext,
) => Promise<z.input<C['output']>> | z.input<C['output']>;

/**
 * Declares a service method as the service's part of the global search (`<service>.search.find`): like a
 * route, it reads the caller the gateway signed (401 without one) and validates the message; there is no
 * permission of its own — each kind is read under its list's permission by the method (`findForSearch`).
 */
export function Searches<C extends SearchContract>(contract: C) {
  return <M extends SearchHandler<C>>(
    target: object,
    key: string | symbol,
    descriptor: TypedPropertyDescriptor<M>,
  ): void =>
    declare('search', contract, target, key, descriptor, async (method, self, payload, nats) => {
      const ctx = await requestContext(nats);
      setRequestCaller(ctx.caller.userId);
      return method.call(self, validate(contract.input, payload), ctx);
    });
}
