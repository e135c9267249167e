import { ruleParams } from '../common/validation-rules';
import type { GuardRefusal } from '../common/workflow-guard';
import type { CulturalEventStatus } from './culture.schema';

/**
 * The date and status guards of a cultural event, shared by the service and the console: an event is
 * recorded as held only on or after its start date (an editor may override it for late data entry,
 * with a reason); participants check in only at a confirmed event (or one already held, entered late).
 */
export function eventTransitionGuard(
  event: { startDate: string },
  to: CulturalEventStatus,
  today: string,
): GuardRefusal | null {
  if (to !== 'held' || today >= event.startDate) return null;
  return {
    overridable: true,
    field: {
      path: 'to',
      code: 'custom',
      message: `The event starts on ${event.startDate}; it can be recorded as held from that day`,
      params: ruleParams('eventNotStarted', { startDate: event.startDate, today }),
    },
  };
}

/** Statuses of an event at which its participants check in. */
export const CHECK_IN_STATUSES: readonly CulturalEventStatus[] = ['confirmed', 'held'];

export function checkInGuard(status: CulturalEventStatus): GuardRefusal | null {
  if (CHECK_IN_STATUSES.includes(status)) return null;
  return {
    overridable: false,
    field: {
      path: 'id',
      code: 'custom',
      message: `The event is ${status}: participants check in only once it is confirmed`,
      params: ruleParams('eventNotConfirmed', { status }),
    },
  };
}
