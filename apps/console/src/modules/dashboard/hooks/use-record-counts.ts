import type { Page, SessionUser } from '@ascc/contracts';
import { type QueryKey, useQueries } from '@tanstack/react-query';
import { SECTIONS, type SectionKey, sectionPermission } from '../../../app/paths';
import { useSessionUser } from '../../../app/use-session';
import { useNgos } from '../../aid/hooks/use-ngos';
import { can } from '../../auth/hooks/use-can';
import { useBudgetEstimates } from '../../budget/hooks/use-budget-estimates';
import { useCulturalEvents } from '../../culture/hooks/use-cultural-events';
import { useTrainingCourses } from '../../training/hooks/use-training-courses';

/** A one-row page is enough: the answer's `total` is the count, computed by the database. */
const ONE_ROW = { page: 1, pageSize: 1 };

/** Each count is its section's list query (same key, so a list shown since is not asked again). */
const COUNTS: {
  section: SectionKey;
  query: { queryKey: QueryKey; queryFn: (context: { signal: AbortSignal }) => Promise<Page<unknown>> };
}[] = [
  { section: 'training', query: useTrainingCourses.options(ONE_ROW) },
  { section: 'aid', query: useNgos.options(ONE_ROW) },
  { section: 'culture', query: useCulturalEvents.options(ONE_ROW) },
  { section: 'budget', query: useBudgetEstimates.options(ONE_ROW) },
];

export interface RecordCount {
  section: SectionKey;
  total?: number;
  /** The database stopped counting at the cap; the real number is higher. */
  capped: boolean;
  loading: boolean;
  failed: boolean;
}

/** The counts `user` may read; the others are not asked (they would be 403s). Also the dashboard's prefetch. */
export function recordCountQueries(user: SessionUser | undefined): typeof COUNTS {
  return COUNTS.filter(({ section }) => {
    const found = SECTIONS.find((candidate) => candidate.key === section);
    const permission = found && sectionPermission(found);
    return permission === undefined || can(user, permission).allowed;
  });
}

/** The sections the user may read, each with its count. */
export function useRecordCounts(): RecordCount[] {
  const user = useSessionUser();
  const counts = recordCountQueries(user);
  return useQueries({
    queries: counts.map(({ query }) => query),
    combine: (results) =>
      results.map((result, index) => ({
        section: counts[index].section,
        total: result.data?.total,
        capped: result.data?.totalCapped ?? false,
        loading: result.isPending,
        failed: result.isError,
      })),
  });
}
