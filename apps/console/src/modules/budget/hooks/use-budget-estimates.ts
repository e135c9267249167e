import type { ListBudgetEstimates } from '@ascc/contracts';
import { useCreateMutation, usePageQuery } from '../../../shared/resource-hooks';
import { budgetEstimateKeys, createBudgetEstimate, listBudgetEstimates } from '../api/budget-estimates.api';

export function useBudgetEstimates(query: ListBudgetEstimates) {
  return usePageQuery(budgetEstimateKeys.list(query), (signal) => listBudgetEstimates(query, signal));
}

export function useCreateBudgetEstimate() {
  return useCreateMutation(createBudgetEstimate, budgetEstimateKeys.all);
}
