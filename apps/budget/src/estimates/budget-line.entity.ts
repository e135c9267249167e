import { randomUUID } from 'node:crypto';
import {
  BigIntType,
  Entity,
  Index,
  ManyToOne,
  type Opt,
  PrimaryKey,
  Property,
  type Ref,
} from '@mikro-orm/core';
import type { FundedActivityKind, FundingSourceCode, PlanAreaCode } from '@ascc/contracts';
import { BudgetEstimate } from './budget-estimate.entity';

/** A line of an estimate: one task, its cost, and the activity it funds when there is one. */
@Entity({ tableName: 'budget_line' })
@Index({ properties: ['estimate', 'position'] })
@Index({ properties: ['activityId'] })
export class BudgetLine {
  /** Kept across edits and versions, so the difference between versions follows each line. */
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @ManyToOne(() => BudgetEstimate, { ref: true, deleteRule: 'cascade' })
  estimate!: Ref<BudgetEstimate>;

  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'string', length: 500 })
  description!: string;

  @Property({ type: 'string', length: 8 })
  planArea!: PlanAreaCode;

  @Property({ type: 'string', length: 32, nullable: true })
  activityKind?: FundedActivityKind | null;

  @Property({ type: 'uuid', nullable: true })
  activityId?: string | null;

  @Property({ type: 'string', length: 300, nullable: true })
  activityLabel?: string | null;

  @Property({ type: 'string', length: 3, nullable: true })
  chapter?: string | null;

  @Property({ type: 'string', length: 3, nullable: true })
  section?: string | null;

  @Property({ type: 'string', length: 4, nullable: true })
  item?: string | null;

  @Property({ type: 'string', length: 32 })
  fundingSource!: FundingSourceCode;

  @Property({ type: 'integer' })
  quantity!: number;

  @Property({ type: new BigIntType('number') })
  unitCost!: number;

  @Property({ type: new BigIntType('number') })
  amount!: number;

  @Property({ type: new BigIntType('number'), nullable: true })
  approvedAmount?: number | null;

  @Property({ type: 'text', nullable: true })
  reviewComment?: string | null;

  @Property({ type: 'text', nullable: true })
  notes?: string | null;

  @Property({ type: 'string', length: 300, nullable: true })
  flag?: string | null;
}
