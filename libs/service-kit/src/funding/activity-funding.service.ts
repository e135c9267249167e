import type { EntityManager, EntityName, FilterQuery, MikroORM } from '@mikro-orm/core';
import {
  type ActivityFunding as ActivityFundingDto,
  ActivityLookupSchema,
  type ActivityLookupResult,
  type AgencyCode,
  BUDGET_EVENTS,
  type EventData,
  type FundedActivityKind,
  GetByIdSchema,
  type PermissionKey,
  type ServiceName,
} from '@ascc/contracts';
import { type RequestContext } from '../auth/request-context';
import { findPermitted } from '../auth/readable-record';
import { validate } from '../errors/validate';
import { type EventConsumers } from '../events/event-consumers';
import { consumerName } from '../events/event-bus';
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

  async lookup(payload: unknown): Promise<ActivityLookupResult> {
    const { kind, id } = validate(ActivityLookupSchema, payload);
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

  async funding(payload: unknown, ctx: RequestContext): Promise<ActivityFundingDto> {
    const { id } = validate(GetByIdSchema, payload);
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
