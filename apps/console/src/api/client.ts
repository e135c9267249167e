import {
  AUTH_ROUTES,
  type HttpRouteContract,
  type Session,
  ServiceErrorBodySchema,
  pathParamNames,
  routePath,
} from '@ascc/contracts';
import type { z } from 'zod';
import { ApiError, type ApiErrorCode } from './api-error';
import { type SignedOutReason, getSessionState, setSessionState } from './session-store';
import { announceSession, listenForSessions, withRefreshLock } from './tab-coordination';

export { ApiError, type ApiErrorCode } from './api-error';

/** What the console needs of a route: enough to build the request, check the answer and know if it needs a session. */
export type HttpRoute<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> = Pick<
  HttpRouteContract<I, O>,
  'method' | 'path' | 'input' | 'output' | 'permission'
>;

export interface CallOptions {
  signal?: AbortSignal;
}

/**
 * The console's only way to the HTTP API. Path params come out of the message; for GET the rest goes
 * in the query string, otherwise in a JSON body. Answers are checked against the route's output schema,
 * so a screen never renders data of a shape it does not expect.
 *
 * The signed-in user's access token goes along as a bearer token. When a route that needs a session
 * answers 401 (the token expired), the session is renewed once through the refresh cookie and the
 * request sent again; if the session cannot be renewed it ends, and the app sends the user to sign in.
 */
export function callRoute<I extends z.ZodType, O extends z.ZodType>(
  route: HttpRoute<I, O>,
  message: z.input<I>,
  options: CallOptions = {},
): Promise<z.output<O>> {
  return withSession(route, (token) => send(route, message, options, token));
}

/** A file the server sent (export, certificate, XML), with the name it gave it. */
export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

/**
 * Fetches a route that answers with a file (its output is `FileDownloadSchema`; the gateway sends the
 * bytes) with the same session handling as `callRoute`, and hands it to the browser as a download
 * named by the server. Resolves with the file, for callers that want it.
 */
export async function downloadRoute<I extends z.ZodType>(
  route: HttpRoute<I>,
  message: z.input<I>,
  options: CallOptions = {},
): Promise<DownloadedFile> {
  const file = await withSession(route, (token) => fetchFile(route, message, options, token));
  saveFile(file);
  return file;
}

async function withSession<T>(
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

async function fetchFile(
  route: HttpRoute,
  message: unknown,
  options: CallOptions,
  token: string | undefined,
): Promise<DownloadedFile> {
  const { url, body } = buildRequest(route, (message ?? {}) as Record<string, unknown>);
  const headers: Record<string, string> = {};
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
  return { blob: await response.blob(), fileName: fileNameOf(response.headers.get('content-disposition')) };
}

/** The exact (UTF-8) file name of a Content-Disposition header, else its plain one. */
export function fileNameOf(disposition: string | null): string {
  const exact = disposition?.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (exact) return decodeURIComponent(exact);
  return disposition?.match(/filename="([^"]+)"/i)?.[1] ?? 'download';
}

function saveFile({ blob, fileName }: DownloadedFile): void {
  if (typeof URL.createObjectURL !== 'function') return;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
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

async function exchangeRefreshCookie(): Promise<Session | undefined> {
  try {
    const session = await send(AUTH_ROUTES.refresh, {}, {}, undefined);
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

/** At start: a reload keeps the user signed in through the refresh cookie, or shows the login page. */
export async function restoreSession(): Promise<void> {
  try {
    if (!(await renewSession())) endSession();
  } catch {
    endSession();
  }
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

async function send<I extends z.ZodType, O extends z.ZodType>(
  route: HttpRoute<I, O>,
  message: z.input<I>,
  options: CallOptions,
  token: string | undefined,
): Promise<z.output<O>> {
  const { url, body } = buildRequest(route, (message ?? {}) as Record<string, unknown>);
  const headers: Record<string, string> = { accept: 'application/json' };
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
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 429) return 'RATE_LIMITED';
  if (status === 502 || status === 503 || status === 504) return 'SERVICE_UNAVAILABLE';
  return 'INTERNAL';
}
