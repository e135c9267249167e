import { BUDGET_ROUTES, type CreateBudgetEstimate, type ListBudgetEstimates } from '@ascc/contracts';
import { callRoute } from '../../../api/client';

export const budgetEstimateKeys = {
  all: ['budget', 'estimates'] as const,
  list: (query: ListBudgetEstimates) => [...budgetEstimateKeys.all, 'list', query] as const,
};

export function listBudgetEstimates(query: ListBudgetEstimates, signal?: AbortSignal) {
  return callRoute(BUDGET_ROUTES.estimateList, query, { signal });
}

export function createBudgetEstimate(estimate: CreateBudgetEstimate) {
  return callRoute(BUDGET_ROUTES.estimateCreate, estimate);
}
