import { BUDGET_ROUTES as B, FUNDING_ROUTES } from '@ascc/contracts';
import {
  byId,
  byIdPage,
  routeMutation,
  routePageQuery,
  routeQuery,
  useRouteQuery,
} from '../../../api/route-query';
import { budgetEstimateKeys } from '../api/budget-estimates.api';

/** Every budget query: estimates, consolidations, deadlines (and the activity picker's searches). */
const BUDGET = ['budget'] as const;

export const useBudgetEstimates = routePageQuery(B.estimateList);
export const useCreateBudgetEstimate = routeMutation(B.estimateCreate, {
  invalidates: [budgetEstimateKeys.all],
});
export const useBudgetEstimate = routeQuery(B.estimateGet, { args: byId });
export const useBudgetVersions = routeQuery(B.estimateVersions, { args: byId });
export const useBudgetEstimateHistory = routePageQuery(B.estimateHistory, { args: byIdPage });

/**
 * Any change to an estimate refreshes every estimate query (lists, the record, its versions), after a
 * refusal too: the estimate may have moved on. The submission's key makes a retried or double-clicked
 * submission one submission (the service keeps its answer).
 */
const estimateCommand = { invalidates: [budgetEstimateKeys.all], refreshOn: 'settled' } as const;
export const useUpdateBudgetEstimate = routeMutation(B.estimateUpdate, estimateCommand);
export const useSubmitBudgetEstimate = routeMutation(B.estimateSubmit, estimateCommand);
export const useReviewBudgetEstimate = routeMutation(B.estimateReview, estimateCommand);

export const useConsolidation = routeQuery(B.consolidationGet, {
  args: (fiscalYear: number) => ({ fiscalYear }),
});

/** A year's consolidation history; `year` is the history panel's record id (the fiscal year). */
export const useConsolidationHistory = routePageQuery(B.consolidationHistory, {
  args: (year: string, page: number, pageSize: number) => ({ fiscalYear: Number(year), page, pageSize }),
});

export const useUpdateConsolidation = routeMutation(B.consolidationUpdate, {
  invalidates: [BUDGET],
  refreshOn: 'settled',
});

/** What Finance approved for a course or an event; read again only when the activity's page asks. */
export function useActivityFunding(kind: 'course' | 'event', id: string) {
  const route =
    kind === 'course' ? FUNDING_ROUTES.trainingCourseFunding : FUNDING_ROUTES.culturalEventFunding;
  return useRouteQuery(route, { id }, { scope: ['funding'] });
}

/** The submission deadlines Finance set, per fiscal year (a year without one uses the default). */
export function useBudgetDeadlines(enabled = true) {
  return useRouteQuery(B.deadlineList, {}, { enabled });
}

/** A new deadline changes which estimates are late: the deadlines and every estimate are refreshed. */
export const useSetBudgetDeadline = routeMutation(B.deadlineSet, { invalidates: [BUDGET] });
