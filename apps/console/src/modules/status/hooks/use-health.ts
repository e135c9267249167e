import { SYSTEM_ROUTES } from '@ascc/contracts';
import { routeQuery } from '../../../api/route-query';

export const HEALTH_POLL_MS = 5000;

/** Polls the gateway; no retries, so an outage shows at the next poll instead of after backoff. */
export const useHealth = routeQuery(SYSTEM_ROUTES.health, {
  args: () => ({}),
  refetchInterval: HEALTH_POLL_MS,
  retry: false,
  staleTime: 0,
});
