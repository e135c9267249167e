// Type-only imports: the first load reads this store, and must not pull in zod and the contracts.
import type { SessionUser } from '@ascc/contracts';

/** Why there is no session: shown on the login page, and decides whether to come back afterwards. */
export type SignedOutReason = 'expired' | 'signed-out' | 'password-changed';

export type SessionState =
  /** At start, while the refresh cookie is exchanged for a session. */
  | { status: 'restoring' }
  | { status: 'signed-out'; reason?: SignedOutReason }
  | { status: 'signed-in'; accessToken: string; expiresAt: number; user: SessionUser };

type Listener = () => void;

/**
 * The signed-in session, in memory only. The access token is never written to storage, where any
 * script on the page could read it; a reload restores the session through the HttpOnly refresh cookie.
 */
let state: SessionState = { status: 'restoring' };
const listeners = new Set<Listener>();

export function getSessionState(): SessionState {
  return state;
}

export function setSessionState(next: SessionState): void {
  state = next;
  for (const listener of [...listeners]) listener();
}

/** For `useSyncExternalStore`. */
export function subscribeSession(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function currentAccessToken(): string | undefined {
  return state.status === 'signed-in' ? state.accessToken : undefined;
}

export function currentUser(): SessionUser | undefined {
  return state.status === 'signed-in' ? state.user : undefined;
}
