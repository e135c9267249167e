import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-error';

/** Retries only what may succeed by itself (network, 5xx); a 400 or 404 will not change on a retry. */
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
