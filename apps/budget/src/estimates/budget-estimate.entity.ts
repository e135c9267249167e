import { BigIntType, Entity, Index, Property, Unique, type Opt } from '@mikro-orm/core';
import {
  BUDGET_ESTIMATE_STATUSES,
  type AgencyCode,
  type FundingSourceCode,
  type PlanAreaCode,
} from '@ascc/contracts';
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
@Index({ properties: ['fundingSource', 'fiscalYear', 'id'] })
@Unique({ properties: ['agencyCode', 'fiscalYear'] })
export class BudgetEstimate extends PlanRecord {
  @Property({ type: 'string', length: 32 })
  agencyCode!: AgencyCode;

  @Property({ type: 'integer' })
  fiscalYear!: number;

  @Property({ type: 'string', length: 300 })
  titleVi!: string;

  @Property({ type: 'string', length: 8 })
  planArea!: PlanAreaCode;

  @Property({ type: 'string', length: 32 })
  fundingSource!: FundingSourceCode;

  @Property({ type: new BigIntType('number') })
  requestedAmount!: number;

  @Property({ type: 'text', nullable: true })
  notes?: string;

  @Property({ type: 'string', length: 32 })
  status: (typeof BUDGET_ESTIMATE_STATUSES)[number] & Opt = 'draft';
}
