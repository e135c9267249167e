import {
  type CreateActionPlan,
  type ListActionPlans,
  type ListPlanTasks,
  REPORTING_ROUTES as R,
  type UpdateActionPlan,
} from '@ascc/contracts';
import { callRoute, downloadRoute } from '../../../api/client';
import { routeScope } from '../../../api/route-query';

/** The plan's assigned tasks (reference data) and the agencies' action plans, with the coordinator's overview. */
export const actionPlanKeys = {
  /** Every action plan query and the task overview: a change to a plan refreshes both. */
  all: routeScope(R.actionPlanList),
  list: (query: ListActionPlans) => [...actionPlanKeys.all, 'list', query] as const,
  overview: (on?: string) => [...actionPlanKeys.all, 'overview', on ?? 'today'] as const,
  tasks: (query: ListPlanTasks) => ['reporting', 'plan-tasks', query] as const,
};

export function listPlanTasks(query: ListPlanTasks, signal?: AbortSignal) {
  return callRoute(R.taskList, query, { signal });
}

export function getTaskOverview(on: string | undefined, signal?: AbortSignal) {
  return callRoute(R.taskOverview, on ? { on } : {}, { signal });
}

export function listActionPlans(query: ListActionPlans, signal?: AbortSignal) {
  return callRoute(R.actionPlanList, query, { signal });
}

export function createActionPlan(message: CreateActionPlan) {
  return callRoute(R.actionPlanCreate, message);
}

export function updateActionPlan(message: UpdateActionPlan) {
  return callRoute(R.actionPlanUpdate, message);
}

export function deleteActionPlan(message: { id: string; version: number }) {
  return callRoute(R.actionPlanDelete, message);
}

export function downloadActionPlanFile(id: string) {
  return downloadRoute(R.actionPlanFile, { id });
}
