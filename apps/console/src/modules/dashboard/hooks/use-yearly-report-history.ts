import { usePageQuery } from '../../../shared/resource-hooks';
import { getYearlyReportHistory, yearlyReportKeys } from '../api/reporting.api';

export function useYearlyReportHistory(id: string, page: number, pageSize: number) {
  return usePageQuery(yearlyReportKeys.history(id, page, pageSize), (signal) =>
    getYearlyReportHistory(id, page, pageSize, signal),
  );
}
