import type { CulturalEventStatus } from '@ascc/contracts';
import { ServiceError } from '@ascc/service-kit';
import type { CulturalEvent } from './cultural-event.entity';
import { canTransition } from './event-rules';

/** Refuses a change made from a stale read: 409, naming the version the record is at now. */
export function assertFresh(event: Pick<CulturalEvent, 'version' | 'updatedAt'>, version: number): void {
  if (event.version === version) return;
  throw ServiceError.staleVersion('The event', event.version, { updatedAt: event.updatedAt.toISOString() });
}

/** A reported or cancelled event is final: its fields can no longer be edited. */
export function assertEditable(event: Pick<CulturalEvent, 'status' | 'titleVi'>): void {
  if (event.status !== 'reported' && event.status !== 'cancelled') return;
  throw ServiceError.refuse(
    'eventFinal',
    { title: event.titleVi, eventStatus: event.status },
    `A ${event.status} event can no longer be changed`,
    { at: { path: 'status', code: 'final' } },
  );
}

/** Refuses a status change the workflow does not allow (409, naming both statuses). */
export function assertTransition(
  event: Pick<CulturalEvent, 'status' | 'titleVi'>,
  to: CulturalEventStatus,
): void {
  const from = event.status;
  if (canTransition(from, to)) return;
  throw ServiceError.refuse(
    'eventTransition',
    { title: event.titleVi, eventStatus: from, eventStatusTo: to },
    `A ${from} event cannot become ${to}`,
    { at: { path: 'to', code: 'transition' } },
  );
}
