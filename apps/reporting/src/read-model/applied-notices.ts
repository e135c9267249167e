import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/core';
import { type EventEnvelope, REPORTING_EVENTS } from '@ascc/contracts';
import { EventConsumers, recordEvent } from '@ascc/service-kit';

/** Who a notice says made the change: the service itself (the source event's author is in its record). */
export const APPLIED_BY = 'reporting';

/**
 * The live notice that the reporting service applied another service's event: `reporting.applied`,
 * written to its outbox in the event's own transaction, so it is published only once the read model
 * (or the inbox) holds the change. The consoles refresh the dashboard, plan areas, records and inbox on
 * it — never on the source's own record change, which arrives before the read model has folded it.
 */
export function recordAppliedNotice(em: EntityManager, envelope: EventEnvelope, data: unknown): void {
  const agency = (data as { agencyCode?: unknown } | null)?.agencyCode;
  recordNotice(em, envelope.subject, typeof agency === 'string' && agency ? agency : 'ALL');
}

/**
 * A `reporting.applied` notice naming what was applied (`id`: an event's subject, or the reminder job):
 * written in the transaction that applied it, or after that transaction committed.
 */
export function recordNotice(em: EntityManager, id: string, agencyCode = 'ALL'): void {
  recordEvent(em, REPORTING_EVENTS.recordChanged, {
    kind: 'reporting.applied',
    id,
    // Every signed-in user reads the plan's figures: the agency decides nothing here, it only names it.
    agencyCode,
    action: 'update',
    version: null,
    fields: [],
    by: APPLIED_BY,
  });
}

/** Registers the notice for every event the service's consumers apply (read model and inbox alike). */
@Injectable()
export class AppliedNotices implements OnModuleInit {
  constructor(@Inject(EventConsumers) private readonly consumers: EventConsumers) {}

  onModuleInit() {
    this.consumers.onApplied((em, _contract, data, envelope) => recordAppliedNotice(em, envelope, data));
  }
}
