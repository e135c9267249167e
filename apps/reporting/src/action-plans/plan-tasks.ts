import { DISTRICT_CODES, successorOn } from '@ascc/catalog';
import type { AgencyCode, PlanTask } from '@ascc/contracts';
import { PLAN_TASK_SEED } from './plan-task-seed';

/** Every assigned task, one per agency it is assigned to (a districts' task once per district). */
const TASKS: readonly Omit<PlanTask, 'holderCode'>[] = PLAN_TASK_SEED.flatMap((seed) =>
  (seed.agency === 'districts' ? DISTRICT_CODES : [seed.agency as AgencyCode]).map((agencyCode) => ({
    code: seed.code,
    agencyCode,
    planAreas: seed.planAreas,
    textVi: seed.textVi,
    textEn: seed.textEn,
    due: seed.due ?? null,
    planRef: seed.planRef,
  })),
);

/**
 * The tasks as they stand on `on`: each with the agency holding it that day (the one the plan names,
 * or the agency carrying on its work after a reorganisation — "Foreign Affairs" is whoever holds it).
 */
export function planTasksOn(on: string): PlanTask[] {
  return TASKS.map((task) => ({ ...task, holderCode: successorOn(task.agencyCode, on)?.code ?? null }));
}

/** The tasks an agency answers for on `on`: assigned to it by the plan, or held by it that day. */
export function tasksOfAgency(agencyCode: string, on: string): PlanTask[] {
  return planTasksOn(on).filter((t) => t.agencyCode === agencyCode || t.holderCode === agencyCode);
}
