import {
  AID_ROUTES,
  type AidReportQuery,
  type CreateAidProject,
  type CreateAidTransaction,
  type CreateDelegation,
  type DelegationReportQuery,
  type IatiExportQuery,
  type ListAidProjects,
  type ListDelegations,
  type ReverseAidTransaction,
  type UpdateAidProject,
  type UpdateDelegation,
  type UpdateNgo,
} from '@ascc/contracts';
import { callRoute, downloadRoute } from '../../../api/client';

/** Query keys and fetchers of the aid section beyond the NGO list (see ngos.api.ts). */
export const aidKeys = {
  all: ['aid'] as const,
  projects: ['aid', 'projects'] as const,
  projectList: (query: ListAidProjects) => ['aid', 'projects', 'list', query] as const,
  project: (id: string) => ['aid', 'projects', 'detail', id] as const,
  projectHistory: (id: string, page: number, pageSize: number) =>
    ['aid', 'projects', 'history', id, page, pageSize] as const,
  transactions: (projectId: string) => ['aid', 'projects', 'transactions', projectId] as const,
  delegations: ['aid', 'delegations'] as const,
  delegationList: (query: ListDelegations) => ['aid', 'delegations', 'list', query] as const,
  delegation: (id: string) => ['aid', 'delegations', 'detail', id] as const,
  delegationHistory: (id: string, page: number, pageSize: number) =>
    ['aid', 'delegations', 'history', id, page, pageSize] as const,
  aidReport: (query: AidReportQuery) => ['aid', 'reports', 'aid', query] as const,
  delegationReport: (query: DelegationReportQuery) => ['aid', 'reports', 'delegations', query] as const,
};

export const updateNgo = (ngo: UpdateNgo) => callRoute(AID_ROUTES.ngoUpdate, ngo);

export const listProjects = (query: ListAidProjects, signal?: AbortSignal) =>
  callRoute(AID_ROUTES.projectList, query, { signal });
export const getProject = (id: string, signal?: AbortSignal) =>
  callRoute(AID_ROUTES.projectGet, { id }, { signal });
export const createProject = (project: CreateAidProject) => callRoute(AID_ROUTES.projectCreate, project);
export const updateProject = (project: UpdateAidProject) => callRoute(AID_ROUTES.projectUpdate, project);
export const getProjectHistory = (id: string, page: number, pageSize: number, signal?: AbortSignal) =>
  callRoute(AID_ROUTES.projectHistory, { id, page, pageSize }, { signal });

export const listTransactions = (projectId: string, signal?: AbortSignal) =>
  callRoute(AID_ROUTES.transactionList, { projectId, pageSize: 100 }, { signal });
export const createTransaction = (transaction: CreateAidTransaction) =>
  callRoute(AID_ROUTES.transactionCreate, transaction);

export const reverseTransaction = (reversal: ReverseAidTransaction) =>
  callRoute(AID_ROUTES.transactionReverse, reversal);

export const listDelegations = (query: ListDelegations, signal?: AbortSignal) =>
  callRoute(AID_ROUTES.delegationList, query, { signal });
export const getDelegation = (id: string, signal?: AbortSignal) =>
  callRoute(AID_ROUTES.delegationGet, { id }, { signal });
export const createDelegation = (delegation: CreateDelegation) =>
  callRoute(AID_ROUTES.delegationCreate, delegation);
export const updateDelegation = (delegation: UpdateDelegation) =>
  callRoute(AID_ROUTES.delegationUpdate, delegation);
export const getDelegationHistory = (id: string, page: number, pageSize: number, signal?: AbortSignal) =>
  callRoute(AID_ROUTES.delegationHistory, { id, page, pageSize }, { signal });

/** Report queries travel as GET parameters: the dimension list as `a,b`. */
const reportMessage = (query: AidReportQuery) => ({
  ...query,
  groupBy: Array.isArray(query.groupBy) ? query.groupBy.join(',') : query.groupBy,
});

export const getAidReport = (query: AidReportQuery, signal?: AbortSignal) =>
  callRoute(AID_ROUTES.reportAid, reportMessage(query) as AidReportQuery, { signal });
export const getDelegationReport = (query: DelegationReportQuery, signal?: AbortSignal) =>
  callRoute(AID_ROUTES.reportDelegations, query, { signal });
export const downloadAidReport = (query: AidReportQuery, format: 'csv' | 'xlsx') =>
  downloadRoute(AID_ROUTES.reportAidExport, { ...(reportMessage(query) as AidReportQuery), format });
export const downloadDelegationReport = (query: DelegationReportQuery, format: 'csv' | 'xlsx') =>
  downloadRoute(AID_ROUTES.reportDelegationsExport, { ...query, format });
export const downloadIati = (query: IatiExportQuery) => downloadRoute(AID_ROUTES.iatiExport, query);
