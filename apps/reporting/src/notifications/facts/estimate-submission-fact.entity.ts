import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** An estimate that was submitted (`budget.estimate.submitted`): its agency is in for the fiscal year. */
@Entity({ tableName: 'estimate_submission_fact' })
@Index({ properties: ['fiscalYear', 'agencyCode'] })
export class EstimateSubmissionFact {
  @PrimaryKey({ type: 'uuid' })
  estimateId!: string;

  @Property({ type: 'string', length: 32 })
  agencyCode!: string;

  @Property({ type: 'integer' })
  fiscalYear!: number;
}
