import { DateTimeType, Entity, Index, Property, Unique } from '@mikro-orm/core';
import { PlanRecord } from '@ascc/service-kit';
import type { ProvinceReportContent, ReviewKindCode } from '@ascc/contracts';

/**
 * A frozen review (mid-term 2020, final 2025): the province report's content as it was when the
 * coordinator froze it. Written once and never updated: later edits of the reports or new events
 * do not change it.
 */
@Entity({ tableName: 'review_snapshot' })
@Unique({ properties: ['kind'] })
@Index({ properties: ['frozenAt', 'id'] })
export class ReviewSnapshot extends PlanRecord {
  @Property({ type: 'string', length: 16 })
  kind!: ReviewKindCode;

  @Property({ type: 'integer' })
  yearFrom!: number;

  @Property({ type: 'integer' })
  yearTo!: number;

  @Property({ type: DateTimeType })
  frozenAt!: Date;

  @Property({ type: 'string', length: 60, nullable: true })
  frozenBy?: string | null;

  @Property({ type: 'json' })
  content!: ProvinceReportContent;
}
