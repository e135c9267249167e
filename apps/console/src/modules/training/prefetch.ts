import { ListTrainingCoursesSchema, type SessionUser } from '@ascc/contracts';
import type { QueryClient } from '@tanstack/react-query';
import type { PagePrefetch } from '../../app/route-preload';
import { listQueryValues, parseListState } from '../../shared/list/list-state';
import { can, listFixedValues, ownAgencyOnly } from '../auth/hooks/use-can';
import { useTrainingCourses } from './hooks/use-training-courses';

/**
 * The course list's first page, asked for as soon as the session is restored (app/route-preload),
 * with the same input (and so the same key) as the list's own query: the view in the address, and the
 * user's own agency when they may read only its courses. A user who may not read courses asks nothing.
 */
export const prefetch: PagePrefetch['prefetch'] = (
  queryClient: QueryClient,
  user: SessionUser,
  params: URLSearchParams,
) => {
  if (!can(user, 'training.course.read').allowed) return;
  const state = parseListState(ListTrainingCoursesSchema, params);
  const fixed = listFixedValues(ownAgencyOnly(user, 'training.course.read'));
  void queryClient.prefetchQuery(useTrainingCourses.options(listQueryValues(state, fixed)));
};
