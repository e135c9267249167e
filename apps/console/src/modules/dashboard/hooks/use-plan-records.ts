import { REPORTING_ROUTES } from '@ascc/contracts';
import { useRouteQuery } from '../../../api/route-query';
import type { RecordsQuery } from '../records-link';

/** One page of the records behind a figure, with the totals of all of them; the last page stays while the next loads. */
export function usePlanRecords(query: RecordsQuery, enabled = true) {
  return useRouteQuery(REPORTING_ROUTES.records, query, { page: true, enabled });
}
