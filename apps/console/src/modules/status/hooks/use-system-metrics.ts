import { SYSTEM_ROUTES } from '@ascc/contracts';
import { routeQuery } from '../../../api/route-query';

/** The operations figures refresh less often than the health: they change by the minute. */
export const SYSTEM_METRICS_POLL_MS = 15_000;

export const useSystemMetrics = routeQuery(SYSTEM_ROUTES.metrics, {
  args: () => ({}),
  refetchInterval: SYSTEM_METRICS_POLL_MS,
  retry: false,
  staleTime: 0,
});
