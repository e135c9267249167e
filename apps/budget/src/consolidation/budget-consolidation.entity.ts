import { DateTimeType, Entity, type Opt, PrimaryKey, Property } from '@mikro-orm/core';

/** The provincial estimate of a fiscal year: once consolidated, the year is locked. */
@Entity({ tableName: 'budget_consolidation' })
export class BudgetConsolidation {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  fiscalYear!: number;

  @Property({ type: 'string', length: 20 })
  status!: 'consolidated' | 'submitted' | 'decided';

  @Property({ type: 'integer', version: true })
  version!: number & Opt;

  @Property({ type: DateTimeType })
  consolidatedAt!: Date;

  @Property({ type: 'string', length: 100 })
  consolidatedBy!: string;

  @Property({ type: DateTimeType, nullable: true })
  submittedAt?: Date | null;

  @Property({ type: 'string', length: 60, nullable: true })
  submissionNumber?: string | null;

  @Property({ type: 'string', length: 60, nullable: true })
  decisionNumber?: string | null;

  @Property({ type: 'string', length: 10, nullable: true })
  decisionDate?: string | null;
}
