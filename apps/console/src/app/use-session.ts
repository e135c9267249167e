import type { SessionUser } from '@ascc/contracts';
import { useSyncExternalStore } from 'react';
import { type SessionState, getSessionState, subscribeSession } from '../api/session-store';

export function useSession(): SessionState {
  return useSyncExternalStore(subscribeSession, getSessionState);
}

/** The signed-in user; undefined while signed out or restoring. */
export function useSessionUser(): SessionUser | undefined {
  const session = useSession();
  return session.status === 'signed-in' ? session.user : undefined;
}
