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
@Unique({ properties: ['agencyCode', 'fiscalYear'] })
@Index({ properties: ['fiscalYear', 'status'] })
export class BudgetEstimate extends PlanRecord {
  @Property({ type: 'string', length: 32 })
  @Index()
  agencyCode!: AgencyCode;

  @Property({ type: 'integer' })
  fiscalYear!: number;

  @Property({ type: 'string', length: 300 })
  titleVi!: string;

  @Property({ type: 'string', length: 8 })
  planArea!: PlanAreaCode;

  @Property({ type: 'string', length: 32 })
  @Index()
  fundingSource!: FundingSourceCode;

  @Property({ type: new BigIntType('number') })
  @Index()
  requestedAmount!: number;

  @Property({ type: 'text', nullable: true })
  notes?: string;

  @Property({ type: 'string', length: 32 })
  status: (typeof BUDGET_ESTIMATE_STATUSES)[number] & Opt = 'draft';
}
