import type { Dashboard } from '@ascc/contracts';
import { DEMO_ENV, type Stack, readModelCaughtUp, signIn, startStack } from '@ascc/testing';

export interface Answer<T> {
  status: number;
  body: T & { fields?: { path: string; code: string }[] };
}

/** The seeded province as processes, signed in as `users`, with the reporting tests' HTTP helpers. */
export interface SeededProvince {
  stack: Stack;
  /** A signed-in user's bearer token. */
  token(user: string): string;
  get<T>(user: string, path: string): Promise<Answer<T>>;
  send<T>(user: string, method: string, path: string, body: unknown): Promise<Answer<T>>;
  /** The coordinator's dashboard (`query`: `?year=…` or `?phase=…`). */
  dashboard(query?: string): Promise<Dashboard>;
  /** Waits until nothing is pending on the consumers and the applied count is stable for three polls. */
  caughtUp(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts the stack with the demo users and the demo province (each service seeds it and publishes its
 * events), signs in `users` (the coordinator always) and waits for the read model to take it all in.
 */
export async function startSeededProvince(
  database: 'sqlite' | 'postgresql',
  users: readonly string[],
): Promise<SeededProvince> {
  const stack = await startStack({
    database,
    env: { ...DEMO_ENV, SEED_DEMO_USERS: 'true', SEED_DEMO_DATA: 'true', LOG_LEVEL: 'silent' },
  });
  const tokens: Record<string, string> = {};
  const send = async <T>(user: string, method: string, path: string, body?: unknown) => {
    const res = await fetch(`${stack.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${tokens[user]}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Answer<T>['body'] };
  };
  const get = <T>(user: string, path: string) => send<T>(user, 'GET', path);
  const dashboard = async (query = '') => {
    const res = await get<Dashboard>('sldtbxh.coordinator', `/api/reporting/dashboard${query}`);
    if (res.status !== 200) throw new Error(`dashboard${query}: ${res.status}`);
    return res.body;
  };
  const caughtUp = () => readModelCaughtUp(() => dashboard());
  try {
    for (const user of new Set(['sldtbxh.coordinator', ...users]))
      tokens[user] = (await signIn(stack.url, user)).accessToken;
    await caughtUp();
  } catch (error) {
    await stack.stop();
    throw error;
  }
  const token = (user: string) => tokens[user];
  return { stack, token, get, send, dashboard, caughtUp, stop: () => stack.stop() };
}
