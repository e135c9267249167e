import type { z } from 'zod';
import { ApiError } from './api-error';
import { errorFromResponse } from './error-response';
import { type CallOptions, type HttpRoute, buildRequest } from './http-route';

/**
 * Sends one request for a route with the given token (none for a public route or no session) and
 * answers the successful response; a failure to reach the server is a `NETWORK` error, an error answer
 * the `ApiError` it describes. An abort is passed on as it is.
 */
export async function fetchRoute(
  route: HttpRoute,
  message: unknown,
  options: CallOptions,
  token: string | undefined,
  headers: Record<string, string>,
): Promise<Response> {
  const { url, body } = buildRequest(route, (message ?? {}) as Record<string, unknown>);
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch(url, { method: route.method, headers, body, signal: options.signal });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiError({ code: 'NETWORK', status: 0, message: (error as Error).message });
  }
  if (!response.ok) throw await errorFromResponse(response);
  return response;
}

/** One JSON request, its answer checked against the route's output schema. */
export async function send<I extends z.ZodType, O extends z.ZodType>(
  route: HttpRoute<I, O>,
  message: z.input<I>,
  options: CallOptions,
  token: string | undefined,
): Promise<z.output<O>> {
  const response = await fetchRoute(route, message, options, token, { accept: 'application/json' });
  return readAnswer(route, response);
}

/**
 * The answer of a request for `route` sent already (`startRefresh`), read as `send` reads its own: a
 * failure to reach the server is a `NETWORK` error, an error answer the `ApiError` it describes.
 */
export async function answerOf<I extends z.ZodType, O extends z.ZodType>(
  route: HttpRoute<I, O>,
  pending: Promise<Response>,
): Promise<z.output<O>> {
  let response: Response;
  try {
    response = await pending;
  } catch (error) {
    throw new ApiError({ code: 'NETWORK', status: 0, message: (error as Error).message });
  }
  if (!response.ok) throw await errorFromResponse(response);
  return readAnswer(route, response);
}

/** A successful response's JSON, checked against the route's output schema. */
async function readAnswer<I extends z.ZodType, O extends z.ZodType>(
  route: HttpRoute<I, O>,
  response: Response,
): Promise<z.output<O>> {
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

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    throw new ApiError({ code: 'BAD_RESPONSE', status: response.status, message: 'The answer is not JSON' });
  }
}
