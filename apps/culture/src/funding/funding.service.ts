import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { ActivityFundingService, EventConsumers } from '@ascc/service-kit';
import { CulturalEvent } from '../events/cultural-event.entity';

/**
 * Cultural events and the budget: answers the budget service's lookups (does this event exist, whose is
 * it), records Finance's funding of an event from `budget.line.funded`, and shows it to the console.
 */
@Injectable()
export class FundingService extends ActivityFundingService<CulturalEvent> implements OnModuleInit {
  constructor(
    @Inject(MikroORM) orm: MikroORM,
    @Inject(EventConsumers) private readonly consumers: EventConsumers,
  ) {
    super(orm, {
      service: 'culture',
      kind: 'cultural-event',
      entity: CulturalEvent,
      permission: 'culture.event.funding.read',
      label: 'Cultural event',
      describe: (event) => `${event.startDate} · ${event.titleVi}`,
    });
  }

  onModuleInit() {
    void this.consumeFunding(this.consumers);
  }
}
