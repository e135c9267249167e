import type { IncomingHttpHeaders } from 'node:http';
import { Controller, Headers, Inject, Res, type Type } from '@nestjs/common';
import type { Response } from 'express';
import {
  BUDGET_ROUTES,
  DEPARTMENT_ROUTES,
  FileDownloadSchema,
  REPORTING_ROUTES,
  type RouteContract,
} from '@ascc/contracts';
import { ServiceBus } from '../bus/service-bus';
import { ApiRoute, type CallContext, Ctx, Message } from '../http/api-route.decorator';

/** What a forwarded route does beyond validating its message and sending it to its subject. */
export interface ForwardOptions {
  /** How long to wait for the service, instead of `REQUEST_TIMEOUT_MS`. */
  timeoutMs?: number;
  /**
   * Request headers copied into the message, field name → header name (lower case). A header present
   * and not empty wins over the same field of the body; the route's schema then validates it.
   */
  fromHeaders?: Record<string, string>;
}

/** The only department routes that are not a plain forward. Every other route needs no entry. */
export const FORWARD_OPTIONS: ReadonlyMap<RouteContract, ForwardOptions> = new Map<
  RouteContract,
  ForwardOptions
>([
  // The `Idempotency-Key` header travels in the message (`idempotencyKey`), so the NATS headers and the
  // bus stay as they are; the service keeps the first answer for each key.
  [BUDGET_ROUTES.estimateSubmit, { fromHeaders: { idempotencyKey: 'idempotency-key' } }],
  // Replaying every stream takes longer than a page's request: wait up to two minutes.
  [REPORTING_ROUTES.rebuild, { timeoutMs: 120_000 }],
]);

/** The gateway's side of every department route: one controller per tag, one handler per route. */
export function departmentControllers(
  routes: readonly RouteContract[] = DEPARTMENT_ROUTES,
  options: ReadonlyMap<RouteContract, ForwardOptions> = FORWARD_OPTIONS,
): Type[] {
  const byTag = new Map<string, RouteContract[]>();
  for (const route of routes) byTag.set(route.tag, [...(byTag.get(route.tag) ?? []), route]);
  return [...byTag].map(([tag, tagged]) => forwardingController(tag, tagged, options));
}

/**
 * A controller whose handlers only forward: each carries `@ApiRoute(route)` (method, path, status, the
 * contract the permission guard reads, the file interceptor for downloads), takes the message and the
 * call context, and sends them with `ServiceBus.relay`, which validates the input and maps errors; the
 * service's JSON answer becomes the response body as it came. A file route takes the parsed answer
 * (`ServiceBus.request`), which its interceptor turns into the file.
 */
function forwardingController(
  tag: string,
  routes: readonly RouteContract[],
  options: ReadonlyMap<RouteContract, ForwardOptions>,
): Type {
  class DepartmentRoutesController {
    constructor(readonly bus: ServiceBus) {}
  }
  Object.defineProperty(DepartmentRoutesController, 'name', {
    value: `${tag[0].toUpperCase()}${tag.slice(1)}RoutesController`,
  });
  Inject(ServiceBus)(DepartmentRoutesController, undefined as never, 0);
  Controller()(DepartmentRoutesController);

  const prototype = DepartmentRoutesController.prototype as unknown as Record<string, unknown>;
  for (const route of routes) {
    const { timeoutMs, fromHeaders } = options.get(route) ?? {};
    const name = route.operationId;
    if (name in prototype) throw new Error(`Route ${name} is declared twice`);
    const file = route.output === FileDownloadSchema;
    async function forward(
      this: DepartmentRoutesController,
      message: Record<string, unknown>,
      ctx: CallContext,
      res: Response | undefined,
      headers: IncomingHttpHeaders = {},
    ) {
      const fields = fromHeaders
        ? Object.entries(fromHeaders).flatMap(([field, header]) =>
            headers[header] ? [[field, headers[header]]] : [],
          )
        : [];
      const sent = fields.length ? { ...message, ...Object.fromEntries(fields) } : message;
      if (file) return this.bus.request(route, sent, ctx, timeoutMs);
      const json = await this.bus.relay(route, sent, ctx, timeoutMs);
      // A string body goes out as it is (Express's `send`), under the type the JSON body would have had.
      res?.setHeader('content-type', 'application/json; charset=utf-8');
      return json;
    }
    Object.defineProperty(forward, 'name', { value: name });
    const descriptor = { value: forward, writable: true, configurable: true };
    Object.defineProperty(prototype, name, descriptor);
    ApiRoute(route)(prototype, name, descriptor);
    Message()(prototype, name, 0);
    Ctx()(prototype, name, 1);
    Res({ passthrough: true })(prototype, name, 2);
    if (fromHeaders) Headers()(prototype, name, 3);
  }
  return DepartmentRoutesController;
}
