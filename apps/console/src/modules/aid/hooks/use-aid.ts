import type {
  AidReportQuery,
  DelegationReportQuery,
  ListAidProjects,
  ListDelegations,
} from '@ascc/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCreateMutation, usePageQuery, useRecordQuery } from '../../../shared/resource-hooks';
import {
  aidKeys,
  createDelegation,
  createProject,
  createTransaction,
  getAidReport,
  getDelegation,
  getDelegationHistory,
  getDelegationReport,
  getProject,
  getProjectHistory,
  listDelegations,
  listProjects,
  listTransactions,
  reverseTransaction,
  updateDelegation,
  updateNgo,
  updateProject,
} from '../api/aid.api';
import { ngoKeys } from '../api/ngos.api';

export const useProjects = (query: ListAidProjects) =>
  usePageQuery(aidKeys.projectList(query), (signal) => listProjects(query, signal));
export const useProject = (id: string) =>
  useRecordQuery(aidKeys.project(id), (signal) => getProject(id, signal));
export const useProjectHistory = (id: string, page: number, pageSize: number) =>
  usePageQuery(aidKeys.projectHistory(id, page, pageSize), (signal) =>
    getProjectHistory(id, page, pageSize, signal),
  );
export const useCreateProject = () => useCreateMutation(createProject, aidKeys.projects);
/** An edit changes the project, its lists and the reports: every aid query is refreshed. */
export const useUpdateProject = () => useCreateMutation(updateProject, aidKeys.all);

export const useTransactions = (projectId: string) =>
  useQuery({
    queryKey: aidKeys.transactions(projectId),
    queryFn: ({ signal }) => listTransactions(projectId, signal),
  });
/** A new transaction changes the project's totals, its table and every report: all are refreshed. */
export function useCreateTransaction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createTransaction,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: aidKeys.all }),
  });
}

/** A correction or a void changes the project's totals, its table, history and reports: all refreshed. */
export function useReverseTransaction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reverseTransaction,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: aidKeys.all }),
  });
}

export const useDelegations = (query: ListDelegations) =>
  usePageQuery(aidKeys.delegationList(query), (signal) => listDelegations(query, signal));
export const useDelegation = (id: string) =>
  useRecordQuery(aidKeys.delegation(id), (signal) => getDelegation(id, signal));
export const useDelegationHistory = (id: string, page: number, pageSize: number) =>
  usePageQuery(aidKeys.delegationHistory(id, page, pageSize), (signal) =>
    getDelegationHistory(id, page, pageSize, signal),
  );
export const useCreateDelegation = () => useCreateMutation(createDelegation, aidKeys.all);
/** An edit changes the delegation, its lists, the calendar and the reports: every aid query is refreshed. */
export const useUpdateDelegation = () => useCreateMutation(updateDelegation, aidKeys.all);

export const useUpdateNgo = () => useCreateMutation(updateNgo, ngoKeys.all);

export const useAidReport = (query: AidReportQuery) =>
  useQuery({ queryKey: aidKeys.aidReport(query), queryFn: ({ signal }) => getAidReport(query, signal) });
export const useDelegationReport = (query: DelegationReportQuery) =>
  useQuery({
    queryKey: aidKeys.delegationReport(query),
    queryFn: ({ signal }) => getDelegationReport(query, signal),
  });
