import { BigIntType, DateTimeType, Entity, Index, Property, Unique, type Opt } from '@mikro-orm/core';
import type { AgencyCode, BudgetEstimateStatus } from '@ascc/contracts';
import { PlanRecord } from '@ascc/service-kit';

/** An agency's yearly budget estimate (dự toán kinh phí) for its plan tasks, sent to Finance (plan VI). */
@Entity({ tableName: 'budget_estimate' })
// One index per sort order (the id breaks ties, so it serves the whole ORDER BY), and one per filter
// under the default order: lists stay fast at a million rows.
@Index({ properties: ['fiscalYear', 'id'] })
@Index({ properties: ['requestedAmount', 'id'] })
@Index({ properties: ['agencyCode', 'id'] })
@Index({ properties: ['createdAt', 'id'] })
@Index({ properties: ['status', 'fiscalYear', 'id'] })
@Index({ properties: ['agencyCode', 'fiscalYear', 'id'] })
@Index({ properties: ['late', 'fiscalYear', 'id'] })
@Unique({ properties: ['agencyCode', 'fiscalYear'] })
export class BudgetEstimate extends PlanRecord {
  @Property({ type: 'string', length: 32 })
  agencyCode!: AgencyCode;

  @Property({ type: 'integer' })
  fiscalYear!: number;

  @Property({ type: 'string', length: 300 })
  titleVi!: string;

  @Property({ type: 'text', nullable: true })
  notes?: string | null;

  @Property({ type: 'string', length: 32 })
  status: BudgetEstimateStatus & Opt = 'draft';

  /** Sum of the lines' amounts, kept with every change of the lines. */
  @Property({ type: new BigIntType('number') })
  requestedAmount: number & Opt = 0;

  @Property({ type: new BigIntType('number'), nullable: true })
  approvedAmount?: number | null;

  /** Submissions so far; version N is frozen in budget_estimate_version. */
  @Property({ type: 'integer' })
  versionNo: number & Opt = 0;

  @Property({ type: DateTimeType, nullable: true })
  submittedAt?: Date | null;

  // No database default: MikroORM reads SQLite's boolean default back differently and reports drift.
  @Property({ type: 'boolean' })
  late!: boolean;

  /** Finance's comment on the whole estimate at its last return or decision. */
  @Property({ type: 'text', nullable: true })
  reviewComment?: string | null;

  /** Lines whose funded activity was cancelled after approval. */
  @Property({ type: 'integer' })
  flaggedLines: number & Opt = 0;
}
