import { ActivityFundedBadge } from '../../budget/components/activity-funded-badge';

/** What Finance approved for this course (from the budget service's `budget.line.funded`). */
export function TrainingCourseFundedBadge({ id }: { id: string }) {
  return <ActivityFundedBadge kind="course" id={id} />;
}
