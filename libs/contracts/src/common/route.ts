import type { z } from 'zod';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * One HTTP route of the gateway and the NATS message behind it. The same object drives the gateway's
 * routing and validation, the OpenAPI document and the console's fetchers, so the three cannot drift.
 * The message is the union of the path params and the query (GET) or the body (others), validated by
 * `input` at the gateway and again in the service.
 */
export interface RouteContract<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  operationId: string;
  method: HttpMethod;
  /** Express-style path, `:id` for params. */
  path: string;
  subject: string;
  input: I;
  output: O;
  /** HTTP status of a success. */
  status: 200 | 201 | 204;
  summary: string;
  tag: string;
}

export function route<I extends z.ZodType, O extends z.ZodType>(r: RouteContract<I, O>): RouteContract<I, O> {
  return r;
}

/** Fills `:param` placeholders of a route path. */
export function routePath(path: string, params: Record<string, string | number>): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Missing path parameter ${name}`);
    return encodeURIComponent(String(value));
  });
}

export function pathParamNames(path: string): string[] {
  return [...path.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]);
}
