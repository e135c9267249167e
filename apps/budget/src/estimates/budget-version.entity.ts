import { randomUUID } from 'node:crypto';
import { DateTimeType, Entity, Index, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { BudgetVersion } from '@ascc/contracts';

/** A submitted version of an estimate, frozen: never updated after it is written. */
@Entity({ tableName: 'budget_estimate_version' })
@Unique({ properties: ['estimateId', 'versionNo'] })
export class BudgetEstimateVersion {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @Property({ type: 'uuid' })
  estimateId!: string;

  @Property({ type: 'integer' })
  versionNo!: number;

  @Property({ type: DateTimeType })
  submittedAt!: Date;

  @Property({ type: 'string', length: 100 })
  submittedBy!: string;

  @Property({ type: 'json' })
  snapshot!: BudgetVersion;
}

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

/** The answer to a submission made under an Idempotency-Key: a repeat gets it again, with no effect. */
@Entity({ tableName: 'budget_idempotency_key' })
export class IdempotencyRecord {
  /** `<userId>:<key>`: one person's keys never collide with another's. */
  @PrimaryKey({ type: 'string', length: 160 })
  key!: string;

  @Property({ type: 'uuid' })
  estimateId!: string;

  @Property({ type: 'json' })
  response!: unknown;

  @Property({ type: DateTimeType })
  createdAt: Date & Opt = new Date();
}

/** The submission deadline Finance set for a fiscal year (absent: the default of budget-rules). */
@Entity({ tableName: 'budget_deadline' })
export class BudgetDeadline {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  fiscalYear!: number;

  @Property({ type: 'string', length: 10 })
  deadline!: string;
}
