import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { renewSession } from '../../api/session';
import { currentAccessToken, currentUser } from '../../api/session-store';
import { useSession } from '../../app/use-session';

/**
 * One live connection per signed-in console (used once, by the signed-in shell): opened when a session
 * starts, closed when it ends. The stream's code is loaded after the first paint, with the contracts it
 * needs, so the first load stays small. Returns whether the stream is connected.
 */
export function useLiveUpdates(): boolean {
  const client = useQueryClient();
  const session = useSession();
  const signedIn = session.status === 'signed-in';
  const username = signedIn ? session.user.username : undefined;
  const [connected, setConnected] = useState(false);

  useEffect(() => {
    // A browser without Server-Sent Events (none the console supports; jsdom in tests) stays as before.
    if (!signedIn || typeof window.EventSource === 'undefined') return;
    let stop: (() => void) | undefined;
    let cancelled = false;
    void import('./live-updates').then(({ startLiveUpdates }) => {
      if (cancelled) return;
      stop = startLiveUpdates({
        client,
        token: currentAccessToken,
        renew: renewSession,
        me: () => currentUser()?.username,
        onStatus: setConnected,
      });
    });
    return () => {
      cancelled = true;
      stop?.();
      setConnected(false);
    };
    // A new user (not a renewed token) opens a new stream.
  }, [client, signedIn, username]);

  return connected;
}
