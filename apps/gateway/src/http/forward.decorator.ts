import {
  HttpCode,
  RequestMapping,
  RequestMethod,
  applyDecorators,
  createParamDecorator,
  type ExecutionContext,
} from '@nestjs/common';
import type { Request } from 'express';
import type { RouteContract } from '@ascc/contracts';

const METHODS = {
  GET: RequestMethod.GET,
  POST: RequestMethod.POST,
  PUT: RequestMethod.PUT,
  PATCH: RequestMethod.PATCH,
  DELETE: RequestMethod.DELETE,
} as const;

/** Maps a controller method to a route of the contract: its method, path and success status. */
export function Forward(route: RouteContract) {
  return applyDecorators(
    RequestMapping({ path: route.path, method: METHODS[route.method] }),
    HttpCode(route.status),
  );
}

/** The NATS message of a request: path params plus the query (GET) or the JSON body. */
export const Message = createParamDecorator((_: unknown, ctx: ExecutionContext) => {
  const req = ctx.switchToHttp().getRequest<Request>();
  const source = req.method === 'GET' || req.method === 'DELETE' ? req.query : req.body;
  return { ...(source && typeof source === 'object' ? source : {}), ...req.params };
});

export const CorrelationId = createParamDecorator(
  (_: unknown, ctx: ExecutionContext) =>
    ctx.switchToHttp().getRequest<Request & { correlationId: string }>().correlationId,
);
