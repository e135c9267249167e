import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/core';
import { CULTURE_EVENTS, type FundedActivityKind, TRAINING_EVENTS } from '@ascc/contracts';
import { EventConsumers, consumerName } from '@ascc/service-kit';
import { BudgetLine } from './budget-line.entity';

/** Consumes the other services' cancellations (durable consumers `budget-…`). */
@Injectable()
export class CancelledActivities implements OnModuleInit {
  constructor(@Inject(EventConsumers) private readonly consumers: EventConsumers) {}

  /** A cancelled course or event that an estimate line funds is flagged for Finance. */
  onModuleInit() {
    void this.consumers.consume(
      TRAINING_EVENTS.courseCancelled,
      consumerName('budget', TRAINING_EVENTS.courseCancelled),
      (em, data) => this.flagCancelled(em, 'training-course', data.courseId, data.reason),
    );
    void this.consumers.consume(
      CULTURE_EVENTS.eventCancelled,
      consumerName('budget', CULTURE_EVENTS.eventCancelled),
      (em, data) => this.flagCancelled(em, 'cultural-event', data.eventId, data.reason),
    );
  }

  async flagCancelled(
    em: EntityManager,
    kind: FundedActivityKind,
    activityId: string,
    reason: string,
  ): Promise<void> {
    const lines = await em.find(BudgetLine, { activityKind: kind, activityId }, { populate: ['estimate'] });
    for (const line of lines) {
      if (line.flag) continue;
      line.flag = `Activity cancelled: ${reason}`.slice(0, 300);
      const estimate = line.estimate.getEntity();
      estimate.flaggedLines += 1;
    }
  }
}
