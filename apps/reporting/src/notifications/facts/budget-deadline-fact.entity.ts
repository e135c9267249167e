import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** A fiscal year's estimate deadline as Finance set it (`budget.deadline.changed`); a year without a row has the default. */
@Entity({ tableName: 'budget_deadline_fact' })
@Index({ properties: ['deadline'] })
export class BudgetDeadlineFact {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  fiscalYear!: number;

  @Property({ type: 'string', length: 10 })
  deadline!: string;
}
