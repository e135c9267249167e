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
import { TrainingCourse } from '../courses/training-course.entity';
import { ActivityFunding } from './activity-funding.entity';

/**
 * Courses and the budget: answers the budget service's lookups (does this course exist, whose is it),
 * records Finance's funding of a course from `budget.line.funded`, and shows it to the console.
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
      consumerName('training', BUDGET_EVENTS.lineFunded),
      (em, data, envelope) => this.recordFunding(em, data, envelope.eventId),
    );
  }

  async lookup(payload: unknown): Promise<ActivityLookupResult> {
    const { kind, id } = validate(ActivityLookupSchema, payload);
    if (kind !== 'training-course') return { exists: false };
    const course = await this.orm.em.fork().findOne(TrainingCourse, { id });
    return course
      ? { exists: true, agencyCode: course.agencyCode, label: `${course.code} · ${course.titleVi}` }
      : { exists: false };
  }

  async recordFunding(em: EntityManager, data: EventData<typeof BUDGET_EVENTS.lineFunded>, eventId: string) {
    if (data.activity.kind !== 'training-course') return;
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
    await findPermitted(em, TrainingCourse, id, ctx, 'training.course.funding.read', 'Training course');
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
