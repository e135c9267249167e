import { useQuery } from '@tanstack/react-query';
import { getHealth, healthKeys } from '../api/health.api';

export const HEALTH_POLL_MS = 5000;

/** Polls the gateway; no retries, so an outage shows at the next poll instead of after backoff. */
export function useHealth() {
  return useQuery({
    queryKey: healthKeys.all,
    queryFn: ({ signal }) => getHealth(signal),
    refetchInterval: HEALTH_POLL_MS,
    retry: false,
    staleTime: 0,
  });
}
