import type { Page } from '@ascc/contracts';
import { type QueryKey, useQueries } from '@tanstack/react-query';
import { SECTIONS, type SectionKey, sectionPermission } from '../../../app/paths';
import { useSessionUser } from '../../../app/use-session';
import { can } from '../../auth/hooks/use-can';
import { listNgos, ngoKeys } from '../../aid/api/ngos.api';
import { budgetEstimateKeys, listBudgetEstimates } from '../../budget/api/budget-estimates.api';
import { culturalEventKeys, listCulturalEvents } from '../../culture/api/cultural-events.api';
import { listTrainingCourses, trainingCourseKeys } from '../../training/api/training-courses.api';

/** A one-row page is enough: the answer's `total` is the count, computed by the database. */
const ONE_ROW = { page: 1, pageSize: 1 };

const COUNTS: {
  section: SectionKey;
  queryKey: QueryKey;
  fetch: (signal: AbortSignal) => Promise<Page<unknown>>;
}[] = [
  {
    section: 'training',
    queryKey: trainingCourseKeys.list(ONE_ROW),
    fetch: (signal) => listTrainingCourses(ONE_ROW, signal),
  },
  { section: 'aid', queryKey: ngoKeys.list(ONE_ROW), fetch: (signal) => listNgos(ONE_ROW, signal) },
  {
    section: 'culture',
    queryKey: culturalEventKeys.list(ONE_ROW),
    fetch: (signal) => listCulturalEvents(ONE_ROW, signal),
  },
  {
    section: 'budget',
    queryKey: budgetEstimateKeys.list(ONE_ROW),
    fetch: (signal) => listBudgetEstimates(ONE_ROW, signal),
  },
];

export interface RecordCount {
  section: SectionKey;
  total?: number;
  /** The database stopped counting at the cap; the real number is higher. */
  capped: boolean;
  loading: boolean;
  failed: boolean;
}

/** The sections the user may read, each with its count; the others are not asked (they would be 403s). */
export function useRecordCounts(): RecordCount[] {
  const user = useSessionUser();
  const counts = COUNTS.filter(({ section }) => {
    const found = SECTIONS.find((candidate) => candidate.key === section);
    const permission = found && sectionPermission(found);
    return permission === undefined || can(user, permission).allowed;
  });
  return useQueries({
    queries: counts.map(({ queryKey, fetch }) => ({
      queryKey,
      queryFn: ({ signal }: { signal: AbortSignal }) => fetch(signal),
    })),
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
