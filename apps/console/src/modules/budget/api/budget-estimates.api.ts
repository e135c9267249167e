import { BUDGET_ROUTES, type CreateBudgetEstimate, type ListBudgetEstimates } from '@ascc/contracts';
import { callRoute } from '../../../api/client';

export const budgetEstimateKeys = {
  all: ['budget', 'estimates'] as const,
  list: (query: ListBudgetEstimates) => [...budgetEstimateKeys.all, 'list', query] as const,
  detail: (id: string) => [...budgetEstimateKeys.all, 'detail', id] as const,
  history: (id: string, page: number, pageSize: number) =>
    [...budgetEstimateKeys.all, 'history', id, page, pageSize] as const,
};

export function listBudgetEstimates(query: ListBudgetEstimates, signal?: AbortSignal) {
  return callRoute(BUDGET_ROUTES.estimateList, query, { signal });
}

export function createBudgetEstimate(estimate: CreateBudgetEstimate) {
  return callRoute(BUDGET_ROUTES.estimateCreate, estimate);
}

export function getBudgetEstimate(id: string, signal?: AbortSignal) {
  return callRoute(BUDGET_ROUTES.estimateGet, { id }, { signal });
}

/** Who changed the record and how, newest first, from the service's audit log. */
export function getBudgetEstimateHistory(id: string, page: number, pageSize: number, signal?: AbortSignal) {
  return callRoute(BUDGET_ROUTES.estimateHistory, { id, page, pageSize }, { signal });
}
