import type { ListBudgetEstimates } from '@ascc/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCreateMutation, usePageQuery, useRecordQuery } from '../../../shared/resource-hooks';
import {
  budgetEstimateKeys,
  createBudgetEstimate,
  getActivityFunding,
  getBudgetEstimate,
  getBudgetEstimateHistory,
  getBudgetVersions,
  getConsolidation,
  getConsolidationHistory,
  listBudgetDeadlines,
  listBudgetEstimates,
  reviewBudgetEstimate,
  setBudgetDeadline,
  submitBudgetEstimate,
  updateBudgetEstimate,
  updateConsolidation,
} from '../api/budget-estimates.api';

export function useBudgetEstimates(query: ListBudgetEstimates) {
  return usePageQuery(budgetEstimateKeys.list(query), (signal) => listBudgetEstimates(query, signal));
}

export function useCreateBudgetEstimate() {
  return useCreateMutation(createBudgetEstimate, budgetEstimateKeys.all);
}

export function useBudgetEstimate(id: string) {
  return useRecordQuery(budgetEstimateKeys.detail(id), (signal) => getBudgetEstimate(id, signal));
}

export function useBudgetVersions(id: string) {
  return useRecordQuery(budgetEstimateKeys.versions(id), (signal) => getBudgetVersions(id, signal));
}

export function useBudgetEstimateHistory(id: string, page: number, pageSize: number) {
  return usePageQuery(budgetEstimateKeys.history(id, page, pageSize), (signal) =>
    getBudgetEstimateHistory(id, page, pageSize, signal),
  );
}

/** Any change to an estimate refreshes every estimate query (lists, the record, its versions). */
function useEstimateMutation<I, O>(call: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSettled: () => client.invalidateQueries({ queryKey: budgetEstimateKeys.all }),
  });
}

export const useUpdateBudgetEstimate = () => useEstimateMutation(updateBudgetEstimate);
export const useSubmitBudgetEstimate = () => useEstimateMutation(submitBudgetEstimate);
export const useReviewBudgetEstimate = () => useEstimateMutation(reviewBudgetEstimate);

export function useConsolidation(fiscalYear: number) {
  return useQuery({
    queryKey: budgetEstimateKeys.consolidation(fiscalYear),
    queryFn: ({ signal }) => getConsolidation(fiscalYear, signal),
  });
}

/** A year's consolidation history; `year` is the history panel's record id (the fiscal year). */
export function useConsolidationHistory(year: string, page: number, pageSize: number) {
  const fiscalYear = Number(year);
  return usePageQuery(budgetEstimateKeys.consolidationHistory(fiscalYear, page, pageSize), (signal) =>
    getConsolidationHistory(fiscalYear, page, pageSize, signal),
  );
}

export function useUpdateConsolidation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: updateConsolidation,
    onSettled: () => client.invalidateQueries({ queryKey: ['budget'] }),
  });
}

export function useActivityFunding(kind: 'course' | 'event', id: string) {
  return useQuery({
    queryKey: budgetEstimateKeys.funding(kind, id),
    queryFn: ({ signal }) => getActivityFunding(kind, id, signal),
  });
}

export function useBudgetDeadlines(enabled = true) {
  return useQuery({
    queryKey: budgetEstimateKeys.deadlines,
    queryFn: ({ signal }) => listBudgetDeadlines(signal),
    enabled,
  });
}

/** A new deadline changes which estimates are late: the deadlines and every estimate are refreshed. */
export function useSetBudgetDeadline() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: setBudgetDeadline,
    onSuccess: () => client.invalidateQueries({ queryKey: ['budget'] }),
  });
}
