import { AID_ROUTES as A, type AidReportQuery } from '@ascc/contracts';
import { byId, byIdPage, routeMutation, routePageQuery, routeQuery } from '../../../api/route-query';
import { aidKeys, reportMessage } from '../api/aid.api';
import { ngoKeys } from '../api/ngos.api';

/** Every aid query: NGOs, projects and their transactions, delegations, reports. */
const everyAidQuery = { invalidates: [aidKeys.all] };

export const useProjects = routePageQuery(A.projectList);
export const useProject = routeQuery(A.projectGet, { args: byId });
export const useProjectHistory = routePageQuery(A.projectHistory, { args: byIdPage });
export const useCreateProject = routeMutation(A.projectCreate, { invalidates: [aidKeys.projects] });
/** An edit changes the project, its lists and the reports: every aid query is refreshed. */
export const useUpdateProject = routeMutation(A.projectUpdate, everyAidQuery);

export const useTransactions = routeQuery(A.transactionList, {
  args: (projectId: string) => ({ projectId, pageSize: 100 }),
});
/** A new transaction changes the project's totals, its table and every report: all are refreshed. */
export const useCreateTransaction = routeMutation(A.transactionCreate, everyAidQuery);
/** A correction or a void changes the project's totals, its table, history and reports: all refreshed. */
export const useReverseTransaction = routeMutation(A.transactionReverse, everyAidQuery);

export const useDelegations = routePageQuery(A.delegationList);
export const useDelegation = routeQuery(A.delegationGet, { args: byId });
export const useDelegationHistory = routePageQuery(A.delegationHistory, { args: byIdPage });
export const useCreateDelegation = routeMutation(A.delegationCreate, everyAidQuery);
/** An edit changes the delegation, its lists, the calendar and the reports: every aid query is refreshed. */
export const useUpdateDelegation = routeMutation(A.delegationUpdate, everyAidQuery);

export const useUpdateNgo = routeMutation(A.ngoUpdate, { invalidates: [ngoKeys.all] });

export const useAidReport = routeQuery(A.reportAid, {
  args: (query: AidReportQuery) => reportMessage(query),
});
export const useDelegationReport = routeQuery(A.reportDelegations);
