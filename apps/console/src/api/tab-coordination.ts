// Type-only import: the first load reads this module, and must not pull in zod and the contracts.
import type { Session } from '@ascc/contracts';

/**
 * The console's tabs share one refresh cookie, and the refresh token rotates with reuse detection: two
 * tabs renewing at the same moment would present the same token twice, and the server would end the
 * sign-in in both. So one tab renews at a time (a Web Lock held across the browser's tabs), and the tab
 * that renewed hands its session to the others over a BroadcastChannel, so a tab that waited for the
 * lock takes that session instead of renewing again. Where a browser has neither, each tab renews on its
 * own as before (the lock is an improvement, never a condition).
 */
export const REFRESH_LOCK = 'ascc-refresh';
export const SESSION_CHANNEL = 'ascc-session';

/** A session another tab obtained, with when it got it (the tabs share one clock). */
export interface AnnouncedSession {
  type: 'renewed';
  session: Session;
  issuedAt: number;
}

/** Runs `task` while holding the browser-wide refresh lock, or at once when there are no Web Locks. */
export function withRefreshLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (typeof locks?.request !== 'function') return task();
  return locks.request(REFRESH_LOCK, task) as Promise<T>;
}

let channel: BroadcastChannel | null | undefined;

function sessionChannel(): BroadcastChannel | null {
  if (channel === undefined) {
    channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(SESSION_CHANNEL) : null;
  }
  return channel;
}

/** Tells the other tabs about a session this tab just obtained. */
export function announceSession(session: Session, issuedAt: number): void {
  const message: AnnouncedSession = { type: 'renewed', session, issuedAt };
  try {
    sessionChannel()?.postMessage(message);
  } catch {
    // A closed channel: the other tabs renew for themselves.
  }
}

/** Calls `listener` with each session another tab announces. */
export function listenForSessions(listener: (announced: AnnouncedSession) => void): () => void {
  const open = sessionChannel();
  if (!open) return () => undefined;
  const receive = (event: MessageEvent<unknown>) => {
    const data = event.data as Partial<AnnouncedSession> | null;
    if (data?.type === 'renewed' && data.session && typeof data.issuedAt === 'number') {
      listener(data as AnnouncedSession);
    }
  };
  open.addEventListener('message', receive);
  return () => open.removeEventListener('message', receive);
}

/** For tests: forget the channel, so the next use opens a new one. */
export function closeSessionChannel(): void {
  channel?.close();
  channel = undefined;
}
