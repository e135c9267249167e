import { ActivityFundedBadge } from '../../budget/components/activity-funded-badge';

/** What Finance approved for this event (from the budget service's `budget.line.funded`). */
export function CulturalEventFundedBadge({ id }: { id: string }) {
  return <ActivityFundedBadge kind="event" id={id} />;
}
