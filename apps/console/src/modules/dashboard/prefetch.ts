import type { SessionUser } from '@ascc/contracts';
import type { QueryClient } from '@tanstack/react-query';
import type { PagePrefetch } from '../../app/route-preload';
import { can } from '../auth/hooks/use-can';
import { dashboardQueryOf, dashboardQueryOptions } from './api/reporting.api';
import { recordCountQueries } from './hooks/use-record-counts';

/**
 * The dashboard's first data, asked for as soon as the session is restored (app/route-preload): the
 * read model's figures and the plan dashboard's chunk (charts) for those who see the whole plan, and
 * the departments' counts the user may read; the same keys as the page's own queries.
 */
export const prefetch: PagePrefetch['prefetch'] = (
  queryClient: QueryClient,
  user: SessionUser,
  params: URLSearchParams,
) => {
  if (can(user, 'reporting.dashboard.read').allowed) {
    void queryClient.prefetchQuery(dashboardQueryOptions(dashboardQueryOf(params)));
    import('./pages/plan-dashboard').catch(() => undefined);
  }
  for (const { query } of recordCountQueries(user)) void queryClient.prefetchQuery(query);
};
