import { PLAN, annualReportDueDate } from '@ascc/catalog';
import type { TaskBehindReason, TaskProgressStatus } from './action-plan.schema';

/** The date by which section VII wants every department and district's action plan. */
export const ACTION_PLAN_DUE = '2017-06-30';

/**
 * THE rule for a task behind schedule (README "Action plans and tasks"), written once for the service
 * and the console. `latest` is the task's latest progress reported by its holder in a yearly report
 * (any status; the latest year, in it the latest saved report), `today` an ISO date:
 * 1. **Done** is never behind.
 * 2. **Overdue**: its deadline — the plan's own where it sets one, else the plan's end (31 December
 *    2025) — has passed.
 * 3. **Not reported**: the first yearly report was due (15 December 2017) and the holder has never
 *    reported the task's progress.
 * 4. **Not started**: the latest progress says not started and that year's report is due.
 * An in-progress task within its deadline is not behind.
 */
export function taskBehind(
  task: { due: string | null },
  latest: { year: number; status: TaskProgressStatus } | null,
  today: string,
): TaskBehindReason | null {
  if (latest?.status === 'done') return null;
  const due = task.due ?? `${PLAN.lastYear}-12-31`;
  if (today > due) return 'overdue';
  if (!latest) return today > annualReportDueDate(PLAN.firstYear) ? 'not-reported' : null;
  if (latest.status === 'not-started' && today > annualReportDueDate(latest.year)) return 'not-started';
  return null;
}
