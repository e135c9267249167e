import { randomUUID } from 'node:crypto';
import { DateTimeType, Entity, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/core';

/** Each decision of Finance (start of review, return with comments, approval, rejection). */
@Entity({ tableName: 'budget_review' })
@Index({ properties: ['estimateId', 'at'] })
export class BudgetReview {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @Property({ type: 'uuid' })
  estimateId!: string;

  @Property({ type: 'integer' })
  versionNo!: number;

  @Property({ type: 'string', length: 20 })
  decision!: string;

  @Property({ type: 'text', nullable: true })
  comment?: string | null;

  @Property({ type: 'json' })
  lines!: { lineId: string; comment?: string; approvedAmount?: number }[];

  @Property({ type: DateTimeType })
  at: Date & Opt = new Date();

  @Property({ type: 'string', length: 100 })
  by!: string;
}
