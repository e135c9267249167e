import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { type EntityManager, MikroORM } from '@mikro-orm/core';
import {
  type ActivityFunding as ActivityFundingDto,
  ActivityLookupSchema,
  type ActivityLookupResult,
  BUDGET_EVENTS,
  type EventData,
  GetByIdSchema,
} from '@ascc/contracts';
import {
  EventConsumers,
  type RequestContext,
  consumerName,
  findPermitted,
  validate,
} from '@ascc/service-kit';
import { CulturalEvent } from '../events/cultural-event.entity';
import { ActivityFunding } from './activity-funding.entity';

/**
 * Cultural events and the budget: answers the budget service's lookups (does this event exist, whose is it),
 * records Finance's funding of an event from `budget.line.funded`, and shows it to the console.
 */
@Injectable()
export class FundingService implements OnModuleInit {
  constructor(
    @Inject(MikroORM) private readonly orm: MikroORM,
    @Inject(EventConsumers) private readonly consumers: EventConsumers,
  ) {}

  onModuleInit() {
    void this.consumers.consume(
      BUDGET_EVENTS.lineFunded,
      consumerName('culture', BUDGET_EVENTS.lineFunded),
      (em, data, envelope) => this.recordFunding(em, data, envelope.eventId),
    );
  }

  async lookup(payload: unknown): Promise<ActivityLookupResult> {
    const { kind, id } = validate(ActivityLookupSchema, payload);
    if (kind !== 'cultural-event') return { exists: false };
    const event = await this.orm.em.fork().findOne(CulturalEvent, { id });
    return event
      ? { exists: true, agencyCode: event.agencyCode, label: `${event.startDate} · ${event.titleVi}` }
      : { exists: false };
  }

  async recordFunding(em: EntityManager, data: EventData<typeof BUDGET_EVENTS.lineFunded>, eventId: string) {
    if (data.activity.kind !== 'cultural-event') return;
    const existing = await em.findOne(ActivityFunding, { lineId: data.lineId });
    if (existing) {
      existing.approvedAmount = data.approvedAmount;
      existing.eventId = eventId;
      return;
    }
    em.create(ActivityFunding, {
      activityId: data.activity.id,
      estimateId: data.estimateId,
      lineId: data.lineId,
      fiscalYear: data.fiscalYear,
      approvedAmount: data.approvedAmount,
      eventId,
    });
  }

  async funding(payload: unknown, ctx: RequestContext): Promise<ActivityFundingDto> {
    const { id } = validate(GetByIdSchema, payload);
    const em = this.orm.em.fork();
    await findPermitted(em, CulturalEvent, id, ctx, 'culture.event.funding.read', 'Cultural event');
    const rows = await em.find(
      ActivityFunding,
      { activityId: id },
      { orderBy: { fundedAt: 'asc' }, limit: 100 },
    );
    return {
      activityId: id,
      fundedAmount: rows.reduce((sum, r) => sum + r.approvedAmount, 0),
      lines: rows.map((r) => ({
        estimateId: r.estimateId,
        lineId: r.lineId,
        fiscalYear: r.fiscalYear,
        approvedAmount: r.approvedAmount,
        fundedAt: r.fundedAt.toISOString(),
      })),
    };
  }
}
