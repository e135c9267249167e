import {
  type ExecutionContext,
  HttpCode,
  RequestMapping,
  RequestMethod,
  SetMetadata,
  UseInterceptors,
  applyDecorators,
  createParamDecorator,
} from '@nestjs/common';
import type { Request } from 'express';
import { type Caller, FileDownloadSchema, type HttpRouteContract } from '@ascc/contracts';
import { FileResponseInterceptor } from './file-response.interceptor';

const METHODS = {
  GET: RequestMethod.GET,
  POST: RequestMethod.POST,
  PUT: RequestMethod.PUT,
  PATCH: RequestMethod.PATCH,
  DELETE: RequestMethod.DELETE,
} as const;

export const ROUTE_CONTRACT = 'ascc:route-contract';

/**
 * Maps a controller method to a route of the contract: its method, path, success status, and the
 * contract itself, which the permission guard reads. A handler without one is refused by the guard.
 */
export function ApiRoute(route: HttpRouteContract) {
  return applyDecorators(
    RequestMapping({ path: route.path, method: METHODS[route.method] }),
    HttpCode(route.status),
    SetMetadata(ROUTE_CONTRACT, route),
    // A route answering with a file sends the file itself, not its JSON envelope.
    ...(route.output === FileDownloadSchema ? [UseInterceptors(FileResponseInterceptor)] : []),
  );
}

/** What the gateway knows of a request once the guard let it through. */
export interface ApiRequest extends Request {
  correlationId: string;
  /** The signed-in person; absent on public routes. */
  caller?: Caller;
}

/** The message of a request: path params plus the query (GET) or the JSON body. */
export const Message = createParamDecorator((_: unknown, ctx: ExecutionContext) => {
  const req = ctx.switchToHttp().getRequest<Request>();
  const source = req.method === 'GET' || req.method === 'DELETE' ? req.query : req.body;
  return { ...(source && typeof source === 'object' ? source : {}), ...req.params };
});

/** The request context a service call carries: correlation id and caller. */
export interface CallContext {
  correlationId: string;
  caller?: Caller;
}

export const Ctx = createParamDecorator((_: unknown, ctx: ExecutionContext): CallContext => {
  const req = ctx.switchToHttp().getRequest<ApiRequest>();
  return { correlationId: req.correlationId, caller: req.caller };
});
