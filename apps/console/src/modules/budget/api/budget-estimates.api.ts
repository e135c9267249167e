import {
  BUDGET_ROUTES,
  CULTURE_ROUTES,
  type CreateBudgetEstimate,
  FUNDING_ROUTES,
  type FundedActivityKind,
  type ListBudgetEstimates,
  type ReviewBudgetEstimate,
  TRAINING_ROUTES,
  type UpdateBudgetEstimate,
  type UpdateConsolidation,
} from '@ascc/contracts';
import type { Lang } from '@ascc/catalog';
import { callRoute, downloadRoute } from '../../../api/client';
import { formatDate } from '../../../format/format';
import { listDelegations, listProjects } from '../../aid/api/aid.api';

export const budgetEstimateKeys = {
  all: ['budget', 'estimates'] as const,
  list: (query: ListBudgetEstimates) => [...budgetEstimateKeys.all, 'list', query] as const,
  detail: (id: string) => [...budgetEstimateKeys.all, 'detail', id] as const,
  versions: (id: string) => [...budgetEstimateKeys.all, 'versions', id] as const,
  history: (id: string, page: number, pageSize: number) =>
    [...budgetEstimateKeys.all, 'history', id, page, pageSize] as const,
  consolidation: (fiscalYear: number) => ['budget', 'consolidation', fiscalYear] as const,
  consolidationHistory: (fiscalYear: number, page: number, pageSize: number) =>
    ['budget', 'consolidation', fiscalYear, 'history', page, pageSize] as const,
  deadlines: ['budget', 'deadlines'] as const,
  funding: (kind: 'course' | 'event', id: string) => ['funding', kind, id] as const,
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

export function updateBudgetEstimate(estimate: UpdateBudgetEstimate) {
  return callRoute(BUDGET_ROUTES.estimateUpdate, estimate);
}

/** The key makes a retried or double-clicked submission one submission (the service keeps its answer). */
export function submitBudgetEstimate(input: { id: string; version: number; idempotencyKey: string }) {
  return callRoute(BUDGET_ROUTES.estimateSubmit, input);
}

export function reviewBudgetEstimate(input: ReviewBudgetEstimate) {
  return callRoute(BUDGET_ROUTES.estimateReview, input);
}

export function getBudgetVersions(id: string, signal?: AbortSignal) {
  return callRoute(BUDGET_ROUTES.estimateVersions, { id }, { signal });
}

/** Who changed the record and how, newest first, from the service's audit log. */
export function getBudgetEstimateHistory(id: string, page: number, pageSize: number, signal?: AbortSignal) {
  return callRoute(BUDGET_ROUTES.estimateHistory, { id, page, pageSize }, { signal });
}

/** The submission deadlines Finance set, per fiscal year (a year without one uses the default). */
export function listBudgetDeadlines(signal?: AbortSignal) {
  return callRoute(BUDGET_ROUTES.deadlineList, {}, { signal });
}

export function setBudgetDeadline(input: { fiscalYear: number; deadline: string }) {
  return callRoute(BUDGET_ROUTES.deadlineSet, input);
}

export function getConsolidation(fiscalYear: number, signal?: AbortSignal) {
  return callRoute(BUDGET_ROUTES.consolidationGet, { fiscalYear }, { signal });
}

/** Who locked the year, recorded its submission and the decision, newest first. */
export function getConsolidationHistory(
  fiscalYear: number,
  page: number,
  pageSize: number,
  signal?: AbortSignal,
) {
  return callRoute(BUDGET_ROUTES.consolidationHistory, { fiscalYear, page, pageSize }, { signal });
}

export function updateConsolidation(input: UpdateConsolidation) {
  return callRoute(BUDGET_ROUTES.consolidationUpdate, input);
}

export function exportConsolidation(fiscalYear: number, format: 'xlsx' | 'pdf') {
  return downloadRoute(BUDGET_ROUTES.consolidationExport, { fiscalYear, format });
}

export function getActivityFunding(kind: 'course' | 'event', id: string, signal?: AbortSignal) {
  return callRoute(
    kind === 'course' ? FUNDING_ROUTES.trainingCourseFunding : FUNDING_ROUTES.culturalEventFunding,
    { id },
    { signal },
  );
}

/** Activities a line can fund, searched in the owning service (only the estimate's agency's own). */
export async function searchActivities(
  kind: FundedActivityKind,
  agencyCode: string,
  q: string,
  lang: Lang,
  signal?: AbortSignal,
): Promise<{ value: string; label: string }[]> {
  const query = { agencyCode, pageSize: 20, ...(q ? { q } : {}) } as never;
  if (kind === 'training-course') {
    const page = await callRoute(TRAINING_ROUTES.courseList, query, { signal });
    return page.items.map((c) => ({ value: c.id, label: `${c.code} · ${c.titleVi}` }));
  }
  if (kind === 'aid-project') {
    const page = await listProjects(query, signal);
    return page.items.map((p) => ({ value: p.id, label: `${p.code} · ${p.titleVi}` }));
  }
  if (kind === 'delegation') {
    const page = await listDelegations(query, signal);
    return page.items.map((d) => ({ value: d.id, label: `${formatDate(d.startDate, lang)} · ${d.title}` }));
  }
  const page = await callRoute(CULTURE_ROUTES.eventList, query, { signal });
  return page.items.map((e) => ({ value: e.id, label: `${formatDate(e.startDate, lang)} · ${e.titleVi}` }));
}
