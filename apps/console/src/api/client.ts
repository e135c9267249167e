import { type RouteContract, ServiceErrorBodySchema, pathParamNames, routePath } from '@ascc/contracts';
import type { z } from 'zod';
import { ApiError, type ApiErrorCode } from './api-error';

export { ApiError, type ApiErrorCode } from './api-error';

/** What the console needs of a route: enough to build the request and check the answer. */
export type HttpRoute<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> = Pick<
  RouteContract<I, O>,
  'method' | 'path' | 'input' | 'output'
>;

export interface CallOptions {
  signal?: AbortSignal;
}

/**
 * The console's only way to the HTTP API. Path params come out of the message; for GET the rest goes
 * in the query string, otherwise in a JSON body. Answers are checked against the route's output schema,
 * so a screen never renders data of a shape it does not expect.
 */
export async function callRoute<I extends z.ZodType, O extends z.ZodType>(
  route: HttpRoute<I, O>,
  message: z.input<I>,
  options: CallOptions = {},
): Promise<z.output<O>> {
  const { url, body } = buildRequest(route, (message ?? {}) as Record<string, unknown>);
  let response: Response;
  try {
    response = await fetch(url, {
      method: route.method,
      headers:
        body === undefined
          ? { accept: 'application/json' }
          : { accept: 'application/json', 'content-type': 'application/json' },
      body,
      signal: options.signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiError({ code: 'NETWORK', status: 0, message: (error as Error).message });
  }
  if (!response.ok) throw await errorFromResponse(response);
  if (response.status === 204) return undefined as z.output<O>;

  const json = await readJson(response);
  const parsed = route.output.safeParse(json);
  if (!parsed.success) {
    throw new ApiError({
      code: 'BAD_RESPONSE',
      status: response.status,
      message: `Unexpected answer from ${route.path}`,
    });
  }
  return parsed.data;
}

function buildRequest(route: HttpRoute, message: Record<string, unknown>): { url: string; body?: string } {
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

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    throw new ApiError({ code: 'BAD_RESPONSE', status: response.status, message: 'The answer is not JSON' });
  }
}

/** The gateway always answers errors in the shared model; anything else (a proxy's HTML page) is mapped by status. */
async function errorFromResponse(response: Response): Promise<ApiError> {
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    json = undefined;
  }
  const body = ServiceErrorBodySchema.safeParse(json);
  if (body.success) return new ApiError({ ...body.data, status: response.status });
  return new ApiError({
    code: codeForStatus(response.status),
    status: response.status,
    message: response.statusText || `HTTP ${response.status}`,
  });
}

function codeForStatus(status: number): ApiErrorCode {
  if (status === 400) return 'VALIDATION_FAILED';
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'CONFLICT';
  if (status === 502 || status === 503 || status === 504) return 'SERVICE_UNAVAILABLE';
  return 'INTERNAL';
}
