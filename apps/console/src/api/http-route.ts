import { type HttpRouteContract, pathParamNames, routePath } from '@ascc/contracts';
import type { z } from 'zod';

/** What the console needs of a route: enough to build the request, check the answer and know if it needs a session. */
export type HttpRoute<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> = Pick<
  HttpRouteContract<I, O>,
  'method' | 'path' | 'input' | 'output' | 'permission'
>;

export interface CallOptions {
  signal?: AbortSignal;
}

/** Path params come out of the message; for GET and DELETE the rest goes in the query string, otherwise in a JSON body. */
export function buildRequest(
  route: HttpRoute,
  message: Record<string, unknown>,
): { url: string; body?: string } {
  const paramNames = pathParamNames(route.path);
  const params: Record<string, string | number> = {};
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(message)) {
    if (paramNames.includes(key)) params[key] = value as string | number;
    else rest[key] = value;
  }
  const path = routePath(route.path, params);
  if (route.method !== 'GET' && route.method !== 'DELETE') return { url: path, body: JSON.stringify(rest) };
  const query = toQueryString(rest);
  return { url: query ? `${path}?${query}` : path };
}

/** Empty values are left out: the server applies its defaults, and `q=` would mean "search for nothing". */
export function toQueryString(values: Record<string, unknown>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined || item === null || item === '') continue;
      search.append(key, String(item));
    }
  }
  return search.toString();
}
