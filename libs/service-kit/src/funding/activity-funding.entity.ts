import { randomUUID } from 'node:crypto';
import { BigIntType, DateTimeType, Entity, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A budget line approved by Finance that funds an activity of this service (a course, an event), as
 * learnt from `budget.line.funded`: written once per line (the event's id is recorded as processed in the
 * same transaction). The training and culture services keep it in their own databases.
 */
@Entity({ tableName: 'activity_funding' })
@Index({ properties: ['activityId', 'fundedAt'] })
export class ActivityFunding {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @Property({ type: 'uuid' })
  activityId!: string;

  @Property({ type: 'uuid' })
  estimateId!: string;

  /** A line funds at most one activity, once. */
  @Property({ type: 'uuid', unique: true })
  lineId!: string;

  @Property({ type: 'integer' })
  fiscalYear!: number;

  @Property({ type: new BigIntType('number') })
  approvedAmount!: number;

  @Property({ type: 'uuid' })
  eventId!: string;

  @Property({ type: DateTimeType })
  fundedAt: Date & Opt = new Date();
}
