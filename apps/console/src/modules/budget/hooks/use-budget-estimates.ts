import type { ListBudgetEstimates } from '@ascc/contracts';
import { useCreateMutation, usePageQuery, useRecordQuery } from '../../../shared/resource-hooks';
import {
  budgetEstimateKeys,
  createBudgetEstimate,
  getBudgetEstimate,
  getBudgetEstimateHistory,
  listBudgetEstimates,
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

export function useBudgetEstimateHistory(id: string, page: number, pageSize: number) {
  return usePageQuery(budgetEstimateKeys.history(id, page, pageSize), (signal) =>
    getBudgetEstimateHistory(id, page, pageSize, signal),
  );
}
