import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-error';
import { currentUser, subscribeSession } from './session-store';

/** Retries only what may succeed by itself (network, 5xx); a 400, 401 or 403 will not change on a retry. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        retry: (failureCount, error) => failureCount < 2 && (!(error instanceof ApiError) || error.transient),
      },
      mutations: { retry: false },
    },
  });
}

/**
 * Empties the cache whenever the signed-in person changes or signs out: one person's records must never
 * show to the next person who signs in on the same browser. Returns the unsubscribe function.
 */
export function clearCacheOnUserChange(queryClient: QueryClient): () => void {
  let userId = currentUser()?.id;
  return subscribeSession(() => {
    const next = currentUser()?.id;
    if (next === userId) return;
    if (userId !== undefined) queryClient.clear();
    userId = next;
  });
}
