// No runtime import of the contracts or zod: this module is part of the first load.
import { withRefreshLock } from './tab-coordination';

/** `AUTH_ROUTES.refresh.path`, spelled out here (the contracts are not in the first load; a test checks the two agree). */
export const REFRESH_PATH = '/api/auth/refresh';

/**
 * A reload keeps the user signed in through the refresh cookie. The exchange starts as soon as the
 * entry script runs, under the browser-wide refresh lock (the refresh token rotates: see
 * tab-coordination), instead of after the API client's chunk (the contracts and zod) has loaded and
 * run; the client reads and checks the answer when it arrives (`restoreSession`). Resolves with the
 * response, or rejects when the server could not be reached.
 */
export function startRefresh(): Promise<Response> {
  return withRefreshLock(() =>
    fetch(REFRESH_PATH, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: '{}',
    }),
  );
}
