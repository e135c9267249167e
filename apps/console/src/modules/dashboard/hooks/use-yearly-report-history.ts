import { REPORTING_ROUTES } from '@ascc/contracts';
import { byIdPage, routePageQuery } from '../../../api/route-query';

/** Who started, edited, submitted and reviewed a report, newest first (under the reports' key). */
export const useYearlyReportHistory = routePageQuery(REPORTING_ROUTES.reportHistory, { args: byIdPage });
