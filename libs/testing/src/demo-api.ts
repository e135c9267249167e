import { DEMO_ENV } from './sign-in';
import { signIn } from './sign-in';

/** An answer of the HTTP API: its status and JSON body. */
export interface ApiAnswer<T> {
  status: number;
  body: T;
}

/**
 * The stack's HTTP API as the demo users, each signed in once on first use: for the set-ups a test or
 * journey does through the API because they are not what it checks, and for the answers it checks.
 */
export interface DemoApi {
  /** A request that must succeed (2xx): its JSON body; anything else throws, naming the request. */
  <T = Record<string, unknown>>(username: string, method: string, path: string, body?: unknown): Promise<T>;
  /** A request whose answer the test checks, whatever its status. */
  answer<T = Record<string, unknown>>(
    username: string,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<ApiAnswer<T>>;
}

export function demoApi(stack: { url: string }, password: string = DEMO_ENV.DEMO_PASSWORD): DemoApi {
  const tokens = new Map<string, Promise<string>>();
  const token = (username: string) => {
    let signedIn = tokens.get(username);
    if (!signedIn) {
      signedIn = signIn(stack.url, username, password).then((session) => session.accessToken);
      tokens.set(username, signedIn);
    }
    return signedIn;
  };
  const answer = async <T>(username: string, method: string, path: string, body?: unknown) => {
    const res = await fetch(`${stack.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${await token(username)}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T };
  };
  const api = async <T>(username: string, method: string, path: string, body?: unknown) => {
    const { status, body: json } = await answer<T>(username, method, path, body);
    if (status >= 300) throw new Error(`${method} ${path} as ${username}: ${status} ${JSON.stringify(json)}`);
    return json;
  };
  return Object.assign(api, { answer });
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
