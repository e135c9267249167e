import { AUTH_ROUTES, type Session } from '@ascc/contracts';
import { ApiError } from './api-error';
import type { HttpRoute } from './http-route';
import { answerOf, send } from './http-send';
import { type SignedOutReason, getSessionState, setSessionState } from './session-store';
import { announceSession, listenForSessions, withRefreshLock } from './tab-coordination';

/**
 * The signed-in session: the bearer token each request carries, its renewal through the refresh cookie
 * (once at a time in this tab and across tabs, ahead of expiry for an active user) and its end.
 */

/**
 * Runs a request with the signed-in user's access token. When a route that needs a session answers 401
 * (the token expired), the session is renewed once through the refresh cookie and the request sent
 * again; if the session cannot be renewed it ends, and the app sends the user to sign in.
 */
export async function withSession<T>(
  route: HttpRoute,
  attempt: (token: string | undefined) => Promise<T>,
): Promise<T> {
  const state = getSessionState();
  const token = state.status === 'signed-in' ? state.accessToken : undefined;
  try {
    return await attempt(token);
  } catch (error) {
    // A public route's 401 is its answer (wrong password), not an expired token.
    if (route.permission === 'public' || token === undefined || !isUnauthenticated(error)) throw error;
    const retryToken = await tokenForRetry(token);
    if (retryToken === undefined) throw error;
    return attempt(retryToken);
  }
}

function isUnauthenticated(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}

/**
 * The token to send the failed request again with. Another request may already have renewed the
 * session while this one was under way; then its token is used instead of renewing again.
 */
async function tokenForRetry(staleToken: string): Promise<string | undefined> {
  const state = getSessionState();
  if (state.status !== 'signed-in') return undefined;
  if (state.accessToken !== staleToken) return state.accessToken;
  const session = await renewSession();
  if (!session) {
    endSession('expired');
    return undefined;
  }
  return session.accessToken;
}

let renewing: Promise<Session | undefined> | undefined;

/**
 * Exchanges the refresh cookie for a new session, and starts it. Callers at the same time share one
 * request: the refresh token rotates, so a second exchange in parallel would present a token the
 * server has already replaced. Across tabs, one renews at a time (see tab-coordination): a tab that
 * waited while another renewed takes the session that tab announced instead of renewing again.
 * Resolves `undefined` when the server says the session is over; throws when the server could not be
 * asked (network, 5xx), which ends nothing.
 */
export function renewSession(): Promise<Session | undefined> {
  watchOtherTabs();
  renewing ??= renewOncePerBrowser().finally(() => {
    renewing = undefined;
  });
  return renewing;
}

async function renewOncePerBrowser(): Promise<Session | undefined> {
  const asked = held;
  return withRefreshLock(async () => {
    if (held !== asked && held && getSessionState().status === 'signed-in') return held.session;
    const session = await exchangeRefreshCookie();
    if (session && held?.session === session) announceSession(session, held.issuedAt);
    return session;
  });
}

/**
 * Exchanges the refresh cookie (or reads the exchange `startRefresh` began at start) and starts the
 * session; `undefined` when the server says the session is over, a throw when it could not be asked.
 */
async function exchangeRefreshCookie(started?: Promise<Response>): Promise<Session | undefined> {
  try {
    const session = await (started
      ? answerOf(AUTH_ROUTES.refresh, started)
      : send(AUTH_ROUTES.refresh, {}, {}, undefined));
    startSession(session);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.transient) throw error;
    return undefined;
  }
}

/** The session this tab holds now, and when it was issued; a new object at each new session. */
let held: { session: Session; issuedAt: number } | undefined;
let watchingTabs = false;

/**
 * Takes the sessions other tabs renew: this tab's next request then carries a token the server knows,
 * and its own renewal timer starts again from the newer session. A tab that is signed out (or signed in
 * as someone else) ignores them: it asked for that, or is about to find its refresh cookie replaced.
 */
function watchOtherTabs(): void {
  if (watchingTabs) return;
  watchingTabs = true;
  listenForSessions(({ session, issuedAt }) => {
    const state = getSessionState();
    if (state.status === 'signed-out') return;
    if (state.status === 'signed-in' && state.user.id !== session.user.id) return;
    if (held && held.issuedAt >= issuedAt) return;
    startSession(session, issuedAt);
  });
}

/**
 * At start: a reload keeps the user signed in through the refresh cookie, or shows the login page.
 * `started` is the exchange the entry script began before this chunk loaded (`startRefresh`, under the
 * refresh lock); its session is announced to the other tabs as a renewal here is.
 */
export async function restoreSession(started?: Promise<Response>): Promise<void> {
  try {
    const session = started ? await restoreFrom(started) : await renewSession();
    if (!session) endSession();
  } catch {
    endSession();
  }
}

async function restoreFrom(started: Promise<Response>): Promise<Session | undefined> {
  watchOtherTabs();
  const session = await exchangeRefreshCookie(started);
  if (session && held?.session === session) announceSession(session, held.issuedAt);
  return session;
}

/** Renew this long before the access token expires, so an active user's requests never meet a 401. */
const RENEW_LEAD_MS = 60_000;
let renewTimer: ReturnType<typeof setTimeout> | undefined;
let lastActivity = 0;
let watchingActivity = false;

/** Holds a new session (after sign-in or renewal) and plans its renewal shortly before it expires. */
export function startSession(session: Session, issuedAt = Date.now()): void {
  clearTimeout(renewTimer);
  watchOtherTabs();
  held = { session, issuedAt };
  const lifetime = session.expiresIn * 1000;
  setSessionState({
    status: 'signed-in',
    accessToken: session.accessToken,
    expiresAt: issuedAt + lifetime,
    user: session.user,
  });
  watchActivity();
  const lead = Math.min(RENEW_LEAD_MS, lifetime / 5);
  renewTimer = setTimeout(
    () => renewIfActive(issuedAt),
    Math.max(issuedAt + lifetime - lead - Date.now(), 0),
  );
}

/**
 * Only a user who did something since the token was issued gets it renewed ahead of time: renewing an
 * unattended console forever would defeat the server's idle limit. An idle user's token simply
 * lapses; their next request renews it, or, past the idle limit, sends them to sign in.
 */
function renewIfActive(issuedAt: number): void {
  if (lastActivity < issuedAt) return;
  renewSession().then(
    (session) => {
      if (!session) endSession('expired');
    },
    // Unreachable now; the next request tries again.
    () => undefined,
  );
}

function watchActivity(): void {
  if (watchingActivity || typeof window === 'undefined') return;
  watchingActivity = true;
  const seen = () => {
    lastActivity = Date.now();
  };
  // Polls (the status page) are not the user; only their own input counts as activity.
  window.addEventListener('pointerdown', seen, { capture: true, passive: true });
  window.addEventListener('keydown', seen, { capture: true, passive: true });
}

/** Forgets the session; the app shows the login page. */
export function endSession(reason?: SignedOutReason): void {
  clearTimeout(renewTimer);
  renewTimer = undefined;
  held = undefined;
  if (getSessionState().status === 'signed-out') return;
  setSessionState({ status: 'signed-out', reason });
}
