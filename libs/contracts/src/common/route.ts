import type { z } from 'zod';
import type { PermissionKey } from '../identity/permissions';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One HTTP route of the gateway: what it takes, what it answers, and who may call it. */
export interface HttpRouteContract<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  operationId: string;
  method: HttpMethod;
  /** Express-style path, `:id` for params. */
  path: string;
  /** The message: the union of the path params and the query (GET) or the JSON body (others). */
  input: I;
  output: O;
  /** HTTP status of a success. */
  status: 200 | 201 | 204;
  summary: string;
  tag: string;
  /** Its entry in the permission table; the gateway refuses any route without one. */
  permission: PermissionKey;
  /**
   * The largest body the gateway reads for it, where that is more than `MAX_JSON_BODY_BYTES` (100 KB,
   * every other route, sign-in included): `MAX_UPLOAD_BODY_BYTES` on a route whose message carries a
   * file (`FileUploadSchema`), `MAX_LONG_FORM_BODY_BYTES` on a form whose valid message can be longer.
   */
  maxBodyBytes?: number;
}

/**
 * A route the gateway forwards to a service over NATS. The same object drives the gateway's routing,
 * validation and permission check, the OpenAPI document and the console's fetchers, so they cannot
 * drift; the service validates the message again with `input`.
 */
export interface RouteContract<
  I extends z.ZodType = z.ZodType,
  O extends z.ZodType = z.ZodType,
> extends HttpRouteContract<I, O> {
  subject: string;
}

export function route<I extends z.ZodType, O extends z.ZodType>(r: RouteContract<I, O>): RouteContract<I, O> {
  return r;
}

/** A route the gateway answers itself (sign-in, users, health). */
export function gatewayRoute<I extends z.ZodType, O extends z.ZodType>(
  r: HttpRouteContract<I, O>,
): HttpRouteContract<I, O> {
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

/** What a route's (or internal message's) handler receives: its input schema's parsed output. */
export type RouteInput<R extends { input: z.ZodType }> = z.output<R['input']>;
/** What it answers. */
export type RouteOutput<R extends { output: z.ZodType }> = z.input<R['output']>;
