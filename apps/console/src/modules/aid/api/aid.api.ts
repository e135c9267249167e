import {
  AID_ROUTES,
  type AidReportQuery,
  type DelegationReportQuery,
  type IatiExportQuery,
} from '@ascc/contracts';
import { downloadRoute } from '../../../api/client';
import { routeScope } from '../../../api/route-query';

/** Query key prefixes of the aid section beyond the NGO list (see ngos.api.ts). */
export const aidKeys = {
  all: ['aid'] as const,
  /** Projects, their histories and transactions. */
  projects: routeScope(AID_ROUTES.projectList),
};

/** Report queries travel as GET parameters: the dimension list as `a,b`. */
export const reportMessage = (query: AidReportQuery) =>
  ({
    ...query,
    groupBy: Array.isArray(query.groupBy) ? query.groupBy.join(',') : query.groupBy,
  }) as AidReportQuery;

export const downloadAidReport = (query: AidReportQuery, format: 'csv' | 'xlsx') =>
  downloadRoute(AID_ROUTES.reportAidExport, { ...reportMessage(query), format });
export const downloadDelegationReport = (query: DelegationReportQuery, format: 'csv' | 'xlsx') =>
  downloadRoute(AID_ROUTES.reportDelegationsExport, { ...query, format });
export const downloadIati = (query: IatiExportQuery) => downloadRoute(AID_ROUTES.iatiExport, query);
