import { type Stack, signIn } from '@ascc/testing';
import { DEMO_PASSWORD } from './journey';

/** The stack's HTTP API as a demo user: `username` is signed in once; anything but success throws. */
export type DemoApi = <T = Record<string, unknown>>(
  username: string,
  method: string,
  path: string,
  body?: unknown,
) => Promise<T>;

/** For set-ups a journey does through the API because they are not what it checks. */
export function demoApi(stack: Stack): DemoApi {
  const tokens: Record<string, string> = {};
  return async <T>(username: string, method: string, path: string, body?: unknown): Promise<T> => {
    tokens[username] ??= (await signIn(stack.url, username, DEMO_PASSWORD)).accessToken;
    const res = await fetch(`${stack.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${tokens[username]}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await res.json()) as T;
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  };
}

/** A budget estimate as its author submitted it. */
export interface SubmittedEstimate {
  id: string;
  version: number;
  status: string;
  lines: unknown[];
}

/** `username` writes the estimate `body` (POST /api/budget/estimates) and submits it to Finance. */
export async function submitEstimate(
  api: DemoApi,
  username: string,
  body: { agencyCode: string; fiscalYear: number; titleVi: string; lines: unknown[] },
): Promise<SubmittedEstimate> {
  const created = await api<{ id: string; version: number }>(username, 'POST', '/api/budget/estimates', body);
  return api<SubmittedEstimate>(username, 'POST', `/api/budget/estimates/${created.id}/submit`, {
    version: created.version,
  });
}
