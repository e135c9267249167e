import type { EntityManager } from '@mikro-orm/core';
import { ServiceError } from '@ascc/service-kit';
import { BudgetConsolidation } from '../consolidation/budget-consolidation.entity';

/** The years among `years` that Finance has consolidated: their estimates and deadlines are locked. */
export async function lockedYears(em: EntityManager, years: number[]): Promise<Set<number>> {
  if (!years.length) return new Set();
  const rows = await em.find(BudgetConsolidation, { fiscalYear: { $in: years } }, { fields: ['fiscalYear'] });
  return new Set(rows.map((r) => r.fiscalYear));
}

/** A consolidated year takes no more changes: a 409 naming the year (rule `fiscalYearLocked`). */
export async function assertYearOpen(em: EntityManager, fiscalYear: number) {
  if ((await lockedYears(em, [fiscalYear])).size)
    throw ServiceError.refuse(
      'fiscalYearLocked',
      { year: fiscalYear },
      `Fiscal year ${fiscalYear} is consolidated and locked`,
      { at: { path: 'fiscalYear', code: 'locked' } },
    );
}
