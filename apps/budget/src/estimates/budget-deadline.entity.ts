import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** The submission deadline Finance set for a fiscal year (absent: the default of budget-rules). */
@Entity({ tableName: 'budget_deadline' })
export class BudgetDeadline {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  fiscalYear!: number;

  @Property({ type: 'string', length: 10 })
  deadline!: string;
}
