import { randomUUID } from 'node:crypto';
import { DateTimeType, Entity, type Opt, PrimaryKey, Property, Unique } from '@mikro-orm/core';
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
