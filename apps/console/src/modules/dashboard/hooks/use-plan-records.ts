import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { listPlanRecords, reportingKeys } from '../api/reporting.api';
import type { RecordsQuery } from '../records-link';

/** One page of the records behind a figure, with the totals of all of them; the last page stays while the next loads. */
export function usePlanRecords(query: RecordsQuery, enabled = true) {
  return useQuery({
    queryKey: reportingKeys.records(query),
    queryFn: ({ signal }) => listPlanRecords(query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
