import { Controller, Inject, type Type } from '@nestjs/common';
import type { EntityManager, EntityName, FilterQuery, MikroORM } from '@mikro-orm/core';
import {
  type ActivityFunding as ActivityFundingDto,
  type ActivityLookup,
  type ActivityLookupSchema,
  type ActivityLookupResult,
  type AgencyCode,
  BUDGET_EVENTS,
  type EventData,
  type FundedActivityKind,
  type GetById,
  type GetByIdSchema,
  type InternalContract,
  type PermissionKey,
  type RouteContract,
  type ServiceName,
} from '@ascc/contracts';
import { type RequestContext } from '../auth/request-context';
import { findPermitted } from '../auth/readable-record';
import { type EventConsumers } from '../events/event-consumers';
import { consumerName } from '../events/event-bus';
import { Answers, Handles } from '../handlers/handles';
import { ActivityFunding } from './activity-funding.entity';

/** What a service funds and how it names one of its activities to Finance. */
export interface FundedActivity<T extends { id: string; agencyCode: AgencyCode }> {
  service: ServiceName;
  kind: FundedActivityKind;
  entity: EntityName<T>;
  /** Reading the funding needs reading the activity. */
  permission: PermissionKey;
  /** For "not found" messages: `Training course`. */
  label: string;
  describe: (activity: T) => string;
}

/**
 * An activity's side of the budget (training courses, cultural events): answers the budget service's
 * lookups (does it exist, whose is it), records Finance's funding from `budget.line.funded` through a
 * durable consumer, and shows it to the console.
 */
export class ActivityFundingService<T extends { id: string; agencyCode: AgencyCode }> {
  constructor(
    private readonly orm: MikroORM,
    private readonly activity: FundedActivity<T>,
  ) {}

  /** Registers the durable consumer of `budget.line.funded` (call from `onModuleInit`). */
  consumeFunding(consumers: EventConsumers): Promise<void> {
    return consumers.consume(
      BUDGET_EVENTS.lineFunded,
      consumerName(this.activity.service, BUDGET_EVENTS.lineFunded),
      (em, data, envelope) => this.recordFunding(em, data, envelope.eventId),
    );
  }

  async lookup({ kind, id }: ActivityLookup): Promise<ActivityLookupResult> {
    if (kind !== this.activity.kind) return { exists: false };
    const found = await this.orm.em.fork().findOne(this.activity.entity, { id } as FilterQuery<T>);
    return found
      ? { exists: true, agencyCode: found.agencyCode, label: this.activity.describe(found) }
      : { exists: false };
  }

  async recordFunding(
    em: EntityManager,
    data: EventData<typeof BUDGET_EVENTS.lineFunded>,
    eventId: string,
  ): Promise<void> {
    if (data.activity.kind !== this.activity.kind) return;
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

  async funding({ id }: GetById, ctx: RequestContext): Promise<ActivityFundingDto> {
    const em = this.orm.em.fork();
    await findPermitted(em, this.activity.entity, id, ctx, this.activity.permission, this.activity.label);
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

/**
 * The handlers of a service's funding: budget's lookup of one of its activities (internal) and the
 * route that shows an activity's funding, both answered by its `ActivityFundingService`.
 */
export function fundingController(
  funding: Type<Pick<ActivityFundingService<{ id: string; agencyCode: AgencyCode }>, 'lookup' | 'funding'>>,
  contracts: {
    lookup: InternalContract<typeof ActivityLookupSchema>;
    route: RouteContract<typeof GetByIdSchema>;
  },
): Type<unknown> {
  @Controller()
  class FundingController {
    constructor(
      @Inject(funding)
      private readonly service: Pick<
        ActivityFundingService<{ id: string; agencyCode: AgencyCode }>,
        'lookup' | 'funding'
      >,
    ) {}

    @Answers(contracts.lookup)
    lookup(input: ActivityLookup) {
      return this.service.lookup(input);
    }

    @Handles(contracts.route)
    funding(input: GetById, ctx: RequestContext) {
      return this.service.funding(input, ctx);
    }
  }
  return FundingController;
}
