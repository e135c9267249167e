import type { EntityManager } from '@mikro-orm/core';
import { defaultDeadline } from './budget-rules';
import { BudgetDeadline } from './budget-deadline.entity';

/** Each year's submission deadline: the one Finance set, else the default. */
export async function deadlinesOf(em: EntityManager, years: number[]): Promise<Map<number, string>> {
  const rows = years.length ? await em.find(BudgetDeadline, { fiscalYear: { $in: years } }) : [];
  const set = new Map(rows.map((r) => [r.fiscalYear, r.deadline]));
  return new Map(years.map((y) => [y, set.get(y) ?? defaultDeadline(y)]));
}

export async function deadlineOf(em: EntityManager, year: number): Promise<string> {
  return (await deadlinesOf(em, [year])).get(year) ?? defaultDeadline(year);
}
