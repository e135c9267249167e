import { AUTH_ROUTES, TRAINING_ROUTES } from '@ascc/contracts';
import { UNAUTHENTICATED, bearerOf, jsonResponse, routeFetch } from '../../test/fetch';
import { ADMIN, SNV_EDITOR } from '../../test/users';
import { ApiError } from '../api-error';
import { callRoute } from '../client';
import { REFRESH_PATH, startRefresh } from '../early-refresh';
import { endSession, restoreSession, startSession } from '../session';
import { getSessionState, setSessionState } from '../session-store';

const PAGE = { items: [], total: 0, totalCapped: false, page: 1, pageSize: 20 };
const session = (token: string, user = SNV_EDITOR, expiresIn = 300) => ({
  status: 'signed-in' as const,
  accessToken: token,
  expiresIn,
  user,
});

const REFRESH = '/api/auth/refresh';
const LIST = '/api/training/courses';

/** Signed in with `token`, as after a sign-in. */
function signedIn(token: string) {
  startSession(session(token));
}

function refreshCalls(fetch: jest.Mock) {
  return fetch.mock.calls.filter(([url]) => url === REFRESH);
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

afterEach(() => {
  endSession();
  setSessionState({ status: 'restoring' });
  jest.useRealTimers();
});

describe('the auth client', () => {
  it('sends the access token as a bearer token, and none when signed out', async () => {
    const fetch = routeFetch(() => jsonResponse(200, PAGE));
    signedIn('token-1');
    await callRoute(TRAINING_ROUTES.courseList, {});
    expect(bearerOf(fetch.mock.calls[0][1])).toBe('token-1');

    endSession('signed-out');
    await callRoute(TRAINING_ROUTES.courseList, {});
    expect(bearerOf(fetch.mock.calls[1][1])).toBeUndefined();
  });

  it('keeps the token in memory only, never in web storage', async () => {
    routeFetch(() => jsonResponse(200, PAGE));
    signedIn('secret-token');
    await callRoute(TRAINING_ROUTES.courseList, {});
    const stored = [window.localStorage, window.sessionStorage].flatMap((storage) =>
      Object.keys(storage).map((key) => storage.getItem(key)),
    );
    expect(stored.join(' ')).not.toContain('secret-token');
  });

  it('on a 401 renews the session once and sends the request again with the new token', async () => {
    const fetch = routeFetch((url, init) => {
      if (url === REFRESH) return jsonResponse(200, session('token-2'));
      return bearerOf(init) === 'token-2' ? jsonResponse(200, PAGE) : UNAUTHENTICATED();
    });
    signedIn('token-1');

    const page = await callRoute(TRAINING_ROUTES.courseList, {});

    expect(page.total).toBe(0);
    expect(fetch.mock.calls.map(([url, init]) => `${url} ${bearerOf(init) ?? '-'}`)).toEqual([
      `${LIST} token-1`,
      `${REFRESH} -`,
      `${LIST} token-2`,
    ]);
    expect(refreshCalls(fetch)[0][1]?.method).toBe('POST');
    const state = getSessionState();
    expect(state.status === 'signed-in' && state.accessToken).toBe('token-2');
  });

  it('shares one renewal among requests that meet a 401 at the same time (the refresh token rotates)', async () => {
    let release: () => void = () => undefined;
    const refreshed = new Promise<void>((resolve) => (release = resolve));
    const fetch = routeFetch(async (url, init) => {
      if (url === REFRESH) {
        await refreshed;
        return jsonResponse(200, session('token-2'));
      }
      return bearerOf(init) === 'token-2' ? jsonResponse(200, PAGE) : UNAUTHENTICATED();
    });
    signedIn('token-1');

    const calls = [1, 2, 3].map((page) => callRoute(TRAINING_ROUTES.courseList, { page }));
    // Let all three meet their 401 before the renewal answers.
    await new Promise((resolve) => setTimeout(resolve, 0));
    release();
    await Promise.all(calls);

    expect(refreshCalls(fetch)).toHaveLength(1);
    const retried = fetch.mock.calls.filter(([url, init]) => url !== REFRESH && bearerOf(init) === 'token-2');
    expect(retried).toHaveLength(3);
  });

  it('uses a token another request already renewed instead of renewing again', async () => {
    const fetch = routeFetch((url, init) =>
      bearerOf(init) === 'token-2' ? jsonResponse(200, PAGE) : UNAUTHENTICATED(),
    );
    signedIn('token-1');
    const pending = callRoute(TRAINING_ROUTES.courseList, {});
    // The session was renewed elsewhere while this request was under way.
    startSession(session('token-2'));

    await pending;
    expect(refreshCalls(fetch)).toHaveLength(0);
  });

  it('retries only once: a second 401 is the answer, not a reason to renew again', async () => {
    const fetch = routeFetch((url) =>
      url === REFRESH ? jsonResponse(200, session('token-2')) : UNAUTHENTICATED(),
    );
    signedIn('token-1');

    const error = await failure(callRoute(TRAINING_ROUTES.courseList, {}));

    expect(error.status).toBe(401);
    expect(refreshCalls(fetch)).toHaveLength(1);
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it('ends the session as expired when it cannot be renewed, which sends the app to the login page', async () => {
    const fetch = routeFetch(() => UNAUTHENTICATED());
    signedIn('token-1');

    const error = await failure(callRoute(TRAINING_ROUTES.courseList, {}));

    expect(error.code).toBe('UNAUTHENTICATED');
    expect(getSessionState()).toEqual({ status: 'signed-out', reason: 'expired' });
    expect(refreshCalls(fetch)).toHaveLength(1);
  });

  it('keeps the session when the server cannot be reached to renew it', async () => {
    routeFetch((url) => {
      if (url === REFRESH) throw new TypeError('Failed to fetch');
      return UNAUTHENTICATED();
    });
    signedIn('token-1');

    const error = await failure(callRoute(TRAINING_ROUTES.courseList, {}));

    expect(error.code).toBe('NETWORK');
    expect(getSessionState().status).toBe('signed-in');
  });

  it("takes a public route's 401 as its answer: a wrong password is not an expired session", async () => {
    const fetch = routeFetch(() =>
      jsonResponse(401, { code: 'UNAUTHENTICATED', status: 401, message: 'Wrong username or password' }),
    );
    signedIn('token-1');

    const error = await failure(callRoute(AUTH_ROUTES.login, { username: 'admin', password: 'x' }));

    expect(error.message).toBe('Wrong username or password');
    expect(refreshCalls(fetch)).toHaveLength(0);
    expect(getSessionState().status).toBe('signed-in');
  });

  it('restores the session from the refresh cookie at start, or shows the login page without blame', async () => {
    routeFetch(() => jsonResponse(200, session('token-9', ADMIN)));
    await restoreSession();
    const state = getSessionState();
    expect(state.status === 'signed-in' && state.user.username).toBe('admin');

    endSession();
    setSessionState({ status: 'restoring' });
    routeFetch(() => UNAUTHENTICATED());
    await restoreSession();
    expect(getSessionState()).toEqual({ status: 'signed-out', reason: undefined });
  });

  it('restores from the exchange the entry script started, read and checked as its own request would be', async () => {
    expect(REFRESH_PATH).toBe(AUTH_ROUTES.refresh.path);
    const fetch = routeFetch(() => jsonResponse(200, session('token-9', ADMIN)));
    const started = startRefresh();
    expect(fetch.mock.calls).toEqual([
      [REFRESH, expect.objectContaining({ method: AUTH_ROUTES.refresh.method })],
    ]);
    await restoreSession(started);
    const state = getSessionState();
    expect(state.status === 'signed-in' && state.accessToken).toBe('token-9');
    // Only the one exchange: the client did not send a second one with a token already rotated.
    expect(refreshCalls(fetch)).toHaveLength(1);

    endSession();
    setSessionState({ status: 'restoring' });
    routeFetch(() => UNAUTHENTICATED());
    await restoreSession(startRefresh());
    expect(getSessionState()).toEqual({ status: 'signed-out', reason: undefined });

    setSessionState({ status: 'restoring' });
    routeFetch(() => jsonResponse(200, { unexpected: true }));
    await restoreSession(startRefresh());
    expect(getSessionState()).toEqual({ status: 'signed-out', reason: undefined });

    setSessionState({ status: 'restoring' });
    routeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    await restoreSession(startRefresh());
    expect(getSessionState()).toEqual({ status: 'signed-out', reason: undefined });
  });

  it('renews shortly before expiry for a user who is active, and lets an idle session lapse', async () => {
    jest.useFakeTimers();
    const fetch = routeFetch(() => jsonResponse(200, session('token-2')));
    signedIn('token-1');

    // Idle: four minutes pass with no input; the five-minute token is left to lapse.
    jest.advanceTimersByTime(240_000);
    expect(refreshCalls(fetch)).toHaveLength(0);

    endSession();
    signedIn('token-1');
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    jest.advanceTimersByTime(240_000);
    expect(refreshCalls(fetch)).toHaveLength(1);
  });
});
