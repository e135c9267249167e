import type { Page } from '@ascc/contracts';
import { type QueryKey, useQueries } from '@tanstack/react-query';
import type { SectionKey } from '../../../app/paths';
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

export function useRecordCounts(): RecordCount[] {
  return useQueries({
    queries: COUNTS.map(({ queryKey, fetch }) => ({
      queryKey,
      queryFn: ({ signal }: { signal: AbortSignal }) => fetch(signal),
    })),
    combine: (results) =>
      results.map((result, index) => ({
        section: COUNTS[index].section,
        total: result.data?.total,
        capped: result.data?.totalCapped ?? false,
        loading: result.isPending,
        failed: result.isError,
      })),
  });
}
